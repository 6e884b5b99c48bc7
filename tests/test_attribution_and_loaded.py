"""Attribution (who is cited, with which verb) and loaded words: cases as data, negatives too."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from medialit.detectors import find_attributions, find_loaded_words, label_counts, loaded_lexicon

CASES = json.loads((Path(__file__).parent / "cases" / "attribution.json").read_text())["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["label"] for c in CASES])
def test_attribution_cases(case):
    found = find_attributions(case["input"])
    assert [[a.speaker, a.key] for a in found] == case["expect"]
    for a in found:
        phrase = a.sentence[a.span[0] : a.span[1]]
        assert a.verb in phrase and a.speaker in phrase
        assert a.adds


def test_the_case_cites_its_sources(case):
    speakers = {a.speaker for a in find_attributions(case.articles["wire-report"])}
    assert {"Tokayev", "the Interior Ministry", "Analysts"} <= speakers
    keys = {a.key for a in find_attributions(case.articles["government-account"])}
    assert {"said", "reported", "announced"} <= keys


def test_loaded_words_show_the_framing_of_each_side(case):
    government = label_counts(case.articles["government-account"])
    critic = label_counts(case.articles["critical-oped"])
    assert government["bandits"] >= 2 and government["terrorists"] >= 1
    assert critic["colour revolution"] >= 1 and critic["bandits"] == 0


def test_spinning_hides_labels_from_a_word_list(case):
    # the spun copy says "coloration revolutions": the label is gone from the list's view
    assert label_counts(case.articles["critical-oped"])["colour revolution"] == 2
    assert label_counts(case.articles["content-farm-copy"])["colour revolution"] == 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Occupying troops and peacekeepers", [("Occupying", "occupation"),
                                               ("peacekeepers", "peacekeepers")]),
        ("a so-called colour  revolution", [("colour  revolution", "colour revolution")]),
        ("Banditry and terrorising are not listed forms.", []),
        ("The protest-organisers met.", []),
    ],
)
def test_loaded_word_matching(text, expected):
    assert [(w.text, w.label.key) for w in find_loaded_words(text)] == expected


def test_every_entry_says_what_it_frames_and_offers_plainer_words():
    for label in loaded_lexicon():
        assert label.frames and label.neutral, label.key
    keys = {label.key for label in loaded_lexicon()}
    assert {"terrorists", "bandits", "protesters", "demonstrators", "peacekeepers",
            "occupation"} <= keys
