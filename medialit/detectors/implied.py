"""Figures a text implies from two rows of the ledger: a ratio ("four times the size of
France" is one area divided by another) and a span of days ("within two days" is the gap
between two dated events). `medialit.detectors.factcheck` calls these before it looks for a
single fact.
"""

from __future__ import annotations

import re
from datetime import date

from medialit.case import Fact
from medialit.detectors.quantities import Quantity
from medialit.detectors.verdicts import (
    CLOSE,
    Check,
    check_words,
    claim_interval,
    gap,
    midpoint,
    stems,
    unit_family,
)
from medialit.shown import format_number


def check_comparison(q: Quantity, sentence: str, facts: dict[str, Fact]) -> Check:
    """'N times the size of X', 'X is a fifth the size of Y': the ratio of the two ledger
    rows that hold the two sides, in the same unit. The object is the row (or rows) naming X;
    the subject is the row naming the other side, or the only other row of that measure when
    the text does not name it ("the country is four times the size of France").

    >>> from medialit.case import load_case
    >>> from medialit.detectors.quantities import extract_quantities
    >>> facts = load_case("kazakhstan-2022").facts
    >>> s = "France is a fifth the size of Kazakhstan."
    >>> c = check_comparison(extract_quantities(s)[0], s, facts)
    >>> c.verdict, c.fact.id, c.related
    ('close', 'kazakhstan-area', ['france-area-metropolitan', 'france-area-total'])
    """
    target = stems(q.object or "")
    measure = _measure(q, sentence)
    rest = stems(sentence[: q.start] + " " + sentence[q.end :]) - target - _measure_words()
    rows = [
        f
        for f in facts.values()
        if not f.is_date and f.low and (measure is None or measure in f.claim.lower())
    ]
    objects = [f for f in rows if target & stems(f.claim)]
    pairs: list[tuple[Fact, Fact]] = []
    unnamed = False
    for family in dict.fromkeys(unit_family(f.unit) for f in objects):
        sides = [f for f in objects if unit_family(f.unit) == family]
        others = [f for f in rows if unit_family(f.unit) == family and f not in objects]
        subjects = [f for f in others if rest & stems(f.claim)]
        if not subjects and len(others) == 1 and not _names_someone(sentence[: q.start]):
            subjects, unnamed = others, True
        pairs += [(s, o) for s in subjects for o in sides]
    if not pairs:
        what = f"the {measure}" if measure else "a figure"
        side = "the other side" if objects else q.object
        return Check(
            q,
            sentence,
            "unverifiable",
            f"the ledger lacks {what} of {side}, so the comparison cannot be worked out",
        )
    ratios = [(s.low / o.low, s, o) for s, o in pairs]
    claim = claim_interval(q)
    inside = [r for r, _, _ in ratios if claim[0] <= r <= claim[1]]
    low, high = min(r for r, _, _ in ratios), max(r for r, _, _ in ratios)
    shown = ", ".join(f"{s.id} / {o.id} = {r:.2f}" for r, s, o in ratios)
    verdict = (
        "consistent"
        if len(inside) == len(ratios)
        else "close"
        if inside or gap(claim, low, high) <= CLOSE
        else "conflicts"
    )
    best = min(ratios, key=lambda rso: abs(rso[0] - midpoint(q.low, q.high)))
    said = format_number(q.low) if q.value is not None else f"{q.low}-{q.high}"
    reason = f"the ledger's rows for the two sides give {shown}; the text says {said}"
    if unnamed:
        reason += f" (it does not name the other side: {pairs[0][0].id} is the only other row)"
    subjects = list(dict.fromkeys(s.id for s, _ in pairs))
    return Check(
        q,
        sentence,
        verdict,
        reason,
        best[2],
        (round(low, 3), round(high, 3)) if low != high else round(low, 3),
        midpoint(q.low, q.high) / best[0],
        [*subjects, *(o.id for o in dict.fromkeys(o for _, o in pairs) if o is not best[2])],
    )


def _measure(q: Quantity, sentence: str) -> str | None:
    """What a comparison measures: from its relation ("the size of"), else its sentence
    ("Kazakhstan's area is four times that of France"); None if neither says."""
    measures = check_words().measures
    for text in (q.relation or "", sentence):
        for word in re.findall(r"[a-z]+", text.lower()):
            if word in measures:
                return measures[word]
    return None


def _names_someone(text: str) -> bool:
    """Whether the words before a comparison name its subject ("Texas is ...", not "The
    country is ..." or "It is ...")."""
    generic = check_words().generic
    return any(
        w[0].isupper() and w.lower() not in generic for w in re.findall(r"[A-Za-z][\w'’-]*", text)
    )


def _measure_words() -> set[str]:
    measures = check_words().measures
    return stems(" ".join([*measures, *measures.values()]))


def check_span(q: Quantity, sentence: str, facts: dict[str, Fact]) -> Check | None:
    """'Within two days': the days between the two dated events the sentence names."""
    words = stems(sentence)
    events = sorted(
        ((len(words & stems(f.claim)), f) for f in facts.values() if f.unit == "date"),
        key=lambda sf: -sf[0],
    )
    events = [f for s, f in events if s >= 2][:2]
    if len(events) < 2 or events[0].value == events[1].value:
        return None
    first, last = sorted(events, key=lambda f: f.value)
    days = (date.fromisoformat(last.value) - date.fromisoformat(first.value)).days
    claim = claim_interval(q)
    verdict = "consistent" if claim[0] <= days <= claim[1] else "conflicts"
    if verdict == "conflicts" and gap(claim, days, days) <= CLOSE:
        verdict = "close"
    return Check(
        q,
        sentence,
        verdict,
        f"from {first.id} ({first.value}) to {last.id} ({last.value}) is {days} days; "
        f"the text says {q.text!r}",
        last,
        float(days),
        midpoint(q.low, q.high) / days if days else None,
        [first.id, last.id],
    )
