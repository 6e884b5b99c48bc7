"""Tone per paragraph with VADER, showing the words behind each score and where it fails.

VADER (Hutto & Gilbert 2014, the `vaderSentiment` package; its word list ships inside
the package, nothing is downloaded) adds up a valence for every word it knows. That
is quick and explainable, and often wrong on news: see `tone_caveats()` and the list
in `data/lexicons/tone-caveats.yml`. Every score comes with the words that made it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from medialit.text import Article, body_text, read_lexicon

POSITIVE, NEGATIVE = 0.05, -0.05  # VADER's own cut-offs for its compound score


@lru_cache(maxsize=1)
def _analyzer():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def tone_label(compound: float) -> str:
    """'positive', 'negative' or 'neutral' for a VADER compound score.

    >>> tone_label(0.6), tone_label(-0.3), tone_label(0.01)
    ('positive', 'negative', 'neutral')
    """
    return "positive" if compound >= POSITIVE else "negative" if compound <= NEGATIVE else "neutral"


@dataclass(frozen=True)
class Tone:
    """VADER's tone for one paragraph: the compound score (-1 to 1), its label, and why."""

    paragraph: int
    text: str
    compound: float
    label: str
    words: list[tuple[str, float]]  # the words VADER knows, with their valence (-4 to 4)

    @property
    def why(self) -> str:
        """The words behind the score, strongest first, for a student to disagree with."""
        shown = sorted(self.words, key=lambda w: -abs(w[1]))[:6]
        return ", ".join(f"'{w}' {v:+.1f}" for w, v in shown) or "no word VADER knows"


def tone(text: str) -> Tone:
    """VADER's tone of one piece of text, with the words that carry it.

    >>> t = tone("Peacekeepers helped restore calm.")
    >>> t.label, t.why
    ('positive', "'peacekeepers' +1.6, 'calm' +1.3, 'restore' +1.2")
    """
    analyzer = _analyzer()
    scores = analyzer.polarity_scores(text)
    found = []
    for word in re.findall(r"[\w'’-]+", text.lower()):
        valence = analyzer.lexicon.get(word)
        if valence is not None:
            found.append((word, float(valence)))
    return Tone(0, text, scores["compound"], tone_label(scores["compound"]), found)


def paragraph_tones(text: str | Article) -> list[Tone]:
    """The tone of each paragraph of a text (paragraphs separated by blank lines).

    >>> [t.label for t in paragraph_tones("No one was hurt.\\n\\nThe talks went well.")]
    ['negative', 'positive']
    """
    paragraphs = text.paragraphs if isinstance(text, Article) else [
        p for p in re.split(r"\n\s*\n", body_text(text)) if p.strip()
    ]
    out = []
    for n, p in enumerate(paragraphs):
        t = tone(p)
        out.append(Tone(n, p, t.compound, t.label, t.words))
    return out


@dataclass(frozen=True)
class Caveat:
    """A sentence VADER scores wrongly: what a reader sees, what VADER says, and why."""

    text: str
    reader: str
    problem: str
    why: str
    vader: Tone


def tone_caveats() -> list[Caveat]:
    """VADER's known failures on news-like sentences, each scored live (not hard-coded).

    >>> c = tone_caveats()[0]
    >>> c.text, c.reader, c.vader.label
    ('No one was killed.', 'positive', 'negative')
    """
    raw = read_lexicon("tone-caveats.yml") or {}
    return [
        Caveat(c["text"], c["reader"], c["problem"], " ".join(c["why"].split()), tone(c["text"]))
        for c in raw.get("cases", [])
    ]
