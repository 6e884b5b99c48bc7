"""Distinctive words: the log-odds z-scores point the right way and respect the prior."""

from __future__ import annotations

from collections import Counter

from medialit.detectors import distinctive_words, log_odds_z, word_counts


def test_framing_words_are_distinctive_of_their_side(case):
    d = distinctive_words(case.articles["government-account"], case.articles["critical-oped"],
                          case.articles.values())
    a_words = {w.word for w in d["a"]}
    b_words = {w.word for w in d["b"]}
    assert "bandits" in a_words and "foreign" in b_words
    assert not a_words & b_words
    assert all(w.z > 0 for w in d["a"]) and all(w.z < 0 for w in d["b"])
    assert all(w.count_a > w.count_b for w in d["a"])


def test_identical_texts_have_no_distinctive_words(case):
    text = case.articles["wire-report"]
    assert distinctive_words(text, text, case.articles.values()) == {"a": [], "b": []}


def test_swapping_sides_flips_the_sign():
    a, b = Counter(bandits=8, said=4), Counter(protesters=7, said=4)
    background = Counter(bandits=10, protesters=10, said=40)
    forward, backward = log_odds_z(a, b, background), log_odds_z(b, a, background)
    assert all(abs(forward[w] + backward[w]) < 1e-9 for w in forward)


def test_the_prior_shrinks_words_common_in_the_background():
    a, b = Counter(troops=6, fuel=6), Counter(troops=1, fuel=1)
    background = Counter(troops=500, fuel=5, other=5000)
    z = log_odds_z(a, b, background)
    # same counts, but "troops" is everywhere in the background: less surprising
    assert 0 < z["troops"] < z["fuel"]


def test_function_words_are_counted_but_not_listed():
    a = "the the the the the the the the bandits bandits bandits bandits"
    b = "protesters protesters protesters protesters"
    listed = {w.word for w in distinctive_words(a, b, min_z=0.1)["a"]}
    assert "bandits" in listed and "the" not in listed
    assert word_counts(a)["the"] == 8
    unfiltered = distinctive_words(a, b, min_z=0.1, skip_function_words=False)["a"]
    assert "the" in {w.word for w in unfiltered}
