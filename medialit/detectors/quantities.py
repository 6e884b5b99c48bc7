"""Finding the numbers in a text: each quantity with its hedge, its unit and where it is.

`extract_quantities` finds digits ("2,030", "4.2", "19 million"), word numbers
("nineteen thousand", read by `text2num`), percentages, money, ranges ("between
2,000 and 3,000"), vague quantities as ranges ("dozens" is 24-99), change words
("doubled") and comparisons ("four times the size of France"). Each keeps its hedge
("about", "more than") so a reader can see how exact the text claims to be. Dates
("2 January", "2022"), times of day and ordinals ("21st") are recognised and left
out: they are not counts. The word lists are in `data/lexicons/quantities.yml`, read by
`medialit.detectors.quantity_words`; what surrounds each number (its noun, its hedge)
is read by `medialit.detectors.number_context`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from medialit.detectors.number_context import (
    counted_noun,
    glued_to_word,
    hedge_before,
    is_year,
    per_unit,
    used_as_name,
)
from medialit.detectors.quantity_words import (
    QuantityWords,
    number_value,
    quantity_words,
    words_value,
)

# The cheap first look: a digit or currency sign, or a word that can start a quantity.
_DIGITISH = re.compile(r"[\d$€£]")
_ALPHA_WORDS = re.compile(r"[A-Za-z]+")


@dataclass(frozen=True)
class Quantity:
    """One quantity in a text.

    `start`/`end` index the text; `text` is the quantity as written (hedge, number,
    unit). `value` is the number, or None for a range or vague quantity, whose bounds
    are `low` and `high` (equal to `value` otherwise). `unit` is what is counted under
    the lexicon's name for it ("troops" for "troopers"); `noun` is the words as written.
    `kind` is count, percent, money, range, vague, change or comparison (date and
    ordinal when asked for). A comparison names its `relation` and `object`.
    """

    start: int
    end: int
    text: str
    value: float | None
    low: float
    high: float
    unit: str
    noun: str
    hedge: str | None
    approx: bool
    kind: str
    relation: str | None = None
    object: str | None = None
    number_text: str = ""

    @property
    def bound(self) -> str:
        """How the hedge bounds the figure: exact, approx, lower, upper or near-below.

        >>> [q.bound for q in extract_quantities("more than 100 flights and some 40 buses")]
        ['lower', 'approx']
        """
        if self.hedge is None:
            return "approx" if self.kind == "vague" else "exact"
        return quantity_words().hedge_kinds.get(self.hedge.lower(), "approx")

    def as_json(self) -> dict:
        """The quantity as `medialit analyze --json` gives it (README, "analyze --json").

        >>> extract_quantities("about 2,500 troops")[0].as_json()["value"]
        2500
        """
        value = (
            json_number(self.value)
            if self.value is not None
            else [json_number(self.low), json_number(self.high)]
        )
        return {
            "text": self.text,
            "value": value,
            "unit": self.unit,
            "approx": self.approx,
            "hedge": self.hedge,
            "kind": self.kind,
            "noun": self.noun,
            "relation": self.relation,
            "object": self.object,
            "start": self.start,
            "end": self.end,
        }


def json_number(number: float) -> int | float:
    """A number as the kit's JSON gives it: a whole number without its ".0".

    >>> json_number(2500.0), json_number(4.2)
    (2500, 4.2)
    """
    return int(number) if float(number).is_integer() else number


# Small patterns used for every number, compiled once (re's own cache costs a look-up).
_ORDINAL_END = re.compile(r"(?:st|nd|rd|th)\b")
_BETWEEN = re.compile(r"\bbetween\s+$", re.I)
_FROM = re.compile(r"\bfrom\s+(?:\w+\s+)?$", re.I)
_TIMES = re.compile(r"\s+times\b")
_PERCENT = re.compile(r"\s?(%|per ?cent\b|percent\b)", re.I)
_COMPOUND = re.compile(r"\s?[-–]\s?([A-Za-z]+)(?=[-\s,.;:)]|$)")
_ANCHOR = re.compile(r"[$€£]|\d+|[A-Za-z]+")
_NUMBERISH = frozenset("$€£0123456789")
# "three of the six members", "3 of the CSTO's member states": the part counts the whole's noun.
_OF_WHOLE = re.compile(r"\s+of\s+(?:the|its|their|these|those)\s+(?:[A-Z][\w-]*['’]s\s+)?")


def _candidates(text: str, lex: QuantityWords):
    """The scanner's matches, tried only where a quantity can start (fast on long text)."""
    scanner, starters = lex.scanner, lex.starters
    after = 0  # the end of the last match: the scanner never starts inside one
    for anchor in _ANCHOR.finditer(text):
        word = anchor.group()
        if word in starters or word[0] in _NUMBERISH or word.endswith(("fold", "Fold")):
            pos = anchor.start()
            if pos < after:
                continue
            match = scanner.match(text, pos)
            if match:
                after = match.end()
                yield match


def extract_quantities(text: str, include_dates: bool = False) -> list[Quantity]:
    """Every quantity in `text`, in order; dates and ordinals too if asked for.

    Times of day ("10 a.m.", "11:19") and numbers used as names ("Ward 8", "COVID-19")
    are never quantities.

    >>> [(q.text, q.value, q.unit, q.hedge) for q in extract_quantities(
    ...     "On 7 January about 2,500 troops arrived; nineteen thousand people watched.")]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('about 2,500 troops', 2500.0, 'troops', 'about'),
     ('nineteen thousand people', 19000.0, 'people', None)]
    >>> q = extract_quantities("Kazakhstan is four times the size of France.")[0]
    >>> q.kind, q.value, q.relation, q.object
    ('comparison', 4.0, 'times the size of', 'France')
    """
    if not text:
        return []
    lex = quantity_words()
    if (
        not _DIGITISH.search(text)
        and lex.prefilter.isdisjoint(_ALPHA_WORDS.findall(text))
        and "fold" not in text.lower()
    ):
        return []
    found: list[Quantity] = []
    cursor = 0
    for match in _candidates(text, lex):
        if match.start() < cursor:
            continue
        read = _READERS.get(match.lastgroup or "", _read_number)
        quantity, cursor = read(text, match, lex)
        if quantity is not None and (include_dates or quantity.kind not in ("date", "ordinal")):
            found.append(quantity)
    return _share_units(text, found)


_Read = tuple[Quantity | None, int]  # what a reader found, and where the next one may start


def _read_date(text: str, match: re.Match, lex: QuantityWords) -> _Read:
    return _simple(text, match.start(), match.end(), None, 0, 0, "date", "", "date"), match.end()


def _read_factor(text: str, match: re.Match, lex: QuantityWords) -> _Read:
    """'twice the size of Texas', 'half the size of', 'a fifth the size of'."""
    value = lex.factors[" ".join(match.group("comp").lower().split())]
    quantity = _comparison(text, match.start(), match.end(), value, match.group(0))
    return quantity, quantity.end if quantity else match.end()


def _read_vague(text: str, match: re.Match, lex: QuantityWords) -> _Read:
    """'dozens of police officers', 'a handful of insiders': a range."""
    start, end = match.start(), match.end()
    hedge, span_start = hedge_before(text, start)
    low, high = lex.vague[match.group("vague").lower()]
    of = re.match(r"\s+of\b", text[end : end + 4])
    unit, noun, noun_end = counted_noun(text, end + of.end() if of else end)
    stop = noun_end if noun else end
    quantity = Quantity(
        span_start,
        stop,
        text[span_start:stop],
        None if low != high else low,
        low,
        high,
        unit,
        noun,
        hedge,
        True,
        "vague" if low != high else "count",
        number_text=match.group(0),
    )
    return quantity, stop


def _read_change(text: str, match: re.Match, lex: QuantityWords) -> _Read:
    """'doubled', 'halved', 'tenfold', '3-fold': a factor."""
    start, end = match.start(), match.end()
    word = match.group(0).lower()
    if match.lastgroup == "change":
        value = lex.changes[word]
    else:
        head = re.sub(r"-?fold$", "", word)
        value = float(head) if head.isdigit() else words_value(head)
        if value is None:
            return None, end
    hedge, span_start = hedge_before(text, start)
    quantity = Quantity(
        span_start,
        end,
        text[span_start:end],
        value,
        value,
        value,
        "times",
        "",
        hedge,
        hedge is not None,
        "change",
        number_text=match.group(0),
    )
    return quantity, end


def _read_number(text: str, match: re.Match, lex: QuantityWords) -> _Read:
    """Digits or number words, with an optional currency and scale, and what follows."""
    end = match.end()
    digits = match.group("digits")
    start = (
        match.start("cur") if match.group("cur") else match.start("digits" if digits else "words")
    )
    if digits and glued_to_word(text, match.start("digits")):
        return None, end
    if used_as_name(text, start, end, lex):  # "Ward 8", "26/11": a name, not a count
        return None, end
    value = number_value(match)
    if value is None:
        return None, end
    rest = text[end : end + 12]
    if digits:
        if _ORDINAL_END.match(rest):  # an ordinal: 21st
            return _simple(
                text, start, end + 2, value, value, value, "ordinal", "", "ordinal"
            ), end + 2
        if lex.times_of_day.match(rest):
            return None, end
        if not match.group("scale") and not match.group("cur") and is_year(digits, text, end):
            return _simple(text, start, end, value, value, value, "date", "", "year"), end
    elif match.group("words").lower() in ("one", "a") and (
        lex.not_before.search(text, max(0, start - 12), start) or lex.not_after.match(text, end)
    ):
        return None, end  # "one of them", "one another"
    hedge, span_start = hedge_before(text, start)
    quantity = _after_number(text, match, span_start, start, end, value, hedge)
    return (None if _pronoun(quantity) else quantity), quantity.end


_READERS = {
    "date": _read_date,
    "comp": _read_factor,
    "vague": _read_vague,
    "change": _read_change,
    "fold": _read_change,
}


def _pronoun(q: Quantity) -> bool:
    """A word number that counts nothing named: "he invented one", "a thing or two", "Two."."""
    return not (q.noun or q.unit or q.hedge or q.number_text[:1].isdigit()) and q.kind == "count"


def _simple(text, start, end, value, low, high, kind, unit, noun) -> Quantity:
    return Quantity(start, end, text[start:end], value, low, high, unit, noun, None, False, kind)


def _comparison(
    text: str,
    start: int,
    end: int,
    value: float,
    number_text: str,
    span_start: int | None = None,
    hedge: str | None = None,
    high: float | None = None,
) -> Quantity | None:
    match = quantity_words().comparison.match(text[end : end + 80])
    if not match:
        return None
    times = "times " if match.group(1) else ""
    relation = f"{times}{match.group(2)}"
    obj = match.group(3).rstrip(".")
    stop = end + match.start(3) + len(obj)
    begin = start if span_start is None else span_start
    low, top = value, (value if high is None else high)
    return Quantity(
        begin,
        stop,
        text[begin:stop],
        value if high is None else None,
        low,
        top,
        relation,
        obj,
        hedge,
        hedge is not None,
        "comparison",
        relation,
        obj,
        number_text,
    )


def _after_number(
    text: str,
    match: re.Match,
    span_start: int,
    start: int,
    end: int,
    value: float,
    hedge: str | None,
) -> Quantity:
    lex = quantity_words()
    low = high = value
    kind = "count"
    number_text = text[start:end]
    # a range: "2,000-3,000", "4.2 to 4.9", "between 2,000 and 3,000"
    between = _BETWEEN.search(text[max(0, start - 9) : start])
    from_before = _FROM.search(text[max(0, start - 20) : start])
    second = lex.ranges[1 if between else 0].match(text, end, end + 40)
    if second and not from_before:
        other = second.group(1)
        other_value = float(other.replace(",", "")) if other[0].isdigit() else words_value(other)
        if second.group(2):
            other_value = (other_value or 0) * lex.scales[second.group(2).lower()]
        if (
            match.group("scale") is None
            and second.group(2)
            and other_value
            and value < other_value / 100
        ):
            value *= lex.scales[second.group(2).lower()]  # "2 to 3 million"
        if other_value is not None and value < other_value:
            low, high, kind = value, other_value, "range"
            if between:
                span_start = min(span_start, start - len(between.group(0)))
            end = second.end()
    # a comparison: "four times the size of France"
    if _TIMES.match(text[end : end + 7]):
        comparison = _comparison(
            text, start, end, low, number_text, span_start, hedge, high if kind == "range" else None
        )
        if comparison:
            return comparison
    unit, noun = "", ""
    stop = end
    currency = (match.group("cur") or "").lower()
    percent = _PERCENT.match(text[end : end + 9])
    if percent:
        unit, noun, stop, kind = (
            "%",
            percent.group(1),
            end + percent.end(),
            "percent" if kind != "range" else kind,
        )
    else:
        trailing = lex.trailing.match(text, end)
        if trailing:  # "200-odd people": the noun comes after the hedge
            hedge = hedge or trailing.group(1)
            end = trailing.end()
        compound = _COMPOUND.match(text, end)
        if (
            compound
            and kind == "count"
            and not currency
            and compound.group(1).lower() not in lex.hedge_kinds
        ):  # "two-day", "48 - hour-bandh"
            noun = compound.group(1)
            unit, stop = lex.units.get(noun.lower(), noun.lower()), compound.end(1)
        else:
            unit, noun, stop = counted_noun(text, end)
            if not noun:
                unit, noun = _counted_elsewhere(text, span_start, end, lex)
        if unit in lex.currencies and unit.isalpha():
            currency = unit
        if currency:
            per, per_end = per_unit(text, stop if noun else end)
            unit = lex.currencies[currency] + (f" {per}" if per else "")
            stop = max(stop, per_end)
            kind = "money" if kind != "range" else kind
        if not noun:
            stop = end
    if (trailing_hedge := lex.trailing.match(text, stop)) and hedge is None:
        hedge = trailing_hedge.group(1)
        stop = trailing_hedge.end()
    if text[span_start:stop].count('"') % 2:  # keep quotation marks paired: 26 "armed criminals"
        if text[stop : stop + 1] == '"':
            stop += 1
        elif span_start and text[span_start - 1] == '"':
            span_start -= 1
    return Quantity(
        span_start,
        stop,
        text[span_start:stop],
        None if kind == "range" else value,
        low,
        high,
        unit,
        noun,
        hedge,
        hedge is not None,
        kind,
        number_text=number_text,
    )


def _counted_elsewhere(text: str, start: int, end: int, lex: QuantityWords) -> tuple[str, str]:
    """What a bare number counts when its noun is not right after it: the whole it is part
    of ("three of the six members", "3 of the CSTO member states"), or a measure before it
    ("a population of 19 million", "a death toll of 164"). The noun stays outside the span.

    >>> _counted_elsewhere("Three of the six members", 0, 5, quantity_words())
    ('members', 'six members')
    >>> _counted_elsewhere("Day two of the dharna", 4, 7, quantity_words())
    ('', '')
    >>> _counted_elsewhere("a population of about 19 million", 16, 32, quantity_words())
    ('people', 'population')
    """
    whole = _OF_WHOLE.match(text, end)
    if whole:
        unit, noun, _ = counted_noun(text, whole.end())
        last = noun.rsplit(None, 1)[-1] if noun else ""
        if last[:1].islower() and (last.endswith("s") or last in lex.units):
            return unit, noun  # a part of a plural whole, not of a name ("Sabarmati Express")
    measure = lex.measure_before.search(text, max(0, start - 30), start)
    if measure:
        return lex.measures[measure.group(1).lower()], measure.group(1)
    return "", ""


def _share_units(text: str, found: list[Quantity]) -> list[Quantity]:
    """Share what two joined figures share.

    'from about 60 to about 120 tenge': the first figure takes the second one's unit;
    'about 19,000 troops and 5,000 tonnes': the second takes the first one's hedge.
    """
    out = list(found)
    for i in range(1, len(out)):  # "about 19,000 troops and 5,000 tonnes": "about" covers both
        first, second = out[i - 1], out[i]
        if (
            first.hedge
            and not second.hedge
            and first.noun
            and second.noun
            and first.kind == second.kind == "count"
            and re.fullmatch(r"\s+and\s+", text[first.end : second.start])
        ):
            out[i] = replace(second, hedge=first.hedge, approx=True)
    for i in range(len(out) - 1, 0, -1):
        first, second = out[i - 1], out[i]
        if first.unit or not second.unit or first.kind not in ("count",):
            continue
        between = text[first.end : second.start]
        if re.fullmatch(r"\s*(?:to|and|or|-|–)\s*", between, re.I):
            kind = second.kind if second.kind in ("money", "percent") else first.kind
            out[i - 1] = replace(first, unit=second.unit, kind=kind)
    return out
