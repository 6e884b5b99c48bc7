"""Quantity extraction: data-driven cases, the kit's annotated quantities, properties."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import ROOT
from medialit.detectors import annotated_quantities, extract_quantities, matches_note

CASES = json.loads((ROOT / "tests/cases/quantities.json").read_text(encoding="utf-8"))


def _found(text: str) -> list[list]:
    return [
        [q.text, q.value if q.value is not None else [q.low, q.high], q.unit, q.hedge, q.kind]
        for q in extract_quantities(text)
    ]


def _expected(rows: list[list]) -> list[list]:
    return [
        [t, [float(v) for v in value] if isinstance(value, list) else float(value), u, h, k]
        for t, value, u, h, k in rows
    ]


@pytest.mark.parametrize("case", CASES["cases"], ids=[c["label"] for c in CASES["cases"]])
def test_extraction_cases(case):
    assert _found(case["text"]) == _expected(case["expected"])


@pytest.mark.parametrize(
    "case", CASES["known_failures"], ids=[c["label"] for c in CASES["known_failures"]]
)
def test_known_failures_still_fail(case):
    """When one of these starts passing, move it into `cases`."""
    assert _found(case["text"]) != _expected(case["expected"])


def test_recall_on_the_kits_annotated_quantities(case):
    results = list(annotated_quantities(case))
    assert len(results) >= 50
    right = [note for note, found in results if any(matches_note(q, note) for q in found)]
    missed = [n.quote for n, _ in results if n not in right]
    assert len(right) / len(results) >= 0.95, missed


def test_no_date_in_the_case_is_reported_as_a_count(case):
    for article in case.articles.values():
        for sentence in article.sentences:
            dates = [
                q for q in extract_quantities(sentence.text, include_dates=True) if q.kind == "date"
            ]
            counts = extract_quantities(sentence.text)
            for d in dates:
                assert not [q for q in counts if q.start < d.end and q.end > d.start], d.text
    sample = "On 5 January 2022, and again on January 7, 2022 and in 2021, officials spoke."
    assert extract_quantities(sample) == []
    assert len([q for q in extract_quantities(sample, include_dates=True) if q.kind == "date"]) == 3


def test_word_numbers_use_text2num_values():
    (q,) = extract_quantities("They counted two hundred and thirty-eight dead.")
    assert (q.value, q.unit) == (238, "people")


def test_analyze_json_fills_quantities():
    from medialit.detectors import analyze_article
    from medialit.text import article_from_text

    doc = analyze_article(article_from_text("About 9,900 people were held on 11 January.", "d"))
    assert [(q["text"], q["value"], q["unit"], q["approx"]) for q in doc["quantities"]] == [
        ("About 9,900 people", 9900, "people", True)
    ]


def test_analyze_report_lists_quantities():
    from medialit.detectors import analysis_report, analyze_article
    from medialit.text import article_from_text

    text = analysis_report(analyze_article(article_from_text("Some 2,030 troops came.", "d.txt")))
    assert "1 quantity" in text and '"Some 2,030 troops" = 2030 troops' in text


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=120))
def test_never_crashes_and_spans_stay_inside_the_text(text):
    for q in extract_quantities(text, include_dates=True):
        assert 0 <= q.start <= q.end <= len(text)
        assert text[q.start : q.end] == q.text
        assert q.low <= q.high


WORDY = st.lists(
    st.sampled_from(
        [
            "about",
            "nearly",
            "2,500",
            "19",
            "million",
            "troops",
            "dozens",
            "of",
            "people",
            "four",
            "times",
            "the",
            "size",
            "of",
            "France",
            "doubled",
            "between",
            "and",
            "3,000",
            "on",
            "5",
            "January",
            "2022",
            "one",
            "a",
            "single",
            "%",
            "$",
            "tenge",
            "a",
            "litre",
            "-",
            "to",
        ]
    ),
    max_size=14,
).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(WORDY)
def test_number_like_text_never_crashes(text):
    for q in extract_quantities(text):
        assert text[q.start : q.end] == q.text and q.low <= q.high
