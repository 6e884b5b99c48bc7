"""Shared fixtures: the shipped case, and throw-away copies of it to break."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from medialit.case import Case, load_case
from medialit.paths import case_dir

ROOT = Path(__file__).resolve().parent.parent
CASE = "kazakhstan-2022"


@pytest.fixture(scope="session")
def case() -> Case:
    return load_case(CASE)


@pytest.fixture
def case_copy(tmp_path: Path) -> Path:
    """A copy of the shipped case in a temporary folder, free to break."""
    target = tmp_path / CASE
    shutil.copytree(case_dir(CASE), target)
    return target
