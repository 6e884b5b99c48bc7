"""`make keys` on a fresh clone, twice in a row: every key lands in build/keys/, as the README
says, and nothing lands beside the lessons.

Two lessons run at once. papermill's `cwd=` changes the working directory of the whole process,
so a relative output path was read against notebooks/ half the time: the build failed with
`FileNotFoundError: build/keys/00-start-here-key.ipynb`, or wrote into notebooks/build/keys/.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import CASE, CASES, ROOT

pytestmark = pytest.mark.skipif(
    shutil.which("git") is None or not (ROOT / ".git").exists(),
    reason="needs git and a git checkout of the kit to clone",
)


def _git(*args: str, cwd: Path = ROOT, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, **kwargs)


def _clone(target: Path) -> Path:
    """A clone of this checkout at its commit, with its uncommitted edits to tracked files
    (so the test runs the code being worked on), and nothing untracked: no build/, no .venv."""
    _git("clone", "--quiet", "--no-hardlinks", str(ROOT), str(target))
    head = _git("rev-parse", "HEAD").stdout.decode().strip()
    _git("checkout", "--quiet", "--detach", head, cwd=target)
    edits = _git("diff", "HEAD", "--binary").stdout
    if edits:
        _git("apply", "--whitespace=nowarn", cwd=target, input=edits)
    return target


def _keys_command() -> list[str]:
    """The command `make keys` runs, read from the Makefile, with this Python and case."""
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    recipe = re.search(r"^keys:.*\n\t(.+)$", makefile, re.M)
    assert recipe, "the Makefile has no keys target"
    line = recipe.group(1).replace("$(PY)", sys.executable).replace("$(CASE)", CASE)
    return shlex.split(line)


def test_the_readme_says_where_the_keys_go():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "build/keys/<lesson>-key.ipynb and .html, and build/keys/index.html" in readme
    assert "build/keys" in _keys_command()


def test_make_keys_twice_from_a_clean_clone_puts_every_key_in_build_keys(tmp_path):
    clone = _clone(tmp_path / "kit")
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(clone), os.environ.get("PYTHONPATH", "")]),
    }
    lessons = sorted(p.stem for p in (clone / "notebooks").glob("[0-9]*.ipynb"))
    assert len(lessons) >= 6
    expected = {f"{lesson}-key.{ext}" for lesson in lessons for ext in ("ipynb", "html")}
    expected.add("index.html")
    tracked = set(_git("ls-files", "notebooks", cwd=clone).stdout.decode().split())
    for run in (1, 2):
        done = subprocess.run(
            _keys_command(), cwd=clone, env=env, capture_output=True, text=True, timeout=900
        )
        assert done.returncode == 0, f"run {run}:\n{done.stdout}\n{done.stderr[-3000:]}"
        assert f"{len(lessons)} answer keys in build/keys/" in done.stdout, done.stdout
        keys = clone / "build" / "keys"
        assert {p.name for p in keys.iterdir()} == expected, f"run {run}"
        for name in expected:
            assert (keys / name).stat().st_size > 0, name
        beside = {
            p.relative_to(clone).as_posix()
            for p in (clone / "notebooks").rglob("*")
            if p.is_file() and "__pycache__" not in p.parts
        }
        assert beside == tracked, f"run {run} wrote beside the lessons: {sorted(beside - tracked)}"


@pytest.mark.parametrize("target", ["keys", "student-pack"])
@pytest.mark.parametrize("case_name", CASES)
def test_make_passes_the_case_it_is_given(target, case_name):
    """`make keys CASE=<name>` and `make student-pack CASE=<name>` build that case, for every
    shipped case (their lessons are run by test_answer_keys and test_student_pack)."""
    shown = subprocess.run(
        ["make", "-n", target, f"CASE={case_name}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    (command,) = [line for line in shown.splitlines() if f" {target} " in f" {line} "]
    assert f"--case {case_name}" in command
