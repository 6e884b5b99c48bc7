"""Comparing two texts: the passages they share, how similar they are, and what was changed.

Every result carries character spans into both texts (`a_span`, `b_span`: start and
end offsets, end exclusive), so a lesson can highlight the words and a student can
check them. Words are compared case-insensitively; punctuation is ignored.

>>> a = "Security forces fired on the crowd in the main square of Almaty on Wednesday."
>>> b = "Safety powers fired on the crowd in the main square of Almaty on Wednesday."
>>> [(e.kind, e.from_text, e.to_text) for e in edits(a, b)]
[('substitution', 'Security', 'Safety'), ('substitution', 'forces', 'powers')]
>>> shared_passages(a, b)[0].text
'fired on the crowd in the main square of Almaty on Wednesday'
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher

from medialit.text import Article, Word, body_text, words

MIN_PASSAGE_WORDS = 8  # a shared run shorter than this is a common phrase, not a passage
SEED_WORDS = 2  # exact runs this long start a near passage
MAX_GAP = 4  # words that may differ between two exact runs of one near passage
MIN_NEAR_DENSITY = 0.55  # share of a near passage's words that must match exactly


@dataclass(frozen=True)
class SharedPassage:
    """A passage found in both texts: exact (word for word) or near (a few words differ)."""

    text: str  # the passage as it reads in text A
    b_text: str  # the passage as it reads in text B
    a_span: tuple[int, int]
    b_span: tuple[int, int]
    words: int  # length in words (in A)
    matched: int  # words that match exactly
    exact: bool

    def to_dict(self) -> dict:
        """The passage as the JSON of `medialit compare --json`."""
        return {
            "text": self.text,
            "b_text": self.b_text,
            "a_span": list(self.a_span),
            "b_span": list(self.b_span),
            "words": self.words,
            "exact": self.exact,
        }


@dataclass(frozen=True)
class Edit:
    """One change from text A to text B: a substitution, an insertion or a deletion.

    `from_text` is empty for an insertion, `to_text` for a deletion; the empty side's
    span is the point where the change happens.
    """

    kind: str
    from_text: str
    to_text: str
    a_span: tuple[int, int]
    b_span: tuple[int, int]

    def to_dict(self) -> dict:
        """The edit as the JSON of `medialit compare --json`."""
        return {
            "kind": self.kind,
            "from": self.from_text,
            "to": self.to_text,
            "a_span": list(self.a_span),
            "b_span": list(self.b_span),
        }


def _matcher(aw: list[Word], bw: list[Word]) -> SequenceMatcher:
    return SequenceMatcher(None, [w.key for w in aw], [w.key for w in bw], autojunk=False)


def similarity(a: str | Article, b: str | Article) -> float:
    """How much of the two texts is the same words in the same order, from 0 to 1.

    Twice the number of aligned words divided by the words of both texts, so a copy
    scores 1.0 and texts with nothing in common score near 0.

    >>> similarity("Protests began in Zhanaozen.", "Protests began in Zhanaozen.")
    1.0
    >>> round(similarity("Protests began in Zhanaozen.", "Protests started in Aktau."), 2)
    0.5
    """
    aw, bw = words(body_text(a)), words(body_text(b))
    if not aw and not bw:
        return 1.0
    return round(_matcher(aw, bw).ratio(), 4)


def _exact_runs(aw: list[Word], bw: list[Word], k: int) -> list[tuple[int, int, int]]:
    """Every maximal run of at least `k` words found in both (start in A, start in B, length)."""
    if len(aw) < k or len(bw) < k:
        return []
    ak, bk = [w.key for w in aw], [w.key for w in bw]
    index: dict[tuple[str, ...], list[int]] = {}
    for j in range(len(bk) - k + 1):
        index.setdefault(tuple(bk[j : j + k]), []).append(j)
    runs = []
    for i in range(len(ak) - k + 1):
        for j in index.get(tuple(ak[i : i + k]), ()):
            if i and j and ak[i - 1] == bk[j - 1]:
                continue  # not the start of a maximal run
            n = k
            while i + n < len(ak) and j + n < len(bk) and ak[i + n] == bk[j + n]:
                n += 1
            runs.append((i, j, n))
    return runs


def _chains(runs: list[tuple[int, int, int]]) -> list[list[tuple[int, int, int]]]:
    """Join exact runs that follow each other in both texts with small gaps."""
    chains: list[list[tuple[int, int, int]]] = []
    open_by_end: dict[int, list[int]] = {}  # where a chain ends in A -> chains ending there
    for run in sorted(runs):
        i, j, n = run
        best = None
        for end in range(i - MAX_GAP, i + 1):
            for c in open_by_end.get(end, ()):
                _, pj, pn = chains[c][-1]
                if 0 <= j - (pj + pn) <= MAX_GAP and (
                    best is None or len(chains[c]) > len(chains[best])
                ):
                    best = c
        if best is None:
            chains.append([run])
            best = len(chains) - 1
        else:
            last_i, _, last_n = chains[best][-1]
            open_by_end[last_i + last_n].remove(best)
            chains[best].append(run)
        open_by_end.setdefault(i + n, []).append(best)
    return chains


def shared_passages(
    a: str | Article, b: str | Article, min_words: int = MIN_PASSAGE_WORDS
) -> list[SharedPassage]:
    """Passages of at least `min_words` words found in both texts, in A's reading order.

    Exact passages repeat word for word; near passages are exact runs joined across
    a few changed words (a spun or lightly edited copy). A passage may sit anywhere in
    either text: a talking point moved to another paragraph is still found.

    >>> a = "In short: help when asked, home when done. That is the way of the alliance."
    >>> b = "Remember the rule: help when asked, home when done. That is the way it works."
    >>> [(p.text, p.exact) for p in shared_passages(a, b, min_words=6)]
    [('help when asked, home when done. That is the way', True)]
    """
    ta, tb = body_text(a), body_text(b)
    aw, bw = words(ta), words(tb)
    found: list[SharedPassage] = []
    for chain in _chains(_exact_runs(aw, bw, SEED_WORDS)):
        (i0, j0, _), (i1, j1, n1) = chain[0], chain[-1]
        length = i1 + n1 - i0
        matched = sum(n for _, _, n in chain)
        if matched < min_words or matched / max(length, j1 + n1 - j0) < MIN_NEAR_DENSITY:
            continue
        a_span = (aw[i0].start, aw[i1 + n1 - 1].end)
        b_span = (bw[j0].start, bw[j1 + n1 - 1].end)
        found.append(
            SharedPassage(
                text=ta[a_span[0] : a_span[1]],
                b_text=tb[b_span[0] : b_span[1]],
                a_span=a_span,
                b_span=b_span,
                words=length,
                matched=matched,
                exact=len(chain) == 1,
            )
        )
    kept: list[SharedPassage] = []
    for passage in sorted(found, key=lambda p: -p.matched):
        if not any(_overlaps(passage.a_span, k.a_span) and _overlaps(passage.b_span, k.b_span)
                   for k in kept):
            kept.append(passage)
    return sorted(kept, key=lambda p: (p.a_span, p.b_span))


def _overlaps(x: tuple[int, int], y: tuple[int, int]) -> bool:
    return x[0] < y[1] and y[0] < x[1]


def edits(a: str | Article, b: str | Article) -> list[Edit]:
    """The word-level changes that turn A into B, in reading order.

    Meant for a near-copy (a spun or lightly edited text): the two texts are aligned
    word by word and every stretch that differs becomes one edit. A stretch with as
    many words on both sides is listed word by word ("security forces" -> "safety
    powers" gives two swaps), the way a spinner works; others stay whole ("done very
    little" -> "accomplished little or no" gives a swap and an insertion).

    >>> [e.to_dict() for e in edits("the price doubled overnight", "the cost doubled")]
    ... # doctest: +NORMALIZE_WHITESPACE
    [{'kind': 'substitution', 'from': 'price', 'to': 'cost', 'a_span': [4, 9], 'b_span': [4, 8]},
     {'kind': 'deletion', 'from': 'overnight', 'to': '', 'a_span': [18, 27], 'b_span': [16, 16]}]
    """
    ta, tb = body_text(a), body_text(b)
    aw, bw = words(ta), words(tb)
    out = []
    for tag, i1, i2, j1, j2 in _matcher(aw, bw).get_opcodes():
        if tag == "equal":
            continue
        a_span = (aw[i1].start, aw[i2 - 1].end) if i2 > i1 else _point(aw, i1, len(ta))
        b_span = (bw[j1].start, bw[j2 - 1].end) if j2 > j1 else _point(bw, j1, len(tb))
        if tag == "replace" and i2 - i1 == j2 - j1:  # word for word: one swap per word
            for x, y in zip(aw[i1:i2], bw[j1:j2], strict=True):
                out.append(Edit("substitution", x.text, y.text, (x.start, x.end), (y.start, y.end)))
            continue
        kind = {"replace": "substitution", "delete": "deletion", "insert": "insertion"}[tag]
        out.append(
            Edit(kind, ta[a_span[0] : a_span[1]], tb[b_span[0] : b_span[1]], a_span, b_span)
        )
    return out


def _point(ws: list[Word], i: int, length: int) -> tuple[int, int]:
    """The empty span where a word would be inserted before word `i`."""
    at = ws[i - 1].end if i else 0
    return (min(at, length), min(at, length))


def substitutions(a: str | Article, b: str | Article) -> list[Edit]:
    """Only the swaps among `edits(a, b)`: words of A replaced by other words in B.

    >>> [(s.from_text, s.to_text) for s in substitutions("keep power", "keep energy")]
    [('power', 'energy')]
    """
    return [e for e in edits(a, b) if e.kind == "substitution"]
