"""`medialit validate`: every problem in a case, from its data to its exercises, in one list.

Loading a case (`medialit.case.read_case`) checks the data model only. The checks
that need more than the model are composed here, above all of them: each lesson's
exercises built once from the loaded case, the near-miss names of `names.yml`, and
the content-farm copy that `spin.yml` says how to make. `validate_with_warnings` adds
the warnings of `medialit.teacher.weak_spots`: what is weak, not broken.
"""

from __future__ import annotations

from pathlib import Path

from medialit.case import check_search_index, read_case
from medialit.compare import check_farm_copy, check_names
from medialit.errors import Problem
from medialit.exercises import check_exercises
from medialit.teacher.weak_spots import weak_spots


def validate_with_warnings(case: str | Path) -> tuple[list[Problem], list[Problem]]:
    """Every problem in a case, and the warnings about what is weak (`weak_spots`).

    Warnings are only worked out for a case that loads without problems.

    >>> validate_with_warnings("kazakhstan-2022")
    ([], [])
    """
    problems = validate_case(case)
    if problems:
        return problems, []
    loaded, _ = read_case(case)
    return problems, weak_spots(loaded) if loaded is not None else []


def validate_case(case: str | Path) -> list[Problem]:
    """Every problem in a case, one per entry; an empty list means the case is sound.

    >>> validate_case("kazakhstan-2022")
    []
    """
    loaded, problems = read_case(case)
    if loaded is None:  # no manifest to go on: its problems are all there is to say
        return problems
    problems += check_exercises(loaded)
    problems += check_search_index(loaded.path)  # search.yml, the offline search (lesson 01)
    return problems + check_names(loaded.path) + check_farm_copy(loaded.path)
