"""What surrounds a number: the noun it counts, the hedge before it, and whether it is
a count at all or a year or a name ("in 2022", "Ward 8", "COVID-19").

`medialit.detectors.quantities` asks these questions of every number it finds.
"""

from __future__ import annotations

import re

from medialit.detectors.quantity_words import QuantityWords, quantity_words

_YEAR = re.compile(r"(?:1[89]|20)\d{2}")
_SLASHED = re.compile(r"[/:]\d")
_WORD_SPAN = re.compile(r"\S+")
_TRAILING_ONLY = frozenset(("or so", "or more", "odd", "plus"))
_STOP = frozenset(
    re.findall(
        r"\w+",
        "and or but had have has were was are is be been in on at to from with by for "
        "that which who as than since after before within per of into a an the its their "
        "his her this these those it they he she we you i not no nor so yet if when while "
        "whom whose would will could should may might can do did does about some more "
        "over under",
    )
)
_CONTAINERS = frozenset(
    re.findall(
        r"\w+",
        "pieces items members tonnes tons barrels litres units rounds kilograms kg "
        "percent cent hundreds thousands dozens millions",
    )
)
_OF_NEXT = re.compile(r"\s+of\b", re.I)
_PHRASE_WORD = re.compile(r"\s*[\"“”']?\s*([A-Za-z][A-Za-z'’-]*)")


def counted_noun(text: str, pos: int) -> tuple[str, str, int]:
    """The counted noun after `pos`: (unit name, words as written, end).

    >>> counted_noun("2,500 Russian troopers arrived", 5)
    ('troops', 'Russian troopers', 22)
    """
    lex = quantity_words()
    words: list[tuple[str, int, int]] = []
    cursor = pos
    while sum(w[0].lower() not in ("of", "the") for w in words) < 4:
        match = _PHRASE_WORD.match(text, cursor)
        if not match:
            break
        word = match.group(1)
        lower = word.lower()
        after_of = len(words) > 1 and words[-1][0].lower() == "of"
        if lower in _STOP and not (
            (lower == "of" and words and words[-1][0].lower() in _CONTAINERS)
            or (lower == "the" and after_of)
        ):
            break
        if lower in lex.months or lower in lex.noun_stops:
            break
        if words and lower != "of" and lower not in lex.units:
            if lower.endswith(("ly", "ing")):
                break  # "two vehicles immediately", "100 advocates shouting"
            if lower.endswith("ed") and _verb_follows(text, match.end(), lex):
                break  # "15 poachers ambushed them": a verb after the noun
        if lower == "of":
            words.append((word, match.start(1), match.end(1)))
            cursor = match.end()
            continue
        words.append((word, match.start(1), match.end(1)))
        cursor = match.end()
        if lower in lex.units and (
            len(words) > 1 or lower not in _CONTAINERS or not _OF_NEXT.match(text, cursor)
        ):
            break  # "troops", "armed men": the head noun ends the phrase ("members of" goes on)
    while words and words[-1][0].lower() == "of":
        words.pop()
    if not words:
        return "", "", pos
    start, end = words[0][1], words[-1][2]
    phrase = text[start:end]
    lower = phrase.lower()
    for cut in range(len(words)):  # longest known ending: "Central Asian states" -> states
        tail = lower[words[cut][1] - start :]
        if tail in lex.units:
            return lex.units[tail], phrase, end
    first = words[0][0].lower()
    if first in lex.units:  # "tonnes of gear" -> tonnes
        return lex.units[first], phrase, end
    last = words[-1][0].lower()
    if last.endswith(("ed", "ly", "ing")) and len(words) == 1:
        return "", "", pos
    return last, phrase, end


def _verb_follows(text: str, pos: int, lex: QuantityWords) -> bool:
    """After a word ending in -ed: is it a verb (then the noun has ended)?

    "armed troops" goes on to a noun; "poachers ambushed them" and "gathered outside" do not.
    """
    match = _PHRASE_WORD.match(text, pos)
    if not match:
        return True
    word = match.group(1)
    lower = word.lower()
    return lower in _STOP or lower in lex.noun_stops or word[0].isupper()


def hedge_before(text: str, start: int) -> tuple[str | None, int]:
    """The hedge that ends just before `start` ("about", "more than"), and where it starts.

    >>> hedge_before("in all more than 100 flights", 17)
    ('more than', 7)
    """
    if not start or not text[start - 1].isspace():
        return None, start
    begin = max(0, start - 24)
    words = text[begin:start].rsplit(None, 1)
    if not words or words[-1].lower() not in quantity_words().hedge_ends:
        return None, start  # the word before cannot end a hedge: the usual case
    spans = [(m.start(), m.group()) for m in _WORD_SPAN.finditer(text, begin, start)]
    if spans and spans[0][0] == begin and begin and text[begin - 1].isalnum():
        spans = spans[1:]  # a word cut by the window
    kinds = quantity_words().hedge_kinds
    for n in (3, 2, 1):
        if len(spans) >= n:
            phrase = text[spans[-n][0] : spans[-1][0] + len(spans[-1][1])]
            lower = " ".join(w for _, w in spans[-n:]).lower()
            if lower in kinds and lower not in _TRAILING_ONLY:
                return phrase, spans[-n][0]
    return None, start


def per_unit(text: str, pos: int) -> tuple[str, int]:
    """'a litre' or 'per litre' after a price: ('per litre', end).

    >>> per_unit("120 tenge a litre", 9)
    ('per litre', 17)
    """
    match = re.match(
        r"\s+(?:a|an|per)\s+(litre|liter|gallon|barrel|kilogram|kg|tonne|month|day|year|person|head)\b",
        text[pos : pos + 30],
        re.I,
    )
    if match:
        return f"per {match.group(1).lower()}", pos + match.end()
    return "", pos


def is_year(digits: str, text: str, end: int) -> bool:
    """Whether the digits ending at `end` are a year ("in 2022"), not a count ("2022 troops").

    >>> is_year("2022", "in 2022 prices rose", 7), is_year("2022", "2022 troops came", 4)
    (True, False)
    """
    if not _YEAR.fullmatch(digits):
        return False
    unit = quantity_words().unit_pattern.match(text, end)
    return not (unit and quantity_words().units[unit.group(1).lower()] not in ("years",))


def used_as_name(text: str, start: int, end: int, lex: QuantityWords) -> bool:
    """A number used as a name: after "Ward", "Highway", "No."; or a date like 26/11.

    >>> used_as_name("in Ward 8 today", 8, 9, quantity_words())
    True
    """
    if _SLASHED.match(text[end : end + 2]):
        return True
    before = text[max(0, start - 14) : start].split()
    if not before:
        return False
    word = before[-1].lower().rstrip("-–")
    return word in lex.labels_before and not before[-1][:1].isdigit()


def glued_to_word(text: str, start: int) -> bool:
    """A number glued to a word ("COVID-19", "Il-76", "G7") is a name, not a count.

    >>> glued_to_word("COVID-19 cases", 6), glued_to_word("19 cases", 0)
    (True, False)
    """
    if start and (text[start - 1].isalnum() or text[start - 1] in "_/:"):
        return True
    return start > 1 and text[start - 1] in "-–" and text[start - 2].isalpha()
