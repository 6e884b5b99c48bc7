"""Hedge-to-fact drift: a claim hedged in one text and stated flatly in its retelling.

`aligned_sentences` pairs each sentence of A with the sentence of B that retells it
(most words in the same order); `find_hedge_drift` lists the pairs where a hedge
("apparently", "reportedly", "may", "according to") is in one and not the other.
The hedge list is data: `data/lexicons/hedge-words.txt`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

from medialit.text import Article, article_from_text, read_word_list, words

RETELLING = 0.55  # share of words in the same order for two sentences to count as one claim


@lru_cache(maxsize=1)
def hedge_words() -> tuple[str, ...]:
    """The hedge list, longest first.

    >>> "apparently" in hedge_words()
    True
    """
    found = {" ".join(x.lower().split()) for x in read_word_list("hedge-words.txt")}
    return tuple(sorted(found, key=lambda h: (-len(h), h)))


def hedges_in(sentence: str) -> list[str]:
    """The hedges a sentence uses, in reading order.

    >>> hedges_in("Police units apparently went over, according to witnesses.")
    ['apparently', 'according to']
    """
    pattern = "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in hedge_words())
    return [" ".join(m.group().lower().split())
            for m in re.finditer(rf"(?<![\w-])(?:{pattern})(?![\w-])", sentence, re.IGNORECASE)]


@dataclass(frozen=True)
class SentencePair:
    """A sentence of A and the sentence of B that retells it, with their word similarity."""

    a: str
    b: str
    similarity: float


@dataclass(frozen=True)
class HedgeDrift:
    """A retold sentence whose hedges changed: `dropped` in B (hedge to fact) or `added`."""

    a: str
    b: str
    similarity: float
    dropped: tuple[str, ...]
    added: tuple[str, ...]

    @property
    def kind(self) -> str:
        """'hedge to fact' (B drops a hedge), 'fact to hedge' (B adds one) or 'hedge changed'.

        >>> HedgeDrift("a", "b", 0.9, ("roughly",), ()).kind
        'hedge to fact'
        """
        if self.dropped and not self.added:
            return "hedge to fact"
        return "fact to hedge" if self.added and not self.dropped else "hedge changed"

    @property
    def why(self) -> str:
        """One line a student can read."""
        parts = []
        if self.dropped:
            parts.append("hedge dropped: " + ", ".join(f"'{h}'" for h in self.dropped))
        if self.added:
            parts.append("hedge added: " + ", ".join(f"'{h}'" for h in self.added))
        return "; ".join(parts)


def _sentences(text: str | Article) -> list[str]:
    article = text if isinstance(text, Article) else article_from_text(text, "text", ".txt")
    return [s.text for s in article.sentences]


def aligned_sentences(
    a: str | Article, b: str | Article, threshold: float = RETELLING
) -> list[SentencePair]:
    """Each sentence of A paired with the sentence of B that retells it, if any.

    >>> pairs = aligned_sentences("Police units apparently went over to the protesters. "
    ...                           "Prices doubled.",
    ...                           "Whole police units went over to the protesters in Almaty.")
    >>> [(p.a, p.b) for p in pairs]
    [('Police units apparently went over to the protesters.', \
'Whole police units went over to the protesters in Almaty.')]
    """
    sa, sb = _sentences(a), _sentences(b)
    kb = [[w.key for w in words(s)] for s in sb]
    out = []
    for sentence in sa:
        ka = [w.key for w in words(sentence)]
        best, score = None, 0.0
        for other, keys in zip(sb, kb, strict=True):
            if not set(ka) & set(keys):
                continue
            ratio = SequenceMatcher(None, ka, keys, autojunk=False).ratio()
            if ratio > score:
                best, score = other, ratio
        if best is not None and score >= threshold:
            out.append(SentencePair(sentence, best, round(score, 4)))
    return out


def find_hedge_drift(a: str | Article, b: str | Article) -> list[HedgeDrift]:
    """Retold sentences whose hedges differ between A and B, in A's reading order.

    >>> [d.why for d in find_hedge_drift("Police units apparently went over to the protesters.",
    ...                                  "Police units went over to the protesters.")]
    ["hedge dropped: 'apparently'"]
    """
    out = []
    for pair in aligned_sentences(a, b):
        ha, hb = hedges_in(pair.a), hedges_in(pair.b)
        dropped = tuple(h for h in ha if h not in hb)
        added = tuple(h for h in hb if h not in ha)
        if dropped or added:
            out.append(HedgeDrift(pair.a, pair.b, pair.similarity, dropped, added))
    return out
