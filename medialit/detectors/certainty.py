"""How sure a sentence says a link is, and the words that say so (`data/lexicons/certainty.yml`).

The certainty ladder runs from `causes` (a plain claim) down through `probably` and
`possibly` to `none` (no link claimed). The key for a sentence is its annotation's
`certainty:` when it has one; otherwise a causal claim is placed on the ladder by its
hedge words, and a sentence with no hedge and no causal claim claims no link. Every reading
names the words it rests on, so a student can disagree with it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from medialit.text import read_lexicon

LEXICON = "certainty.yml"
LADDER = ("causes", "probably", "possibly", "none")  # surest first


@dataclass(frozen=True)
class CertaintyReading:
    """A sentence's rung of the ladder and the words that put it there ("hedge: 'may'")."""

    level: str
    words: tuple[str, ...]

    def because(self) -> str:
        """The words behind the reading, for a student.

        >>> CertaintyReading("possibly", ("hedge: 'may'",)).because()
        "hedge: 'may'"
        >>> CertaintyReading("causes", ()).because()
        'no hedge word'
        """
        return "; ".join(self.words) or "no hedge word"


@lru_cache(maxsize=1)
def _patterns() -> dict[str, list[tuple[str, re.Pattern]]]:
    raw = read_lexicon(LEXICON) or {}
    return {
        name: [(w, re.compile(rf"\b{re.escape(w)}\b", re.I)) for w in raw.get(name) or []]
        for name in ("probably", "possibly", "no-link", "hazard", "risk")
    }


def cue_words(sentence: str, name: str) -> list[str]:
    """The words of the lexicon's list `name` found in a sentence, longest first, none inside
    another.

    >>> cue_words("It is most likely safe at the doses people take.", "probably")
    ['most likely']
    >>> cue_words('"Possibly carcinogenic" is the third group.', "possibly")
    ['possibly']
    >>> cue_words("A daily intake of 40 mg per kg is safe.", "risk")
    ['daily intake', 'per kg', 'safe']
    """
    found: list[tuple[int, int, str]] = []
    for word, pattern in sorted(_patterns().get(name, []), key=lambda p: -len(p[0])):
        for match in pattern.finditer(sentence):
            opening = not sentence[: match.start()].strip(" \"'“‘(")
            if match.group(0) != word and not opening:
                continue  # "May" mid-sentence is a month, "Safe" a name: only lower case counts
            if not any(a <= match.start() < b for a, b, _ in found):
                found.append((match.start(), match.end(), match.group(0).lower()))
    return [w for _, _, w in sorted(found)]


def read_certainty(sentence: str, causal: bool, support: tuple[str, ...] = ()) -> CertaintyReading:
    """Where a sentence stands on the ladder, from its hedge words and whether it claims a
    cause (as the annotations say).

    >>> read_certainty("Aspartame may cause cancer.", True).level
    'possibly'
    >>> read_certainty("The sweetener causes cancer, experts warn.", True)
    CertaintyReading(level='causes', words=())
    >>> read_certainty("There is no convincing evidence of harm.", False).because()
    "denies a link: 'no convincing evidence'"
    """
    denied = cue_words(sentence, "no-link")
    if denied:
        return CertaintyReading("none", tuple(f"denies a link: '{w}'" for w in denied))
    if not causal:
        return CertaintyReading("none", ())
    for level in ("possibly", "probably"):  # the weaker hedge decides: "may probably" is unsure
        words = cue_words(sentence, level)
        if words:
            return CertaintyReading(level, tuple(f"hedge: '{w}'" for w in words))
    if "hedged" in support:  # a hedge the list does not know: the key says unsure
        return CertaintyReading("possibly", ())
    return CertaintyReading("causes", ())
