"""A figure the text reports as someone else's and then disputes: who gave it, and the words
that dispute it.

"Tokayev's "20,000" foreign terrorists have vanished into thin air" reports the president's
figure and rejects it; "Tokayev told the summit that 2,030 personnel had been sent. I do not
take that figure on trust." does the same across two sentences. Neither is the text's own
count, so the ledger check gives them the verdict `attributed` (with who said it) instead of
judging them as if the text stated them. The speaker is the one `find_attributions` names
("Tokayev said", "according to the ministry"), else a possessive or a phrase of the
lexicon's `attribution_cues` ("Tokayev's claim of", "Tokayev spoke of"). The dispute words
are `dispute_cues` in `data/lexicons/quantities.yml`. They count after the figure, in its
own clause or wherever the sentence points back at it ("that figure", "the president's
number"), and in the next sentence only when that one points back at it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from medialit.detectors.attribution import NAME, ROLE, find_attributions
from medialit.detectors.quantities import Quantity
from medialit.detectors.verdicts import check_words

_NEXT_SENTENCE = re.compile(r"(?<=[.!?])[\"”’]?\s+(?=[\"“‘(]?[A-Z0-9])")
_POSSESSIVE = re.compile(rf"({NAME})['’]s\s+(?:[a-z]+\s+(?:of\s+)?)?[\"“]?$")
_CLAUSE_WORDS = 12  # how far after a figure a dispute still reads as about it
_NOT_SPEAKERS = frozenset(("i", "we", "you"))
_OPENERS = frozenset(("yet", "still", "however", "so", "now", "even", "indeed", "meanwhile"))


@dataclass(frozen=True)
class Dispute:
    """Who a text says gave a figure, and the words with which it disputes it."""

    speaker: str
    words: str


def disputed_figure(q: Quantity, sentence: str, context: str = "") -> Dispute | None:
    """The speaker and the dispute when `sentence` reports `q` as someone else's figure and
    the sentence, or the next one in `context`, disputes it; None otherwise.

    >>> from medialit.detectors.quantities import extract_quantities
    >>> s = 'Yet Tokayev\\'s "20,000" foreign terrorists have vanished into thin air.'
    >>> disputed_figure(extract_quantities(s)[0], s)
    Dispute(speaker='Tokayev', words='vanished')
    >>> s = "Tokayev said 2,030 personnel were sent."
    >>> disputed_figure(extract_quantities(s)[0], s, "I do not take that figure on trust.")
    Dispute(speaker='Tokayev', words='do not take')
    >>> print(disputed_figure(extract_quantities(s)[0], s, "He also praised the troops."))
    None
    >>> s = "The ministry said 9,900 people were held; critics cited false charges."
    >>> print(disputed_figure(extract_quantities(s)[0], s))
    None
    """
    words = _disputed_after(sentence[q.end :].replace("’", "'"))
    if words is None and context:
        following = _NEXT_SENTENCE.split(context.strip(), maxsplit=1)[0].replace("’", "'")
        if check_words().references.search(following):
            match = check_words().disputes.search(following)
            words = match.group(0) if match else None
    if words is None:
        return None
    speaker = speaker_of(q, sentence)
    return Dispute(speaker, words) if speaker else None


def _disputed_after(after: str) -> str | None:
    """The words disputing a figure in the rest of its sentence: in its own clause, within
    a dozen words ("... have vanished into thin air"), or anywhere once the sentence points
    back at it ("..., but no evidence for that number has appeared")."""
    cues = check_words()
    match = cues.disputes.search(after)
    if match is None:
        return None
    between = after[: match.start()]
    if (";" not in between and len(between.split()) <= _CLAUSE_WORDS) or cues.references.search(
        after
    ):
        return match.group(0)
    return None


def speaker_of(q: Quantity, sentence: str) -> str | None:
    """Who the sentence says gave the figure: the nearest attribution before it, else the
    first after it, else a possessive or a phrase such as "spoke of" with its speaker.

    >>> from medialit.detectors.quantities import extract_quantities
    >>> s = "The 20,000 terrorists Tokayev spoke of have vanished."
    >>> speaker_of(extract_quantities(s)[0], s)
    'Tokayev'
    >>> s = "That 5,000 troops had landed, as Russian state television claimed, is untrue."
    >>> speaker_of(extract_quantities(s)[0], s)
    'Russian state television'
    """
    found = [a for a in find_attributions(sentence) if a.key != "denied"]
    before = [a for a in found if a.span[1] <= q.start]
    after = [a for a in found if a.span[0] >= q.end]
    for attribution in [*reversed(before), *after]:
        if attribution.speaker.lower() not in _NOT_SPEAKERS:
            return attribution.speaker
    possessive = _POSSESSIVE.search(sentence, 0, q.start)
    if possessive:
        return _trimmed(possessive.group(1))
    for cue in check_words().attribution.finditer(sentence):
        speaker = re.search(
            rf"({NAME}|(?i:the\s+(?:[\w'’-]+\s+){{0,2}}?{ROLE}))\s+(?:has\s+|had\s+|also\s+)?$",
            sentence[: cue.start()],
        )
        if speaker and speaker.group(1).lower() not in _NOT_SPEAKERS:
            return _trimmed(speaker.group(1))
    return None


def _trimmed(name: str) -> str:
    """A name without the capitalised word that opened its sentence ("Yet Tokayev")."""
    words = name.split()
    generic = check_words().generic
    while len(words) > 1 and (words[0].lower() in _OPENERS or words[0].lower() in generic):
        words.pop(0)
    return " ".join(words)
