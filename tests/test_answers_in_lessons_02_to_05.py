"""Answers given in lessons 02-05 are saved and come back when the notebook runs again.

Every exercise of lessons 02-05 gets an answer through the lesson, as a student's
would be given; then the notebook is run with papermill on the same answers folder,
as a student reopening it would. The file is unchanged and every exercise shows the
answers and feedback it was given. The claim matrix, which keys its answers by a
cell's name ("B4"), gets a right answer and a false alarm.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import nbformat
import pytest

from conftest import CASE, ROOT
from medialit.exercises import (
    ChoiceExercise,
    FreeTextExercise,
    LabelExercise,
    MatrixExercise,
    NumberExercise,
)
from medialit.lesson import start
from medialit.shown import Shown

LESSONS = [
    "02-same-event-different-stories",
    "03-copies-rewrites-content-farms",
    "04-because-i-said-so",
    "05-check-the-numbers",
]
EXERCISE_CALL = re.compile(r'^(q\d+) = L\.exercise\("([\w-]+)"\)$')


def _give_an_answer(ex) -> list[tuple]:
    """One answer for any exercise, right where the key allows it; returns the calls made."""
    if isinstance(ex, MatrixExercise):
        cells = [c for c in ex._to_fill() if c.watch]
        right = cells[0]
        wrong = next(c for c in cells[1:] if not {"asserts", "denies"} & set(c.item.accepted))
        calls = [
            (ex.cell_name(right.row, right.col), right.item.accepted[0]),
            (ex.cell_name(wrong.row, wrong.col), "asserts"),  # a false alarm
        ]
    elif isinstance(ex, ChoiceExercise):
        calls = [(ex.items[0].accepted[0],)]
    elif isinstance(ex, LabelExercise):
        calls = [(1, ex.items[0].accepted[0])]
    elif isinstance(ex, NumberExercise):
        calls = [(ex.value,)]
    elif isinstance(ex, FreeTextExercise):
        calls = [(ex.model_answer,)]  # an answer with evidence (a quote or a point)
    else:
        raise AssertionError(f"no answer written for {type(ex).__name__}")
    for args in calls:
        assert ex.answer(*args).correct is not None, args  # a real attempt, not a typo
    return calls


def _run(notebook: Path, target: Path, folder: Path) -> nbformat.NotebookNode:
    import papermill as pm

    pm.execute_notebook(
        str(notebook),
        str(target),
        parameters={"case": CASE, "answers_folder": str(folder)},
        kernel_name="python3",
        cwd=str(notebook.parent),
        progress_bar=False,
    )
    return nbformat.read(target, as_version=4)


@pytest.mark.parametrize("lesson", LESSONS)
def test_answers_in_the_lesson_survive_a_rerun_of_the_notebook(lesson, tmp_path):
    folder = tmp_path / "answers"
    L = start(lesson, answers_folder=str(folder))
    notebook = ROOT / "notebooks" / f"{lesson}.ipynb"
    nb = nbformat.read(notebook, as_version=4)
    handles = {}
    for cell in nb.cells:
        match = EXERCISE_CALL.match(cell.source.splitlines()[0]) if cell.source else None
        exercise = L.exercise(match.group(2)) if cell.cell_type == "code" and match else None
        if exercise is not None and not isinstance(exercise, Shown):  # a thin place: one line
            handles[match.group(1)] = _give_an_answer(exercise)
    assert len(handles) == len(L.exercises) >= 4
    (saved_file,) = folder.iterdir()
    saved = json.loads(saved_file.read_text(encoding="utf-8"))
    assert set(saved["exercises"]) == set(L.exercises)
    ran = _run(notebook, tmp_path / "run.ipynb", folder)  # a new kernel, the same student
    assert json.loads(saved_file.read_text(encoding="utf-8")) == saved
    outputs = {
        c.source.split(" =")[0]: c.outputs
        for c in ran.cells
        if c.cell_type == "code" and EXERCISE_CALL.match(c.source.splitlines()[0])
    }
    for handle, calls in handles.items():
        (shown,) = outputs[handle]
        for form in ("text/markdown", "text/plain"):
            assert "Your answers so far" in shown.data[form], handle
        for args in calls:
            typed = f"{handle}.answer({', '.join(json.dumps(a) for a in args)})"
            assert typed in shown.data["text/plain"], typed
    progress = next(c.outputs for c in ran.cells if c.source.strip() == "L.progress()")
    lines = progress[0].data["text/plain"].splitlines()
    scores = [x for x in lines if x.startswith("- ")]
    assert len(scores) == len(handles)
    assert all("Answered 0 " not in x and ("Answered" in x or "Written" in x) for x in scores)


def test_the_claim_matrix_brings_back_its_cells_feedback_and_false_alarm(tmp_path):
    lesson = LESSONS[0]
    folder = tmp_path / "answers"
    q1 = start(lesson, answers_folder=str(folder)).exercise("claim-matrix")
    (right_cell, right), (wrong_cell, wrong) = _give_an_answer(q1)
    first_score = q1.score()
    saved = json.loads(next(folder.iterdir()).read_text(encoding="utf-8"))
    assert [a["args"] for a in saved["exercises"]["claim-matrix"]["answers"]] == [
        [right_cell, right],
        [wrong_cell, wrong],
    ]
    # a new kernel, the same student: the exercise comes back as it was left
    again = start(lesson, answers_folder=str(folder)).exercise("claim-matrix")
    assert again.first == {right_cell: right, wrong_cell: wrong}
    assert str(again.score()) == str(first_score)
    assert "false alarms 1" in str(first_score)
    saved_text = next(folder.iterdir()).read_text(encoding="utf-8")
    for run in (1, 2):  # twice: a rerun neither erases nor repeats the saved answers
        ran = _run(ROOT / "notebooks" / f"{lesson}.ipynb", tmp_path / f"run{run}.ipynb", folder)
        assert next(folder.iterdir()).read_text(encoding="utf-8") == saved_text
    (shown,) = next(c.outputs for c in ran.cells if c.source.startswith("q1 = "))
    text = shown.data["text/plain"]
    assert f'q1.answer("{right_cell}", "{right}")' in text and f"{right_cell} · " in text
    assert f'q1.answer("{wrong_cell}", "asserts")' in text and "A false alarm" in text
    assert "false alarms 1" in text
    # the widget state saved with the notebook holds the restored stances and marks
    state = ran.metadata.widgets["application/vnd.jupyter.widget-state+json"]["state"]
    chosen = {
        s["state"]["description"]: s["state"].get("index")
        for s in state.values()
        if s["model_name"] == "DropdownModel"
    }
    stances = [None, *q1.labels]  # the dropdown's options: "?", then every stance
    assert stances[chosen[right_cell]] == right and stances[chosen[wrong_cell]] == "asserts"
    assert sum(index not in (None, 0) for index in chosen.values()) == 2
    html = "\n".join(str(s["state"].get("value", "")) for s in state.values())
    assert "✓ right" in html and "✗ not quite" in html and "A false alarm" in html
