"""What every check of a figure against the ledger shares: the verdicts, the `Check` that
carries one with its reasons, the words a sentence and a fact have in common, and the values
a hedged figure allows.

`medialit.detectors.factcheck` links a figure to a fact and judges it;
`medialit.detectors.implied` checks what a figure implies from two rows of the ledger. The
words they use are in `data/lexicons/quantities.yml`.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache

from medialit.case import Fact
from medialit.detectors.quantities import Quantity, json_number
from medialit.shown import format_number
from medialit.text import read_lexicon

VERDICTS = ("consistent", "close", "conflicts", "unverifiable", "attributed")
CLOSE = 0.25  # a gap of up to a quarter of the reference is "close"


@dataclass
class Check:
    """One figure checked against the ledger."""

    quantity: Quantity
    sentence: str
    verdict: str
    reason: str
    fact: Fact | None = None
    reference: float | tuple[float, float] | None = None
    ratio: float | None = None
    related: list[str] = field(default_factory=list)
    attributed_to: str | None = None

    def as_json(self) -> dict:
        """The check as `medialit check --json` gives it (README, "medialit check").

        >>> from medialit.detectors.factcheck import check_quantity, extract_quantities
        >>> s = "Some 40 journalists were held."
        >>> check_quantity(extract_quantities(s)[0], s, {}).as_json()["verdict"]
        'unverifiable'
        """
        q, f = self.quantity, self.fact
        if q.value is not None:
            value = json_number(q.value)
        else:
            value = [json_number(q.low), json_number(q.high)]
        if isinstance(self.reference, tuple):
            reference = [json_number(v) for v in self.reference]
        else:
            reference = None if self.reference is None else json_number(self.reference)
        return {
            "quantity": q.text,
            "value": value,
            "unit": q.unit,
            "hedge": q.hedge,
            "fact": f.id if f else None,
            "reference": reference,
            "reference_unit": f.unit if f else None,
            "source": f.reported_by if f else None,
            "as_of": f.as_of if f else None,
            "status": f.status if f else None,
            "verdict": self.verdict,
            "attributed_to": self.attributed_to,
            "ratio": None if self.ratio is None else round(self.ratio, 3),
            "reason": self.reason,
            "related": self.related,
            "sentence": self.sentence,
        }

    def line(self) -> str:
        """The check in one line of plain text.

        >>> from medialit.detectors.factcheck import check_quantity, extract_quantities
        >>> s = "Some 40 journalists were held."
        >>> check_quantity(extract_quantities(s)[0], s, {}).line()[:41]
        '[unverifiable] "Some 40 journalists": the'
        """
        return f'[{self.verdict}] "{self.quantity.text}": {self.reason}'


@dataclass(frozen=True)
class CheckWords:
    synonyms: dict[str, str]
    generic: frozenset[str]
    families: dict[str, str]
    measures: dict[str, str]
    attribution: re.Pattern
    withdrawal: re.Pattern
    early: re.Pattern
    disputes: re.Pattern
    references: re.Pattern


@lru_cache(maxsize=1)
def check_words() -> CheckWords:
    """The words of `quantities.yml` the check uses: topic synonyms, unit families, cues."""
    raw = read_lexicon("quantities.yml")
    families = {
        str(unit).lower(): str(name)
        for name, units in raw["unit_families"].items()
        for unit in units
    }

    def cues(key: str) -> re.Pattern:
        words = sorted((str(w) for w in raw[key]), key=len, reverse=True)
        return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.I)

    return CheckWords(
        synonyms={str(k).lower(): str(v).lower() for k, v in raw["keywords"].items()},
        generic=frozenset(str(w).lower() for w in raw["generic_words"]),
        families=families,
        measures={str(k).lower(): str(v).lower() for k, v in raw["comparison_measures"].items()},
        attribution=cues("attribution_cues"),
        withdrawal=cues("withdrawal_cues"),
        early=cues("early_cues"),
        disputes=cues("dispute_cues"),
        references=re.compile(
            r"\b(?:that|this|the|a|his|her|their|its|such a|[\w-]+['’]s)\s+(?:[\w-]+\s+)?"
            r"(?:" + "|".join(re.escape(str(w)) for w in raw["figure_references"]) + r")\b",
            re.I,
        ),
    )


def stems(text: str) -> set[str]:
    """The topic words of a text, reduced so that "protests" and "protest" match.

    >>> sorted(stems("Troopers reached Almaty; the protests began."))
    ['almaty', 'begin', 'protes', 'reach', 'troop']
    """
    words = check_words()
    out = set()
    for word in re.findall(r"[a-z][a-z'’]*", text.lower()):
        word = word.strip("'’-").removesuffix("'s").removesuffix("’s")
        if not word or word in words.generic:
            continue
        word = words.synonyms.get(word, word)
        for suffix in ("ing", "ed", "s"):
            if word.endswith(suffix) and len(word) > len(suffix) + 3:
                word = word[: -len(suffix)]
                break
        word = words.synonyms.get(word, word)
        out.add(word[:6])
    return out


def unit_family(unit: str) -> str:
    unit = unit.lower()
    return check_words().families.get(unit, unit)


def family_words(unit: str) -> set[str]:
    """The words that only name a unit's family: they tell which kind of figure, not which
    fact ("states" and "members" are both counts of states).

    >>> sorted(family_words("member states"))
    ['member', 'state']
    """
    family = unit_family(unit)
    names = [u for u, f in check_words().families.items() if f == family] or [unit]
    return stems(" ".join(names))


def fact_words(fact: Fact) -> tuple[set[str], set[str]]:
    source = re.sub(r"\b[a-z0-9]+(?:-[a-z0-9]+)+\b", "", fact.reported_by)  # "derived from <id>"
    return stems(f"{fact.claim} {source} {fact.id}"), stems(fact.note)


def _precision(q: Quantity) -> float:
    """Half a unit of the last digit the text gives: "2,500" is 2,450-2,550. A number in
    words is as precise as its digits: "nineteen million" is 19 million, give or take half
    a million.

    >>> from medialit.detectors.quantities import extract_quantities
    >>> [_precision(q) for q in extract_quantities("19 million and nineteen million people")]
    [500000.0, 500000.0]
    """
    if q.kind in ("vague", "change", "comparison"):
        return 0.0
    text = q.number_text.replace(",", "")
    match = re.search(r"\d+(?:\.(\d+))?", text)
    if not match:
        if q.value is None or not float(q.value).is_integer():
            return 0.0
        digits = str(int(q.value))  # the number in words, written in digits
        zeros = len(digits) - len(digits.rstrip("0"))
        return 0.5 * 10**zeros if zeros else 0.0
    if match.group(1):
        return 0.5 * 10 ** -len(match.group(1))
    digits = match.group(0)
    zeros = len(digits) - len(digits.rstrip("0"))
    scale = q.value / float(digits) if q.value and float(digits) else 1.0
    return 0.5 * 10**zeros * scale if zeros else 0.5 * scale if scale > 1 else 0.0


def claim_interval(q: Quantity) -> tuple[float, float]:
    """The values a figure allows, given its hedge and rounding.

    >>> from medialit.detectors.quantities import extract_quantities
    >>> claim_interval(extract_quantities("more than 100 flights")[0])
    (100.0, inf)
    >>> claim_interval(extract_quantities("about 2,500 troops")[0])
    (2250.0, 2750.0)
    """
    spread = _precision(q)
    low, high = q.low - spread, q.high + spread
    bound = q.bound
    if bound == "approx" and q.kind != "vague":
        low, high = min(low, q.low * 0.9), max(high, q.high * 1.1)
    elif bound == "near-below":
        low, high = q.low * 0.85, q.high
    elif bound == "lower":
        low, high = q.low, math.inf
    elif bound == "upper":
        low = 0.0
    return low, high


def gap(claim: tuple[float, float], low: float, high: float) -> float:
    """How far the claim lies from the reference, as a share of the reference (0 = overlap)."""
    if claim[1] < low:
        return (low - claim[1]) / low if low else math.inf
    if claim[0] > high:
        return (claim[0] - high) / high if high else math.inf
    return 0.0


def reference_text(fact: Fact) -> str:
    low, high = format_number(fact.low), format_number(fact.high)
    value = low if fact.low == fact.high else f"{low}-{high}"
    return f"{value} {fact.unit} ({fact.id}; {fact.reported_by}, {fact.as_of})"


def midpoint(low: float, high: float) -> float:
    return (low + high) / 2 if math.isfinite(high) else low
