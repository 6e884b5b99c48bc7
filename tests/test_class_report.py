"""`medialit report`: a class summary from saved answers, on 300 generated students."""

from __future__ import annotations

import json

import pytest

from conftest import CASE
from medialit.cli import main
from medialit.exercises import FORMAT, build_exercise, file_name, lesson_specs, saved_entry
from medialit.teacher import summarise

STUDENTS = 300
LESSON = "00-start-here"


def _student(case, i: int) -> dict:
    """Student i's answers, built by answering the real exercises (so scores are real)."""
    specs = {s["id"]: (n, s) for n, s in enumerate(lesson_specs(case, LESSON), start=1)}
    entries = {}
    q1 = build_exercise(case, specs["backed-or-bare"][1], number=1)
    for n, item in enumerate(q1.items, start=1):
        label = item.accepted[0]
        if n == 1 and i % 4 == 0:
            label = "bare"  # item 1 names a source: flagging it is a false alarm
        if n == 8 and i % 10 == 0:
            label = "bare"  # a rarer false alarm
        q1.answer(n, label)
    entries["backed-or-bare"] = saved_entry(q1)
    q3 = build_exercise(case, specs["price-ratio"][1], number=3)
    q3.answer(2 if i % 3 else 5)  # two students in three get it
    entries["price-ratio"] = saved_entry(q3)
    if i % 2:
        q4 = build_exercise(case, specs["first-impressions"][1], number=4)
        q4.answer("I would ask who is behind the unsigned editorial first.")
        entries["first-impressions"] = saved_entry(q4)
    return {"format": FORMAT, "student": f"s{i:03d}", "lesson": LESSON, "case": CASE,
            "exercises": entries}  # fmt: skip


@pytest.fixture(scope="module")
def class_folder(tmp_path_factory, case):
    folder = tmp_path_factory.mktemp("class")
    for i in range(STUDENTS):
        student = folder / f"s{i:03d}"
        student.mkdir()
        (student / file_name(LESSON, CASE)).write_text(json.dumps(_student(case, i)))
    (folder / "s999").mkdir()
    (folder / "s999" / file_name(LESSON, CASE)).write_text("{broken")
    return folder


def test_per_exercise_counts_and_common_false_alarms(class_folder):
    summaries, problems, files = summarise([class_folder])
    assert files == STUDENTS and len(problems) == 1 and "s999" in problems[0]
    by_id = {s.id: s for s in summaries}
    assert [s.id for s in summaries] == ["backed-or-bare", "price-ratio", "first-impressions"]
    price = by_id["price-ratio"]
    assert (price.students, price.got_it) == (STUDENTS, 200)
    bare = by_id["backed-or-bare"]
    flagged_1 = len([i for i in range(STUDENTS) if i % 4 == 0])  # 75
    flagged_8 = len([i for i in range(STUDENTS) if i % 10 == 0])  # 30
    both = len([i for i in range(STUDENTS) if i % 20 == 0])  # 15
    assert bare.false_alarms == flagged_1 + flagged_8
    assert bare.students_with_false_alarms == flagged_1 + flagged_8 - both
    assert bare.got_it == STUDENTS - (flagged_1 + flagged_8 - both)
    (first, n1), (second, n2) = bare.false_alarm_items.most_common(2)
    assert first.startswith("item 1: ") and n1 == flagged_1
    assert second.startswith("item 8: ") and n2 == flagged_8
    free = by_id["first-impressions"]
    assert free.students == STUDENTS // 2 and not free.graded


def test_the_command_writes_a_chart_with_a_text_summary(class_folder, tmp_path, capsys):
    out = tmp_path / "report"
    assert main(["report", str(class_folder), "--out", str(out)]) == 2  # one file was bad
    printed = capsys.readouterr()
    assert "got it all right first time: 200 of 300" in printed.out
    assert "item 1: " in printed.out and "(75 students)" in printed.out
    assert "skipped: not valid JSON" in printed.err
    png = (out / "chart.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    summary = (out / "summary.md").read_text()
    assert "![Items right first time, per exercise: highest" in summary
    assert "most false alarms: Backed or bare? (30% of students)" in summary
    data = json.loads((out / "summary.json").read_text())
    assert data["files"] == STUDENTS and data["exercises"][1]["got_it"] == 200


def test_no_answers_is_said_plainly(tmp_path, capsys):
    assert main(["report", str(tmp_path), "--out", str(tmp_path / "r")]) == 0
    assert "No answers found in 0 file(s)." in capsys.readouterr().out
    assert not (tmp_path / "r" / "chart.png").exists()
