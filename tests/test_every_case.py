"""Every shipped case keeps the kit's promises: our own words, invented names, balance, sources.

Each test runs on every case in data/cases/. What one case's brief asks of that case alone
(the kinds of text, the copies, particular figures) is tested beside it, e.g. in
test_case_content.py for kazakhstan-2022.
"""

from __future__ import annotations

import re

import pytest

from conftest import CASES, ROOT
from medialit.case import load_case

# Each case's fact-check brief, beside the project (absent on some machines: then skipped).
BRIEFS = {
    "kazakhstan-2022": ROOT.parent / "shared" / "case-brief.md",
    "aspartame-2023": ROOT.parent / "shared" / "case-brief-aspartame.md",
}
# Real outlets and institutions: none may appear as an outlet or author of our texts.
REAL_OUTLETS = [
    "reuters",
    "associated press",
    "ap news",
    "oneworld",
    "global research",
    "strategic culture",
    "rfe/rl",
    "radio free europe",
    "tass",
    "sputnik",
    "bbc",
    "eurasianet",
    "akorda",
    "rt.com",
    "russia today",
    "cnn",
    "new york times",
    "washington post",
    "guardian",
    "al jazeera",
    "white house",
    "state department",
    "fox news",
    "newsmax",
    "daily mail",
    "economist",
    "irish independent",
    "mirror",
    "lancet",
    "world health organization",
    "iarc",
    "jecfa",
    "fda",
    "efsa",
    "sweeteners association",
    "beverage association",
    "calorie control council",
]
# Short phrases a brief quotes that our texts must be able to use: proper names, a content
# farm's mangled names, and the misreports and framing moves the case is built to show (a
# few words each, never a sentence of real coverage).
NAMES = {
    "collective security treaty organization",
    "collective peacekeeping forces",
    "pillars of russia's disinformation and propaganda ecosystem",
    "collective safety treaty group",
    "possibly carcinogenic to humans",
    "probably carcinogenic to humans",
    "six central asian states",
    "four times the size of france",
    "not a food safety body",
    "up to 15 cans",
}


@pytest.fixture(scope="module", params=CASES)
def case(request):
    return load_case(request.param)


def _texts(case) -> list:
    """Every text of the case: the lessons' texts and lesson 06's unseen ones."""
    return [*case.articles.values(), *getattr(case, "unseen", {}).values()]


def test_every_text_says_it_is_a_composite_and_names_its_model(case):
    for article in _texts(case):
        note = article.meta["composite"]
        assert "composite written for Media Literacy Lab" in note, article.id
        assert "invented" in note, article.id
        assert len(article.meta["modelled_on"]) > 10, article.id
        assert article.meta["stands_for"], article.id


def test_outlets_and_authors_are_invented(case):
    names = [a.meta["outlet"] for a in _texts(case)]
    names += [str(a.meta["author"]) for a in _texts(case)]
    names += [o.name for o in case.outlets.values()]
    for name in names:
        assert not any(real in name.lower() for real in REAL_OUTLETS), name
    assert all(o.invented for o in case.outlets.values())


def test_every_framing_has_sound_and_unsound_claims(case):
    by_framing: dict[str, dict[str, int]] = {}
    for article_id, notes in case.annotations.items():
        if article_id not in case.articles:
            continue  # lesson 06's unseen texts are checked as a set below
        framing = case.articles[article_id].meta["framing"]
        tally = by_framing.setdefault(framing, {"sound": 0, "unsound": 0, "causal": 0})
        for note in notes.sentences.values():
            tally["sound"] += bool({"evidenced", "attributed"} & set(note.support))
            tally["unsound"] += "unsupported" in note.support or bool(note.techniques)
            tally["causal"] += note.causal
    assert set(by_framing) == {a.meta["framing"] for a in case.articles.values()}
    for framing, tally in by_framing.items():
        assert tally["sound"] >= 2 and tally["unsound"] >= 1 and tally["causal"] >= 1, framing


def test_every_ledger_row_names_its_source_its_date_and_its_status(case):
    for fact in case.facts.values():
        assert fact.reported_by.strip() and fact.as_of.strip(), fact.id
        assert fact.status in {"current", "superseded", "withdrawn"}, fact.id


def test_every_annotated_quantity_links_to_the_ledger_or_is_unverifiable(case):
    for notes in [*case.annotations.values(), *case.unseen_annotations.values()]:
        for q in notes.quantities:
            assert q.facts or "unverifiable" in q.verdict, (notes.article, q.quote)


def _brief_quotes(brief) -> list[str]:
    text = brief.read_text(encoding="utf-8")
    # straight quotes pair up in order; curly ones open and close
    quotes = re.findall(r'"([^"]+)"', text) + re.findall(r"“([^”]+)”", text)
    return [q for q in quotes if len(q) >= 10 and len(q.split()) >= 4]


def test_no_phrase_quoted_from_real_coverage_is_reused(case):
    brief = BRIEFS.get(case.id)
    if brief is None or not brief.is_file():
        pytest.skip(f"no fact-check brief for {case.id} beside the project")
    quotes = [q for q in _brief_quotes(brief) if q.lower() not in NAMES]
    assert len(quotes) >= 5  # the brief's quoted phrases were found
    ours = [a.text for a in _texts(case)] + [case.dossier]
    ours += [f"{o.why_kind} {o.runs_it} {o.funding} {o.record}" for o in case.outlets.values()]
    for quote in quotes:
        for text in ours:
            assert quote.lower() not in text.lower(), quote
