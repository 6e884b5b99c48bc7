"""The glossary: complete for the words lessons use, short sentences for B1 readers, forgiving
look-ups, and links to first uses whose anchors match the entries' headings."""

from __future__ import annotations

import json
import re

import pytest

from conftest import ROOT
from medialit.case import load_case
from medialit.errors import MedialitError
from medialit.lesson import Lesson
from medialit.notebook import (
    CELL_HEADING,
    find_term,
    glossary,
    glossary_cell,
    glossary_link,
    link_first_uses,
    terms_in,
)

# The words issue 15 asks the glossary to explain, and the other lesson words it names.
GLOSSARY_LIST = [
    "hedge",
    "attribute",
    "attribution",
    "baseline",
    "ledger",
    "denominator",
    "whataboutism",
    "composite",
    "framing",
    "causal claim",
    "correlation",
    "content farm",
    "click restraint",
    "lateral reading",
    "source card",
    "dossier",
    "loaded language",
    "bare assertion",
    "claim matrix",
    "false alarm",
    "post hoc",
    "single cause",
    "counterfactual",
    "who gains",
]
MAX_WORDS = 20  # a sentence for a B1 reader


def _lesson_words() -> str:
    plans = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "lessons").glob("*.md"))]
    cells = []
    for notebook in sorted((ROOT / "notebooks").glob("*.ipynb")):
        nb = json.loads(notebook.read_text(encoding="utf-8"))
        cells += ["".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown"]
    return "\n".join(plans + cells).casefold()


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+(?=[\"'A-Z0-9])", text) if s.strip()]


def test_every_listed_word_the_lessons_use_has_an_entry():
    used = _lesson_words()
    in_lessons = [w for w in GLOSSARY_LIST if re.search(rf"(?<![\w-]){re.escape(w)}", used)]
    assert len(in_lessons) >= 15  # the check reads the lessons, not an empty string
    missing = []
    for word in in_lessons:
        try:
            find_term(word)
        except MedialitError:
            missing.append(word)
    assert missing == []


def test_every_word_the_issue_names_is_there_even_before_a_lesson_uses_it():
    for word in GLOSSARY_LIST:
        assert find_term(word).means


@pytest.mark.parametrize("term", list(glossary().values()), ids=lambda t: t.term)
def test_each_entry_is_short_plain_and_has_an_example(term):
    assert term.term == term.term.lower() and re.fullmatch(r"[a-z ]+", term.term), term.term
    for part in (term.means, term.example):
        sentences = _sentences(part)
        assert 1 <= len(sentences) <= 3
        for sentence in sentences:
            assert len(sentence.split()) <= MAX_WORDS, sentence
    words = re.findall(r"[A-Za-z]+", term.means)
    assert sum(len(w) for w in words) / len(words) <= 5.5  # common, short words


def test_the_readability_check_would_catch_a_long_sentence():
    long = " ".join(["word"] * 25) + "."
    assert max(len(s.split()) for s in _sentences(f"Short one. {long}")) > MAX_WORDS


def test_no_two_entries_share_a_name():
    names = [n for t in glossary().values() for n in (t.term, *t.forms)]
    assert len(names) == len(set(names))


def test_looking_up_a_word_is_forgiving_and_a_wrong_one_is_one_line():
    L = Lesson("01-meet-the-sources", load_case("kazakhstan-2022"))
    assert L.glossary("  HEDGED ").text.startswith("hedge")
    assert L.glossary("attributed").text.startswith("attribution")
    everything = L.glossary().text
    assert all(t.term in everything for t in glossary().values())
    with pytest.raises(MedialitError, match='did you mean "whataboutism"'):
        L.glossary("whatabotism")
    with pytest.raises(MedialitError, match=r"L\.glossary"):
        L.glossary(3)


def test_first_uses_are_linked_once_and_never_inside_code_or_headings():
    cells = [
        "## The hedge",
        "Run `L.glossary('hedge')`.",
        "A hedge here, a hedge there.",
        "Another hedge, and the ledger.",
    ]
    out = link_first_uses(cells)
    assert out[0] == cells[0] and out[1] == cells[1]
    assert out[2] == "A [hedge](#hedge) here, a hedge there."
    assert out[3] == "Another hedge, and the [ledger](#ledger)."
    assert link_first_uses(out) == out  # linking twice changes nothing
    assert link_first_uses(["a hedge", "[hedge](#hedge)"]) == ["a hedge", "[hedge](#hedge)"]


def test_the_links_point_at_the_headings_the_words_cell_writes():
    cells = ["We compare with the baseline, check the causal claim and the hedges."]
    linked = "\n".join(link_first_uses(cells))
    cell = glossary_cell(cells)
    targets = re.findall(r"\]\(#([^)]+)\)", linked)
    headings = [h.replace(" ", "-") for h in re.findall(r"^### (.+)$", cell, re.M)]
    assert sorted(targets) == sorted(headings) == ["baseline", "causal-claim", "hedge"]
    assert [t.term for t in terms_in(cells[0])] == ["baseline", "causal claim", "hedge"]
    assert glossary_link("Hedges") == "[Hedges](#hedge)"


def test_the_links_work_in_html_exported_by_nbconvert():
    nbformat = pytest.importorskip("nbformat")
    nbconvert = pytest.importorskip("nbconvert")
    cells = ["## Lateral reading", "Read the source card, then do lateral reading."]
    linked = link_first_uses(cells)
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell(c) for c in [*linked, glossary_cell(cells)]]
    page, _ = nbconvert.HTMLExporter().from_notebook_node(nb)
    ids = set(re.findall(r'<h\d[^>]* id="([^"]+)"', page))
    hrefs = set(re.findall(r'href="#([^"]+)"', page))
    links = {h for h in hrefs if h in {"source-card", "lateral-reading"}}
    assert links == {"source-card", "lateral-reading"} and links <= ids


@pytest.mark.parametrize(
    "path", sorted((ROOT / "notebooks").glob("0*.ipynb")), ids=lambda p: p.stem
)
def test_each_lesson_ends_with_its_words_and_links_their_first_uses(path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    marks = ["".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown"]
    assert marks[-1].startswith(CELL_HEADING)
    assert marks[-1] == glossary_cell(marks[:-1])
    assert link_first_uses(marks[:-1]) == marks[:-1]  # every first use is linked already
