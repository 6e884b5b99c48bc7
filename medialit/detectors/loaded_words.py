"""Loaded and labelling words: which names a text picks, and what each name frames.

The list is data (`data/lexicons/loaded-words.yml`) that a teacher can extend. A hit
is not a verdict: "protesters" and "bandits" can name the same crowd, and the lesson
is to notice who picks which word.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from medialit.text import Article, body_text, lexicon_error, read_lexicon


@dataclass(frozen=True)
class Label:
    """One entry of the loaded-words list: its written forms, what it frames, plainer words."""

    key: str
    forms: tuple[str, ...]
    frames: str
    neutral: tuple[str, ...]


@dataclass(frozen=True)
class LoadedWord:
    """A loaded word found in a text: the words as written, where, and its list entry."""

    text: str
    span: tuple[int, int]
    label: Label

    def to_dict(self) -> dict:
        """The hit as JSON."""
        return {
            "text": self.text,
            "span": list(self.span),
            "label": self.label.key,
            "frames": self.label.frames,
            "neutral": list(self.label.neutral),
        }


@lru_cache(maxsize=1)
def loaded_lexicon() -> tuple[Label, ...]:
    """The loaded-words list.

    >>> next(l for l in loaded_lexicon() if l.key == "bandits").forms
    ('bandit', 'bandits')
    """
    name = "loaded-words.yml"
    labels = []
    for key, entry in (read_lexicon(name) or {}).items():
        if not isinstance(entry, dict) or not entry.get("forms"):
            raise lexicon_error(name, f"'{key}' needs 'forms:', a list of words as written", key)
        labels.append(
            Label(
                str(key),
                tuple(str(f).lower() for f in entry["forms"]),
                " ".join(str(entry.get("frames", "")).split()),
                tuple(map(str, entry.get("neutral") or ())),
            )
        )
    return tuple(labels)


@lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern, dict[str, Label]]:
    by_form = {form: label for label in loaded_lexicon() for form in label.forms}
    forms = sorted(by_form, key=len, reverse=True)  # longer phrases first
    joined = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)
    return re.compile(rf"(?<![\w-])(?:{joined})(?![\w-])", re.IGNORECASE), by_form


def find_loaded_words(text: str | Article) -> list[LoadedWord]:
    """Every loaded or labelling word in a text, in reading order.

    >>> [(w.text, w.label.key) for w in find_loaded_words(
    ...     "Bandits, not protesters, attacked the city, the regime said.")]
    [('Bandits', 'bandits'), ('protesters', 'protesters'), ('regime', 'regime')]
    """
    pattern, by_form = _pattern()
    body = body_text(text)
    return [
        LoadedWord(m.group(), (m.start(), m.end()), by_form[" ".join(m.group().lower().split())])
        for m in pattern.finditer(body)
    ]


def label_counts(text: str | Article) -> Counter:
    """How often each entry of the list occurs in a text.

    >>> label_counts("Terrorists and bandits; more bandits.")
    Counter({'bandits': 2, 'terrorists': 1})
    """
    return Counter(w.label.key for w in find_loaded_words(text))
