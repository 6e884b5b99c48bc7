"""Figures a text implies from two rows of the ledger: a ratio ("four times the size of
France" is one area divided by another) and a span of days ("within two days" is the gap
between two dated events). `medialit.detectors.factcheck` calls these before it looks for a
single fact.
"""

from __future__ import annotations

from datetime import date

from medialit.case import Fact
from medialit.detectors.quantities import Quantity
from medialit.detectors.verdicts import (
    CLOSE,
    Check,
    claim_interval,
    gap,
    midpoint,
    stems,
)
from medialit.shown import format_number


def check_comparison(q: Quantity, sentence: str, facts: dict[str, Fact]) -> Check:
    """'N times the size of X': the ratio of the two areas (or populations) in the ledger."""
    relation = (q.relation or "").lower()
    unit = "people" if "population" in relation else "km²"
    pool = [f for f in facts.values() if f.unit == unit and f.low]
    if unit == "people":
        pool = [f for f in pool if "population" in f.claim.lower()]
    target = stems(q.object or "")
    objects = [f for f in pool if target & stems(f.claim)]
    rest = stems(sentence[: q.start] + " " + sentence[q.end :]) - target
    subjects = [f for f in pool if f not in objects and rest & stems(f.claim)]
    if not objects or not subjects:
        return Check(
            q,
            sentence,
            "unverifiable",
            f"the ledger lacks the {unit} of one side of the comparison ({q.object})",
        )
    subject = subjects[0]
    ratios = [(subject.low / f.low, f) for f in objects]
    claim = claim_interval(q)
    inside = [r for r, _ in ratios if claim[0] <= r <= claim[1]]
    low, high = min(r for r, _ in ratios), max(r for r, _ in ratios)
    shown = ", ".join(f"{r:.2f} using {f.id}" for r, f in ratios)
    verdict = (
        "consistent"
        if len(inside) == len(ratios)
        else "close"
        if inside or gap(claim, low, high) <= CLOSE
        else "conflicts"
    )
    best = min(ratios, key=lambda rf: abs(rf[0] - midpoint(q.low, q.high)))
    reason = (
        f"{subject.id} divided by the area of {q.object} gives {shown}; "
        f"the text says {format_number(q.low) if q.value is not None else f'{q.low}-{q.high}'}"
    )
    return Check(
        q,
        sentence,
        verdict,
        reason,
        best[1],
        (round(low, 3), round(high, 3)) if low != high else round(low, 3),
        midpoint(q.low, q.high) / best[0],
        [subject.id, *(f.id for f in objects)],
    )


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
