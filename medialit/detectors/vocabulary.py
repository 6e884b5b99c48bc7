"""Distinctive vocabulary: which words one text uses more than another, and how surely.

The method is the weighted log-odds ratio with an informative Dirichlet prior
(Monroe, Colaresi & Quinn 2008, "Fightin' Words", Political Analysis 16(4)). Each
word's counts in the two texts are smoothed by its count in a background corpus
(the whole case, when there is one), so a rare word seen twice does not outrank a
common word used far more often. The z-score says how far the difference is from
chance: above 1.96 chance is unlikely. Texts of a few hundred words rarely get
there, so the lists start at z = 1: they are leads to read in context, not proof.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from medialit.text import Article, body_text, read_word_list

TOKEN = re.compile(r"[a-z]+(?:['’-][a-z]+)*")
MIN_Z = 1.0  # listed from here; only above 1.96 (two-sided 95%) is chance unlikely
PRIOR_SIZE = 100.0  # how many words' worth of weight the background prior carries


def word_counts(text: str | Article) -> Counter:
    """Lower-case word counts (letters only; numbers are left out).

    >>> word_counts("The troops left. The TROOPS stayed.")["troops"]
    2
    """
    return Counter(m.group().replace("’", "'") for m in TOKEN.finditer(body_text(text).lower()))


@lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    """Words left out of the distinctive lists (`data/lexicons/function-words.txt`).

    >>> "the" in function_words(), "bandits" in function_words()
    (True, False)
    """
    return frozenset(w.lower() for w in read_word_list("function-words.txt"))


@dataclass(frozen=True)
class DistinctiveWord:
    """A word one side uses more than the other: its counts and the z-score of the difference."""

    word: str
    z: float
    count_a: int
    count_b: int

    def to_dict(self) -> dict:
        """The word as the JSON of `medialit compare --json`."""
        return {"word": self.word, "z": self.z, "count_a": self.count_a, "count_b": self.count_b}


def log_odds_z(
    counts_a: Counter, counts_b: Counter, background: Counter, prior_size: float = PRIOR_SIZE
) -> dict[str, float]:
    """The z-score of the log-odds ratio for every word of A or B (positive: more in A).

    `background` gives the prior: each word's share of it, times `prior_size`.

    >>> z = log_odds_z(Counter(bandits=12, said=5, the=40), Counter(protesters=12, said=5, the=40),
    ...                Counter(bandits=20, protesters=20, said=50, the=400))
    >>> z["bandits"] > 1.96 > abs(z["said"]), z["protesters"] < -1.96
    (True, True)
    """
    total_bg = sum(background.values()) or 1
    n_a, n_b = sum(counts_a.values()), sum(counts_b.values())
    out = {}
    for word in set(counts_a) | set(counts_b):
        alpha = max(background.get(word, 0), 0.5) / total_bg * prior_size
        ya, yb = counts_a.get(word, 0), counts_b.get(word, 0)
        rest_a, rest_b = n_a + prior_size - ya - alpha, n_b + prior_size - yb - alpha
        if rest_a <= 0 or rest_b <= 0:  # the word is the whole background: nothing to contrast
            out[word] = 0.0
            continue
        delta = math.log((ya + alpha) / rest_a) - math.log((yb + alpha) / rest_b)
        out[word] = delta / math.sqrt(1 / (ya + alpha) + 1 / (yb + alpha))
    return out


def distinctive_words(
    a: str | Article,
    b: str | Article,
    background: Iterable[str | Article] = (),
    top: int = 10,
    min_z: float = MIN_Z,
    skip_function_words: bool = True,
) -> dict[str, list[DistinctiveWord]]:
    """The words most typical of each side (`"a"` and `"b"`), strongest first.

    The background is the texts given (say, every text of the case) plus A and B.
    Function words ("the", "of") count in the totals but are not listed unless
    `skip_function_words` is False.

    >>> a = "The bandits attacked. Bandits burned the hall. Terrorists, bandits, bandits."
    >>> b = "The protesters marched. Protesters asked for cheap fuel. Protesters, protesters."
    >>> d = distinctive_words(a, b, min_z=0.5)
    >>> d["a"][0].word, d["b"][0].word
    ('bandits', 'protesters')
    """
    ca, cb = word_counts(a), word_counts(b)
    bg = ca + cb
    for text in background:
        bg += word_counts(text)
    z = log_odds_z(ca, cb, bg)
    if skip_function_words:
        z = {w: v for w, v in z.items() if w not in function_words()}

    def side(sign: int) -> list[DistinctiveWord]:
        ranked = sorted((w for w in z if sign * z[w] >= min_z), key=lambda w: (-sign * z[w], w))
        return [DistinctiveWord(w, round(z[w], 2), ca[w], cb[w]) for w in ranked[:top]]

    return {"a": side(1), "b": side(-1)}
