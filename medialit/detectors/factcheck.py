"""Checking a text's figures against the case's ledger (`facts.csv`).

`check_article` finds every quantity in a text (`medialit.detectors.quantities`) and
`check_quantity` links each to the ledger's facts by what is counted and by the words
the sentence shares with each fact, works out what the claim implies ("four times the
size of France" is a ratio of two areas; "within two days" is the gap between two dated
events), and gives a verdict:

- consistent   the figure matches the reference, allowing for its own hedge and rounding;
- close        off by more than rounding but within a quarter, or right for only one of
               several references, or right once but replaced later;
- conflicts    clearly different, or a figure its source withdrew, repeated as if valid;
- unverifiable nothing in the ledger can confirm or refute it, or the only source is one
               side's claim, stated as fact;
- attributed   the text reports the figure as someone else's (who is named) and disputes
               it, so it is not the text's own claim (`medialit.detectors.disputes`); the
               reason still says how it compares with the ledger.

Each verdict comes with the reference, its source and date, the ratio and a one-line
reason, so a student can see why and disagree (`medialit.detectors.verdicts`). Ratios and
spans of days are `medialit.detectors.implied`. The words it uses are in
`data/lexicons/quantities.yml`. Checking files, folders or a whole case, as `medialit
check` does, is `medialit.detectors.checking`.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace

from medialit.case import Fact
from medialit.detectors.disputes import disputed_figure
from medialit.detectors.implied import check_comparison, check_span
from medialit.detectors.quantities import Quantity, extract_quantities
from medialit.detectors.quantity_words import words_value
from medialit.detectors.verdicts import (
    CLOSE,
    Check,
    check_words,
    claim_interval,
    fact_words,
    family_words,
    gap,
    midpoint,
    reference_text,
    stems,
    unit_family,
)
from medialit.shown import format_number
from medialit.text import Article

_MONTHS = (
    *("january", "february", "march", "april", "may", "june", "july", "august"),
    *("september", "october", "november", "december"),
)
_PART_OF = re.compile(
    r"\b(\d[\d,]*|[A-Za-z]+)\s+of\s+(?:the|its|their|these|those)\s+(?:[\w-]+['’]s\s+)?$"
)
_NAMES = r"((?:[A-Z][\w'’-]*\s*)+)"
_ATTACHED_AFTER = (
    re.compile(rf"\s+(?:of|in|from)\s+(?:the\s+)?{_NAMES}"),  # six states of Central Asia
    re.compile(rf",?\s+(?:are|were|is|was)\s+(?:all\s+|both\s+)?(?:in\s+|from\s+)?{_NAMES}"),
    re.compile(rf",\s+(?:all|both|each)\s+(?:in|from|of)\s+{_NAMES}"),  # , all in Central Asia
)
_AFTER_COMPOUND = re.compile(rf"\s+{_NAMES}(?=[a-z])")  # the six-member Central Asian alliance
_CONTAINER_BEFORE = re.compile(r"((?:[A-Z][\w'’-]*\s+)+)[a-z]+\s+of\s+$")
_DAY_MONTH = re.compile(
    r"\b(\d{1,2})(?:\s*(?:and|-|–)\s*(\d{1,2}))?\s+(" + "|".join(_MONTHS) + r")\b", re.I
)


def _dates_named(sentence: str, year: str) -> set[str]:
    """The 'YYYY-MM-DD' dates a sentence names ("on 6 and 7 January")."""
    found = set()
    for match in _DAY_MONTH.finditer(sentence):
        month = _MONTHS.index(match.group(3).lower()) + 1
        for day in (match.group(1), match.group(2)):
            if day:
                found.add(f"{year}-{month:02d}-{int(day):02d}")
    return found


def _score(fact: Fact, words: set[str], named: set[str], noun: set[str] = frozenset()) -> float:
    """How well a fact fits a sentence: shared words (the words the figure itself says it
    counts, less those that only name its unit, count three times; the fact's note counts
    half, and only once its claim fits), plus 2 when the sentence names the date the
    figure was given."""
    main, note = fact_words(fact)
    score = len(words & main) + 2 * len(noun & main)
    if score:
        score += 0.5 * len((words & note) - main)
    return score + (2 if fact.as_of in named else 0)


def _known_by(fact: Fact, when: str | None) -> bool:
    """Could a text written on `when` know this figure? (Full dates only.)"""
    return not when or len(fact.as_of) < 10 or fact.as_of <= when


def _ratio(q: Quantity, fact: Fact) -> float | None:
    ref = midpoint(fact.low, fact.high)
    return midpoint(q.low, q.high) / ref if ref else None


def _compare(q: Quantity, fact: Fact) -> str:
    off = gap(claim_interval(q), fact.low, fact.high)
    return "consistent" if off == 0 else "close" if off <= CLOSE else "conflicts"


def _claim_only(fact: Fact) -> bool:
    """A figure only one side asserts ("according to", "no independent count")."""
    text = f"{fact.claim} {fact.note}".lower()
    return "according to" in text or "no independent" in text


def _replacement(fact: Fact, facts: list[Fact]) -> Fact | None:
    """The later figure that replaced a superseded one, if the ledger has it."""
    later = [
        f
        for f in facts
        if f.status == "current" and f.id != fact.id and f.as_of_end > fact.as_of_end
    ]
    words = set.union(*fact_words(fact))
    scored = [(len(words & fact_words(f)[0]), f) for f in later]
    scored = [(s, f) for s, f in scored if s >= 2]
    return max(scored, key=lambda sf: (sf[0], sf[1].as_of_end))[1] if scored else None


def check_quantity(
    q: Quantity,
    sentence: str,
    facts: dict[str, Fact],
    when: str | None = None,
    context: str = "",
) -> Check:
    """Check one quantity of `sentence` against the ledger `facts`.

    `when` is the text's date (YYYY-MM-DD): a text cannot know a figure given later.
    `context` is the next sentences, where a text may say that a figure was withdrawn.

    >>> from medialit.case import load_case
    >>> facts = load_case("kazakhstan-2022").facts
    >>> s = "The CSTO binds six Central Asian states."
    >>> c = check_quantity(extract_quantities(s)[0], s, facts)
    >>> c.verdict, c.fact.id, c.reference
    ('conflicts', 'csto-members-central-asia', 3.0)
    >>> s = "Tokayev's claim of 20,000 bandits was invented to justify a crackdown."
    >>> c = check_quantity(extract_quantities(s)[0], s, facts)
    >>> c.verdict, c.attributed_to, c.fact.id
    ('attributed', 'Tokayev', 'attackers-tokayev')
    """
    check = _check(q, sentence, facts, when, context)
    return _attributed(check, context) or check


def _attributed(check: Check, context: str) -> Check | None:
    """The check as `attributed` when the text reports the figure as someone else's and
    disputes it (`medialit.detectors.disputes`); None when it does not, or when it is a
    withdrawn figure the text says was withdrawn."""
    q, fact = check.quantity, check.fact
    dispute = disputed_figure(q, check.sentence, context)
    if dispute is None or (fact and fact.status == "withdrawn" and check.verdict == "consistent"):
        return None
    reported = f"the text reports {q.text!r} as {dispute.speaker}'s figure and disputes it"
    reason = f"{reported} ({dispute.words!r}), so it is not the text's own claim"
    if fact is None:
        reason += "; nothing in the ledger can confirm or refute it"
    else:
        how = check.verdict if q.kind == "comparison" else _compare(q, fact)
        agrees = {"consistent": "matches", "close": "is close to"}.get(how, "differs from")
        reason += f"; as reported, it {agrees} the ledger's {reference_text(fact)}"
        if _claim_only(fact):
            reason += ", which the ledger too has only as one side's claim"
    return replace(check, verdict="attributed", reason=reason, attributed_to=dispute.speaker)


def _check(
    q: Quantity, sentence: str, facts: dict[str, Fact], when: str | None, context: str
) -> Check:
    if q.kind == "comparison":
        return check_comparison(q, sentence, facts)
    if not q.unit:
        return Check(
            q,
            sentence,
            "unverifiable",
            "the text does not say what this number counts, so nothing can be checked",
        )
    if q.unit == "days":
        span = check_span(q, sentence, facts)
        if span is not None:
            return span
    year = (when or "2022")[:4]
    scope = _scope(q, sentence)
    words = stems(scope)
    named = _dates_named(sentence, year)
    if re.search(r"\bfrom\s*$", sentence[: q.start], re.I):
        named = set()  # "from about 60 to 120 on 1 January": 60 is the figure before that date
    family = unit_family(q.unit) if q.unit else None
    numeric = [f for f in facts.values() if not f.is_date and f.low is not None]
    same_unit = [f for f in numeric if family is None or unit_family(f.unit) == family]
    if not same_unit:
        return _no_unit(q, sentence, numeric, words)
    known = [f for f in same_unit if _known_by(f, when)] or same_unit
    unit_words = family_words(q.unit)
    noun = stems(_counted_words(q, sentence, whole=scope != sentence)) - unit_words
    scored = sorted(((_score(f, words, named, noun), f) for f in known), key=lambda sf: -sf[0])
    best = scored[0][0]
    how = "linked by the words the sentence shares with the fact"
    by_value = [f for f in known if q.low >= 100 and _compare(q, f) == "consistent"]
    if best < 1 or (best < 2 and len(by_value) == 1 and by_value[0] is not scored[0][1]):
        if len(by_value) != 1:
            return Check(
                q,
                sentence,
                "unverifiable",
                f"no figure in the ledger is about this ({q.noun or q.unit or 'no unit'}); "
                "look for a source that counts it",
            )
        fact = by_value[0]
        how = "linked by its value alone: check that it is the same figure"
    else:
        # Close runners-up are told apart by value, but a vague "dozens" names no figure,
        # and a runner-up that lacks a word tying the best fact to what the figure itself
        # says it counts is about something else ("six states of Central Asia").
        ties = noun & fact_words(scored[0][1])[0]
        near = [
            f
            for s, f in scored
            if s >= (best if q.kind == "vague" else max(1, best - 2))
            and not ties - fact_words(f)[0]
        ]
        fact = min(
            near,
            key=lambda f: (
                _compare(q, f) != "consistent",  # the figure it matches, if any ...
                f.status != "current",  # ... else the current figure
                -_score_of(f, scored),
                abs(math.log(_ratio(q, f) or 1e-9)),  # ... else the nearest in value
            ),
        )
        if _compare(q, fact) == "conflicts" and len(by_value) == 1:
            fact, how = by_value[0], "linked by its value alone: check that it is the same figure"
    related = [f.id for s, f in scored[1:4] if s >= 1 and f.id != fact.id]
    return _judge(q, sentence, fact, same_unit, when, named, context, how, related)


def _scope(q: Quantity, sentence: str) -> str:
    """The words that can say what a figure counts: the sentence, except for the whole in
    "three of the six members are in Central Asia", which ends with its own noun (what
    follows tells about the three).

    >>> s = "Three of the six members are in Central Asia."
    >>> _scope(extract_quantities(s)[1], s)
    'Three of the six members'
    """
    part = _PART_OF.search(sentence, 0, q.start)
    number = part.group(1) if part else ""
    if number and (number[0].isdigit() or words_value(number) is not None):
        return sentence[: q.end]
    return sentence


def _counted_words(q: Quantity, sentence: str, whole: bool = False) -> str:
    """What the figure itself says it counts: its noun, with the names attached to it: after
    it ("six states of Central Asia", "six members, all in Central Asia", "six members are
    all Central Asian states"), before a container ("a Central Asian alliance of six
    states") or after a compound ("the six-member Central Asian alliance"). The whole in
    "three of the six members are in Central Asia" keeps only its noun (`whole`).

    >>> s = "The CSTO unites six states of Central Asia."
    >>> _counted_words(extract_quantities(s)[0], s)
    'states Central Asia'
    >>> s = "Troops came from a Central Asian alliance of six states."
    >>> _counted_words(extract_quantities(s)[0], s)
    'states Central Asian'
    """
    found = [q.noun]
    if whole:
        return q.noun
    end = q.end
    if q.noun and not q.text.endswith(q.noun):  # "Six of the alliance's members": a part
        at = sentence.find(q.noun, q.end)
        end = at + len(q.noun) if at >= 0 else end
    compound = re.search(r"\w-[a-z]+$", q.text)
    for pattern in (*_ATTACHED_AFTER, *((_AFTER_COMPOUND,) if compound else ())):
        match = pattern.match(sentence, end)
        if match:
            found.append(match.group(1))
    before = _CONTAINER_BEFORE.search(sentence, 0, q.start)
    if before:
        found.append(before.group(1))
    return " ".join(w.strip() for w in found if w)


def _score_of(fact: Fact, scored: list[tuple[float, Fact]]) -> float:
    return next(s for s, f in scored if f is fact)


def _judge(q, sentence, fact, same_unit, when, named, context, how, related) -> Check:
    words = check_words()
    ratio = _ratio(q, fact)
    reference = fact.low if fact.low == fact.high else (fact.low, fact.high)
    verdict = _compare(q, fact)
    ref = reference_text(fact)
    said = f"the text says {q.text!r}"
    if q.kind == "vague":
        said += f" (read as {format_number(q.low)} to {format_number(q.high)})"

    def done(verdict: str, reason: str) -> Check:
        return Check(q, sentence, verdict, reason, fact, reference, ratio, related)

    if verdict == "conflicts":
        times = f" ({ratio:.2g} times the reference)" if ratio else ""
        newer = _replacement(fact, same_unit) if fact.status == "superseded" else None
        if newer:
            current = f"{format_number(newer.low)} {newer.unit} ({newer.id})"
            times += f"; the current figure is {current}"
        return done("conflicts", f"{said}, the ledger has {ref}{times}; {how}")
    if fact.status == "withdrawn":
        if words.withdrawal.search(f"{sentence} {context}"):
            return done(
                "consistent",
                f"{said} and that it was taken back, as the ledger records: {ref}, withdrawn",
            )
        return done("conflicts", f"{said} as if it stood, but its source withdrew it: {ref}")
    if _claim_only(fact):
        quoted = q.text.startswith(('"', "“")) or re.search(r"[\"“]\s*$", sentence[: q.start])
        if words.attribution.search(sentence) or quoted:
            return done(
                "consistent",
                f"{said} and names whose claim it is, as the ledger does: {ref}; "
                "no independent count confirms it",
            )
        return done(
            "unverifiable",
            f"{said} in its own voice, but the only source is one side's claim: {ref}",
        )
    later = ""
    if fact.status == "superseded":
        replacement = _replacement(fact, same_unit)
        if replacement:
            later = (
                f"; later replaced by {format_number(replacement.low)} {replacement.unit} "
                f"({replacement.id}, {replacement.as_of})"
            )
            dated = fact.as_of in named or words.early.search(sentence)
            if when and replacement.as_of <= when and not dated and verdict == "consistent":
                return done(
                    "close",
                    f"{said}: right when first given, {ref}, but out of date when the text "
                    f"appeared{later}",
                )
        else:
            later = "; a later figure replaced it"
    if verdict == "consistent":
        return done("consistent", f"{said}, the ledger has {ref}{later}; {how}")
    return done(
        "close",
        f"{said}, the ledger has {ref}: off by more than rounding ({ratio:.2f} times){later}",
    )


def _no_unit(q: Quantity, sentence: str, numeric: list[Fact], words: set[str]) -> Check:
    noun = stems(q.noun) - {q.unit.lower()[:6]}  # "tonnes of equipment" -> equipment
    scored = [(len(noun & fact_words(f)[0]), _score(f, words, set()), f) for f in numeric]
    scored.sort(key=lambda s: (-s[0], -s[1]))
    near = [f for by_noun, _, f in scored if by_noun][:1]
    other = (
        f"; it has {format_number(near[0].low)} {near[0].unit} ({near[0].id}), a different "
        "measure that cannot be compared with it"
        if near
        else ""
    )
    return Check(
        q,
        sentence,
        "unverifiable",
        f"the ledger has no figure in {q.unit or 'this unit'}{other}",
        related=[f.id for f in near],
    )


def check_article(article: Article, facts: dict[str, Fact]) -> list[Check]:
    """Check every quantity in an article, sentence by sentence.

    >>> from medialit.case import load_case
    >>> case = load_case("kazakhstan-2022")
    >>> checks = check_article(case.article("state-editorial"), case.facts)
    >>> checks[0].quantity.text, checks[0].verdict
    ('four times the size of France', 'close')
    """
    when = str(article.meta.get("date") or "") or None
    sentences = article.sentences
    checks = []
    for i, sentence in enumerate(sentences):
        context = " ".join(s.text for s in sentences[i + 1 : i + 3])
        for q in extract_quantities(sentence.text):
            checks.append(check_quantity(q, sentence.text, facts, when, context))
    return checks
