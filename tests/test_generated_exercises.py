"""Exercises from any case, the case's own words, and the baseline as the teacher's choice.

Fast checks on the cases in tests/ (no notebook runs): `exercises.yml` adds and
overrides by id; a case too thin for an exercise gets one line on what to add; the
baseline is never made up; real articles are never called invented; a case's notes
are shown where the lesson asks for them.
"""

from __future__ import annotations

import pytest
from barecase import add_own_exercises, build_bare_case
from teachercase import build_teacher_case

from medialit.case import load_case
from medialit.exercises import lesson_slots, lesson_specs, thin_slots
from medialit.lesson import Lesson


@pytest.fixture(scope="module")
def teacher(tmp_path_factory):
    return build_teacher_case(tmp_path_factory.mktemp("cases"))


def test_exercises_yml_overrides_by_id_and_adds(tmp_path):
    folder = build_bare_case(tmp_path)
    add_own_exercises(
        folder,
        "00-start-here:\n"
        "  - {id: first-question, kind: free-text, title: Mine, prompt: P, model_answer: M}\n"
        "  - {id: extra, kind: free-text, title: Extra, prompt: P, model_answer: M}\n",
    )
    specs = {s["id"]: s for s in lesson_specs(load_case(folder), "00-start-here")}
    assert specs["first-question"]["title"] == "Mine"  # the teacher's, not the kit's
    assert specs["extra"]["title"] == "Extra"
    assert "first-impressions" in specs  # the kit still fills the other slots
    assert list(specs).count("first-question") == 1
    L = Lesson("00-start-here", load_case(folder), answer_key=True)  # the notebook's numbers
    assert L.exercise("first-question").handle == "q2"  # its slot, though first in the file
    assert L.exercise("extra").handle == "q5"  # after the lesson's four slots


def test_a_thin_case_says_in_one_line_what_to_add(tmp_path):
    case = load_case(build_bare_case(tmp_path))  # no annotations, no claims
    thin = thin_slots(case, "04-because-i-said-so")
    assert "annotations/" in thin["cause-or-order"] and "\n" not in thin["cause-or-order"]
    assert "claims.yml" in thin_slots(case, "02-same-event-different-stories")["claim-matrix"]
    L = Lesson("04-because-i-said-so", case)
    assert "too thin for this exercise" in L.exercise("claim-sorter").text


def test_every_slot_is_built_or_says_what_to_add(teacher):
    case = load_case(teacher)
    for lesson in ("00-start-here", "02-same-event-different-stories", "05-check-the-numbers"):
        built = {s["id"] for s in lesson_specs(case, lesson)}
        assert set(lesson_slots(lesson)) == built | set(thin_slots(case, lesson))
        assert not built & set(thin_slots(case, lesson))


def test_a_generated_exercise_keeps_its_place_in_the_lesson(teacher):
    case = load_case(teacher)
    L = Lesson("00-start-here", case)
    assert L.exercise("price-ratio").handle == "q3"  # the notebook's third exercise


def test_the_baseline_is_never_made_up_and_never_an_opinion_piece(tmp_path):
    folder = build_bare_case(tmp_path)
    manifest = folder / "case.yml"  # keep the blog post and the council's statement only
    manifest.write_text("\n".join(
        line for line in manifest.read_text(encoding="utf-8").splitlines()
        if "norvik-wire" not in line and "buzz-copy" not in line) + "\n", encoding="utf-8")
    blog = folder / "articles" / "estuary-blog.md"  # the blog even claims the baseline's part
    blog.write_text(blog.read_text(encoding="utf-8").replace(
        'framing: "critic"', 'framing: "baseline"'), encoding="utf-8")  # fmt: skip
    case = load_case(folder)
    assert case.baseline is None and case.articles["estuary-blog"].meta["framing"] == "baseline"
    view = Lesson("00-start-here", case).read("baseline", paragraphs=1)
    assert "This case has no baseline" in view.text
    assert "own texts: 'council-statement'" in view.text  # not the blog post


def test_texts_says_real_articles_are_real(teacher):
    text = Lesson("00-start-here", load_case(teacher)).texts().text
    assert "all are real articles" in text and "invented" not in text


def test_a_cases_notes_are_shown_where_the_lesson_asks(teacher):
    (teacher / "notes").mkdir(exist_ok=True)
    (teacher / "notes" / "00-start-here.md").write_text(
        "## baseline\n\nThe agency's report.\n\n## examples\n\n- find-1: 6,800\n",
        encoding="utf-8",
    )
    L = Lesson("00-start-here", load_case(teacher))
    assert L.note("baseline").text.strip() == "The agency's report."
    assert L.note("no-such-part").text == ""
    assert L.example("find-1") == "6,800"
    assert L.example("find-2")  # not in the notes: words the case's texts share
    assert L.example("withdrawn") == "8,000"  # the ledger's withdrawn evacuation figure
