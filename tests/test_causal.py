"""The causal-claim detector: data-driven cases, the kit's own annotated corpus, properties.

Cases live in tests/cases/causal.json (with look-alikes and known failures). The
own-corpus test computes recall, false alarms and support agreement from the gold
annotations every run; nothing is hard-coded but the issue's targets.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medialit.case import load_labels
from medialit.detectors import causal_fields, explain_causal, load_causal_lexicon
from medialit.errors import MedialitError
from medialit.paths import data_dir

SPEC = json.loads((Path(__file__).parent / "cases" / "causal.json").read_text())


def _failures(case: dict) -> list[str]:
    reading = explain_causal(case["text"])
    expected = case["expected"]
    found = [s.words.lower() for s in reading.signals]
    problems = []
    if reading.causal != expected["causal"]:
        problems.append(f"causal {reading.causal} ({reading.summary()})")
    if "support" in expected and reading.support != expected["support"]:
        problems.append(f"support {reading.support}")
    if "techniques" in expected and list(reading.techniques) != expected["techniques"]:
        problems.append(f"techniques {list(reading.techniques)}")
    for words in expected.get("signals", []):
        if words.lower() not in found:
            problems.append(f"signal '{words}' not among {found}")
    return problems


@pytest.mark.parametrize("case", SPEC["cases"], ids=[c["label"] for c in SPEC["cases"]])
def test_case(case):
    assert _failures(case) == []


@pytest.mark.parametrize(
    "case", SPEC["known_failures"], ids=[c["label"] for c in SPEC["known_failures"]]
)
def test_known_failure_still_fails(case):
    assert _failures(case), "this known failure passes now: move it to the cases"


def test_cases_include_negatives_and_every_support_label():
    cases = SPEC["cases"]
    assert sum(not c["expected"]["causal"] for c in cases) >= 10
    assert {c["expected"].get("support") for c in cases} >= set(load_labels().support)


def test_every_signal_is_explained_with_its_words():
    reading = explain_causal("Prices rose due to the tax, which might have upset buyers.")
    assert reading.explanations() == [
        "signal: 'due to' links a cause to an effect",
        "hedge: 'might' presents the claim as uncertain",
    ]
    assert reading.summary().startswith("Causal claim, hedged (score 1.5")


def test_upper_case_and_odd_letters_keep_their_places():
    reading = explain_causal("İİ BECAUSE the İ price rose, the Minister SAID.")
    assert [s.words for s in reading.signals] == ["BECAUSE", "SAID"]
    assert reading.support == "attributed"


def test_an_unknown_profile_is_one_clear_error():
    with pytest.raises(MedialitError, match="profile 'sports' is not one of: kit, news"):
        explain_causal("It rained because of the clouds.", profile="sports")


def test_news_profile_decides_with_named_signals_only():
    reading = explain_causal("Workers went on strike demanding higher wages .", profile="news")
    assert reading.causal and reading.signals
    assert reading.score == round(sum({s.name: s.weight for s in reading.signals}.values()), 3)


def test_techniques_use_the_labels_vocabulary():
    techniques = set(load_labels().techniques)
    lexicon = load_causal_lexicon(data_dir() / "lexicons" / "causal.yml")
    assert {e.technique for e in lexicon.entries if e.technique} <= techniques


def test_a_broken_lexicon_pattern_is_one_clear_error(tmp_path):
    bad = tmp_path / "causal.yml"
    bad.write_text(
        "threshold: 1\nkinds:\n  connective: {tier: explicit, explain: 'x {words}'}\n"
        "signals:\n  - {name: oops, kind: connective, weight: 1, patterns: ['(unclosed']}\n"
    )
    with pytest.raises(MedialitError, match="signal 'oops' has a broken pattern"):
        load_causal_lexicon(bad)


def test_own_corpus_meets_the_issue_targets(case):
    """Recall >= 0.9, false alarms <= 10%, support matching an accepted label >= 80%."""
    hits = misses = false_alarms = passes = support_ok = 0
    for article_id, article in case.articles.items():
        notes = case.annotations.get(article_id)
        for sentence in article.sentences:
            note = notes.sentences.get(sentence.id) if notes else None
            gold = bool(note and note.causal)
            reading = explain_causal(sentence.text)
            if gold:
                hits += reading.causal
                misses += not reading.causal
                support_ok += reading.support in note.support
            else:
                false_alarms += reading.causal
                passes += not reading.causal
    assert hits + misses >= 50 and false_alarms + passes >= 200  # the corpus is really read
    assert hits / (hits + misses) >= 0.9
    assert false_alarms / (false_alarms + passes) <= 0.10
    assert support_ok / (hits + misses) >= 0.8


# Two families of the development set (tests/cases/causal-unseen/set-a.json; the
# held-out set-b.json is never read by a test). Written by someone who never saw the
# lexicon, they keep the clause checks honest on prose the kit did not write.
SET_A = json.loads((Path(__file__).parent / "cases" / "causal-unseen" / "set-a.json").read_text())[
    "sentences"
]


def _set_a(family: str) -> list[dict]:
    return [s for s in SET_A if s["family"] == family]


@pytest.mark.parametrize("item", _set_a("spinner-verb"), ids=lambda s: s["id"])
def test_set_a_spinner_verbs_are_read_as_causes_only_when_they_act_on_events(item):
    """'engendered consternation' is a cause; 'stoked the communal hearth' is not. A
    causal reading shows a signal inside the writer's cue; a literal one shows no
    counted signal."""
    reading = explain_causal(item["text"])
    assert reading.causal == item["causal"], reading.summary()
    counted = [s for s in reading.signals if s.tier not in ("support", "lookalike")]
    cue = item["cue"].lower()
    if item["causal"]:
        assert any(s.words.strip().lower() in cue or cue in s.words.lower() for s in counted)
    else:
        assert not counted, reading.summary()


@pytest.mark.parametrize("item", _set_a("lookalike-request"), ids=lambda s: s["id"])
def test_set_a_requests_appeals_and_warnings_are_not_causes(item):
    """'urged residents to conserve', 'at the request of', 'warned it could ... if':
    what someone asks, appeals for or warns of is not a cause. Every causal word found
    is shown as a look-alike with its reason, never counted."""
    reading = explain_causal(item["text"])
    assert not reading.causal, reading.summary()
    for signal in reading.signals:
        if signal.tier != "support":
            assert signal.tier == "lookalike" and signal.explanation.startswith("look-alike:")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300), st.sampled_from(["kit", "news"]))
def test_never_crashes_and_spans_quote_the_text(text, profile):
    reading = explain_causal(text, profile=profile)
    assert reading.support in {"evidenced", "attributed", "hedged", "unsupported"}
    for s in reading.signals:
        assert 0 <= s.start < s.end <= len(text)
        assert text[s.start : s.end] == s.words


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "because",
                "after",
                "due to",
                "may",
                "said",
                "the",
                "behind",
                "led",
                "Without",
                "would",
                "have",
                "not",
                "but",
                "“",
                "'",
                ",",
                "İ",
                "\n",
                "so",
                "to",
                "x",
            ]
        ),
        max_size=30,
    )
)
def test_word_salad_of_signals_keeps_spans_true(words):
    text = " ".join(words)
    fields = causal_fields(text)
    for s in fields["signals"]:
        assert text[s["start"] : s["end"]] == s["words"]
    assert isinstance(fields["causal"], bool)


@pytest.mark.parametrize(
    "sentence, words",
    [
        # a signal inside a longer one of its own group is dropped ("because" in "not because")
        ("Prices rose, but not because of the tax.", ["not because"]),
        (
            "It happened not because of the tax but because of anger.",
            ["not because", "but because"],
        ),
        # a signal overlapping one of the same entry is dropped; other entries stay (the
        # record-source "published on" and the date "on 5 January" are two entries)
        (
            "It was caused by the price rise according to a report published on 5 January.",
            ["caused", "according to a report", "published on", "on 5 January"],
        ),
        # a support signal is never dropped for lying near a causal one, nor the reverse
        (
            "The unrest was sparked by a price rise, officials said on 5 January.",
            ["sparked", "said", "on 5 January"],
        ),
    ],
)
def test_nested_and_overlapping_signals_are_counted_once(sentence, words):
    assert [s.words for s in explain_causal(sentence).signals] == words
