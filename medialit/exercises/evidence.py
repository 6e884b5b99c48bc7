"""Evidence in a free-text answer: words quoted from the texts, or a point the answer makes.

A free-text exercise shows its model answer only once an answer gives evidence: it quotes
words from the case's texts that decided it (in quotation marks, checked against the texts,
whatever the case, punctuation or kind of quotation marks), or it makes at least one of
the exercise's `look_for` points. A point is met when the answer uses one of its `cues`
(words or phrases a teacher lists in `exercises.yml`); a point given as plain text uses its
own content words as cues.

>>> points = [LookFor("asks who counted", ("who counted", "how they counted"))]
>>> found = find_evidence('It said "20,000 BANDITS".', ["Tokayev said “20,000 bandits”."], points)
>>> found.quotes, found.points
(['20,000 BANDITS'], [])
>>> find_evidence("I do not know lol", ["Tokayev said 20,000 bandits."], points).found
False
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from medialit.errors import MedialitError
from medialit.exercises.locks import make_lock, open_lock
from medialit.text import read_word_list, words

QUOTED = re.compile(
    r"[\"“”«»„]([^\"“”«»„]+?)[\"“”«»„]"  # double quotation marks of any kind
    r"|(?<!\w)['‘’]([^'‘’]+?)['’](?!\w)"  # single ones, but not an apostrophe
)
MIN_QUOTE_WORDS = 2  # one quoted word is too easy to find anywhere


@dataclass(frozen=True)
class LookFor:
    """One point a good answer makes, and the words that show an answer makes it."""

    point: str
    cues: tuple[str, ...] = field(default_factory=tuple)

    def tokens(self) -> tuple[list[str], int]:
        """What shows the point (its cues, else its own content words) and how many it needs.

        >>> LookFor("asks where the figure came from").tokens()
        (['asks', 'where', 'figure', 'came'], 2)
        """
        if self.cues:
            return [normal(c) for c in self.cues if normal(c)], 1
        own = list(dict.fromkeys(w for w in normal(self.point).split() if w not in _skip()))
        return own, min(2, len(own))

    def met(self, answer: str) -> str:
        """The point, when the (normalised) answer makes it; else ""."""
        tokens, need = self.tokens()
        found = {t for t in tokens if f" {t} " in f" {answer} "}
        return self.point if tokens and len(found) >= need else ""


@dataclass(frozen=True)
class SealedPoint:
    """A point in a student pack: its words are a lock (`locks`), so the pack cannot show it
    until an answer makes it."""

    lock: dict
    need: int
    salt: str
    place: str

    def met(self, answer: str) -> str:
        """The point's words, when `need` different phrases of the answer open its lock."""
        opened, point = set(), ""
        for gram in _grams(answer):
            reason = open_lock(self.lock, self.salt, self.place, gram)
            if reason is not None:
                opened.add(gram)
                point = reason
        return point if len(opened) >= self.need else ""


def _grams(answer: str, longest: int = 6) -> set[str]:
    """Every run of one to `longest` words in a normalised answer."""
    tokens = answer.split()
    return {
        " ".join(tokens[i : i + n])
        for n in range(1, longest + 1)
        for i in range(len(tokens) - n + 1)
    }


def seal_points(points: Sequence[LookFor], salt: str, place: str) -> list[dict]:
    """The look_for points as a pack carries them: locks, not words.

    >>> [entry] = seal_points([LookFor("asks who counted", ("who counted",))], "s", "ex")
    >>> "counted" in str(entry), sealed_points([entry], "s", "ex")[0].met("i ask who counted it")
    (False, 'asks who counted')
    """
    entries = []
    for number, point in enumerate(points, 1):
        tokens, need = point.tokens()
        lock = make_lock(salt, f"{place}/look-for/{number}", tokens, point.point)
        entries.append({"lock": lock, "need": need})
    return entries


def sealed_points(entries: Sequence[dict], salt: str, place: str) -> list[SealedPoint]:
    """The pack's sealed points, ready to check answers (see `seal_points`)."""
    return [
        SealedPoint(e["lock"], int(e.get("need") or 1), salt, f"{place}/look-for/{n}")
        for n, e in enumerate(entries, 1)
    ]


@dataclass
class Evidence:
    """What an answer gives as evidence: quotes found in the texts, and points met."""

    quotes: list[str]
    points: list[str]

    @property
    def found(self) -> bool:
        """True when the answer quotes the texts or makes at least one point."""
        return bool(self.quotes or self.points)


@functools.cache
def _skip() -> frozenset[str]:
    """Words too common to show a point (`data/lexicons/function-words.txt`)."""
    return frozenset(w.lower() for w in read_word_list("function-words.txt"))


def normal(text: str) -> str:
    """Text as a quote is matched: lower case, words only, straight apostrophes.

    >>> normal("“The  Timing” tells—its own story!")
    'the timing tells its own story'
    """
    return " ".join(w.key for w in words(text))


def look_for_points(raw: Iterable[object]) -> list[LookFor | SealedPoint]:
    """`look_for` entries from `exercises.yml`: a point as text, or `{point, cues}`.

    >>> look_for_points(["says who pays", {"point": "asks who", "cues": ["who counted"]}])
    [LookFor(point='says who pays', cues=()), LookFor(point='asks who', cues=('who counted',))]
    """
    points = []
    for entry in raw:
        if isinstance(entry, (LookFor, SealedPoint)):
            points.append(entry)
        elif isinstance(entry, dict) and entry.get("point"):
            cues = entry.get("cues") or []
            if not isinstance(cues, list):
                raise MedialitError("a look_for point's 'cues' must be a list of words")
            points.append(LookFor(str(entry["point"]), tuple(str(c) for c in cues)))
        elif isinstance(entry, str) and entry.strip():
            points.append(LookFor(entry.strip()))
        else:
            raise MedialitError("each look_for entry is a point as text, or {point, cues}")
    return points


def quotes_in(answer: str) -> list[str]:
    """The passages an answer puts in quotation marks, of any kind.

    >>> quotes_in("It says “no accident” and 'who gains', but it's vague.")
    ['no accident', 'who gains']
    """
    return [(a or b).strip() for a, b in QUOTED.findall(answer) if (a or b).strip()]


def find_evidence(
    answer: str, sources: Sequence[str], points: Sequence[LookFor | SealedPoint]
) -> Evidence:
    """The quotes from `sources` and the `points` an answer gives (see the module's doc)."""
    texts = [f" {normal(s)} " for s in sources]
    quotes = [
        q
        for q in quotes_in(answer)
        if len(normal(q).split()) >= MIN_QUOTE_WORDS and any(f" {normal(q)} " in t for t in texts)
    ]
    answer_text = normal(answer)
    met = [found for found in (p.met(answer_text) for p in points) if found]
    return Evidence(quotes, met)
