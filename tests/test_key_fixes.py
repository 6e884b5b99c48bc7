"""The keys a careful teacher disputed (issue 15): each newly accepted answer is accepted.

Each test builds the shipped exercise from the case, gives the answer the key used to
mark wrong (or the one it used to let through), and checks the verdict.
"""

from __future__ import annotations

import pytest

from conftest import CASE, ROOT
from medialit.compare import compare
from medialit.exercises import build_exercise, lesson_specs
from medialit.paths import case_dir

L02, L04 = "02-same-event-different-stories", "04-because-i-said-so"


def _exercise(case, lesson: str, exercise_id: str):
    specs = lesson_specs(case, lesson)
    number, spec = next((n, s) for n, s in enumerate(specs, 1) if s["id"] == exercise_id)
    return build_exercise(case, spec, number=number)


def _item(exercise, words: str) -> int:
    """The number (from 1) of the one item whose words contain `words`."""
    found = [i for i, item in enumerate(exercise.items, 1) if words in item.prompt]
    assert len(found) == 1, (words, found)
    return found[0]


def _cell(exercise, claim_words: str, column: str) -> str:
    row = next(i for i, text in enumerate(exercise.rows) if claim_words in text)
    return exercise.cell_name(row, exercise.columns.index(column))


def test_who_burned_westgate_accepts_omits(case):
    ex = _exercise(case, "02-same-event-different-stories", "claim-matrix")
    cell = _cell(ex, "set Almaty's city hall on fire", "Westgate Policy Brief")
    assert ex.answer(cell, "omits").correct
    assert ex.answer(cell, "denies").correct


@pytest.mark.parametrize(
    ("lesson", "exercise_id", "words", "label"),
    [
        (L02, "whose-words", "first units began to leave", "bare"),
        (L02, "whose-words", "first units began to leave", "checkable"),
        (L04, "claim-sorter", "When the price cap ended", "none"),
        (L04, "claim-sorter", "When the price cap ended", "backed"),
        ("01-meet-the-sources", "what-is-it", "Eurasian Strategy Review", "opinion"),
        ("01-meet-the-sources", "what-is-it", "Eurasian Strategy Review", "state"),
        (L02, "loaded-or-plain", "Kremlin-friendly", "plain"),
        (L02, "loaded-or-plain", "Kremlin-friendly", "loaded"),
        ("05-check-the-numbers", "judge-the-figure", "Dozens of police", "close"),
        ("05-check-the-numbers", "judge-the-figure", "Dozens of police", "conflicts"),
        ("03-copies-rewrites-content-farms", "which-swaps-matter", "troopers", "changes"),
        ("03-copies-rewrites-content-farms", "which-swaps-matter", "troopers", "keeps"),
    ],
)
def test_a_newly_accepted_label_is_accepted(case, lesson, exercise_id, words, label):
    ex = _exercise(case, lesson, exercise_id)
    feedback = ex.answer(_item(ex, words), label)
    assert feedback.correct, feedback.markdown


def test_the_claim_sorter_says_why_none_is_accepted_too(case):
    ex = _exercise(case, "04-because-i-said-so", "claim-sorter")
    assert "order" in ex.items[_item(ex, "When the price cap ended") - 1].why


def test_deaths_per_100k_takes_1_2_and_no_longer_1_3(case):
    ex = _exercise(case, "05-check-the-numbers", "deaths-per-100k")
    assert ex.accepts(1.2) and ex.accepts(1.24) and ex.accepts(238 / 19_190_000 * 100_000)
    assert not ex.accepts(1.3) and not ex.accepts(1.1)


def test_fermi_flights_rejects_the_troops_only_and_equipment_only_answers(case):
    ex = _exercise(case, "05-check-the-numbers", "fermi-flights")
    troops_only, equipment_only = 19_000 / 125, 5_000 / 40
    assert ex.accepts(troops_only + equipment_only) and ex.accepts(280)
    assert not ex.accepts(troops_only) and not ex.accepts(equipment_only)
    assert "impossible" not in ex.why.replace("does not prove them impossible", "")


def test_price_ratio_asks_for_a_multiple_not_how_many_times_higher(case):
    ex = _exercise(case, "00-start-here", "price-ratio")
    assert "times higher" not in ex.prompt
    assert ex.answer(2).correct and not ex.answer(1).correct


def test_what_kind_of_copy_arrow_runs_from_the_earlier_column(case):
    ex = _exercise(case, "03-copies-rewrites-content-farms", "what-kind-of-copy")
    item = ex.items[_item(ex, "White House briefing") - 1]
    earlier, later = item.prompt.split("→")
    assert "White House briefing" in earlier and "6 January" in earlier and "8 January" in later
    dates = {a.id: a.meta.get("date") for a in case.articles.values()}
    first = case.articles["column-briefing-republished"].meta["first_published"]
    assert "6 January" in first and str(dates["column-mission"]) == "2022-01-08"


def test_the_courier_shares_no_long_passage_with_the_wire_report():
    articles = case_dir(CASE) / "articles"
    c = compare(articles / "wire-report.md", articles / "government-account.md", CASE)
    longest = max(p.words for p in c.shared_passages)
    assert longest < 25, longest  # shared dated facts, not copied paragraphs
    assert not c.near_copy


def test_lesson_03_plan_counts_the_hits_the_exercise_has(case):
    ex = _exercise(case, "03-copies-rewrites-content-farms", "which-swaps-matter")
    must_flag = sum(item.accepted == ("changes",) for item in ex.items)
    may_flag = sum("changes" in item.accepted for item in ex.items)
    harmless = len(ex.items) - may_flag
    plan = (ROOT / "lessons" / "03-copies-rewrites-content-farms.md").read_text(encoding="utf-8")
    words = {5: "five", 6: "six", 7: "seven", 8: "eight", 3: "three", 4: "four"}
    assert f"gets all {words[may_flag]} hits and {words[harmless]} false alarms" in plan
    assert f"misses {words[must_flag]}" in plan
    assert f"All {words[must_flag]} must-flag hits" in plan


def test_the_facts_the_kit_states_in_its_own_voice_carry_their_sources(case):
    facts = case.facts
    denial = facts["us-denial"]
    assert denial.value == "2022-01-05" and "White House" in denial.reported_by
    framing = facts["terrorists-abroad-tokayev"]
    assert framing.value == "2022-01-05" and "akorda.kz" in framing.reported_by
    remark = facts["blinken-remark"]
    assert remark.value < facts["withdrawal-complete"].value and "State Department" in (
        remark.reported_by
    )
    summed = facts["deaths-total-initial"]
    assert (
        summed.low == facts["deaths-criminals-initial"].low + facts["deaths-security-initial"].low
    )
    assert summed.reported_by.startswith("derived from") and "not a total" in summed.claim
    assert "set off" not in " ".join(case.summary.split()) and "reported" in case.summary


def test_the_texts_date_the_us_denial_to_the_5_january_briefing(case):
    for text_id in ("state-editorial", "column-briefing-republished", "western-briefing"):
        text = case.articles[text_id].text
        assert "5 January" in text and "as soon as the question was put" not in text, text_id
        assert "A second reporter then asked" not in text


def test_the_renamed_columnist_is_gone_from_everything_students_and_tests_read():
    old = "Kor" + "iakin"  # split, so this file does not hold the name it looks for
    places = [*ROOT.glob("data/cases/**/*"), *ROOT.glob("notebooks/*.ipynb")]
    places += [*ROOT.glob("lessons/*.md"), *ROOT.glob("tests/**/*.json"), *ROOT.glob("tests/*.py")]
    hits = [
        p for p in places if p.is_file() and old in p.read_text(encoding="utf-8", errors="ignore")
    ]
    assert hits == []
    column = case_dir(CASE) / "articles" / "column-briefing-republished.md"
    assert "multipolar" not in column.read_text(encoding="utf-8")


def test_the_state_label_does_not_say_steered(case):
    ex = _exercise(case, "01-meet-the-sources", "what-is-it")
    assert "steered" not in ex.labels["state"].lower()
    loaded = _exercise(case, L02, "loaded-or-plain")
    why = loaded.items[_item(loaded, "occupation") - 1].why
    assert "invited" not in why and "asked for the troops" in why
