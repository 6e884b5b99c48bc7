"""Work that is never lost: answers are saved as given and come back when a lesson reopens."""

from __future__ import annotations

import json
from pathlib import Path

import nbformat

from conftest import CASE, ROOT
from medialit.case import load_case
from medialit.exercises import FORMAT, AnswerFile, Exercise, Feedback, read_answers
from medialit.lesson import Lesson, start

LESSON = "00-start-here"
FILE = f"{LESSON}--{CASE}.answers.json"


def _answer_everything(folder: Path):
    L = start(LESSON, answers_folder=str(folder))
    q1 = L.exercise("backed-or-bare")
    q1.answer(2, "source")  # wrong first (the key says bare), then right
    q1.answer(2, "bare")
    q1.answer(1, "source")
    L.exercise("first-question").answer("who")
    L.exercise("price-ratio").answer("3")
    L.exercise("first-impressions").answer("I would ask who wrote each text first.")
    return L


def test_every_answer_is_saved_as_it_is_given(tmp_path):
    L = _answer_everything(tmp_path)
    data = read_answers(tmp_path / FILE)
    assert data["format"] == FORMAT and data["lesson"] == LESSON and data["case"] == CASE
    saved = data["exercises"]
    assert [a["args"] for a in saved["backed-or-bare"]["answers"]] == [
        [2, "source"],
        [2, "bare"],
        [1, "source"],
    ]
    assert saved["backed-or-bare"]["score"]["right_first_time"] == 1
    assert saved["backed-or-bare"]["score"]["answered"] == 2
    assert saved["price-ratio"]["answers"] == [{"args": ["3"], "correct": False}]
    assert saved["first-impressions"]["kind"] == "free-text"
    # a typing mistake is not an attempt, and nothing is left half-written
    L.exercise("price-ratio").answer("lots")
    assert len(read_answers(tmp_path / FILE)["exercises"]["price-ratio"]["answers"]) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == [FILE]


def test_reopening_a_lesson_restores_scores_feedback_and_widgets(tmp_path):
    _answer_everything(tmp_path)
    L = start(LESSON, answers_folder=str(tmp_path))  # a new kernel, the same student
    q1 = L.exercise("backed-or-bare")
    score = q1.score()
    assert (score.answered, score.right_first_time, score.right_now) == (2, 1, 2)
    text = q1.show().text
    assert "Your answers so far" in text and 'q1.answer(2, "bare")' in text
    assert "Right: Bare assertion" in text
    rows = q1.widget().children[1:3]
    assert [row.children[1].value for row in rows] == ["source", "bare"]
    assert "Right" in rows[1].children[2].value
    number = L.exercise("price-ratio").widget()
    assert number.children[1].children[0].value == "3" and "too" in number.children[-1].value
    assert "Answered 2 of 10; right first time: 1 of 2." in L.progress().text


def test_a_rerun_never_erases_answers_and_new_answers_add_to_them(tmp_path):
    _answer_everything(tmp_path)
    before = read_answers(tmp_path / FILE)["exercises"]
    L = start(LESSON, answers_folder=str(tmp_path))
    L.exercise("backed-or-bare").answer(3, "bare")  # only one exercise opened this time
    after = read_answers(tmp_path / FILE)["exercises"]
    assert set(after) == set(before)
    assert after["price-ratio"] == before["price-ratio"]
    assert len(after["backed-or-bare"]["answers"]) == 4


def test_starting_afresh_keeps_the_old_answers_for_the_teacher(tmp_path):
    _answer_everything(tmp_path)
    L = start(LESSON, answers_folder=str(tmp_path))
    assert L.exercise("price-ratio", fresh=True).score().answered == 0
    entry = read_answers(tmp_path / FILE)["exercises"]["price-ratio"]
    assert entry["answers"] == [] and entry["earlier"] == [[{"args": ["3"], "correct": False}]]


def test_a_corrupt_file_is_kept_as_a_backup_and_reported_in_one_line(tmp_path):
    broken = '{"format": "medialit-answers/1", "exercises": {"backed-or-bare": '
    (tmp_path / FILE).write_text(broken, encoding="utf-8")
    L = start(LESSON, answers_folder=str(tmp_path))
    (backup,) = tmp_path.glob("*.unreadable-*.json")
    assert backup.read_text(encoding="utf-8") == broken  # kept byte for byte
    note = [line for line in L.banner().text.splitlines() if "could not be read" in line]
    assert len(note) == 1 and backup.name in note[0] and "not valid JSON" in note[0]
    L.exercise("price-ratio").answer(2.2)
    assert backup.read_text(encoding="utf-8") == broken  # never overwritten
    assert read_answers(tmp_path / FILE)["exercises"]["price-ratio"]["answers"][0]["correct"]


def test_a_file_that_is_not_ours_is_not_overwritten_either(tmp_path):
    (tmp_path / FILE).write_text("[1, 2, 3]", encoding="utf-8")
    L = start(LESSON, answers_folder=str(tmp_path))
    assert "not a Media Literacy Lab answers file" in L.banner().text
    assert [p.read_text() for p in tmp_path.glob("*.unreadable-*.json")] == ["[1, 2, 3]"]


def test_an_answer_that_cannot_be_saved_is_still_checked_and_says_so(tmp_path):
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    folder = blocked / "answers"  # cannot be created, even by root
    feedback = start(LESSON, answers_folder=str(folder)).exercise("price-ratio").answer(2.2)
    assert feedback.correct and "could not be saved" in feedback.markdown


def test_key_mode_saves_nothing(tmp_path):
    L = start(LESSON, answer_key=True, answers_folder=str(tmp_path))
    L.exercise("price-ratio").answer(2.2)
    assert L.answers is None and list(tmp_path.iterdir()) == []


def test_a_new_kind_of_exercise_saves_and_restores_with_no_extra_code(tmp_path):
    class CellExercise(Exercise):  # like a claim matrix: answer(row, column, value)
        kind = "cell"

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.cells: dict = {}

        def answer(self, row: str, column: str, value: str) -> Feedback:
            self.cells[(row, column)] = value
            return Feedback(value == "yes", f"**{value}**")

        def score(self):
            from medialit.exercises import Score

            return Score(total=2, answered=len(self.cells))

        def _student_markdown(self) -> str:
            return "Fill the matrix."

    answers = AnswerFile.open(tmp_path, "02-x", CASE)
    first = CellExercise("m", "Matrix", "Fill it.")
    first.on_answer = answers.keep
    first.answer("a", "b", "yes")
    first.answer("a", "c", "no")
    again = CellExercise("m", "Matrix", "Fill it.")
    again.restore(AnswerFile.open(tmp_path, "02-x", CASE).saved("m"))
    assert again.cells == {("a", "b"): "yes", ("a", "c"): "no"}
    assert 'q.answer("a", "c", "no")' in again.show().text


def _papermill(notebook: Path, target: Path, **parameters) -> nbformat.NotebookNode:
    import papermill as pm

    pm.execute_notebook(
        str(notebook),
        str(target),
        parameters={"case": CASE, **parameters},
        kernel_name="python3",
        cwd=str(notebook.parent),
        progress_bar=False,
    )
    return nbformat.read(target, as_version=4)


def test_notebook_rerun_keeps_answers_and_shows_them(tmp_path):
    folder = tmp_path / "answers"
    _answer_everything(folder)
    saved = (folder / FILE).read_text(encoding="utf-8")
    notebook = ROOT / "notebooks" / f"{LESSON}.ipynb"
    for run in (1, 2):  # run the whole notebook twice, as a student reopening it would
        nb = _papermill(notebook, tmp_path / f"run{run}.ipynb", answers_folder=str(folder))
        assert json.loads((folder / FILE).read_text(encoding="utf-8")) == json.loads(saved)
    outputs = {
        c.source.splitlines()[0]: c.outputs
        for c in nb.cells
        if c.cell_type == "code" and c.source.startswith("q")
    }
    (q1,) = outputs['q1 = L.exercise("backed-or-bare")']
    for form in ("text/markdown", "text/plain"):
        assert "Your answers so far" in q1.data[form]
        assert "Right: Bare assertion" in q1.data[form]
    (banner,) = next(c.outputs for c in nb.cells if "lesson.start(" in c.source)
    assert FILE in banner.data["text/plain"]
    # the widget state saved with the notebook holds the restored choice
    state = nb.metadata.widgets["application/vnd.jupyter.widget-state+json"]["state"]
    chosen = [
        s["state"].get("index")
        for s in state.values()
        if s["model_name"] == "ToggleButtonsModel" and s["state"].get("description") == "Item 2"
    ]
    assert chosen and chosen[0] == 2  # "bare" is the third option
    progress = next(c.outputs for c in nb.cells if c.source.strip() == "L.progress()")
    assert "right first time: 1 of 2" in progress[0].data["text/plain"]


def test_a_saved_answer_the_exercise_no_longer_takes_is_kept_not_dropped(tmp_path):
    answers = AnswerFile.open(tmp_path, LESSON, CASE)
    answers.data["exercises"]["price-ratio"] = {
        "answers": [{"args": ["x", "y", "z"], "correct": True}, {"args": [2.2], "correct": True}]
    }
    L = Lesson(LESSON, load_case(CASE), answers=answers)
    q3 = L.exercise("price-ratio")
    assert q3.score().answered == 1
    q3.answer(2)
    kept = read_answers(tmp_path / FILE)["exercises"]["price-ratio"]["answers"]
    assert [a["args"] for a in kept] == [["x", "y", "z"], [2.2], [2]]


def test_a_file_damaged_while_the_lesson_is_open_is_set_aside_and_said(tmp_path):
    L = start(LESSON, answers_folder=str(tmp_path))
    L.exercise("first-question").answer("who")
    q3 = L.exercise("price-ratio")
    q3.answer(2)
    (tmp_path / FILE).write_text("\x00\x01 garbage", encoding="utf-8")
    feedback = q3.answer(2.2)
    assert feedback.correct and "could not be read" in feedback.markdown
    (backup,) = tmp_path.glob("*.unreadable-*.json")
    assert backup.read_text(encoding="utf-8") == "\x00\x01 garbage"
    saved = read_answers(tmp_path / FILE)["exercises"]
    assert len(saved["price-ratio"]["answers"]) == 2
    assert saved["first-question"]["answers"] == [{"args": ["who"], "correct": True}]
