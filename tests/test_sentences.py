"""Sentence splitting offline, with stable ids: cases as data in tests/cases/sentences.json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from medialit.text import sentence_id, sentence_spans, split_sentences

CASES = json.loads((Path(__file__).parent / "cases" / "sentences.json").read_text())["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["label"] for c in CASES])
def test_split(case):
    text = case["input"]
    assert [text[a:b] for a, b in sentence_spans(text)] == case["expected"]


def test_spans_index_into_the_joined_text():
    paragraphs = ["One sentence here. Another one.", "A second paragraph."]
    text = "\n\n".join(paragraphs)
    for s in split_sentences(paragraphs, "doc"):
        assert text[s.start : s.end] == s.text
    assert [s.paragraph for s in split_sentences(paragraphs, "doc")] == [0, 0, 1]


def test_ids_survive_edits_elsewhere_and_differ_between_sentences():
    before = split_sentences(["Protests began. Troops came. Troops left."], "doc")
    after = split_sentences(
        ["A new opening sentence. Protests began. Troops came. Troops left."], "doc"
    )
    assert [s.id for s in before] == [s.id for s in after][1:]
    assert len({s.id for s in after}) == len(after)


def test_identical_sentences_get_distinct_ids():
    ids = [s.id for s in split_sentences(["Why? Why?"], "doc")]
    assert ids[0] != ids[1] and ids[1] == ids[0] + "-2"


def test_ids_are_case_and_space_insensitive():
    assert sentence_id("d", "Troops  came.") == sentence_id("d", "troops came.")


def test_no_network_or_download_is_needed(monkeypatch):
    import nltk

    def refuse(*args, **kwargs):
        raise AssertionError("the kit must never download nltk data")

    monkeypatch.setattr(nltk, "download", refuse)
    assert len(sentence_spans("One. Two. Three.")) == 3


def _punkt_spans(paragraph: str) -> list[tuple[int, int]]:
    """What the kit's splitter did before: nltk's Punkt with the abbreviation list."""
    import re

    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    from medialit.text import abbreviations

    params = PunktParameters()
    params.abbrev_types = set(abbreviations())
    spans: list[tuple[int, int]] = []
    for start, end in PunktSentenceTokenizer(params).span_tokenize(paragraph):
        if spans and re.match(r"[\"'“‘(\[]*[a-z]", paragraph[start:]):
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


def test_every_case_text_splits_as_punkt_did_so_sentence_ids_stay_put(case):
    paragraphs = [p for a in case.articles.values() for p in a.paragraphs]
    paragraphs += [p for page in case.pages for p in page.article.paragraphs]
    assert len(paragraphs) > 100
    for paragraph in paragraphs:
        assert sentence_spans(paragraph) == _punkt_spans(paragraph), paragraph[:80]
