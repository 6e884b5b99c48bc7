"""Work that is never lost: answers are saved as given and come back when a lesson reopens."""

from __future__ import annotations

import json
import re
from pathlib import Path

import nbformat
import pytest

from conftest import CASE, ROOT
from medialit.case import load_case
from medialit.exercises import (
    FORMAT,
    AnswerFile,
    Exercise,
    Feedback,
    answers_folder,
    file_name,
    read_answers,
)
from medialit.lesson import Lesson, start
from medialit.shown import escape_md

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


def test_two_damaged_files_in_the_same_second_keep_two_backups(tmp_path):
    """A backup is named by the second it was made; a second one in that second gets -2."""
    import datetime as dt

    stem = FILE.removesuffix(".json")
    now = dt.datetime.now()
    placeholders = []  # the names a backup made in the next few seconds would take
    for ahead in range(5):
        stamp = (now + dt.timedelta(seconds=ahead)).strftime("%Y%m%d-%H%M%S")
        placeholder = tmp_path / f"{stem}.unreadable-{stamp}.json"
        placeholder.write_text("an older backup", encoding="utf-8")
        placeholders.append(placeholder)
    (tmp_path / FILE).write_text("{broken", encoding="utf-8")
    start(LESSON, answers_folder=str(tmp_path))
    (backup,) = [p for p in tmp_path.glob("*.unreadable-*") if p not in placeholders]
    assert re.fullmatch(rf"{re.escape(stem)}\.unreadable-\d{{8}}-\d{{6}}-2\.json", backup.name)
    assert backup.read_text(encoding="utf-8") == "{broken"
    assert all(p.read_text(encoding="utf-8") == "an older backup" for p in placeholders)


def test_starting_afresh_twice_keeps_one_earlier_attempt_not_an_empty_one(tmp_path):
    L = start(LESSON, answers_folder=str(tmp_path))
    L.exercise("price-ratio").answer(3)
    L.exercise("price-ratio", fresh=True)
    L.exercise("price-ratio", fresh=True)  # nothing new was answered in between
    entry = read_answers(tmp_path / FILE)["exercises"]["price-ratio"]
    assert entry["earlier"] == [[{"args": [3], "correct": False}]]


def test_restored_answers_say_where_they_are_saved(tmp_path):
    start(LESSON, answers_folder=str(tmp_path)).exercise("price-ratio").answer(3)
    shown = start(LESSON, answers_folder=str(tmp_path)).exercise("price-ratio").show().markdown
    where = escape_md(str(tmp_path / FILE))
    assert f"score.*\n\n**Your answers so far** (saved in `{where}`):\n\n- `q3.answer(3)`" in shown


def test_without_a_folder_or_setting_answers_go_to_my_answers_beside_the_notebook(
    tmp_path, monkeypatch
):
    monkeypatch.delenv("MEDIALIT_ANSWERS")
    monkeypatch.chdir(tmp_path)
    assert answers_folder() == tmp_path / "my-answers"
    assert file_name("00 start here", "my case!") == "00-start-here--my-case-.answers.json"


def test_the_file_says_whose_answers_they_are_and_stays_readable(tmp_path, monkeypatch):
    monkeypatch.setenv("MEDIALIT_STUDENT", "ana")
    L = start(LESSON, answers_folder=str(tmp_path))
    feedback = L.exercise("price-ratio").answer(2.2)
    assert feedback.markdown.startswith("**Right.**") and "\n\n*" not in feedback.markdown
    text = (tmp_path / FILE).read_text(encoding="utf-8")
    assert text.startswith('{\n "format": "medialit-answers/1",\n "student": "ana",')
    data = json.loads(text)
    assert (data["lesson"], data["case"]) == (LESSON, CASE)
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00", data["updated"])
    entry = data["exercises"]["price-ratio"]
    assert (entry["kind"], entry["number"]) == ("number", 3)
    assert entry["title"] == L.exercise("price-ratio").title
    monkeypatch.setenv("MEDIALIT_STUDENT", "someone-else")  # the same file, another login
    start(LESSON, answers_folder=str(tmp_path)).exercise("price-ratio").answer(2.3)
    assert read_answers(tmp_path / FILE)["student"] == "ana"


def test_a_file_without_its_exercises_says_so(tmp_path):
    (tmp_path / "x.answers.json").write_text(json.dumps({"format": FORMAT}), encoding="utf-8")
    with pytest.raises(ValueError, match=r"^its 'exercises' entry is missing or not a mapping$"):
        read_answers(tmp_path / "x.answers.json")


def test_answers_given_with_named_arguments_come_back_too():
    class Pair(Exercise):
        kind = "pair"

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.given: list = []

        def answer(self, first: str, *, second: str = "") -> Feedback:
            self.given.append((first, second))
            return Feedback(True, "ok")

    first = Pair("p", "P", "Pair them.")
    first.answer("a", second="b")
    again = Pair("p", "P", "Pair them.")
    again.restore(first.history)
    assert again.given == [("a", "b")]
