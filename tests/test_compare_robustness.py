"""Every comparing tool takes any text without crashing, and its spans stay inside it."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from medialit.compare import (
    compare_texts,
    comparison_report,
    find_hedge_drift,
    find_near_miss_names,
    names_in_case,
)
from medialit.detectors import find_attributions, find_loaded_words, paragraph_tones

NAMES = names_in_case("kazakhstan-2022")
PIECES = st.sampled_from(
    ["Collective", "Safety", "Security", "Council", "Treaty", "Group", "said", "Tokayev",
     "according to", "the", "bandits", "may", "apparently", "\n\n", ".", ",", "“", "'s", " ",
     "ÄÖ", "2,030", "-"]
)
TEXT = st.lists(PIECES, max_size=40).map(" ".join)


@settings(max_examples=80, deadline=None)
@given(TEXT, TEXT)
def test_comparing_any_two_texts_never_crashes(a, b):
    c = compare_texts(a, b, names=NAMES)
    assert isinstance(comparison_report(c), str)
    assert c.to_dict()["similarity"] == c.similarity


@settings(max_examples=80, deadline=None)
@given(TEXT)
def test_finders_keep_their_spans_inside_the_text(text):
    for miss in find_near_miss_names(text, NAMES):
        assert text[miss.span[0] : miss.span[1]] == miss.text
    for word in find_loaded_words(text):
        assert text[word.span[0] : word.span[1]] == word.text
    for a in find_attributions(text):
        assert a.sentence[a.span[0] : a.span[1]]
    assert all(-1 <= t.compound <= 1 for t in paragraph_tones(text))
    assert find_hedge_drift(text, text) == []
