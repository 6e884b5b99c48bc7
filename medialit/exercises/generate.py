"""A lesson's exercises from any case: built from what the case has, with no exercises.yml.

Each lesson has its exercise slots (the ids its notebook opens, in order). A slot the
case's `exercises.yml` fills is the teacher's; any other slot is filled here, from the
case's own data, as an entry in the same form as `exercises.yml`, so one builder
(`medialit.exercises.build`) builds both:

- sorting sentences (`support`, `causal`) and figures (`quantity`) from the annotations,
  with as many fair items as flagged ones, spread over the texts and their framings,
  and at most half the texts giving one of each (`balance.balanced`);
- the claim matrix from `claims.yml`; which texts copy which from `copy_of`;
- number exercises from the ledger (`facts.csv`) and from the texts' front matter;
- what a health-science case teaches (how sure a claim is, hazard or risk, relative and
  absolute risk, intake arithmetic) from the annotations and the ledger's units
  (`generate_science`);
- exercises true for any case from `data/lessons/exercises-any-case.yml`.

A slot the case is too thin for gets one line saying what to add (`thin_slots`).
"""

from __future__ import annotations

from functools import lru_cache
from itertools import combinations
from typing import TYPE_CHECKING

import yaml

from medialit.case import case_charts, figures_of_one_thing, one_thing
from medialit.compare import similarity
from medialit.exercises.balance import balanced
from medialit.exercises.generate_science import (
    LABEL_SPECS,
    NUMBER_SPECS,
    science_label_spec,
    science_pools,
)
from medialit.exercises.generate_science import (
    SIZE as SCIENCE_SIZE,
)
from medialit.paths import data_dir
from medialit.shown import nice_date

if TYPE_CHECKING:
    from medialit.case import Case

# The exercise slots of each lesson, in the order its notebook opens them (q1, q2, ...).
SLOTS = {
    "00-start-here": ["backed-or-bare", "first-question", "price-ratio", "first-impressions"],
    "01-meet-the-sources": [
        "what-is-it", "dossier-says", "weigh-the-assessor", "count-copies", "before-you-quote"],
    "02-same-event-different-stories": [
        "claim-matrix", "whose-words", "loaded-or-plain", "what-a-tone-score-says",
        "what-changed", "check-a-disagreement", "name-the-technique"],
    "03-copies-rewrites-content-farms": [
        "what-kind-of-copy", "which-swaps-matter", "mangled-name", "what-the-farm-adds",
        "find-the-original", "tell-a-friend", "name-the-technique"],
    "04-because-i-said-so": [
        "cause-or-order", "claim-sorter", "who-gains", "make-it-supported", "how-sure",
        "hazard-or-risk", "name-the-technique"],
    "05-check-the-numbers": [
        "judge-the-figure", "france-ratio", "deaths-per-100k", "injured-share", "relative-risk",
        "what-a-cohort-shows", "cans-to-limit", "why-cans-differ", "withdrawn-164",
        "fermi-flights", "precision-theatre", "judge-the-chart", "name-the-technique"],
    # lesson 06 draws on texts no earlier lesson shows: `build_summative` fills its slots
    "06-put-it-together": ["who-says-so", "which-causes-hold", "which-figures-check-out"],
}  # fmt: skip
# Items in a sorting exercise, sized for the lesson's time (about a minute an item).
SIZE = {"00-start-here": 8, "02-same-event-different-stories": 8, "04-because-i-said-so": 10,
        "05-check-the-numbers": 8}  # fmt: skip
COPY_KINDS = ("republication", "content-farm-copy")
ANNOTATE = "annotate more sentences in annotations/ (or let `medialit draft` propose them)"
WRITE_IT = "write it in the case's exercises.yml (the kit's own case has one with this id)"
# What a slot no case data can fill asks of the teacher, in one line each.
ASKS = {
    "dossier-says": "it needs a dossier (dossier.md) and statements about it, each keyed, in "
    "exercises.yml",
    "weigh-the-assessor": "it needs a published assessment of an outlet in the dossier and a "
    "question about who made it, in exercises.yml",
    "loaded-or-plain": "it needs loaded and plain words from the texts, each with its key, in "
    "exercises.yml",
    "what-changed": "it needs a sentence retold with a hedge lost (drift: in claims.yml) and a "
    "question about it in exercises.yml",
    "which-swaps-matter": "it needs a spun copy (copy_of) and its swaps, each keyed, in "
    "exercises.yml",
    "mangled-name": "it needs names.yml and a copy that mangles one of them; write the "
    "question in exercises.yml",
    "what-the-farm-adds": "it needs a content-farm copy (copy_of) and a count of what it adds, "
    "in exercises.yml",
    "name-the-technique": "it needs passages whose annotations record techniques, listed in "
    "technique-exercises.yml",
}


def lesson_names() -> list[str]:
    """Every lesson the kit builds exercises for, in order.

    >>> lesson_names()[0], lesson_names()[-1]
    ('00-start-here', '06-put-it-together')
    """
    return list(SLOTS)


def lesson_slots(lesson: str) -> list[str]:
    """The ids of the exercises a lesson's notebook opens, in order.

    >>> lesson_slots("04-because-i-said-so")[:2]
    ['cause-or-order', 'claim-sorter']
    """
    return list(SLOTS.get(lesson, []))


@lru_cache(maxsize=1)
def _any_case_file() -> dict:
    path = data_dir() / "lessons" / "exercises-any-case.yml"
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}


def _any_case(lesson: str) -> dict[str, dict]:
    return {spec["id"]: spec for spec in _any_case_file().get(lesson) or []}


def _sentence_notes(case: Case, used: set[str]):
    for text_id in case.articles:
        notes = case.annotations.get(text_id)
        for note in notes.sentences.values() if notes else ():
            if note.quote not in used:
                yield text_id, note


def _support_items(case: Case, lesson: str, used: set[str]) -> list[dict]:
    flagged, fair = [], []
    for text_id, note in _sentence_notes(case, used):
        if note.support and note.support[0] == "unsupported":
            flagged.append((text_id, note.quote))
        elif note.support and "unsupported" not in note.support:
            fair.append((text_id, note.quote))
    return balanced(case.articles, flagged, fair, SIZE[lesson])


SUPPORT = {
    "backed-or-bare": {
        "title": "Backed or bare?",
        "prompt": "Sentences from every kind of voice in this case. For each one: does it tell "
        "you where the claim comes from (a named source or a record you could check), does it "
        "say it is unsure, or does it just assert? The key accepts more than one answer where "
        "experts would.",
        "labels": {"source": "Names a source or record", "hedged": "Says it is unsure",
                   "bare": "Bare assertion"},
        "map": {"evidenced": "source", "attributed": "source", "hedged": "hedged",
                "unsupported": "bare"},
        "hints": {"source": "Look again for a name or a record. Who said it, or where could "
                  "you check it?",
                  "hedged": 'Look for words like "may", "appears", "probably" or "most likely".',
                  "bare": "Ask who says so and how they know. If the sentence does not tell you, "
                  "it is bare."},
    },
    "whose-words": {
        "title": "Whose words are these?",
        "prompt": "Sentences from the texts of this case. Is the claim someone else's, reported "
        "by the text? Or is it the text's own, and if so, can you check it or does it say it is "
        "unsure? Flag the text's own bare claims, and only those.",
        "labels": {"quoted": "Someone the text names says it",
                   "checkable": "The text's own claim, with a record or a hedge",
                   "bare": "The text's own claim, bare"},
        "map": {"attributed": "quoted", "evidenced": "checkable", "hedged": "checkable",
                "unsupported": "bare"},
        "hints": {"quoted": 'Look for a speaker and a verb like "said", "told" or "denied".',
                  "checkable": "Could you look it up, or does the text say it is unsure?",
                  "bare": "Who says so, and how do they know?"},
    },
}  # fmt: skip


def _support_spec(case: Case, lesson: str, slot: str, used: set[str]) -> dict | str:
    items = _support_items(case, lesson, used)
    if not items:
        return (
            "it needs sentences the key labels `unsupported` and sentences it labels otherwise; "
            + ANNOTATE
        )
    used |= {i["quote"] for i in items}
    return {"id": slot, "kind": "label", "flag": "bare", "key_from": "support", "items": items,
            **SUPPORT[slot]}  # fmt: skip


CAUSE_LABELS = {"cause": "Claims a cause", "order": "Only gives the order of events"}
SORTER_LABELS = {
    "backed": "Causal claim with a source or record",
    "hedged": "Causal claim that says it is unsure",
    "bare": "Causal claim with nothing behind it",
    "none": "No causal claim",
}


def _causal_spec(case: Case, lesson: str, slot: str, used: set[str]) -> dict | str:
    flagged, fair = [], []
    for text_id, note in _sentence_notes(case, used):
        if slot == "cause-or-order":
            (flagged if note.causal else fair).append((text_id, note.quote))
        elif note.causal and note.support and note.support[0] == "unsupported":
            flagged.append((text_id, note.quote))
        elif not note.causal or "unsupported" not in note.support:
            fair.append((text_id, note.quote))
    items = balanced(case.articles, flagged, fair, SIZE[lesson])
    if not items:
        wanted = "causal claims" if slot == "cause-or-order" else "bare causal claims"
        return f"it needs {wanted} and sentences that are not, in the key; " + ANNOTATE
    used |= {i["quote"] for i in items}
    if slot == "cause-or-order":
        return {
            "id": slot, "kind": "label", "title": "Cause, or just the order of events?",
            "prompt": "Sentences from the texts of this case. Does each one say that something "
            "caused, explained or was meant to bring about something else? Or does it only say "
            "what happened when?",
            "labels": CAUSE_LABELS, "flag": "cause", "key_from": "causal", "items": items,
            "map": {"evidenced": "cause", "attributed": "cause", "hedged": "cause",
                    "unsupported": "cause", "not-causal": "order"},
            "hints": {"cause": "Look past the time words. Does it say one thing made the other "
                      "happen?", "order": "Would it still be true if the two events were only "
                      "a coincidence?"},
        }  # fmt: skip
    return {
        "id": slot, "kind": "label", "title": "What holds the claim up?",
        "prompt": "Sort each sentence. If it claims a cause, what holds the claim up: a source or "
        "a record you could check, an honest \"maybe\", or nothing at all? Flag the bare ones, "
        "and only those.",
        "labels": SORTER_LABELS, "flag": "bare", "key_from": "causal", "items": items,
        "map": {"evidenced": "backed", "attributed": "backed", "hedged": "hedged",
                "unsupported": "bare", "not-causal": "none"},
        "hints": {"backed": 'Look for a name ("said") or a record ("according to").',
                  "hedged": 'Look for "may", "appears", "seems", "most likely".',
                  "bare": "Ask who says so and how they know.",
                  "none": "Does the sentence say why anything happened?"},
    }  # fmt: skip


def _figure_spec(case: Case, lesson: str, slot: str) -> dict | str:
    flagged, fair = [], []
    for text_id in case.articles:
        notes = case.annotations.get(text_id)
        for note in notes.quantities if notes else ():
            if not note.verdict:
                continue
            side = flagged if note.verdict[0] == "conflicts" else fair
            if side is flagged or "conflicts" not in note.verdict:
                side.append((text_id, note.quote))
    items = balanced(case.articles, flagged, fair, SIZE[lesson])
    if not items:
        return (
            "it needs figures whose `verdict:` is `conflicts` and figures whose verdict is not, "
            "in the annotations' quantities; " + ANNOTATE
        )
    labels = {k: k.capitalize() for k in case.labels.verdicts}
    return {
        "id": slot, "kind": "label", "title": "Right, roughly right, wrong, or unverifiable?",
        "prompt": "Figures from the texts of this case. Check each against the ledger "
        "(facts.csv) and give your verdict. Some are sound and some are not.",
        "labels": labels, "flag": "conflicts", "key_from": "quantity", "items": items,
    }  # fmt: skip


def _ledger_pairs(case: Case) -> list[tuple[float, str, str]]:
    """Pairs of current counts in one unit, the larger first: figures of one thing (their
    claims share words) first, then by how near a whole number their ratio is."""
    counts = [
        f for f in case.facts.values()
        if not f.is_date and f.low and f.low == f.high and f.status == "current" and f.unit
    ]  # fmt: skip
    pairs = []
    for a, b in combinations(counts, 2):
        big, small = (a, b) if a.low >= b.low else (b, a)
        ratio = big.low / small.low
        if big.unit == small.unit and 1.5 <= ratio <= 50:
            shared = len(_words(big.claim) & _words(small.claim))  # two figures of one thing
            pairs.append((-shared, abs(ratio - round(ratio)), big.id, small.id))
    return [(p[1], p[2], p[3]) for p in sorted(pairs)]


def _words(text: str) -> set[str]:
    return {w for w in text.lower().split() if len(w) > 3}


def _ratio_spec(case: Case, slot: str, which: int) -> dict | str:
    pairs = _ledger_pairs(case)
    if len(pairs) <= which:
        return (
            "it needs two current figures in the same unit in facts.csv (for example two "
            "counts of people), one larger than the other"
        )
    _, big_id, small_id = pairs[which]
    big, small = case.facts[big_id], case.facts[small_id]
    answer = round(big.low / small.low, 1)
    shown = {f.id: f"{f.low:,.0f}" if f.low == int(f.low) else f.value for f in (big, small)}
    return {
        "id": slot, "kind": "number", "title": "How many times as many?",
        "prompt": f"The ledger (facts.csv) gives two figures in {big.unit}: {big.claim}: "
        f"{shown[big_id]} ({big.reported_by}), and {small.claim}: {shown[small_id]} "
        f"({small.reported_by}). How many times as large as the second is the first? Give "
        "one decimal.",
        "answer": answer, "tolerance": 0.1, "unit": "times",
        "why": f"{shown[big_id]} ÷ {shown[small_id]} = {answer} (facts.csv: {big_id}, "
        f"{small_id}).",
        "hint": "Divide the larger figure by the smaller one.",
    }  # fmt: skip


CHANGED_OPTIONS = {
    "newest": "Give only the newest figure, as if it were the only one there is",
    "source": "Give each figure with who gave it and when",
    "average": "Average them into one exact number",
    "smaller": "Say that the smaller figure is false, since the sources disagree",
}


def _changed_spec(case: Case, slot: str) -> dict | str:
    """What a careful text does with figures of one thing that differ between sources or
    dates (`figures_of_one_thing`), or with a figure that was withdrawn."""
    groups = figures_of_one_thing(case.facts)
    if not groups:
        return (
            "it needs two figures of one thing in facts.csv (rows with the same claim and unit, "
            "from different sources or dates; a note in brackets may tell them apart)"
        )
    group = max(groups, key=lambda g: (len({f.reported_by for f in g}), len(g)))
    figures = "; ".join(
        f"{f.value} {f.unit} ({f.reported_by}, {nice_date(f.as_of)}"
        f"{'' if f.status == 'current' else ', ' + f.status})"
        for f in group
    )
    changed = [f for f in group if f.status != "current"]
    updated = (
        f" {changed[0].value} was {changed[0].status}: a text that repeats it should say so."
        if changed else ""
    )  # fmt: skip
    return {
        "id": slot, "kind": "choice", "title": "One thing, different figures",
        "prompt": f"The ledger (facts.csv) gives {len(group)} figures for "
        f"{one_thing(group[0].claim)}: {figures}. What should a careful text do with them? (If "
        "one replaced another, a careful text says so too.)",
        "options": CHANGED_OPTIONS, "accepted": ["source"],
        "why": "Each figure is its source's own count or estimate, made at its own date; giving "
        f"it with who gave it and when lets a reader weigh it.{updated} (facts.csv: "
        f"{', '.join(f.id for f in group)}.)",
        "hint": "Who gave each figure, and when? Could both be honest?",
        "wrong_why": {
            "newest": "Newer is not always better counted, and a reader cannot tell a drift "
            "from a correction.",
            "average": "An average of two estimates is nobody's count, and its exactness is "
            "made up.",
            "smaller": "Two sources can count differently (what they include, when) without "
            "either being false.",
        },
    }  # fmt: skip


def _is_copy(case: Case, text_id: str) -> bool:
    meta = case.articles[text_id].meta
    return bool(meta.get("copy_of")) or meta.get("kind") in COPY_KINDS


def _count_copies_spec(case: Case, slot: str) -> dict | str:
    if not any(a.meta.get("kind") or a.meta.get("copy_of") for a in case.articles.values()):
        return "it needs each text's `kind:` (and `copy_of:` for a copy) in its front matter"
    copies = [t for t in case.articles if _is_copy(case, t)]
    return {
        "id": slot, "kind": "number", "title": "How many copies?",
        "prompt": f"Look at the table of texts. How many of the {len(case.articles)} texts "
        "first appeared somewhere else, or copy another text?",
        "answer": len(copies), "unit": "texts",
        "why": f"{len(copies)}: " + (", ".join(copies) or "none of them") + ".",
        "hint": "Look at the Kind column of the table of texts.",
    }  # fmt: skip


def _kind_spec(case: Case, slot: str) -> dict | str:
    if case.outlets:
        kinds = sorted({k for o in case.outlets.values() for k in o.kind})
        items, key_from = [{"outlet": o} for o in case.outlets], "outlet-kind"
    else:
        kinds = sorted({str(a.meta.get("kind")) for a in case.articles.values()
                        if a.meta.get("kind")})  # fmt: skip
        items, key_from = [{"article": t} for t in case.articles], "text-kind"
    if len(kinds) < 2:
        return "it needs texts of at least two kinds: fill in `kind:` in each text's front matter"
    return {
        "id": slot, "kind": "label", "title": "What kind of text is it?",
        "prompt": "For each one, choose what it mainly is. Use the list of texts and what you "
        "know about each outlet.",
        "labels": {k: k.replace("-", " ").capitalize() for k in kinds}, "key_from": key_from,
        "items": items,
    }  # fmt: skip


def _copy_pairs_spec(case: Case, slot: str) -> dict | str:
    copies = [(a.meta["copy_of"], t) for t, a in case.articles.items()
              if a.meta.get("copy_of") in case.articles]  # fmt: skip
    if not copies:
        return "it needs a text that copies another: write `copy_of:` in the copy's front matter"
    linked = {frozenset(p) for p in copies}
    others = sorted(
        ((similarity(case.articles[a], case.articles[b]), a, b)
         for a, b in combinations(case.articles, 2) if frozenset((a, b)) not in linked),
        reverse=True,
    )[: len(copies)]  # fmt: skip
    if not others:
        return "it needs at least three texts, so that two of them are not copies"

    def item(a: str, b: str, copied: bool, share: float) -> dict:
        pair = f"“{case.articles[a].title}” and “{case.articles[b].title}”"
        why = (f"The second copies the first (copy_of); they share {share:.0%} of their words "
               "in the same order." if copied else f"They share only {share:.0%} of their words "
               "in the same order: two accounts of one event, not a copy.")  # fmt: skip
        return {"text": pair, "accepted": ["copy" if copied else "independent"], "why": why}

    items = [item(a, b, True, similarity(case.articles[a], case.articles[b])) for a, b in copies]
    items += [item(a, b, False, share) for share, a, b in others]
    return {
        "id": slot, "kind": "label", "title": "A copy, or two accounts?",
        "prompt": "Pairs of texts from this case. Does one copy the other, or are they two "
        "accounts of the same event? Use the comparisons above. Flag the copies, and only those.",
        "labels": {"copy": "One copies the other", "independent": "Two accounts"},
        "flag": "copy", "key_from": "given", "items": sorted(items, key=lambda i: i["text"]),
    }  # fmt: skip


def _matrix_spec(case: Case, slot: str) -> dict | str:
    matrix = case.claims
    if matrix is None or not matrix.claims or len(matrix.texts) < 2:
        return "it needs a claim matrix: claims.yml with claims and each text's stance"
    texts = matrix.texts[:5]
    if case.baseline in matrix.texts and case.baseline not in texts:
        texts = [case.baseline, *texts[:4]]
    claims = list(matrix.claims)[:6]
    usable = [c for c in claims if all(t in matrix.claims[c].cells for t in texts)]
    if len(usable) < 2:
        return "it needs claims.yml to give each text's stance on at least two claims"
    given = [usable[0]] + ([case.baseline] if case.baseline in texts else [])
    return {
        "id": slot, "kind": "matrix", "title": "Who claims what?", "key_from": "claims",
        "prompt": "Claims about the event against the texts. For each empty cell, where does the "
        "text stand on the claim? The first row is filled in as an example"
        + (", and so is the baseline's column." if case.baseline in texts else "."),
        "claims": usable, "texts": texts, "given": given,
    }  # fmt: skip


def _chart_spec(case: Case, slot: str) -> dict | str:
    if not case_charts(case):
        return (
            "it needs charts that ran with the texts (charts.yml, named in case.yml as "
            "`charts: charts.yml`), or a series in facts.csv: 3 or more figures of one thing "
            "in one unit, with ids that differ only in their last part"
        )
    return {
        "id": slot, "kind": "chart", "title": "Judge the chart",
        "prompt": "Charts as they were published. For each one: which flaws, if any, make it "
        "mislead? A chart can have more than one, and some charts are fair: flag only the "
        "flaws you can point to on the chart.",
    }  # fmt: skip
def _science_sorting(case: Case, slot: str, used: set[str]) -> dict | str:
    """A sorting slot of `generate_science`, from sentences no earlier exercise of the lesson
    used (for how-sure, also those the key gives a certainty), or, when those are too few,
    from all the case's annotated sentences."""
    items: list[dict] = []
    keyed = {n.quote for _, n in _sentence_notes(case, set()) if n.certainty or n.source_certainty}
    fresh = used - keyed if slot == "how-sure" else used  # the key's own certainty comes first
    for notes in (_sentence_notes(case, fresh), _sentence_notes(case, set())):
        items = balanced(case.articles, *science_pools(case, slot, notes), SCIENCE_SIZE)
        if len(items) >= SCIENCE_SIZE // 2 + 1:
            break
    used |= {i["quote"] for i in items}
    return science_label_spec(slot, items)


def _one_slot(case: Case, lesson: str, slot: str, used: set[str]) -> dict | str | None:
    if slot in LABEL_SPECS:
        return _science_sorting(case, slot, used)
    if slot in NUMBER_SPECS:
        return NUMBER_SPECS[slot](case, slot)
    if slot in SUPPORT:
        return _support_spec(case, lesson, slot, used)
    if slot in ("cause-or-order", "claim-sorter"):
        return _causal_spec(case, lesson, slot, used)
    makers = {
        "judge-the-figure": lambda: _figure_spec(case, lesson, slot),
        "price-ratio": lambda: _ratio_spec(case, slot, 0),
        "france-ratio": lambda: _ratio_spec(case, slot, 1),
        "count-copies": lambda: _count_copies_spec(case, slot),
        "what-is-it": lambda: _kind_spec(case, slot),
        "what-kind-of-copy": lambda: _copy_pairs_spec(case, slot),
        "claim-matrix": lambda: _matrix_spec(case, slot),
        "judge-the-chart": lambda: _chart_spec(case, slot),
        "withdrawn-164": lambda: _changed_spec(case, slot),
    }
    return makers[slot]() if slot in makers else None


def generated(case: Case, lesson: str, skip: set[str]) -> tuple[list[dict], dict[str, str]]:
    """The lesson's exercises built from the case, and a line for each slot it cannot fill.

    Slots in `skip` (those the case's exercises.yml fills) are left alone. Each entry
    carries `number`, its place in the lesson, so `q3` is the notebook's third exercise.

    >>> from medialit.case.load import load_case
    >>> specs, thin = generated(load_case("kazakhstan-2022"), "00-start-here", set())
    >>> [s["id"] for s in specs], len(specs[0]["items"]) // 2
    (['backed-or-bare', 'first-question', 'price-ratio', 'first-impressions'], 4)
    """
    specs, thin, used = [], {}, set()
    any_case = _any_case(lesson)
    for number, slot in enumerate(SLOTS.get(lesson, []), start=1):
        if slot in skip:
            continue
        made = _one_slot(case, lesson, slot, used)
        if made is None and slot in any_case:
            made = dict(any_case[slot])
        if isinstance(made, dict):
            specs.append({**made, "number": number})
        else:
            thin[slot] = made or ASKS.get(slot, WRITE_IT)
    return specs, thin
