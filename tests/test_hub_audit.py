"""The hub load test's own checks, without a hub: the answers audit, the percentile and the
targets (bench/hub_audit.py). `make hub-test` trusts these to say a class lost or mixed
nothing; here each kind of loss and mix-up is planted in a folder of files and must be found.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from conftest import ROOT
from medialit.lesson import start

sys.path.insert(0, str(ROOT / "bench"))
from hub_audit import (
    Limits,
    audit_answers,
    missed_targets,
    percentile,
    written_by,
)

LESSON = "00-start-here"
FILE = f"{LESSON}--kazakhstan-2022.answers.json"


def _write(folder: Path, student: str, answers: dict[str, list[list]], **header) -> Path:
    """An answers file in the kit's format: exercise id -> the args of each answer."""
    folder.mkdir(parents=True, exist_ok=True)
    data = {
        "format": "medialit-answers/1",
        "student": student,
        "lesson": LESSON,
        "exercises": {
            ex: {"answers": [{"args": args, "correct": False} for args in calls]}
            for ex, calls in answers.items()
        },
        **header,
    }
    path = folder / FILE
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _class(tmp_path: Path) -> tuple[dict, dict, Path]:
    """Two students, each with every answer they sent saved in their own file."""
    homes = tmp_path / "homes"
    text = {name: f"I would ask who is behind it. {written_by(name)}" for name in ("s001", "s002")}
    sent = {
        name: {
            (LESSON, "backed-or-bare"): [[1, "bare"], [4, "source"]],
            (LESSON, "first-question"): [[text[name]]],
        }
        for name in ("s001", "s002")
    }
    folders = {name: homes / name / "kit" / "notebooks" / "my-answers" for name in sent}
    for name, calls in sent.items():
        _write(folders[name], name, {ex: c for (_, ex), c in calls.items()})
    return sent, folders, homes


def test_a_class_that_lost_and_mixed_nothing_passes(tmp_path):
    audit = audit_answers(*_class(tmp_path))
    assert (audit.sent, audit.saved, audit.lost, audit.mixed) == (6, 6, 0, 0)
    assert audit.problems == []


def test_the_audit_reads_the_file_the_kit_really_writes(tmp_path, monkeypatch):
    monkeypatch.setenv("MEDIALIT_STUDENT", "s001")
    folder = tmp_path / "homes" / "s001" / "my-answers"
    lesson = start(LESSON, answers_folder=str(folder))
    q1 = lesson.exercise("backed-or-bare")
    q1.answer(1, "bare")
    q1.answer(4, "source")
    sent = {"s001": {(LESSON, "backed-or-bare"): [[1, "bare"], [4, "source"]]}}
    audit = audit_answers(sent, {"s001": folder}, tmp_path / "homes")
    assert (audit.sent, audit.saved, audit.lost, audit.mixed) == (2, 2, 0, 0), audit.problems
    # and a third answer the kit never saw is lost
    sent["s001"][(LESSON, "backed-or-bare")].append([2, "bare"])
    assert audit_answers(sent, {"s001": folder}, tmp_path / "homes").lost == 1


def test_an_answer_missing_from_the_file_is_lost(tmp_path):
    sent, folders, homes = _class(tmp_path)
    _write(folders["s001"], "s001", {"backed-or-bare": [[1, "bare"]], "first-question": []})
    audit = audit_answers(sent, folders, homes)
    assert (audit.saved, audit.lost, audit.mixed) == (4, 2, 0)
    assert any("s001" in p and "not saved" in p for p in audit.problems)


def test_an_answer_sent_twice_and_saved_once_is_lost_once(tmp_path):
    sent, folders, homes = _class(tmp_path)
    sent["s002"][(LESSON, "backed-or-bare")].append([1, "bare"])
    audit = audit_answers(sent, folders, homes)
    assert (audit.sent, audit.saved, audit.lost) == (7, 6, 1)


@pytest.mark.parametrize("damage", ["no file", "two files", "not json", "a json list"])
def test_a_missing_doubled_or_unreadable_file_loses_all_its_answers(tmp_path, damage):
    sent, folders, homes = _class(tmp_path)
    path = folders["s002"] / FILE
    if damage == "no file":
        path.unlink()
    elif damage == "two files":
        (folders["s002"] / f"{LESSON}--other-case.answers.json").write_text(path.read_text())
    elif damage == "not json":
        path.write_text('{"student": "s002", "exerc')
    else:
        path.write_text("[]")
    audit = audit_answers(sent, folders, homes)
    assert (audit.saved, audit.lost, audit.mixed) == (3, 3, 0)
    assert any(p.startswith("s002 ") for p in audit.problems)


def test_an_answer_someone_else_sent_is_mixed(tmp_path):
    sent, folders, homes = _class(tmp_path)
    other = [[sent["s002"][(LESSON, "first-question")][0][0]]]
    _write(
        folders["s001"],
        "s001",
        {"backed-or-bare": [[1, "bare"], [4, "source"]], "first-question": other},
    )
    audit = audit_answers(sent, folders, homes)
    # s001's own free text is lost, s002's is in s001's file: counted once, as mixed
    assert (audit.lost, audit.mixed) == (1, 1)
    assert any("did not send" in p for p in audit.problems)


def test_another_students_free_text_anywhere_in_the_file_is_mixed(tmp_path):
    sent, folders, homes = _class(tmp_path)
    calls = {ex: c for (_, ex), c in sent["s001"].items()}
    _write(folders["s001"], "s001", calls, note=f"copied {written_by('s002')}")
    audit = audit_answers(sent, folders, homes)
    assert (audit.lost, audit.mixed) == (0, 1)
    assert any("written by ['s002']" in p for p in audit.problems)


def test_a_file_that_names_another_student_or_lesson_is_mixed(tmp_path):
    sent, folders, homes = _class(tmp_path)
    calls = {ex: c for (_, ex), c in sent["s001"].items()}
    _write(folders["s001"], "s002", calls)
    assert audit_answers(sent, folders, homes).mixed == 1
    _write(folders["s001"], "s001", calls, lesson="04-because-i-said-so")
    assert audit_answers(sent, folders, homes).mixed == 1


def test_an_answers_file_where_nobody_should_have_written_one_is_mixed(tmp_path):
    sent, folders, homes = _class(tmp_path)
    # s002's file also lands in s001's home, in another folder
    stray = homes / "s001" / "my-answers"
    _write(stray, "s002", {ex: c for (_, ex), c in sent["s002"].items()})
    audit = audit_answers(sent, folders, homes)
    assert (audit.lost, audit.mixed) == (0, 1)
    assert str(stray / FILE) in audit.problems[-1]


def test_percentile_is_the_nearest_rank():
    thirty = [i / 100 for i in range(1, 31)]  # 0.01 .. 0.30
    assert percentile(thirty, 95) == 0.29  # rank ceil(28.5) = 29, not 28
    assert percentile(thirty, 50) == 0.15
    assert percentile(list(reversed(thirty)), 100) == 0.30
    assert percentile(thirty, 0) == 0.01
    assert percentile([0.7], 95) == 0.7
    assert percentile([], 95) is None
    assert percentile(list(range(1, 11)), 95) == 10


RUN = {
    "hub_students": 10,
    "hub_finished": 10,
    "hub_feedback_p95_s": 0.1,
    "hub_student_peak_mb": 220.0,
    "hub_answers_lost": 0,
    "hub_answers_mixed": 0,
    "hub_listening_off_loopback": [],
}


@pytest.mark.parametrize(
    ("change", "missed"),
    [
        ({}, None),
        ({"hub_finished": 9}, "9 of 10 students finished"),
        ({"hub_feedback_p95_s": 1.01}, "p95 1.01 s > 1 s"),
        ({"hub_feedback_p95_s": None}, "p95 None s"),  # no feedback at all is no pass
        ({"hub_student_peak_mb": 250.1}, "peak 250.1 MB > 250 MB"),
        ({"hub_answers_lost": 1}, "1 answers lost"),
        ({"hub_answers_mixed": 2}, "2 answers mixed"),
        ({"hub_listening_off_loopback": ["server 0.0.0.0:8888"]}, "off loopback"),
    ],
)
def test_each_target_fails_the_run_on_its_own(change, missed):
    result = missed_targets({**RUN, **change})
    if missed is None:
        assert result == []
    else:
        assert len(result) == 1 and missed in result[0]


def test_the_limits_are_the_issues_and_can_be_set():
    assert Limits() == Limits(p95_s=1.0, student_peak_mb=250.0)
    assert missed_targets({**RUN, "hub_feedback_p95_s": 1.5}, Limits(p95_s=2.0)) == []
