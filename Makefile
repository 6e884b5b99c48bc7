# Media Literacy Lab: two commands do all the set-up.
#   make lab    create .venv if needed, install the kit, open JupyterLab on the lessons
#   make test   the same set-up, then lint and the whole test suite
# Other targets: make bench (figures into build/bench.json; ONLY="causal numbers" runs
# just those bench/bench_<topic>.py), make hub-test (a class of 10 on a real JupyterHub),
# make keys (every lesson's answer key, notebook and
# HTML, into build/keys/; CASE=name for another case), make student-pack (a folder and
# zip to hand out, answers sealed, into build/; CHECK_CASE=name seals the pre/post check on
# another case), make mutation (mutmut on the core
# modules; SAMPLE=N tries every k-th mutant so about N per module), make clean.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.medialit-installed
# JupyterLab refuses to start as root unless told to; only pass the flag when needed.
ROOT_FLAG := $(if $(filter 0,$(shell id -u)),--allow-root,)
PORT ?= 8888
LAB_ARGS ?=

.PHONY: lab test bench hub-test lint clean setup keys student-pack mutation

setup: $(STAMP)

$(PY):
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
	  { echo "Media Literacy Lab needs Python 3.11 or newer; '$(PYTHON)' is older. Install Python 3.11 and run: make PYTHON=python3.11 lab"; exit 1; }
	$(PYTHON) -m venv $(VENV)

# Re-install only when pyproject.toml changes (or the venv is new).
$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	$(PY) -m medialit lab-setup
	@touch $(STAMP)

lab: $(STAMP)
	@echo "Opening JupyterLab on the lessons. Stop it with Ctrl+C (twice)."
	$(VENV)/bin/jupyter lab --ServerApp.ip=127.0.0.1 --ServerApp.port=$(PORT) \
	  --ServerApp.root_dir=notebooks $(ROOT_FLAG) $(LAB_ARGS) notebooks/00-start-here.ipynb

lint: $(STAMP)
	$(VENV)/bin/ruff check medialit tests bench

test: lint
	$(PY) -m pytest

# The benchmark peers (quantulum3, rapidfuzz) and the hub's packages go into the venv only
# for `make bench`; the hub topic also needs the proxy from npm (without npm it is skipped,
# in one line).
BENCH_STAMP := $(VENV)/.medialit-bench-installed
$(BENCH_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[test,bench,hub]'
	@touch $(BENCH_STAMP)

BENCH_HUB := $(if $(ONLY),$(filter hub,$(ONLY)),hub)
bench: $(BENCH_STAMP)
	$(if $(BENCH_HUB),-@$(MAKE) --no-print-directory $(CHP))
	$(PY) bench/run.py $(ONLY)

# A class of 10 students on a real JupyterHub on loopback (bench/hub_load.py says how);
# fails unless every target is met. Installs, only when missing, the `hub` extra (JupyterHub,
# psutil, aiohttp) into the venv and configurable-http-proxy from npm into build/node/.
HUB_STAMP := $(VENV)/.medialit-hub-installed
CHP := build/node/node_modules/.bin/configurable-http-proxy
CHP_VERSION := 5.1.0
# CI checks every target of the benchmark's class on 10 students: all finish, nothing lost
# or mixed, feedback p95 <= 1 s, per-student peak (server plus kernels) <= 250 MB, measured
# 221-224 MB (server 144 + kernel 76-79) with the students' servers set up as lessons/README.md says.
HUB_TEST_ARGS ?= --students 10 --think 0.5 --deadline-s 900 --peak-limit-mb 250
$(HUB_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[test,hub]'
	@touch $(HUB_STAMP)

$(CHP):
	@command -v npm >/dev/null 2>&1 || { echo "make hub-test needs npm (Node.js 20) to install configurable-http-proxy; install Node.js 20 and run it again"; exit 1; }
	npm install --silent --no-audit --no-fund --prefix build/node configurable-http-proxy@$(CHP_VERSION)

hub-test: $(HUB_STAMP) $(CHP)
	$(PY) bench/hub_load.py $(HUB_TEST_ARGS)

# Mutation testing: mutmut (the `mutation` extra, installed only here) mutates the modules
# listed in pyproject's [tool.mutmut] and runs the tests that cover each mutated function.
# Its work goes to mutants/ (git-ignored). SAMPLE=N: about N mutants per module, evenly
# spread; SAMPLE=0 (the default) tries them all, which takes hours on a 2-core machine.
SAMPLE ?= 0
MUTATION_STAMP := $(VENV)/.medialit-mutation-installed
$(MUTATION_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[test,mutation]'
	@touch $(MUTATION_STAMP)

mutation: $(MUTATION_STAMP)
	$(PY) bench/mutation.py --sample $(SAMPLE)

# Answer keys for teachers: every notebooks/*.ipynb run in answer-key mode.
CASE ?= kazakhstan-2022
keys: $(STAMP)
	$(PY) -m medialit keys build/keys --case $(CASE)

# A folder and zip to hand out: the lessons with sealed self-checks and no readable answers,
# and the pre/post check sealed on CASE, or on CHECK_CASE=name for a transfer task.
student-pack: $(STAMP)
	$(PY) -m medialit student-pack build --case $(CASE) $(if $(CHECK_CASE),--check-case $(CHECK_CASE),)

clean:
	rm -rf $(VENV) build .pytest_cache .ruff_cache medialit.egg-info mutants
