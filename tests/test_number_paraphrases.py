"""Number verdicts that do not depend on phrasing: a metamorphic test of the ledger check.

`tests/cases/number-paraphrases.json` groups the case's checkable figures by the ledger fact
their verdict rests on. Each paraphrase of a figure (other word order, synonyms, "N of the M",
"N times the size of X", "X is N times Y", numbers in words, hedges) is checked on a small
article of its own, dated like the original text, and must reach the original's verdict,
keep its hedge and, for `attributed`, name who gave the figure. Known failures must keep
failing, each with its reason, until a fix moves them into the passing cases.
"""

from __future__ import annotations

import json

import pytest

from conftest import ROOT
from medialit.detectors import annotated_checks, paraphrase_problems

CASES = json.loads((ROOT / "tests/cases/number-paraphrases.json").read_text(encoding="utf-8"))
FIGURES = CASES["figures"]
REAL_COVERAGE = {"central-asian-count", "area-comparison", "disputed-claim", "practically"}


def _rows(known: bool) -> list[tuple[dict, dict]]:
    return [
        (figure, p)
        for figure in FIGURES
        for p in figure["paraphrases"]
        if ("known_failure" in p) == known
    ]


def _id(row: tuple[dict, dict]) -> str:
    figure, p = row
    return f"{figure['label'][:40]} | {p['text'][:60]}"


def test_every_checkable_figure_of_the_case_has_five_paraphrases(case):
    checkable = {
        (article_id, q.quote)
        for article_id, notes in case.annotations.items()
        for q in notes.quantities
        if set(q.verdict) - {"unverifiable"}
    }
    covered = [tuple(c) for figure in FIGURES for c in figure["covers"]]
    assert sorted(covered) == sorted(checkable)  # each checkable figure exactly once
    assert all(len(f["paraphrases"]) >= 5 for f in FIGURES)
    families = {p["family"] for f in FIGURES for p in f["paraphrases"]}
    assert families == set(CASES["families"])
    real = {p.get("real") for f in FIGURES for p in f["paraphrases"]} - {None}
    assert real == REAL_COVERAGE


def test_the_originals_reach_their_figures_verdict(case):
    by_quote = {(c[0], c[1]): figure for figure in FIGURES for c in figure["covers"]}
    wrong = []
    for article_id, note, check in annotated_checks(case):
        figure = by_quote.get((article_id, note.quote))
        if figure and check.verdict != figure["verdict"]:
            wrong.append((article_id, note.quote, check.verdict, figure["verdict"]))
    assert wrong == []


@pytest.mark.parametrize("row", _rows(known=False), ids=_id)
def test_a_paraphrase_reaches_the_same_verdict(case, row):
    figure, paraphrase = row
    assert paraphrase_problems(figure, paraphrase, case.facts) == []


@pytest.mark.parametrize("row", _rows(known=True), ids=_id)
def test_known_failures_still_fail(case, row):
    """When one of these starts passing, drop its `known_failure` key."""
    figure, paraphrase = row
    assert paraphrase_problems(figure, paraphrase, case.facts) != []
