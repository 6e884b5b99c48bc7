"""What a health-science case teaches, built from any case that has the material (issue 17,
item 2): how sure a sentence is, hazard or risk, relative against absolute risk, what a cohort
can show, cans to a daily limit, and figures of one thing that differ between sources.

The case is tests/sciencecase.py's: invented texts about an invented sweetener, with the
annotation fields and ledger rows these exercises read. The Kazakhstan case has no such rows:
its places say what to add, and "How sure is it?" is built from its own causal claims.
"""

from __future__ import annotations

import pytest
from sciencecase import build_science_case

from medialit.case import load_ledger, read_case
from medialit.exercises import ChoiceExercise, LabelExercise, NumberExercise
from medialit.lesson import Lesson
from medialit.shown import Shown

L04, L05 = "04-because-i-said-so", "05-check-the-numbers"
HEADER = "id,claim,value,unit,as_of,reported_by,status,note,compared_with\n"


@pytest.fixture(scope="module")
def science(tmp_path_factory):
    case, problems = read_case(str(build_science_case(tmp_path_factory.mktemp("cases"))))
    assert problems == []
    return case


@pytest.fixture(scope="module")
def kazakhstan():
    from medialit.case import load_case

    return load_case("kazakhstan-2022")


def _exercise(case, lesson: str, exercise_id: str, answer_key: bool = False):
    return Lesson(lesson, case, answer_key=answer_key).exercise(exercise_id)


@pytest.mark.parametrize(
    "exercise_id, flag", [("how-sure", "causes"), ("hazard-or-risk", "hazard-as-risk")]
)
def test_flagging_everything_scores_every_hit_and_every_fair_item_as_a_false_alarm(
    science, exercise_id, flag
):
    ex = _exercise(science, L04, exercise_id)
    assert isinstance(ex, LabelExercise) and ex.flag == flag
    flagged = sum(flag in item.accepted for item in ex.items)
    assert 0 < flagged < len(ex.items)  # sound and unsound retellings, mixed
    for number in range(1, len(ex.items) + 1):
        ex.answer(number, flag)
    score = ex.score()
    assert (score.hits, score.false_alarms) == (flagged, len(ex.items) - flagged)


def test_answering_by_the_key_is_right_first_time_with_no_false_alarm(science):
    ex = _exercise(science, L04, "how-sure")
    for number, item in enumerate(ex.items, start=1):
        assert ex.answer(number, item.accepted[0]).correct
    score = ex.score()
    assert score.right_first_time == len(ex.items) and score.false_alarms == 0


def test_how_sure_shows_the_words_that_decided_it_and_whether_a_retelling_raised_it(science):
    ex = _exercise(science, L04, "how-sure")
    why = {item.prompt: item.why for item in ex.items}
    could = next(w for p, w in why.items() if "could cause cancer" in p)
    assert "hedge: 'could'" in could and "keeps it" in could  # from the lexicon, no certainty:
    causes = next(w for p, w in why.items() if p.startswith("The fizzy-drink sweetener"))
    assert "raises it to 'causes'" in causes
    keyed = {item.prompt: item.accepted for item in ex.items}
    assert keyed[next(p for p in keyed if "could cause" in p)] == ("possibly",)


def test_the_kazakhstan_case_sorts_its_own_hedged_claims_and_lacks_hazard_or_risk(kazakhstan):
    ex = _exercise(kazakhstan, L04, "how-sure")
    assert isinstance(ex, LabelExercise)
    levels = {item.accepted[0] for item in ex.items}
    assert "causes" in levels and levels & {"possibly", "probably"}
    assert any("hedge: '" in item.why for item in ex.items)
    thin = _exercise(kazakhstan, L04, "hazard-or-risk")
    assert isinstance(thin, Shown) and "too thin" in thin.text and "hazard_risk:" in thin.text
    assert "\n" not in thin.text.strip()


@pytest.mark.parametrize(
    "exercise_id, needs",
    [
        ("relative-risk", "hazard ratio"),
        ("what-a-cohort-shows", "cohort"),
        ("cans-to-limit", "mg per can"),
        ("why-cans-differ", "two body weights"),
    ],
)
def test_a_ledger_without_the_rows_gets_one_line_of_what_to_add(kazakhstan, exercise_id, needs):
    shown = _exercise(kazakhstan, L05, exercise_id)
    assert isinstance(shown, Shown) and "too thin" in shown.text and needs in shown.text
    assert "\n" not in shown.text.strip()


def test_relative_risk_is_the_rate_times_the_ratio_minus_one(science):
    ex = _exercise(science, L05, "relative-risk")
    assert isinstance(ex, NumberExercise)
    assert ex.answer("15").correct is False  # the relative change is not the absolute one
    assert ex.answer("60 more cases").correct  # 400 × (1.15 − 1)
    assert "velamide-hr" in ex.why and "lumen-rate" in ex.why


def test_without_compared_with_the_rate_whose_claim_shares_words_is_taken(tmp_path):
    folder = build_science_case(tmp_path)
    ledger = folder / "facts.csv"
    ledger.write_text(ledger.read_text("utf-8").replace(",lumen-rate\n", ",\n"), "utf-8")
    case, problems = read_case(str(folder))
    assert problems == []
    ex = _exercise(case, L05, "relative-risk")
    assert ex.value == 60 and "lumen-rate" in ex.why


def test_cans_to_the_limit_accepts_the_rounding_the_texts_use_and_no_more(science):
    ex = _exercise(science, L05, "cans-to-limit")
    assert isinstance(ex, NumberExercise)
    assert [ex.accepts(n) for n in (8, 9, 12, 14, 15)] == [False, True, True, True, False]
    assert ex.answer(15).markdown.startswith("**Not quite: too high.**")


def test_why_the_cans_differ_names_what_the_ledger_shows_differing(science, tmp_path):
    ex = _exercise(science, L05, "why-cans-differ")
    assert isinstance(ex, ChoiceExercise)
    assert ex.answer("weight").correct is False and ex.answer("both").correct
    assert "40 × 70 ÷ 180 = 15.6" in ex.items[0].why  # the sum behind the paper's 15
    folder = build_science_case(tmp_path)  # one body weight only: the can is what differs
    ledger = folder / "facts.csv"
    rows = [r for r in ledger.read_text("utf-8").splitlines() if "adult-weight-older" not in r]
    ledger.write_text("\n".join(rows) + "\n", "utf-8")
    one_weight, _ = read_case(str(folder))
    assert _exercise(one_weight, L05, "why-cans-differ").items[0].accepted == ("can",)


def test_what_a_cohort_shows_accepts_a_link_or_a_lead_but_not_a_cause(science):
    ex = _exercise(science, L05, "what-a-cohort-shows")
    assert "102,865" in ex.prompt
    assert ex.answer("cause").correct is False
    assert ex.answer("link").correct and ex.answer("lead").correct


def test_figures_of_one_thing_that_differ_give_the_changed_figure_question(science, kazakhstan):
    ex = _exercise(science, L05, "withdrawn-164")
    assert isinstance(ex, ChoiceExercise) and ex.items[0].accepted == ("source",)
    assert "9-14" in ex.prompt and "15 cans per day" in ex.prompt
    own = _exercise(kazakhstan, L05, "withdrawn-164")  # the case's own question stays
    assert own.items[0].accepted == ("flagged",)


@pytest.mark.parametrize(
    "row, fix",
    [
        ("hr,Hazard,1.2,hazard ratio,2022,A paper,current,,no-such-row", "is not an id"),
        ("hr,Hazard,1.2,hazard ratio,2022,A paper,current,,size", "is not a rate"),
        ("hr,Hazard,0,hazard ratio,2022,A paper,current,,", "is above 0"),
        ("x,People,5,people,2022,A paper,current,,size", "only a relative measure"),
    ],
)
def test_a_bad_science_row_in_the_ledger_is_one_line_saying_what_to_fix(tmp_path, row, fix):
    path = tmp_path / "facts.csv"
    path.write_text(HEADER + "size,Adults,100,adults,2022,A paper,current,,\n" + row + "\n")
    _, problems = load_ledger(path, "facts.csv")
    assert len(problems) == 1 and fix in str(problems[0]) and "\n" not in str(problems[0])


def test_a_ledger_without_the_optional_column_still_loads(tmp_path):
    path = tmp_path / "facts.csv"
    path.write_text(HEADER.replace(",compared_with", "") + "a,A,1.1,hazard ratio,2022,P,current,\n")
    facts, problems = load_ledger(path, "facts.csv")
    assert problems == [] and facts["a"].is_relative and facts["a"].compared_with == ""


def test_an_unknown_certainty_in_the_annotations_is_one_line(tmp_path):
    folder = build_science_case(tmp_path)
    notes = folder / "annotations" / "velamide-tabloid.yml"
    notes.write_text(notes.read_text("utf-8").replace("- possibly\n", "- sure\n", 1), "utf-8")
    _, problems = read_case(str(folder))
    assert len(problems) == 1 and "certainty 'sure' is not one of" in str(problems[0])


def test_may_the_month_is_not_a_hedge():
    from medialit.detectors import read_certainty

    assert read_certainty("In May the panel ruled that it causes harm.", True).level == "causes"
    assert read_certainty("It may cause harm.", True).level == "possibly"


def test_the_comparison_groups_rate_is_preferred_and_the_other_groups_rate_also_counts(tmp_path):
    folder = build_science_case(tmp_path)
    ledger = folder / "facts.csv"
    text = ledger.read_text("utf-8").replace(",lumen-rate\n", ",\n")  # no compared_with
    consumers = "lumen-rate-users,Cancer cases among higher consumers in the Lumen cohort,465,"
    consumers += '"cases per 100,000 person-years",2022-03-24,Lumen cohort paper,current,,\n'
    ledger.write_text(text + consumers, "utf-8")
    case, problems = read_case(str(folder))
    assert problems == []
    ex = _exercise(case, L05, "relative-risk")
    assert ex.value == 60 and "lumen-rate-users" in ex.why  # 400 × 0.15, and 465 − 400
    assert [ex.accepts(n) for n in (59, 60, 65, 66)] == [False, True, True, False]
