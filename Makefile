# Media Literacy Lab: two commands do all the set-up.
#   make lab    create .venv if needed, install the kit, open JupyterLab on the lessons
#   make test   the same set-up, then lint and the whole test suite
# Other targets: make bench (figures into build/bench.json; ONLY="causal numbers" runs
# just those bench/bench_<topic>.py), make keys (every lesson's answer key, notebook and
# HTML, into build/keys/; CASE=name for another case), make student-pack (a folder and
# zip to hand out, answers sealed, into build/), make mutation (mutmut on the core
# modules; SAMPLE=N tries every k-th mutant so about N per module), make clean.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.medialit-installed
# JupyterLab refuses to start as root unless told to; only pass the flag when needed.
ROOT_FLAG := $(if $(filter 0,$(shell id -u)),--allow-root,)
PORT ?= 8888
LAB_ARGS ?=

.PHONY: lab test bench lint clean setup keys student-pack mutation

setup: $(STAMP)

$(PY):
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
	  { echo "Media Literacy Lab needs Python 3.11 or newer; '$(PYTHON)' is older. Install Python 3.11 and run: make PYTHON=python3.11 lab"; exit 1; }
	$(PYTHON) -m venv $(VENV)

# Re-install only when pyproject.toml changes (or the venv is new).
$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	$(PY) -m medialit.teacher.labsetup
	@touch $(STAMP)

lab: $(STAMP)
	@echo "Opening JupyterLab on the lessons. Stop it with Ctrl+C (twice)."
	$(VENV)/bin/jupyter lab --ServerApp.ip=127.0.0.1 --ServerApp.port=$(PORT) \
	  --ServerApp.root_dir=notebooks $(ROOT_FLAG) $(LAB_ARGS) notebooks/00-start-here.ipynb

lint: $(STAMP)
	$(VENV)/bin/ruff check medialit tests bench

test: lint
	$(PY) -m pytest

# The benchmark peers (quantulum3, rapidfuzz) go into the venv only for `make bench`.
BENCH_STAMP := $(VENV)/.medialit-bench-installed
$(BENCH_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[test,bench]'
	@touch $(BENCH_STAMP)

bench: $(BENCH_STAMP)
	$(PY) bench/run.py $(ONLY)

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
	$(PY) -m medialit.teacher.answerkeys build/keys --case $(CASE)

# A folder and zip to hand out: the lessons with sealed self-checks and no readable answers.
student-pack: $(STAMP)
	$(PY) -m medialit.teacher.studentpack build --case $(CASE)

clean:
	rm -rf $(VENV) build .pytest_cache .ruff_cache medialit.egg-info mutants
