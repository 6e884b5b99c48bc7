"""Tone with VADER: scores come with their words, and the known failures still fail."""

from __future__ import annotations

import pytest

from medialit.detectors import paragraph_tones, tone, tone_caveats

CAVEATS = tone_caveats()


@pytest.mark.parametrize("caveat", CAVEATS, ids=[c.problem + ": " + c.text for c in CAVEATS])
def test_known_failure_still_fails(caveat):
    # a caveat the lesson shows must be a real failure: VADER disagrees with the reader
    assert caveat.vader.label != caveat.reader, "VADER handles this now: move it to `handled:`"
    assert caveat.why and caveat.reader in ("positive", "negative", "neutral")


def test_caveats_cover_negation_sarcasm_and_neutral_news():
    problems = " ".join(c.problem for c in CAVEATS)
    assert "negation" in problems and "sarcasm" in problems and "news-neutral" in problems


def test_every_paragraph_gets_a_tone_and_its_words(case):
    article = case.articles["government-account"]
    tones = paragraph_tones(article)
    assert [t.paragraph for t in tones] == list(range(len(article.paragraphs)))
    assert all(-1 <= t.compound <= 1 for t in tones)
    for t in tones:
        if t.label != "neutral":
            assert t.words, t.text  # a score always has words behind it


def test_neutral_text_has_no_words_and_says_so():
    t = tone("Tokayev spoke on 11 January.")
    assert (t.label, t.words, t.why) == ("neutral", [], "no word VADER knows")
