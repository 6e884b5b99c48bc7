"""Near-duplicate search: which paragraphs, among many, are copies of one another.

Syndicated copies repeat a paragraph word for word or with light edits; spun copies
swap a third of the words or more. Comparing every pair of a thousand paragraphs
word by word would be slow, so the search works in two steps:

1. candidates: pairs that share at least `MIN_SHARED` word pairs (bigrams) that are
   not common everywhere ("of the" is in half the paragraphs and proves nothing);
2. check: each candidate pair is aligned word by word (`medialit.compare.passages.similarity`
   on words) and kept when at least `threshold` of the words line up.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher
from itertools import pairwise

from medialit.text import words

THRESHOLD = 0.5  # share of words that must line up; a 35%-spun copy keeps about 0.65
MIN_SHARED = 3  # distinctive bigrams a pair must share to be checked at all
COMMON_SHARE = 0.05  # a bigram found in more than this share of paragraphs is ignored


@dataclass(frozen=True)
class NearDuplicate:
    """Two paragraphs (by index) that are copies of each other, and how closely."""

    i: int
    j: int
    similarity: float

    @property
    def kind(self) -> str:
        """'exact' for a word-for-word copy, else 'near'."""
        return "exact" if self.similarity == 1.0 else "near"


def _bigrams(keys: list[str]) -> set[tuple[str, str]]:
    return set(pairwise(keys))


def near_duplicates(
    paragraphs: list[str], threshold: float = THRESHOLD, min_shared: int = MIN_SHARED
) -> list[NearDuplicate]:
    """Every pair of paragraphs that are copies of each other (exact, edited or spun).

    >>> paras = ["Protests began in the oil town of Zhanaozen on 2 January and spread.",
    ...          "The alliance sent about 2,030 personnel and 250 pieces of equipment.",
    ...          "Demonstrations began in the oil city of Zhanaozen on 2 January and spread."]
    >>> [(d.i, d.j, d.kind) for d in near_duplicates(paras)]
    [(0, 2, 'near')]
    """
    keys = [[w.key for w in words(p)] for p in paragraphs]
    grams = [_bigrams(k) for k in keys]
    postings: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index, gs in enumerate(grams):
        for g in gs:
            postings[g].append(index)
    limit = max(2, int(COMMON_SHARE * len(paragraphs)))
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for docs in postings.values():
        if 1 < len(docs) <= limit:
            for x in range(len(docs)):
                for y in range(x + 1, len(docs)):
                    shared[docs[x], docs[y]] += 1
    found = []
    for (i, j), count in shared.items():
        if count < min(min_shared, len(grams[i]), len(grams[j])):
            continue
        score = SequenceMatcher(None, keys[i], keys[j], autojunk=False).ratio()
        if score >= threshold:
            found.append(NearDuplicate(i, j, round(score, 4)))
    return sorted(found, key=lambda d: (d.i, d.j))


@dataclass(frozen=True)
class CopiedParagraph:
    """A paragraph of one text that is a copy of a paragraph of another."""

    a: str  # text id
    a_paragraph: int
    b: str
    b_paragraph: int
    similarity: float
    text: str  # the paragraph as it reads in `a`


def copied_paragraphs(texts: Iterable, threshold: float = THRESHOLD) -> list[CopiedParagraph]:
    """Paragraphs that recur across different texts (Articles, or (id, paragraphs) pairs).

    >>> found = copied_paragraphs([("one", ["Zas said the contingent numbered about 2,500 "
    ...                                     "troops and would stay only a short time."]),
    ...                            ("two", ["Zas said the contingent numbered about 2,500 "
    ...                                     "troops and would stay just a short time."])])
    >>> [(c.a, c.b, c.similarity) for c in found]
    [('one', 'two', 0.9333)]
    """
    owners, paragraphs = [], []
    for text in texts:
        doc_id, paras = (text.id, text.paragraphs) if hasattr(text, "paragraphs") else text
        for n, p in enumerate(paras):
            owners.append((doc_id, n))
            paragraphs.append(p)
    out = []
    for d in near_duplicates(paragraphs, threshold):
        (a, an), (b, bn) = owners[d.i], owners[d.j]
        if a != b:
            out.append(CopiedParagraph(a, an, b, bn, d.similarity, paragraphs[d.i]))
    return out
