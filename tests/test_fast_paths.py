"""The quick paths `medialit analyze` takes give exactly what the plain ones give.

Each speed-up (see the docstrings it names) is checked against the slow, obvious way
of computing the same thing, on every sentence and paragraph of the shipped case, the
test cases' texts, and generated text (hypothesis). A failure here means a speed-up
changed an answer: fix the speed-up, not the test.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medialit.case import load_case
from medialit.detectors import causal
from medialit.text import cleaning, literal_prefixes

CASES = Path(__file__).parent / "cases"


def _case_sentences() -> list[str]:
    case = load_case("kazakhstan-2022")
    texts = [s.text for a in case.articles.values() for s in a.sentences]
    for name, field in (("causal", "text"), ("quantities", "text"), ("attribution", "input")):
        spec = json.loads((CASES / f"{name}.json").read_text(encoding="utf-8"))
        texts += [c[field] for key in ("cases", "known_failures") for c in spec.get(key, [])]
    return texts


SENTENCES = _case_sentences()
# edges: a signal at the very start, after a mark, glued to a mark, odd letters, nothing
EDGES = [
    "Because prices rose, people marched.",
    '"Because," he said, "it was cheap."',
    "(due to rain) it fell; so, after that...",
    "—after the vote—officials said so",
    "İstanbul SAID it may have been caused by 'them'",
    "",
    " ",
    ",",
    "x",
]


def _plain_signals(sentence: str, regex: re.Pattern, lexicon) -> list[tuple]:
    """`causal._signals` the obvious way: every match of the combined regex."""
    lowered = causal._lower(sentence)
    found = []
    for match in regex.finditer(lowered):
        start, end = match.span(match.lastgroup)
        entry = lexicon.entries[int(match.lastgroup[1:].partition("_")[0])]
        found.append((entry.name, start, end, sentence[start:end]))
    return found


def _quick_signals(sentence: str, regex: re.Pattern, lexicon) -> list[tuple]:
    lowered = causal._lower(sentence)
    signals = causal._signals(sentence, lowered, regex, lexicon, keep_all=True)
    return [(s.name, s.start, s.end, s.words) for s in signals]


def _check_signals(sentences: list[str], lexicon) -> None:
    for regex in (lexicon.causal_regex, lexicon.support_regex):
        for sentence in sentences:
            assert _quick_signals(sentence, regex, lexicon) == _plain_signals(
                sentence, regex, lexicon
            ), sentence


def test_signal_finder_finds_what_the_combined_regex_finds_on_the_case():
    lexicon = causal.causal_lexicon()
    assert any(_plain_signals(s, lexicon.causal_regex, lexicon) for s in SENTENCES)
    _check_signals(SENTENCES + EDGES, lexicon)


def test_the_finder_looks_after_marks_only_when_every_signal_starts_with_a_letter():
    lexicon = causal.causal_lexicon()
    for regex in (lexicon.causal_regex, lexicon.support_regex):
        assert causal._starts_finder(regex.pattern, regex.flags)[1] is not None


def test_a_signal_that_starts_with_a_mark_is_still_found(tmp_path):
    # a teacher's pattern may start with a digit-class or a quote: the finder falls
    # back to looking everywhere, and finds the same signals
    spec = {
        "threshold": 1.0,
        "kinds": {
            "connective": {"tier": "explicit", "explain": "signal: '{words}'"},
            "evidence": {"tier": "support", "explain": "evidence: '{words}'"},
        },
        "signals": [
            {"name": "cause", "kind": "connective", "weight": 1, "patterns": ["'cause\\b"]},
            {"name": "because", "kind": "connective", "weight": 1, "patterns": ["because\\b"]},
            {"name": "figure", "kind": "evidence", "patterns": ["\\d+ per ?cent\\b"]},
        ],
    }
    path = tmp_path / "lexicon.yml"
    path.write_text(json.dumps(spec), encoding="utf-8")
    lexicon = causal.load_causal_lexicon(path)
    for regex in (lexicon.causal_regex, lexicon.support_regex):
        assert causal._starts_finder(regex.pattern, regex.flags)[1] is None
    texts = ["'Cause 40 per cent said so, because.", "Up 5 percent 'cause of it", ""]
    assert {name for name, *_ in _quick_signals(texts[0], lexicon.causal_regex, lexicon)} == {
        "because"
    }
    # the combined regex starts every pattern at a word boundary: after a letter here
    assert _quick_signals("x'cause", lexicon.causal_regex, lexicon) == [("cause", 1, 7, "'cause")]
    _check_signals(texts + SENTENCES[:50], lexicon)


def test_every_signal_starts_with_one_of_the_plain_prefixes_the_finder_files_it_under():
    # the finder tries a pattern only after one of its `literal_prefixes`: if a match
    # could start otherwise, the finder would miss it
    lexicon = causal.causal_lexicon()
    texts = [causal._lower(s) for s in SENTENCES[:300] + EDGES]
    found = 0
    for regex in (lexicon.causal_regex, lexicon.support_regex):
        for pattern in causal.entry_patterns(regex.pattern):
            prefixes = tuple(literal_prefixes(pattern))
            at_word = re.compile(rf"(?=\b(?:{pattern}))", regex.flags)
            for text in texts:
                for match in at_word.finditer(text):
                    found += 1
                    assert text.startswith(prefixes, match.start()), (pattern, text)
    assert found > 300


_WORDS = sorted(
    {w for s in SENTENCES for w in re.findall(r"\w+|[^\w\s]", s.lower())} | {"İ", "é", "_"}
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=30), st.lists(st.sampled_from(" ,'\"")))
def test_signal_finder_matches_the_combined_regex_on_generated_text(words, glue):
    text = ""
    for n, word in enumerate(words):
        text += word + (glue[n % len(glue)] if glue else " ")
    _check_signals([text, text.capitalize(), text.upper()], causal.causal_lexicon())


@pytest.mark.parametrize("profile", sorted(causal.PROFILES))
def test_every_profile_gets_the_same_readings_through_the_finder(profile):
    lexicon = causal.causal_lexicon(profile)
    _check_signals(SENTENCES[:200], lexicon)


_UNTIDY_PLAIN = re.compile(r"\A\s|\s\Z|\s\s|\s[,.;:!?]")  # the obvious way to say it


def _case_paragraphs() -> list[str]:
    """The case's paragraphs as the cleaner meets them, and raw blocks of its files."""
    from medialit.text import markdown_paragraphs, split_front_matter

    folder = Path(__file__).parent.parent / "data" / "cases" / "kazakhstan-2022"
    paragraphs = []
    for path in sorted(folder.glob("*/*.md")) + sorted(folder.glob("*/*.html")):
        text = path.read_text(encoding="utf-8")
        paragraphs += markdown_paragraphs(split_front_matter(text)[1]) + text.split("\n\n")
    spec = json.loads((CASES / "furniture.json").read_text(encoding="utf-8"))
    return paragraphs + [c["input"] for c in spec["cases"]]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=" \t\n\u00a0\u2003.,;:!?ab", max_size=12))
def test_untidy_says_what_the_plain_regex_says(text):
    assert cleaning._untidy(text) == bool(_UNTIDY_PLAIN.search(text))


def test_untidy_on_the_case_paragraphs():
    paragraphs = [*_case_paragraphs(), "a  b", " a", "a ", "a ,b", "a\u00a0!"]
    assert any(cleaning._untidy(p) for p in paragraphs)
    assert [cleaning._untidy(p) for p in paragraphs] == [
        bool(_UNTIDY_PLAIN.search(p)) for p in paragraphs
    ]


def _furniture_texts() -> list[str]:
    spec = json.loads((CASES / "furniture.json").read_text(encoding="utf-8"))
    inputs = [c["input"] for c in spec["cases"]]
    padded = [f"{pad}{text}" for text in inputs for pad in ("", "x " * 20, "x " * 50, "x " * 70)]
    near = [
        "Please SUPPORT independent journalism today.",
        "We became a member last year.",
        "Readers-funded, reader funded, reader-funded.",
        "This website uses cookies.",
        "Our ſupport of independent work",  # 'ſ' matches 's' when case is ignored
        "Powered by Gooɡle Translate",
        "Powered by Google Translate",
    ]
    return _case_paragraphs() + inputs + padded + near


def test_quick_furniture_look_agrees_with_every_rule_at_once():
    texts = _furniture_texts()
    assert sum(cleaning._might_be_furniture(t) for t in texts) > 20
    assert [cleaning._might_be_furniture(t) for t in texts] == [
        bool(cleaning._any_rule()[0].match(t)) for t in texts
    ]


_FURNITURE_WORDS = [
    *[
        "support",
        "our",
        "work",
        "fair",
        "use",
        "we",
        "cookies",
        "x",
        "Reader",
        "-",
        "funded",
        "powered",
        "by",
        "translation",
    ],
    *[
        "ſ",
        "İ",
        "does",
        "not",
        "necessarily",
        "reflect",
        "the",
        "views",
        "become",
        "a",
        "member",
        "chip",
        "in",
        "\n",
    ],
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(_FURNITURE_WORDS),
        max_size=25,
    )
)
def test_quick_furniture_look_agrees_on_generated_text(words):
    text = " ".join(words)
    assert cleaning._might_be_furniture(text) == bool(cleaning._any_rule()[0].match(text))
