"""Does an answer point at evidence? Words from the text, or a point the key looks for.

A reason (the offline search) counts when it quotes at least two words in a row from the
text it is about (a phrase, not a single common word), or when it makes one of the
exercise's `look_for` points: at least half of the point's meaningful words (two or more
for longer points) appear in the reason, in any order and any form that starts the same
way. "I do not know lol" meets neither.

A free-text answer (`find_evidence`) is checked against all of a case's texts, so its
quote must be marked: words in quotation marks (any kind) that occur in the texts,
whatever the case or punctuation. Or it makes a `look_for` point: one of the point's
`cues` (words or phrases a teacher lists in `exercises.yml`), or, for a point given as
plain text, its meaningful words as `meets_point` reads them. A student pack carries the
points as locks (`seal_points`), so it shows none until an answer makes it.

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


@functools.cache
def small_words() -> frozenset[str]:
    """Words a reason must share more than: the function words and the filler words.

    >>> {"the", "lol", "know"} <= small_words(), "badge" in small_words()
    (True, False)
    """
    return frozenset(read_word_list("function-words.txt") + read_word_list("filler-words.txt"))


def words_of(text: str) -> list[str]:
    """The words of a text as the kit's tokenizer reads them, lower case, punctuation gone.

    >>> words_of("It's 'official', it says!")
    ["it's", 'official', 'it', 'says']
    """
    return [w.key for w in words(text)]


def _stem(word: str) -> str:
    return word[:5]


def quoted_phrase(reason: str, text: str, size: int = 2) -> str:
    """The first run of `size` words in a row that the reason shares with the text, or "".

    The run must hold a word of four letters or more that is not a small word ("do not
    know" does not count).

    >>> quoted_phrase("It says it sells the badge to anyone", "A price list sells the badge.")
    'sells the badge'
    >>> quoted_phrase("I do not know", "I do not know who runs it.")
    ''
    """
    said, source = words_of(reason), words_of(text)
    runs = {tuple(source[i : i + size]) for i in range(len(source) - size + 1)}
    joined = f" {' '.join(source)} "
    for i in range(len(said) - size + 1):
        run = tuple(said[i : i + size])
        if run in runs and any(w not in small_words() and len(w) > 3 for w in run):
            end = i + size
            while end < len(said) and f" {' '.join(said[i : end + 1])} " in joined:
                end += 1  # the longest run that starts here
            return " ".join(said[i:end])
    return ""


def _wanted(point: str) -> tuple[set[str], int]:
    """A plain point's meaningful word stems, and how many of them an answer needs."""
    wanted = {_stem(w) for w in words_of(point) if w not in small_words()}
    return wanted, 1 if len(wanted) == 1 else max(2, (len(wanted) + 1) // 2)


def _said(reason: str) -> set[str]:
    return {_stem(w) for w in words_of(reason) if w not in small_words()}


def meets_point(reason: str, point: str) -> bool:
    """True when the reason makes the point: enough of its meaningful words, in any order.

    >>> meets_point("The outlet is talking about itself", "the outlet speaks about itself")
    True
    >>> meets_point("It looks nice", "the outlet speaks about itself")
    False
    """
    wanted, needed = _wanted(point)
    return bool(wanted) and len(wanted & _said(reason)) >= needed


def evidence_in(reason: str, texts: list[str], look_for: list[str] | tuple[str, ...]) -> str:
    """What in a reason counts as evidence, in words ("" when nothing does).

    >>> evidence_in("Nobody is named and it sells badges", ["A price list."],
    ...     ["does not say who runs it", "sells the badge"])
    'it makes the point "sells the badge"'
    >>> evidence_in("It sells the badge to anyone.", ["A price list sells the badge."], [])
    'it quotes "sells the badge" from the text'
    >>> evidence_in("I do not know lol", ["I do not know."], ["sells the badge"])
    ''
    """
    for text in texts:
        phrase = quoted_phrase(reason, text)
        if phrase:
            return f'it quotes "{phrase}" from the text'
    for point in look_for:
        if meets_point(reason, point):
            return f'it makes the point "{point}"'
    return ""


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

    def tokens(self) -> tuple[list[str], int, bool]:
        """What shows the point, how many of them an answer needs, and whether they are word
        stems (a plain point, read as `meets_point` reads it) or phrases (its cues).

        >>> LookFor("asks where the figure came from").tokens()
        (['asks', 'came', 'figur', 'where'], 2, True)
        """
        if self.cues:
            return [normal(c) for c in self.cues if normal(c)], 1, False
        wanted, needed = _wanted(self.point)
        return sorted(wanted), needed, True

    def met(self, answer: str) -> str:
        """The point, when the answer makes it; else ""."""
        if not self.cues:
            return self.point if meets_point(answer, self.point) else ""
        said = f" {normal(answer)} "
        return self.point if any(f" {c} " in said for c in self.tokens()[0]) else ""


@dataclass(frozen=True)
class SealedPoint:
    """A point in a student pack: its words are a lock (`locks`), so the pack cannot show it
    until an answer makes it."""

    lock: dict
    need: int
    salt: str
    place: str
    stems: bool = False

    def met(self, answer: str) -> str:
        """The point's words, when `need` different stems or phrases of the answer open it."""
        opened, point = set(), ""
        for token in _said(answer) if self.stems else _grams(normal(answer)):
            reason = open_lock(self.lock, self.salt, self.place, token)
            if reason is not None:
                opened.add(token)
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
        tokens, need, stems = point.tokens()
        lock = make_lock(salt, f"{place}/look-for/{number}", tokens, point.point)
        entries.append({"lock": lock, "need": need, "stems": stems})
    return entries


def sealed_points(entries: Sequence[dict], salt: str, place: str) -> list[SealedPoint]:
    """The pack's sealed points, ready to check answers (see `seal_points`)."""
    return [
        SealedPoint(
            e["lock"], int(e.get("need") or 1), salt, f"{place}/look-for/{n}", bool(e.get("stems"))
        )
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


def normal(text: str) -> str:
    """Text as a quote is matched: lower case, words only, straight apostrophes.

    >>> normal("“The  Timing” tells—its own story!")
    'the timing tells its own story'
    """
    return " ".join(words_of(text))


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
    met = [found for found in (p.met(answer) for p in points) if found]
    return Evidence(quotes, met)
