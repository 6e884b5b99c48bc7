"""Reading numbers: the quantity words of `data/lexicons/quantities.yml`, and values.

`quantity_words()` compiles the word lists once (hedges and which way they bound a
figure, units and their aliases, vague words as ranges, scale and change words, and
the scanner that finds where a quantity may start); `number_value` and `words_value`
read "2,500", "19 million" or "nineteen thousand" as a number. Finding the quantities
of a sentence with them is `medialit.detectors.quantities`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from text_to_num import text2num

from medialit.text import read_lexicon

_NUMBER_WORDS = tuple(
    re.findall(
        r"\w+",
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
        "eighty ninety hundred thousand million billion",
    )
)
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_WORD = r"(?:" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")"
_WORDNUM = rf"(?:a\s+(?=hundred|thousand|million|billion))?{_WORD}(?:(?:\s+and\s+|\s+|-){_WORD})*"


@dataclass(frozen=True)
class QuantityWords:
    """The words of `quantities.yml` compiled for the finder: hedges, units, vague words,
    scales, change words, and the scanner that finds where a quantity may start."""

    hedge_kinds: dict[str, str]
    hedge_ends: frozenset[str]
    trailing: re.Pattern
    vague: dict[str, tuple[float, float]]
    scales: dict[str, float]
    changes: dict[str, float]
    factors: dict[str, float]
    comparison: re.Pattern
    measure_before: re.Pattern
    measures: dict[str, str]
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
def quantity_words() -> QuantityWords:
    """The quantity words, compiled once.

    >>> quantity_words().hedge_kinds["more than"], quantity_words().units["troopers"]
    ('lower', 'troops')
    """
    raw = read_lexicon("quantities.yml")
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
    factors = {str(k).lower(): float(v) for k, v in raw["comparison_factors"].items()}
    measures = {str(k).lower(): str(v) for k, v in raw["measures"].items()}
    currencies = {str(k).lower(): str(v) for k, v in raw["currencies"].items()}
    prefix = _alternatives([c for c in currencies if not c.isalpha()])
    scale = _alternatives(scales)
    scanner = re.compile(
        rf"(?P<date>{date})"
        rf"|(?P<vague>\b(?:{_alternatives(vague)})\b)"
        rf"|(?P<change>\b(?:{_alternatives(changes)})\b)"
        rf"|(?P<fold>\b(?:\d+|{_WORD})-?fold\b)"
        rf"|(?P<comp>\b(?:{_alternatives(factors)})(?=\s+(?:{_alternatives(raw['comparisons'])})\b))"
        rf"|(?P<num>(?:(?P<cur>{prefix})\s?)?(?:(?P<digits>{_DIGITS})|(?P<words>\b{_WORDNUM}\b))"
        rf"(?:\s?(?P<scale>\b(?:{scale})\b))?)",
        re.I,
    )
    return QuantityWords(
        hedge_kinds={**hedges, **trailing},
        hedge_ends=frozenset(h.split()[-1] for h in hedges),
        trailing=re.compile(rf"(?:\s*[-–]\s*|\s+)({_alternatives(trailing)})\b", re.I),
        vague=vague,
        scales=scales,
        changes=changes,
        factors=factors,
        comparison=re.compile(
            rf"^(\s+times)?\s+({_alternatives(raw['comparisons'])})\s+"
            r"((?:the\s+)?(?:[A-Z][\w'’-]*)(?:\s+(?:of\s+|and\s+)?[A-Z][\w'’-]*)*"
            r"|(?:the|a|an|its|their)\s+\w+(?:\s+\w+)?)"
        ),
        measure_before=re.compile(
            rf"\b({_alternatives(measures)})\s+(?:of|is|was|stood at|stands at|rose to|"
            r"reached|at)\s+$",
            re.I,
        ),
        measures=measures,
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
                [*_NUMBER_WORDS, "a", "us"]
                + [w.split()[0] for w in factors]
                + [m.lower().rstrip(".") for m in months]
                + [w.split()[0] for w in (*vague, *changes)]
            )
            for variant in (word, word.capitalize(), word.upper())
        ),
        prefilter=frozenset(
            variant
            for word in (
                [*_NUMBER_WORDS, *changes]
                + [w.split()[-1] for w in factors]
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


def number_value(match: re.Match) -> float | None:
    """The value of a number the scanner found: digits or words, times its scale word.

    >>> number_value(quantity_words().scanner.match("nineteen thousand"))
    19000.0
    >>> number_value(quantity_words().scanner.match("2.5 million"))
    2500000.0
    """
    lex = quantity_words()
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


def vague_ranges() -> dict[str, tuple[float, float]]:
    """The range each vague word stands for, as the lexicon gives it.

    >>> vague_ranges()["dozens"]
    (24.0, 99.0)
    """
    return dict(quantity_words().vague)


def words_value(words: str) -> float | None:
    """The value of a number written in words, or None if it is not one.

    >>> words_value("twenty-five"), words_value("bandits")
    (25.0, None)
    """
    try:
        return float(text2num(words.replace("-", " "), "en"))
    except ValueError:
        return None
