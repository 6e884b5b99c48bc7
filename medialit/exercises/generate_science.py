"""Exercises for what a health-science case teaches, built from any case that has the material.

Lesson 04 sorts sentences by how sure they say a link is (the certainty ladder: causes,
probably, possibly, no link) and by hazard or risk; `generate` balances them like every
other sorting exercise, from the pools given here. Lesson 05 works with ledger rows
(`facts.csv`), found by their units:

- a relative measure (unit `hazard ratio`, `relative risk`, `risk ratio`, `rate ratio` or
  `odds ratio`) and the comparison group's rate (a unit like `cases per 100,000
  person-years`), named in the relative row's optional `compared_with` column (else the rate
  row whose claim shares the most words with it): how many more per 100,000?
- an observational study's size (a row whose claim says `cohort` or `observational`):
  what can it show?
- a daily limit (unit `mg/kg bw/day`), a body weight (unit `kg`) and an amount per
  container (unit `mg per can`; any container word): how many cans reach the limit, and,
  with two body weights or two amounts per can, why outlets gave different numbers of cans
  (rows in `cans per day` are listed as the outlets' figures).

A case without the rows gets one line saying what to add.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from typing import TYPE_CHECKING

import yaml

from medialit.detectors import LADDER
from medialit.exercises.science_items import (
    HAZARD_LABELS,
    LADDER_LABELS,
    certainty_reading,
)
from medialit.paths import data_dir
from medialit.shown import format_number

if TYPE_CHECKING:
    from medialit.case import Case, Fact

SIZE = 6  # items in each sorting exercise here: a short section
LIMIT = re.compile(r"^mg ?(?:/|per) ?kg\b", re.I)
LIMIT_CLAIM = re.compile(r"\b(?:intake|limit|ADI)\b", re.I)  # not a no-effect dose
PER_CONTAINER = re.compile(r"^mg (?:per|/) ?(\w+)$", re.I)
PER_DAY = re.compile(r"^(\w+) (?:per|a) day$", re.I)
# words that mark the comparison group's rate ("among non-consumers"), preferred in a tie
COMPARISON = re.compile(r"\b(?:non-|never|without|unexposed|comparison|reference)", re.I)
STUDY = re.compile(r"\b(?:cohort|observational)\b", re.I)

CERTAINTY = {
    "id": "how-sure", "kind": "label", "title": "How sure is it?",
    "prompt": "Sentences from the texts of this case. How sure does each one say the link is: "
    "it causes, it probably does, it possibly does, or no link at all? Read the words, not the "
    "headline you expect. Where a sentence retells another source, the key also says whether "
    "it raised the certainty. Flag the sentences that say \"causes\", and only those.",
    "labels": LADDER_LABELS, "flag": "causes", "key_from": "certainty",
    "hints": {"causes": "Is there a hedge (may, possibly, probably)? If there is, it does not "
              "say \"causes\".",
              "probably": 'Look for "probably", "likely", "probable".',
              "possibly": 'Look for "possibly", "may", "could", "limited evidence".',
              "none": "Does the sentence link the two things at all?"},
}  # fmt: skip
HAZARD = {
    "id": "hazard-or-risk", "kind": "label", "title": "Hazard or risk?",
    "prompt": "A hazard claim asks whether something can cause harm at all; a risk claim asks "
    "how likely harm is at the doses people really meet. For each sentence: hazard, risk, a "
    "hazard finding told as a risk to you, or neither? Flag the hazards told as risks, and "
    "only those.",
    "labels": HAZARD_LABELS, "flag": "hazard-as-risk", "key_from": "hazard-risk",
    "hints": {"hazard": "Does it say how much, how often or how likely? Then it is about risk.",
              "risk": "Does it give a dose, a limit or a chance? If not, it may be a hazard.",
              "hazard-as-risk": "Does it turn \"can cause\" into \"will harm you\" at everyday "
              "doses?",
              "neither": "Does it say anything about harm at all?"},
}  # fmt: skip
LABEL_SPECS = {"how-sure": CERTAINTY, "hazard-or-risk": HAZARD}
THIN = {
    "how-sure": "it needs sentences the key marks as causal claims (or gives a `certainty:`), "
    'some saying "causes" and some hedged or claiming no link',
    "hazard-or-risk": "it needs sentences whose annotation gives `hazard_risk:` (hazard, risk, "
    "hazard-as-risk or neither), some of them `hazard-as-risk` and some not",
    "relative-risk": "it needs a relative measure in facts.csv (unit `hazard ratio` or "
    "`relative risk`) and the comparison group's rate (unit like `cases per 100,000 "
    "person-years`), named in the relative row's `compared_with` column",
    "what-a-cohort-shows": "it needs a row in facts.csv whose claim names an observational "
    "study (`cohort` or `observational`) and gives its size in people",
    "cans-to-limit": "it needs a daily limit (unit `mg/kg bw/day`), a body weight (unit `kg`) "
    "and an amount per container (unit `mg per can`) in facts.csv",
    "why-cans-differ": "it needs a daily limit (unit `mg/kg bw/day`) and two body weights "
    "(unit `kg`) or two amounts per container (unit `mg per can`) in facts.csv",
}


def science_pools(case: Case, slot: str, notes) -> tuple[list, list]:
    """The flagged and the fair sentences for a sorting slot, as (text id, quote) pairs, from
    `notes` ((text id, SentenceNote) pairs): "causes" against the other rungs of the ladder,
    or hazards told as risks against the other hazard and risk claims."""
    flagged, fair, rung = [], [], {}
    for text_id, note in notes:
        if slot == "how-sure":
            if not (note.certainty or note.causal or note.support):
                continue
            sentence = case.articles[text_id].sentence_with(note.quote).text
            level = certainty_reading(note, sentence).level
            (flagged if level == "causes" else fair).append((text_id, note.quote))
            explicit = bool(note.certainty or note.source_certainty)  # the teacher's own key
            rung[note.quote] = (not explicit, LADDER.index(level))
        elif note.hazard_risk:
            side = flagged if note.hazard_risk[0] == "hazard-as-risk" else fair
            if side is flagged or "hazard-as-risk" not in note.hazard_risk:
                side.append((text_id, note.quote))
    # sentences the key gives a certainty first, then hedged ones before "no link"
    flagged.sort(key=lambda pair: rung.get(pair[1], (False, 0)))
    fair.sort(key=lambda pair: rung.get(pair[1], (False, 0)))
    hedged = [p for p in fair if rung[p[1]][1] < LADDER.index("none")] if rung else fair
    if len(hedged) >= SIZE // 2:  # the ladder's middle rungs, and one "no link" beside them
        fair = hedged + [p for p in fair if p not in hedged][:1]
    return flagged, fair


def science_label_spec(slot: str, items: list[dict]) -> dict | str:
    """A sorting slot's entry with its items, or the line saying what to add."""
    return {**LABEL_SPECS[slot], "items": items} if items else THIN[slot]


def _current(case: Case, test) -> list[Fact]:
    facts = case.facts.values()
    return [f for f in facts if f.status == "current" and f.low is not None and not f.is_date
            and test(f)]  # fmt: skip


def _n(number: float) -> str:
    return format_number(number, digits=3)


def _shown(fact: Fact) -> str:
    return fact.value if fact.low != fact.high else _n(fact.low)


def _lower(claim: str) -> str:
    """A claim as it reads inside a sentence: "Adults in ..." becomes "adults in ..."."""
    first = claim.split(" ", 1)[0]
    return claim[:1].lower() + claim[1:] if first[1:] == first[1:].lower() else claim


def _claim_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", text.lower()) if len(w) > 3}


def _shared(a: Fact, b: Fact) -> int:
    return len(_claim_words(a.claim) & _claim_words(b.claim))


def _relatives(case: Case) -> list[Fact]:
    """The ledger's relative measures, each one figure (a range is a confidence interval)."""
    return _current(case, lambda f: f.is_relative and f.low == f.high)


def _pair(case: Case) -> tuple[Fact, Fact] | None:
    """A relative measure and the comparison group's rate: the first relative row whose
    `compared_with` names a rate, else the relative row and rate whose claims share the most
    words (at least one)."""
    relatives, rates = _relatives(case), _current(case, lambda f: f.rate_per is not None)
    for relative in relatives:
        named = case.facts.get(relative.compared_with)
        if named is not None and named.rate_per and named.low is not None:
            return relative, named
    scored = [((_shared(r, rate) > 0, bool(COMPARISON.search(rate.claim)), _shared(r, rate)),
               r, rate) for r in relatives for rate in rates]  # fmt: skip
    best = max(scored, key=lambda t: t[0], default=((False, False, 0), None, None))
    return (best[1], best[2]) if best[0][0] else None


def _exposed_rate(case: Case, rate: Fact) -> Fact | None:
    """The other group's rate, when the ledger gives it: a rate in the same unit whose claim
    shares at least half its words with the comparison group's."""
    others = _current(case, lambda f: f.unit == rate.unit and f.id != rate.id)
    best = max(others, key=lambda f: _shared(f, rate), default=None)  # the rows' order breaks ties
    enough = best is not None and 2 * _shared(best, rate) >= len(_claim_words(rate.claim))
    return best if enough else None


def relative_risk_spec(case: Case, slot: str) -> dict | str:
    """How many more cases per 100,000 a relative measure means at the comparison group's rate.

    >>> from medialit.case.load import load_case
    >>> relative_risk_spec(load_case("kazakhstan-2022"), "relative-risk")[:34]
    'it needs a relative measure in fac'
    """
    pair = _pair(case)
    if pair is None:
        return THIN[slot]
    ratio, rate = pair
    per, what = rate.rate_per
    counted = rate.unit.split(" per ")[0] if " per " in rate.unit else "cases"
    change = round(rate.low * (ratio.low - 1), 6)  # 400 × 0.15 is 60, not 59.99999
    more = "more" if change >= 0 else "fewer"
    percent = _n(abs(ratio.low - 1) * 100)
    higher = "higher" if ratio.low >= 1 else "lower"
    exposed = _exposed_rate(case, rate)
    ends = [abs(change)] + ([abs(exposed.low - rate.low)] if exposed else [])
    also = (
        f" The ledger also gives the other group's rate, {_shown(exposed)} ({exposed.id}): "
        f"{_shown(exposed)} − {_shown(rate)} = {_n(exposed.low - rate.low)}, so that counts too. "
        f"The two differ a little because a {ratio.unit} is adjusted for other differences "
        "between the groups."
        if exposed
        else ""
    )
    return {
        "id": slot, "kind": "number", "title": "Relative or absolute?",
        "prompt": f"The ledger (facts.csv) gives a {ratio.unit} of {_shown(ratio)} for "
        f"{_lower(ratio.claim)} ({ratio.reported_by}): that is a {percent}% {higher} rate. In "
        f"the group it is compared with, the rate is {_shown(rate)} {rate.unit} "
        f"({_lower(rate.claim)}; {rate.reported_by}). How many {more} {counted} per {per:,} "
        f"{what} is that? Give a whole number.",
        "answer": round(abs(change)), "accept": [math.floor(min(ends)), math.ceil(max(ends))],
        "unit": f"{counted} per {per:,} {what}",
        "why": f"{_shown(rate)} × ({_shown(ratio)} − 1) = {_n(change)}: about "
        f"{round(abs(change))} {more} per {per:,} {what}.{also} \"{percent}% {higher}\" "
        f"sounds large; as an absolute difference it is about {round(abs(change))} in {per:,}, "
        f"and a {ratio.unit} from one study does not say the difference is caused (facts.csv: "
        f"{ratio.id}, {rate.id}).",
        "hint": f"Take {percent}% of the comparison group's rate: multiply the rate by "
        f"({_shown(ratio)} − 1).",
    }  # fmt: skip




@lru_cache(maxsize=1)
def _fixed_file() -> dict:
    path = data_dir() / "lessons" / "science-any-case.yml"
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}


def fixed_words(slot: str) -> dict:
    """The words of a slot that are the same for every case (its options, answers and
    reasons), from `data/lessons/science-any-case.yml`, which the student pack leaves out.

    >>> fixed_words("what-a-cohort-shows")["accepted"]
    ['link', 'lead']
    """
    return _fixed_file()[slot]


def cohort_spec(case: Case, slot: str) -> dict | str:
    """What an observational study of this size can show (a choice, two answers accepted)."""
    studies = _current(case, lambda f: bool(STUDY.search(f.claim)) and f.rate_per is None
                       and not f.is_relative)  # fmt: skip
    if not studies:
        return THIN[slot]
    study = studies[0]
    relative = max(_relatives(case), key=lambda f: (f.as_of == study.as_of, _shared(f, study)),
                   default=None)  # fmt: skip
    found = (f" It reported a {relative.unit} of {_shown(relative)} ({_lower(relative.claim)})."
             if relative else "")  # fmt: skip
    words = fixed_words("what-a-cohort-shows")
    return {
        "id": slot, "kind": "choice", "title": "What can a study like this show?",
        "prompt": f"The ledger (facts.csv) lists {_lower(study.claim)}: {_shown(study)} "
        f"{study.unit} ({study.reported_by}). The people chose what to eat and drink; nobody "
        f"assigned it to them.{found} What can a study like this show?",
        **{k: words[k] for k in ("options", "accepted", "why", "hint", "wrong_why")},
    }  # fmt: skip


def _intake_rows(case: Case) -> tuple[list[Fact], list[Fact], list[Fact], list[Fact]]:
    """The ledger's daily limits, body weights, amounts per container and outlets' counts."""
    return (
        _current(case, lambda f: bool(LIMIT.match(f.unit) and LIMIT_CLAIM.search(f.claim))),
        _current(case, lambda f: f.unit.strip().lower() == "kg"),
        _current(case, lambda f: bool(PER_CONTAINER.match(f.unit))),
        [f for f in case.facts.values() if PER_DAY.match(f.unit) and f.low is not None],
    )


def _container(fact: Fact) -> str:
    match = PER_CONTAINER.match(fact.unit)
    return match.group(1).lower() if match else "can"


def cans_spec(case: Case, slot: str) -> dict | str:
    """How many containers a day take a person of the ledger's weight to the daily limit."""
    limits, weights, amounts, _ = _intake_rows(case)
    if not (limits and weights and amounts):
        return THIN[slot]
    limit, weight, amount = limits[0], weights[0], amounts[0]
    thing = _container(amount)
    daily = limit.high * weight.low
    most, fewest = daily / amount.low, daily / amount.high
    ids = f"facts.csv: {limit.id}, {weight.id}, {amount.id}"
    spread = f"{_n(fewest)} to {_n(most)}" if most != fewest else _n(most)
    return {
        "id": slot, "kind": "number", "title": f"How many {thing}s to reach the limit?",
        "prompt": f"The ledger (facts.csv) gives a daily limit of {_n(limit.high)} {limit.unit} "
        f"({limit.reported_by}), a body weight of {_shown(weight)} kg ({_lower(weight.claim)}) and "
        f"{_shown(amount)} {amount.unit} ({amount.reported_by}). If nothing else in the day "
        f"had any, how many {thing}s a day would take this person to the limit?",
        "answer": round(fewest, 1), "accept": [math.floor(fewest), math.ceil(most)],
        "unit": f"{thing}s a day",
        "why": f"{_n(limit.high)} × {_shown(weight)} = {_n(daily)} mg a day; {_n(daily)} ÷ "
        f"{_shown(amount)} mg = {spread} {thing}s. Texts round this to whole {thing}s, so "
        f"anything from {math.floor(fewest)} to {math.ceil(most)} counts ({ids}).",
        "hint": f"Limit × body weight gives mg a day; divide by the mg in one {thing}.",
    }  # fmt: skip


def why_cans_spec(case: Case, slot: str) -> dict | str:
    """Why outlets gave different numbers of containers: which assumption differs."""
    limits, weights, amounts, counts = _intake_rows(case)
    thing = _container(amounts[0]) if amounts else "can"
    counts = [c for c in counts if c.unit.lower().startswith(thing)]  # cans, not packets
    kgs = sorted({w.low for w in weights})
    mgs = sorted({a.low for a in amounts} | {a.high for a in amounts})
    if not limits or (len(kgs) < 2 and len(mgs) < 2):
        return THIN[slot]
    said = "; ".join(f"{c.value} ({c.reported_by})" for c in counts)
    said = f" Outlets gave: {said}." if said else ""
    accepted = ["both"] if len(kgs) > 1 and len(mgs) > 1 else ["weight" if len(kgs) > 1 else "can"]
    limit = limits[0].high
    words = fixed_words("why-cans-differ")
    combos = [(limit * k / m, k, m) for k in kgs for m in mgs]
    nearest = [min(combos, key=lambda c, low=c_row.low: abs(c[0] - low)) for c_row in counts]
    sums = [f"{limit:g} × {_n(k)} ÷ {_n(m)} = {_n(v)}" for v, k, m in
            dict.fromkeys(nearest or combos[:4])]  # fmt: skip
    return {
        "id": slot, "kind": "choice", "title": f"Why do the {thing}s differ?",
        "prompt": f"The same daily limit gives different numbers of {thing}s.{said} The ledger "
        f"gives body weights of {', '.join(_n(k) for k in kgs)} kg and "
        f"{', '.join(_n(m) for m in mgs)} mg per {thing}. What differs between the outlets' "
        "sums?",
        "options": {"weight": "The body weight they assumed",
                    "can": f"How much sweetener they assumed in one {thing}",
                    "both": f"Both the body weight and the amount per {thing}",
                    "limit": "The daily limit they used",
                    "wrong": "Some of them made a mistake in the arithmetic of the sum"},
        "accepted": accepted,
        "why": words["why"].format(sums="; ".join(sums)),
        "hint": "Work out two of the outlets' sums. Which figures did you have to change?",
        "wrong_why": {key: text.format(limit=_n(limit), thing=thing)
                      for key, text in words["wrong_why"].items()},
    }  # fmt: skip


NUMBER_SPECS = {
    "relative-risk": relative_risk_spec,
    "what-a-cohort-shows": cohort_spec,
    "cans-to-limit": cans_spec,
    "why-cans-differ": why_cans_spec,
}
