"""Finding the numbers in a text: each quantity with its hedge, its unit and where it is.

`extract_quantities` finds digits ("2,030", "4.2", "19 million"), word numbers
("nineteen thousand", read by `text2num`), percentages, money, ranges ("between
2,000 and 3,000"), vague quantities as ranges ("dozens" is 24-99), change words
("doubled") and comparisons ("four times the size of France"). Each keeps its hedge
("about", "more than") so a reader can see how exact the text claims to be. Dates
("2 January", "2022"), times of day and ordinals ("21st") are recognised and left
out: they are not counts. The word lists are in `data/lexicons/quantities.yml`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

import yaml
from text_to_num import text2num

from medialit.paths import data_dir


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


_NUMBER_WORDS = _words(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
    "eighty ninety hundred thousand million billion"
)
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_WORD = r"(?:" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")"
_WORDNUM = rf"(?:a\s+(?=hundred|thousand|million|billion))?{_WORD}(?:(?:\s+and\s+|\s+|-){_WORD})*"
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
        return _lexicon().hedge_kinds.get(self.hedge.lower(), "approx")

    def as_json(self) -> dict:
        """The quantity as `medialit analyze --json` gives it (README, "analyze --json").

        >>> extract_quantities("about 2,500 troops")[0].as_json()["value"]
        2500
        """
        value = (
            _plain(self.value) if self.value is not None else [_plain(self.low), _plain(self.high)]
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


def _plain(number: float) -> int | float:
    return int(number) if float(number).is_integer() else number


@dataclass(frozen=True)
class _Lexicon:
    hedge_kinds: dict[str, str]
    hedge_ends: frozenset[str]
    trailing: re.Pattern
    vague: dict[str, tuple[float, float]]
    scales: dict[str, float]
    changes: dict[str, float]
    comparison: re.Pattern
    currencies: dict[str, str]
    units: dict[str, str]
    unit_pattern: re.Pattern
    not_before: re.Pattern
    not_after: re.Pattern
    scanner: re.Pattern
    months: frozenset[str]
    times_of_day: re.Pattern
    starters: frozenset[str]
    prefilter: frozenset[str]
    noun_stops: frozenset[str]
    labels_before: frozenset[str]
    ranges: tuple[re.Pattern, re.Pattern]


def _alternatives(words) -> str:
    return "|".join(re.escape(str(w)) for w in sorted(map(str, words), key=len, reverse=True))


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    raw = yaml.safe_load((data_dir() / "lexicons" / "quantities.yml").read_text(encoding="utf-8"))
    hedges = {str(k).lower(): str(v) for k, v in raw["hedges"].items()}
    trailing = {str(k).lower(): str(v) for k, v in raw["trailing_hedges"].items()}
    units: dict[str, str] = {}
    for name, aliases in raw["units"].items():
        for alias in aliases:
            units.setdefault(str(alias).lower(), str(name))
    months = [str(m) for m in raw["months"]]
    month = rf"(?:{_alternatives(months)})\.?"
    day = r"\d{1,2}(?:st|nd|rd|th)?"
    year = r"(?:1[89]|20)\d{2}"
    date = (
        rf"{day}(?:\s*(?:and|-|–)\s*{day})?\s+(?:of\s+)?{month}(?:\s*,?\s*{year})?(?![\w-])"
        rf"|{month}\s+{day}(?:\s*,\s*{year}|\s+{year})?(?![\w,]\d)"
        rf"|{month}\s+{year}"
    )
    vague = {str(k).lower(): (float(v[0]), float(v[1])) for k, v in raw["vague"].items()}
    scales = {str(k).lower(): float(v) for k, v in raw["scales"].items()}
    changes = {str(k).lower(): float(v) for k, v in raw["changes"].items()}
    currencies = {str(k).lower(): str(v) for k, v in raw["currencies"].items()}
    prefix = _alternatives([c for c in currencies if not c.isalpha()])
    scale = _alternatives(scales)
    scanner = re.compile(
        rf"(?P<date>{date})"
        rf"|(?P<vague>\b(?:{_alternatives(vague)})\b)"
        rf"|(?P<change>\b(?:{_alternatives(changes)})\b)"
        rf"|(?P<fold>\b(?:\d+|{_WORD})-?fold\b)"
        rf"|(?P<comp>\b(?:twice|half)(?=\s+(?:{_alternatives(raw['comparisons'])})\b))"
        rf"|(?P<num>(?:(?P<cur>{prefix})\s?)?(?:(?P<digits>{_DIGITS})|(?P<words>\b{_WORDNUM}\b))"
        rf"(?:\s?(?P<scale>\b(?:{scale})\b))?)",
        re.I,
    )
    return _Lexicon(
        hedge_kinds={**hedges, **trailing},
        hedge_ends=frozenset(h.split()[-1] for h in hedges),
        trailing=re.compile(rf"(?:\s*[-–]\s*|\s+)({_alternatives(trailing)})\b", re.I),
        vague=vague,
        scales=scales,
        changes=changes,
        comparison=re.compile(
            rf"^(\s+times)?\s+({_alternatives(raw['comparisons'])})\s+"
            r"((?:the\s+)?(?:[A-Z][\w'’-]*)(?:\s+(?:of\s+|and\s+)?[A-Z][\w'’-]*)*"
            r"|(?:the|a|an|its|their)\s+\w+(?:\s+\w+)?)"
        ),
        currencies=currencies,
        units=units,
        unit_pattern=re.compile(rf"\s*({_alternatives(units)})(?![\w²])", re.I),
        not_before=re.compile(rf"\b(?:{_alternatives(raw['not_counts']['before'])})\s+$", re.I),
        not_after=re.compile(rf"\s+(?:{_alternatives(raw['not_counts']['after'])})\b", re.I),
        scanner=scanner,
        months=frozenset(m.lower() for m in months),
        times_of_day=re.compile(
            rf"^(?::\d\d|\s*(?:{_alternatives(raw['times_of_day'])})(?!\w))", re.I
        ),
        starters=frozenset(
            variant
            for word in (
                [*_NUMBER_WORDS, "a", "us", "twice", "half"]
                + [m.lower().rstrip(".") for m in months]
                + [w.split()[0] for w in (*vague, *changes)]
            )
            for variant in (word, word.capitalize(), word.upper())
        ),
        prefilter=frozenset(
            variant
            for word in (
                [*_NUMBER_WORDS, "twice", "half", *changes]
                + [w for phrase in vague for w in phrase.split() if w not in ("a", "of")]
            )
            for variant in (word, word.capitalize(), word.upper())
        ),
        noun_stops=frozenset(str(w).lower() for w in raw["noun_stops"]),
        labels_before=frozenset(str(w).lower() for w in raw["labels_before"]),
        ranges=tuple(
            re.compile(
                rf"{joiner}({_DIGITS}|{_WORDNUM})\b(?:\s?({scale})\b)?",
                re.I,
            )
            for joiner in (r"\s*(?:-|–|to)\s*", r"\s+and\s+")
        ),
    )


_STOP = frozenset(
    _words(
        "and or but had have has were was are is be been in on at to from with by for "
        "that which who as than since after before within per of into a an the its their "
        "his her this these those it they he she we you i not no nor so yet if when while "
        "whom whose would will could should may might can do did does about some more "
        "over under"
    )
)
_CONTAINERS = frozenset(
    _words(
        "pieces items members tonnes tons barrels litres units rounds kilograms kg "
        "percent cent hundreds thousands dozens millions"
    )
)
_PHRASE_WORD = re.compile(r"\s*[\"“”']?\s*([A-Za-z][A-Za-z'’-]*)")


def _number_value(match: re.Match) -> float | None:
    lex = _lexicon()
    if match.group("digits"):
        value = float(match.group("digits").replace(",", ""))
    else:
        words = re.sub(r"\s+", " ", match.group("words").lower().replace("-", " ")).strip()
        words = re.sub(r"^a ", "one ", words)
        try:
            value = float(text2num(words, "en"))
        except ValueError:
            return None
    if match.group("scale"):
        value *= lex.scales[match.group("scale").lower()]
    return value


def _noun_after(text: str, pos: int) -> tuple[str, str, int]:
    """The counted noun after `pos`: (unit name, words as written, end)."""
    lex = _lexicon()
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
        if lower in lex.units and (len(words) > 1 or lower not in _CONTAINERS):
            break  # "troops", "armed men": the head noun ends the phrase
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


def _verb_follows(text: str, pos: int, lex: _Lexicon) -> bool:
    """After a word ending in -ed: is it a verb (then the noun has ended)?

    "armed troops" goes on to a noun; "poachers ambushed them" and "gathered outside" do not.
    """
    match = _PHRASE_WORD.match(text, pos)
    if not match:
        return True
    word = match.group(1)
    lower = word.lower()
    return lower in _STOP or lower in lex.noun_stops or word[0].isupper()


def _hedge_before(text: str, start: int) -> tuple[str | None, int]:
    """The hedge that ends just before `start` ("about", "more than"), and where it starts."""
    if not start or not text[start - 1].isspace():
        return None, start
    begin = max(0, start - 24)
    words = text[begin:start].rsplit(None, 1)
    if not words or words[-1].lower() not in _lexicon().hedge_ends:
        return None, start  # the word before cannot end a hedge: the usual case
    spans = [(m.start(), m.group()) for m in _WORD_SPAN.finditer(text, begin, start)]
    if spans and spans[0][0] == begin and begin and text[begin - 1].isalnum():
        spans = spans[1:]  # a word cut by the window
    kinds = _lexicon().hedge_kinds
    for n in (3, 2, 1):
        if len(spans) >= n:
            phrase = text[spans[-n][0] : spans[-1][0] + len(spans[-1][1])]
            lower = " ".join(w for _, w in spans[-n:]).lower()
            if lower in kinds and lower not in _TRAILING_ONLY:
                return phrase, spans[-n][0]
    return None, start


def _per_unit(text: str, pos: int) -> tuple[str, int]:
    """'a litre' or 'per litre' after a price: ('per litre', end)."""
    match = re.match(
        r"\s+(?:a|an|per)\s+(litre|liter|gallon|barrel|kilogram|kg|tonne|month|day|year|person|head)\b",
        text[pos : pos + 30],
        re.I,
    )
    if match:
        return f"per {match.group(1).lower()}", pos + match.end()
    return "", pos


def _is_year(digits: str, text: str, end: int) -> bool:
    if not _YEAR.fullmatch(digits):
        return False
    unit = _lexicon().unit_pattern.match(text, end)
    return not (unit and _lexicon().units[unit.group(1).lower()] not in ("years",))


# Small patterns used for every number, compiled once (re's own cache costs a look-up).
_YEAR = re.compile(r"(?:1[89]|20)\d{2}")
_SLASHED = re.compile(r"[/:]\d")
_ORDINAL_END = re.compile(r"(?:st|nd|rd|th)\b")
_BETWEEN = re.compile(r"\bbetween\s+$", re.I)
_FROM = re.compile(r"\bfrom\s+(?:\w+\s+)?$", re.I)
_TIMES = re.compile(r"\s+times\b")
_PERCENT = re.compile(r"\s?(%|per ?cent\b|percent\b)", re.I)
_COMPOUND = re.compile(r"\s?[-–]\s?([A-Za-z]+)(?=[-\s,.;:)]|$)")


def _labelled(text: str, start: int, end: int, lex: _Lexicon) -> bool:
    """A number used as a name: after "Ward", "Highway", "No."; or a date like 26/11."""
    if _SLASHED.match(text[end : end + 2]):
        return True
    before = text[max(0, start - 14) : start].split()
    if not before:
        return False
    word = before[-1].lower().rstrip("-–")
    return word in lex.labels_before and not before[-1][:1].isdigit()


def _attached(text: str, start: int) -> bool:
    """A number glued to a word ("COVID-19", "Il-76", "G7") is a name, not a count."""
    if start and (text[start - 1].isalnum() or text[start - 1] in "_/:"):
        return True
    return start > 1 and text[start - 1] in "-–" and text[start - 2].isalpha()


_WORD_SPAN = re.compile(r"\S+")
_TRAILING_ONLY = frozenset(("or so", "or more", "odd", "plus"))
_ANCHOR = re.compile(r"[$€£]|\d+|[A-Za-z]+")
_NUMBERISH = frozenset("$€£0123456789")


def _candidates(text: str, lex: _Lexicon):
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
    lex = _lexicon()
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


def _read_date(text: str, match: re.Match, lex: _Lexicon) -> _Read:
    return _simple(text, match.start(), match.end(), None, 0, 0, "date", "", "date"), match.end()


def _read_twice(text: str, match: re.Match, lex: _Lexicon) -> _Read:
    """'twice the size of Texas', 'half the size of'."""
    value = 2.0 if match.group("comp").lower() == "twice" else 0.5
    quantity = _comparison(text, match.start(), match.end(), value, match.group(0))
    return quantity, quantity.end if quantity else match.end()


def _read_vague(text: str, match: re.Match, lex: _Lexicon) -> _Read:
    """'dozens of police officers', 'a handful of insiders': a range."""
    start, end = match.start(), match.end()
    hedge, span_start = _hedge_before(text, start)
    low, high = lex.vague[match.group("vague").lower()]
    of = re.match(r"\s+of\b", text[end : end + 4])
    unit, noun, noun_end = _noun_after(text, end + of.end() if of else end)
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


def _read_change(text: str, match: re.Match, lex: _Lexicon) -> _Read:
    """'doubled', 'halved', 'tenfold', '3-fold': a factor."""
    start, end = match.start(), match.end()
    word = match.group(0).lower()
    if match.lastgroup == "change":
        value = lex.changes[word]
    else:
        head = re.sub(r"-?fold$", "", word)
        value = float(head) if head.isdigit() else _words_value(head)
        if value is None:
            return None, end
    hedge, span_start = _hedge_before(text, start)
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


def _read_number(text: str, match: re.Match, lex: _Lexicon) -> _Read:
    """Digits or number words, with an optional currency and scale, and what follows."""
    end = match.end()
    digits = match.group("digits")
    start = (
        match.start("cur") if match.group("cur") else match.start("digits" if digits else "words")
    )
    if digits and _attached(text, match.start("digits")):
        return None, end
    if _labelled(text, start, end, lex):  # "Ward 8", "26/11": a name, not a count
        return None, end
    value = _number_value(match)
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
        if not match.group("scale") and not match.group("cur") and _is_year(digits, text, end):
            return _simple(text, start, end, value, value, value, "date", "", "year"), end
    elif match.group("words").lower() in ("one", "a") and (
        lex.not_before.search(text, max(0, start - 12), start) or lex.not_after.match(text, end)
    ):
        return None, end  # "one of them", "one another"
    hedge, span_start = _hedge_before(text, start)
    quantity = _after_number(text, match, span_start, start, end, value, hedge)
    return (None if _pronoun(quantity) else quantity), quantity.end


_READERS = {
    "date": _read_date,
    "comp": _read_twice,
    "vague": _read_vague,
    "change": _read_change,
    "fold": _read_change,
}


def _pronoun(q: Quantity) -> bool:
    """A word number that counts nothing named: "he invented one", "a thing or two", "Two."."""
    return not (q.noun or q.unit or q.hedge or q.number_text[:1].isdigit()) and q.kind == "count"


def vague_ranges() -> dict[str, tuple[float, float]]:
    """The range each vague word stands for, as the lexicon gives it.

    >>> vague_ranges()["dozens"]
    (24.0, 99.0)
    """
    return dict(_lexicon().vague)


def _words_value(words: str) -> float | None:
    try:
        return float(text2num(words.replace("-", " "), "en"))
    except ValueError:
        return None


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
    match = _lexicon().comparison.match(text[end : end + 80])
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
    lex = _lexicon()
    low = high = value
    kind = "count"
    number_text = text[start:end]
    # a range: "2,000-3,000", "4.2 to 4.9", "between 2,000 and 3,000"
    between = _BETWEEN.search(text[max(0, start - 9) : start])
    from_before = _FROM.search(text[max(0, start - 20) : start])
    second = lex.ranges[1 if between else 0].match(text, end, end + 40)
    if second and not from_before:
        other = second.group(1)
        other_value = float(other.replace(",", "")) if other[0].isdigit() else _words_value(other)
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
            unit, noun, stop = _noun_after(text, end)
        if unit in lex.currencies and unit.isalpha():
            currency = unit
        if currency:
            per, per_end = _per_unit(text, stop if noun else end)
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


def annotated_quantities(case) -> Iterator[tuple[object, list[Quantity]]]:
    """Each annotated quantity of a case with the quantities found overlapping its quote.

    >>> from medialit.case.load import load_case
    >>> note, found = next(annotated_quantities(load_case("kazakhstan-2022")))
    >>> any(matches_note(q, note) for q in found)
    True
    """
    for article_id, notes in case.annotations.items():
        article = case.articles[article_id]
        for note in notes.quantities:
            (sentence,) = article.sentences_with(note.quote)
            start = sentence.text.index(note.quote)
            end = start + len(note.quote)
            found = [
                q for q in extract_quantities(sentence.text) if q.start < end and q.end > start
            ]
            yield note, found


def matches_note(quantity: Quantity, note) -> bool:
    """Whether an extracted quantity has an annotation's value (or range) and hedge.

    >>> from types import SimpleNamespace
    >>> (q,) = extract_quantities("about 2,500 troops")
    >>> matches_note(q, SimpleNamespace(low=2500, high=2500, hedge="about"))
    True
    """
    return (quantity.low, quantity.high) == (note.low, note.high) and (
        quantity.hedge or ""
    ).lower() == (note.hedge or "").lower()
