"""Charts that mislead (lesson 05): charts.yml, judging a chart, redrawing it honestly.

Judging scores hits and false alarms per flaw and hints at the choice made; the redraw
changes the axis, the values or the window as it says; a bad charts.yml entry is one line;
a case without charts.yml gets charts from a series in its ledger, and a case with
neither gets the one line saying what to add.
"""

from __future__ import annotations

import pytest
import yaml
from barecase import build_bare_case

from conftest import ROOT
from medialit.case import case_charts, load_case, read_case
from medialit.errors import CaseError, MedialitError
from medialit.exercises import build_sealed, lesson_specs, seal, thin_slots
from medialit.lesson import Lesson

LESSON = "05-check-the-numbers"


def _lesson(case, answer_key: bool = False) -> Lesson:
    return Lesson(LESSON, case, answer_key=answer_key)


def _charts_file(folder, charts: list[dict]) -> None:
    """Give a case a charts.yml, as a teacher would: the file, and case.yml naming it."""
    (folder / "charts.yml").write_text(yaml.safe_dump({"charts": charts}), encoding="utf-8")
    manifest = (folder / "case.yml").read_text(encoding="utf-8")
    if "\ncharts:" not in manifest:
        (folder / "case.yml").write_text(manifest + "\ncharts: charts.yml\n", encoding="utf-8")


RELATIVE = {
    "id": "risk-bars", "article": "critical-oped", "title": "Risk up 15%", "kind": "bar",
    "unit": "relative risk", "labels": ["low intake", "high intake"], "values": [1.0, 1.15],
    "y_from": 0.9, "claims": "Risk jumps.", "flaws": ["relative-as-absolute", "truncated-axis"],
    "also": ["cherry-picked-window"], "why": "A ratio drawn from 0.9.",
    "absolute": {"values": [10, 11.5], "unit": "cases per 100,000 people"},
    "hints": {"none": "Read where the axis starts."},
}  # fmt: skip


def test_judging_counts_hits_and_false_alarms_per_flaw(case):
    q = _lesson(case).exercise("judge-the-chart")
    flaws = [item.accepted for item in q.items]
    flawed = next(i for i, f in enumerate(flaws, 1) if f != ("none",))
    fair = next(i for i, f in enumerate(flaws, 1) if f == ("none",))
    assert q.answer(flawed, list(flaws[flawed - 1])).correct
    assert q.answer(fair, "truncated-axis").correct is False  # a false alarm on a fair chart
    score = q.score()
    assert (score.hits, score.false_alarms, score.misses) == (len(flaws[flawed - 1]), 1, 0)
    assert score.by_technique["Truncated axis (the y-axis does not start at 0)"][
        "false_alarms"
    ] >= 1
    # leaving the fair chart alone is a correct pass; saying "none" of a flawed one misses
    q2 = _lesson(case).exercise("judge-the-chart", fresh=True)
    q2.answer(fair, "none")
    q2.answer(flawed, "none")
    s = q2.score()
    assert (s.correct_passes, s.misses, s.hits) == (1, len(flaws[flawed - 1]), 0)


def test_a_wrong_choice_gets_the_hint_for_that_choice(case_copy):
    _charts_file(case_copy, [RELATIVE])
    q = _lesson(load_case(case_copy)).exercise("judge-the-chart")
    said_none = q.answer(1, "none")
    assert not said_none.correct and "Read where the axis starts" in said_none.markdown
    assert "Read where the axis starts" not in q.answer(1, "none").markdown  # 2nd: the key
    fresh = _lesson(load_case(case_copy)).exercise("judge-the-chart", fresh=True)
    assert fresh.answer(1, ["relative-as-absolute", "cherry-picked-window"]).correct  # also
    assert fresh.score().false_alarms == 0


def test_the_key_shows_each_charts_flaws_why_and_its_honest_redraw(case):
    q = _lesson(case, answer_key=True).exercise("judge-the-chart")
    text = q.show().text
    for number, item in enumerate(q.items, start=1):
        assert item.why in text
        if item.accepted == ("truncated-axis",):
            assert f"L.redraw({number}, y_from=0)" in text
    assert "base64" not in text and "base64" in q.show().markdown  # pictures, not in words
    assert len(q.pictures) == len(q.items) and all(p.png for p in q.pictures)
    assert all(p.alt and "as published" in p.alt for p in q.pictures)


def test_redraw_starts_the_axis_where_asked_and_says_what_changed(case):
    L = _lesson(case)
    chart = next(c for c in case_charts(case).values() if c.y_from > 0)
    number = list(case_charts(case)).index(chart.id) + 1
    drawn = L.redraw(number, y_from=0)
    looked, real = chart.looks_times(), chart.is_times()
    assert looked > real * 2  # as published the gap looked far bigger than it is
    assert "now starts at 0" in drawn.summary
    assert f"{real:.1f} times" in drawn.summary and f"{looked:.1f} times" in drawn.summary
    assert drawn.png[:4] == b"\x89PNG" and "as published" in drawn.alt
    again = L.redraw(chart.id, y_from=chart.y_from - 1)  # by id, another start
    assert f"now starts at {chart.y_from - 1:g}" in again.summary
    with pytest.raises(MedialitError, match="not below the smallest value"):
        L.redraw(number, y_from=max(chart.series.values))
    assert "Say what to change" in L.redraw(number).text


def test_redraw_shows_the_whole_window_and_absolute_figures(case_copy):
    case = load_case(case_copy)
    picked = next(c for c in case_charts(case).values() if c.full is not None)
    number = list(case_charts(case)).index(picked.id) + 1
    whole = _lesson(case).redraw(number, window="full")
    for value in picked.full.values:
        assert f"{value:g}" in whole.summary
    assert "whole series" in whole.summary
    with pytest.raises(MedialitError, match='window can only be "full"'):
        _lesson(case).redraw(number, window="last week")
    _charts_file(case_copy, [RELATIVE])
    L = _lesson(load_case(case_copy))
    amounts = L.redraw(1, absolute=True)
    assert "cases per 100,000 people" in amounts.summary and "11.5" in amounts.summary
    assert "gap is 1.5" in amounts.summary
    fair = L.redraw(1, window="full")  # no full series: nothing is drawn, and it says so
    assert "Nothing changed" in fair.text and "window is unchanged" in fair.text
    _charts_file(case_copy, [{k: v for k, v in RELATIVE.items() if k != "absolute"}])
    L = _lesson(load_case(case_copy))
    assert "Ask for the absolute numbers" in L.redraw(1, absolute=True).text
    key = _lesson(load_case(case_copy), answer_key=True).exercise("judge-the-chart").show().text
    assert "L.redraw(1, y_from=0) (its source gives no absolute figures" in key


def test_key_mode_redraw_names_the_flaw_and_the_fix(case):
    chart = next(c for c in case_charts(case).values() if "truncated-axis" in c.flaws)
    number = list(case_charts(case)).index(chart.id) + 1
    key = _lesson(case, answer_key=True).redraw(number, y_from=0).summary
    assert f"Key: chart {number}'s flaws are truncated-axis" in key
    assert "Key:" not in _lesson(case).redraw(number, y_from=0).summary


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"flaws": ["wobbly-axis"]}, "'wobbly-axis' is not a flaw"),
        ({"flaws": []}, "list the flaws the key expects"),
        ({"values": [60, "lots"]}, "write the values drawn as a list of numbers"),
        ({"labels": ["one"]}, "give one label per value"),
        ({"facts": ["no-such-row", None]}, "'no-such-row' is not a row of facts.csv"),
        ({"values": [70, 120]}, "70 does not match ledger row 'lpg-price-2021'"),
        ({"article": "nowhere"}, "'nowhere' is not one of the case's texts"),
        ({"kind": "pie"}, "'pie' should be bar or line"),
        ({"flaws": ["cherry-picked-window"]}, "needs 'full:' for its honest redraw"),
        ({"y_to": 10}, "y_to must be above y_from"),
    ],
)
def test_a_bad_charts_entry_is_one_line_naming_the_chart_and_field(case_copy, change, message):
    entry = yaml.safe_load((case_copy / "charts.yml").read_text(encoding="utf-8"))["charts"][0]
    _charts_file(case_copy, [{**entry, **change}])
    _, problems = read_case(case_copy)
    lines = [str(p) for p in problems]
    assert any(message in line and "charts.yml" in line for line in lines), lines
    assert all("\n" not in line for line in lines)
    with pytest.raises(CaseError):
        load_case(case_copy)


def test_a_case_without_charts_yml_judges_charts_drawn_from_its_ledger(case_copy):
    (case_copy / "charts.yml").unlink()
    manifest = (case_copy / "case.yml").read_text(encoding="utf-8")
    lines = [line for line in manifest.splitlines() if not line.startswith("charts:")]
    (case_copy / "case.yml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    case = load_case(case_copy)
    assert not case.charts
    q = _lesson(case).exercise("judge-the-chart")
    assert [item.accepted for item in q.items] == [("truncated-axis",), ("none",)]
    series = case_charts(case)["ledger-series-fair"].series
    assert len(series.values) >= 3 and all(case.facts[f].unit == series.unit for f in series.facts)
    assert "facts.csv" in q.items[0].source
    assert "now starts at 0" in _lesson(case).redraw(1, y_from=0).summary


def test_a_bare_case_with_no_series_says_what_to_add(tmp_path):
    case = load_case(build_bare_case(tmp_path))
    assert not case_charts(case)
    line = thin_slots(case, LESSON)["judge-the-chart"]
    assert "charts.yml" in line and "facts.csv" in line and "\n" not in line
    L = _lesson(case)
    assert "too thin for this exercise" in L.exercise("judge-the-chart").text
    assert "no charts to redraw" in L.redraw(1, y_from=0).text
    assert "judge-the-chart" not in [s["id"] for s in lesson_specs(case, LESSON)]


def test_a_bare_case_with_a_series_in_its_ledger_gets_the_exercise(tmp_path):
    folder = build_bare_case(tmp_path)
    with (folder / "facts.csv").open("a", encoding="utf-8") as ledger:
        for day, count in ((12, 140), (13, 90), (14, 35)):
            ledger.write(f"evacuated-{day},People still away from home,{count},people,"
                         f"2025-03-{day},Norvik fire service,current,\n")  # fmt: skip
    case = load_case(folder)
    ids = [s["id"] for s in lesson_specs(case, LESSON)]
    assert "judge-the-chart" in ids and "judge-the-chart" not in thin_slots(case, LESSON)
    q = _lesson(case, answer_key=True).exercise("judge-the-chart")
    assert q.charts[0].series.values == (140.0, 90.0, 35.0) and q.charts[0].y_from > 0


SHIPPED = sorted(p.parent.name for p in (ROOT / "data" / "cases").glob("*/charts.yml"))


@pytest.mark.parametrize("name", SHIPPED)
def test_each_shipped_cases_charts_mix_flawed_and_fair_and_cite_the_ledger(name):
    case, problems = read_case(name)
    assert not [p for p in problems if "charts.yml" in str(p)]
    charts = list(case.charts.values())
    assert any(c.flaws == ("none",) for c in charts) and any(c.flaws != ("none",) for c in charts)
    for chart in charts:
        assert chart.article in case.articles
        assert all(f in case.facts for f in chart.series.facts if f)



def test_the_sealed_pack_exercise_speaks_of_charts_and_flaws_and_hides_the_key(case):
    q = _lesson(case).exercise("judge-the-chart")
    entry = seal(q, "salt")
    assert not any(item.why in str(entry) for item in q.items)
    common = {"id": q.id, "title": q.title, "prompt": q.prompt, "handle": "q8", "number": 8}
    sealed = build_sealed(entry, common)
    text = sealed.show().text
    assert "Flaws: " in text and "chart's number" in text and "words" not in text
    fair = next(i for i, item in enumerate(q.items, 1) if item.accepted == ("none",))
    said = sealed.answer(fair, "truncated-axis")
    assert not said.correct and "Read the lowest number on the y-axis" in said.markdown
    assert sealed.answer(fair, "none").correct
