"""Cues for techniques the causal list cannot see: a false dilemma, an appeal to authority.

The cues are data (`data/lexicons/technique-cues.yml`) that a teacher can extend: for each
technique key of `data/labels.yml`, patterns and a line that explains a hit. A hit is a
reason to look, not a verdict, and always shows the words that matched.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import lru_cache

from medialit.text import lexicon_error, read_lexicon

LEXICON = "technique-cues.yml"


@dataclass(frozen=True)
class TechniqueCue:
    """Words in a sentence that suggest a technique, with the line that explains them."""

    technique: str
    words: str
    span: tuple[int, int]
    explanation: str


Cues = tuple[tuple[str, str, tuple[re.Pattern, ...]], ...]


def load_technique_cues(name: str | os.PathLike = LEXICON) -> Cues:
    """The cue list, compiled: (technique, explanation, patterns) for each entry. A broken
    entry is one `MedialitError` naming the file, the line and what to fix.

    >>> [technique for technique, _, _ in load_technique_cues()]
    ['false-dilemma', 'appeal-to-authority']
    """
    entries = read_lexicon(name) or {}
    cues = []
    for key, entry in entries.items():
        if not isinstance(entry, dict) or not entry.get("patterns") or not entry.get("explain"):
            raise lexicon_error(name, f"'{key}' needs 'explain:' and a list of 'patterns:'", key)
        compiled = []
        for n, pattern in enumerate(entry["patterns"]):
            try:
                compiled.append(re.compile(str(pattern), re.IGNORECASE))
            except re.error as err:
                raise lexicon_error(
                    name, f"'{key}' has a broken pattern ({err}); fix it", key, "patterns", n
                ) from None
        cues.append((str(key), str(entry["explain"]), tuple(compiled)))
    return tuple(cues)


@lru_cache(maxsize=1)
def _cues() -> Cues:
    return load_technique_cues()


def find_technique_cues(sentence: str) -> list[TechniqueCue]:
    """The technique cues in one sentence, at most one per technique, in list order.

    >>> [(c.technique, c.words) for c in find_technique_cues(
    ...     "Either we sign today, or the factory closes.")]
    [('false-dilemma', 'Either we sign today, or')]
    >>> find_technique_cues("Experts at the institute said the risk was small.")
    []
    """
    found = []
    for technique, explain, patterns in _cues():
        match = next((m for p in patterns if (m := p.search(sentence))), None)
        if match:
            words = " ".join(match.group().split())
            found.append(
                TechniqueCue(
                    technique, words, (match.start(), match.end()), explain.format(words=words)
                )
            )
    return found
