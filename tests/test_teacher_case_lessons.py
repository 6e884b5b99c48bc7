"""A teacher's own articles become a full course: six saved pages, scored lessons.

The case is built from tests/cases/teacher-case/ with `new-case`, `import`, a ledger and
`draft --accept-all` (tests/teachercase.py): no baseline, no exercises.yml, no notes.
Every lesson builds its exercises from the case. Each of the six lessons runs in both
modes and must show a scored exercise, save a student's answers, and never name anything
of the kit's own case.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import nbformat
import pytest
from kazakhstan_names import forbidden, named_in
from teachercase import build_teacher_case

from conftest import ROOT
from medialit.case import load_case
from medialit.exercises import lesson_specs, read_answers
from medialit.teacher import validate_with_warnings

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
LESSONS = [nb.stem for nb in NOTEBOOKS]
SCORED = ("label", "choice", "number", "matrix", "summative")


@pytest.fixture(scope="module")
def teacher_case(tmp_path_factory) -> Path:
    folder = build_teacher_case(tmp_path_factory.mktemp("cases"))
    problems, warnings = validate_with_warnings(folder)
    assert problems == [] and any(w.field == "baseline" for w in warnings)
    case = load_case(folder)
    assert len(case.articles) == 6 and len(case.pages) == 1 and case.annotations
    assert not case.exercises  # no exercises.yml: the lessons build their own
    return folder.resolve()


def _run(job: tuple[Path, Path, bool, Path]) -> None:
    import papermill as pm

    notebook, case, key, target = job
    pm.execute_notebook(
        str(notebook),
        str(target),
        parameters={"case": str(case), "answer_key": key,
                    "answers_folder": str(target.parent / "answers")},
        kernel_name="python3",
        cwd=str(notebook.parent),
        progress_bar=False,
    )  # fmt: skip


@pytest.fixture(scope="module")
def runs(teacher_case, tmp_path_factory) -> dict[tuple[str, bool], nbformat.NotebookNode]:
    out = tmp_path_factory.mktemp("teacher-runs").resolve()
    jobs = [
        (nb.resolve(), teacher_case, key, out / f"{nb.stem}-{'key' if key else 'student'}.ipynb")
        for nb in NOTEBOOKS
        for key in (False, True)
    ]
    with ThreadPoolExecutor(max_workers=2) as pool:
        list(pool.map(_run, jobs))
    return {(nb.stem, key): nbformat.read(target, as_version=4) for nb, _, key, target in jobs}


def _outputs_text(nb) -> str:
    return "\n".join(
        o.get("text", "") + o.get("data", {}).get("text/plain", "")
        + o.get("data", {}).get("text/markdown", "")
        for c in nb.cells if c.cell_type == "code" for o in c.outputs
    )  # fmt: skip


@pytest.mark.parametrize("key", [False, True], ids=["student", "key"])
@pytest.mark.parametrize("lesson", LESSONS)
def test_every_lesson_shows_a_scored_exercise_built_from_the_case(
    runs, teacher_case, lesson, key
):
    nb = runs[(lesson, key)]
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    text = _outputs_text(nb)
    assert "Traceback" not in text
    scored = [s for s in lesson_specs(load_case(teacher_case), lesson) if s["kind"] in SCORED]
    shown = [s for s in scored if f"· {s['title']}" in text]
    assert shown, f"{lesson}: no scored exercise shown"
    assert ("— answer key" in text) is key  # the key mode shows keys, the student mode asks


@pytest.mark.parametrize("key", [False, True], ids=["student", "key"])
@pytest.mark.parametrize("lesson", LESSONS)
def test_no_output_or_text_names_the_kits_own_case(runs, lesson, key):
    nb = runs[(lesson, key)]
    names = forbidden()
    markdown = "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")
    assert named_in(markdown, names) == []
    assert named_in(_outputs_text(nb), names) == []


@pytest.mark.parametrize("lesson", LESSONS)
def test_a_students_answers_are_saved_on_the_teachers_case(teacher_case, tmp_path, lesson):
    from medialit.lesson import start

    L = start(lesson, case=str(teacher_case), answers_folder=str(tmp_path))
    kinds = ("label", "number", "summative")
    spec = next(s for s in lesson_specs(L.case, lesson) if s["kind"] in kinds)
    exercise = L.exercise(spec["id"])
    if spec["kind"] in ("label", "summative"):
        exercise.answer(1, next(iter(spec["labels"])))
    else:
        exercise.answer(spec["answer"])
    saved = read_answers(L.answers.path)
    assert spec["id"] in saved["exercises"]
    assert exercise.score().answered == 1


def test_the_exercises_are_balanced_and_spread_over_the_texts(teacher_case):
    case = load_case(teacher_case)
    for lesson in ("00-start-here", "04-because-i-said-so", "05-check-the-numbers"):
        for spec in lesson_specs(case, lesson):
            if spec["kind"] != "label" or "flag" not in spec:
                continue
            from medialit.exercises import build_exercise

            exercise = build_exercise(case, spec)
            flagged = [i for i in exercise.items if spec["flag"] in i.accepted[:1]]
            assert 2 * len(flagged) == len(exercise.items), spec["id"]
            assert len({i["article"] for i in spec["items"]}) >= 4, spec["id"]
