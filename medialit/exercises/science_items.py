"""Items keyed on how sure a sentence is, and on hazard or risk (lesson 04).

An exercise entry with `key_from: certainty` takes each sentence's key from its
annotation's `certainty:`, else from the certainty ladder (`detectors.read_certainty`:
its hedge words and whether the key marks it causal); `key_from: hazard-risk` takes it
from the annotation's `hazard_risk:`. Either way the reason a student reads names the
words that decided it ("hedge: 'possibly'") and, for a retelling whose annotation gives
`source_certainty:`, whether it raised, kept or lowered its source's certainty.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from medialit.detectors import LADDER, CertaintyReading, cue_words, read_certainty
from medialit.errors import MedialitError
from medialit.exercises.annotated import annotated_sentence
from medialit.exercises.base import Item, label_hints

if TYPE_CHECKING:
    from medialit.case import Case
    from medialit.case.annotations import SentenceNote

LADDER_LABELS = {
    "causes": "Says it causes",
    "probably": "Says probably",
    "possibly": "Says possibly",
    "none": "Claims no link",
}
HAZARD_LABELS = {
    "hazard": "Hazard: can it harm at all?",
    "risk": "Risk: how likely, at real doses?",
    "hazard-as-risk": "A hazard told as a risk",
    "neither": "Neither",
}
NO_WORDS = {"causes": "no hedge; the link is stated as fact",
            "none": "no link between two things is claimed"}  # fmt: skip
_CUES = {"probably": "hedge", "possibly": "hedge", "none": "denies a link"}


def certainty_reading(note: SentenceNote, sentence: str) -> CertaintyReading:
    """Where the key puts a sentence on the ladder: its `certainty:`, else the ladder's reading.

    >>> from medialit.case.annotations import SentenceNote
    >>> note = SentenceNote("s", "may", True, ("hedged",), (), (), "A hedge.")
    >>> certainty_reading(note, "It may cause cancer.")
    CertaintyReading(level='possibly', words=("hedge: 'may'",))
    """
    if not note.certainty:
        return read_certainty(sentence, note.causal, note.support)
    level = note.certainty[0]
    kind = _CUES.get(level)
    words = cue_words(sentence, "no-link" if level == "none" else level) if kind else []
    return CertaintyReading(level, tuple(f"{kind}: '{w}'" for w in words))


def raised_or_kept(level: str, source: str) -> str:
    """What a retelling did to its source's certainty, in words; "" when no source is given.

    >>> raised_or_kept("causes", "possibly")
    "Its source said 'possibly': this retelling raises it to 'causes'."
    >>> raised_or_kept("possibly", "possibly")
    "Its source said 'possibly', and this retelling keeps it."
    """
    if not source:
        return ""
    ladder = list(LADDER)
    if ladder.index(level) < ladder.index(source):
        return f"Its source said '{source}': this retelling raises it to '{level}'."
    if level == "none":
        return f"Its source said '{source}'; this retelling claims no link at all."
    if ladder.index(level) > ladder.index(source):
        return f"Its source said '{source}': this retelling is more careful ('{level}')."
    return f"Its source said '{source}', and this retelling keeps it."


def _noted(case: Case, raw: dict):
    sentence, note, where = annotated_sentence(case, raw)
    if note is None:
        raise MedialitError(
            f"the sentence with '{raw['quote']}' has no note in annotations/{raw['article']}.yml; "
            "add one first"
        )
    return sentence, note, where


def certainty_item(case: Case, raw: dict, choices: dict, hints: dict) -> Item:
    """A sentence keyed on how sure it says a link is, with the words that say so.

    >>> from medialit.case import load_case
    >>> raw = {"article": "critical-oped", "quote": "most likely have been overthrown"}
    >>> item = certainty_item(load_case("kazakhstan-2022"), raw, LADDER_LABELS, {})
    >>> item.accepted, item.why.split(". ")[0]
    (('probably',), "The words: hedge: 'most likely'")
    """
    sentence, note, where = _noted(case, raw)
    reading = certainty_reading(note, sentence.text)
    accepted = note.certainty or (reading.level,)
    for label in accepted:
        if label not in choices:
            raise MedialitError(
                f"certainty '{label}' is not one of the labels {', '.join(choices)}"
            )
    words = reading.because() if reading.words else NO_WORDS.get(reading.level, "no hedge word")
    parts = [f"The words: {words}.", raised_or_kept(reading.level, note.source_certainty),
             note.note]  # fmt: skip
    why = " ".join(p for p in parts if p)
    return Item(sentence.text, accepted, why, "", where, {}, label_hints(accepted, hints, ""))


def hazard_risk_item(case: Case, raw: dict, choices: dict, hints: dict) -> Item:
    """A sentence keyed on its annotation's `hazard_risk:`, with the cue words it has.

    >>> from medialit.case import load_case
    >>> raw = {"article": "critical-oped", "quote": "most likely have been overthrown"}
    >>> try:
    ...     hazard_risk_item(load_case("kazakhstan-2022"), raw, HAZARD_LABELS, {})
    ... except MedialitError as exc:
    ...     print(str(exc).split("; ")[1])
    give it hazard, risk, hazard-as-risk or neither
    """
    sentence, note, where = _noted(case, raw)
    if not note.hazard_risk:
        raise MedialitError(
            f"the sentence with '{raw['quote']}' has no hazard_risk: in "
            f"annotations/{raw['article']}.yml; give it hazard, risk, hazard-as-risk or neither"
        )
    for label in note.hazard_risk:
        if label not in choices:
            raise MedialitError(
                f"hazard_risk '{label}' is not one of the labels {', '.join(choices)}"
            )
    found = {name: cue_words(sentence.text, name) for name in ("hazard", "risk")}
    cues = [f"{name} words: " + ", ".join(f"'{w}'" for w in words)
            for name, words in found.items() if words]  # fmt: skip
    why = " ".join(p for p in [note.note, f"({'; '.join(cues)}.)" if cues else ""] if p)
    accepted = note.hazard_risk
    return Item(sentence.text, accepted, why, "", where, {}, label_hints(accepted, hints, ""))
