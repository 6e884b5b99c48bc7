"""Lesson 05 shows the ledger rows its exercises refer to, on any case, with no verdicts
(issue 15, item 6)."""

import re

import pytest
from barecase import build_bare_case

from medialit.case import load_case
from medialit.detectors import check_article
from medialit.errors import MedialitError
from medialit.exercises import lesson_slots, lesson_specs
from medialit.lesson import Lesson
from medialit.notebook import exercise_ledger, referred_facts

LESSON = "05-check-the-numbers"


@pytest.fixture(scope="module")
def case():
    return load_case("kazakhstan-2022")


def _spec(case, exercise_id):
    return next(s for s in lesson_specs(case, LESSON) if s["id"] == exercise_id)


def test_every_row_an_exercise_names_is_shown_and_no_verdict_is(case):
    spec = _spec(case, "judge-the-figure")
    wording = " ".join(str(i.get("why", "")) for i in spec["items"])
    named = {f for f in case.facts if re.search(rf"\(({re.escape(f)})\)", wording)}
    assert len(named) >= 5
    text = Lesson(LESSON, case).ledger("judge-the-figure").text
    shown = set(re.findall(r"^\| ([\w-]+) \|", text, re.M)) - {"Row"}
    assert named <= shown
    verdicts = [*spec["labels"], *spec["labels"].values()]
    assert not [v for v in verdicts if re.search(rf"\b{re.escape(v)}\b", text, re.I)]


def test_rows_come_from_the_exercises_wording_not_from_their_hints(case):
    spec = {"prompt": "About 2,724,900 km² in all, and 2 more.", "hint": "deaths-total-238"}
    assert referred_facts(case, [spec]) == ["kazakhstan-area"]
    assert referred_facts(case, [{"prompt": "Name deaths-total-238 here."}]) == [
        "deaths-total-238"
    ]


def test_an_item_that_points_at_a_figure_gets_the_row_the_checker_uses(case):
    article, check = next(
        (a, c)
        for a, text in case.articles.items()
        for c in check_article(text, case.facts)
        if c.fact and not c.fact.is_date
    )
    spec = {"items": [{"article": article, "quote": check.quantity.text}]}
    assert check.fact.id in referred_facts(case, [spec])


def test_no_rows_says_what_to_add_and_an_unknown_exercise_is_one_line(case):
    assert "name a row's id" in exercise_ledger(case, [{"prompt": "No figures."}]).text
    with pytest.raises(MedialitError, match="no exercise 'nope'; its exercises are"):
        Lesson(LESSON, case).ledger("nope")


def test_an_exercise_the_case_is_too_thin_for_adds_no_rows_and_no_error(tmp_path):
    bare = load_case(str(build_bare_case(tmp_path)))
    has = [s["id"] for s in lesson_specs(bare, LESSON)]
    missing = [s for s in lesson_slots(LESSON) if s not in has]
    assert missing
    assert "refer to no row" in Lesson(LESSON, bare).ledger(*missing).text
