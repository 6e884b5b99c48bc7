"""Lesson 06's exercises, from any case: the three skills on texts students have not seen.

A case's unseen texts (`unseen:` in case.yml, `Case.unseen`) and their annotations give
three sorting exercises, each with as many fair items as flagged ones and no sentence in
two of them:

- `who-says-so`: claims that are not causal: does the text name who says it (or a
  record), say it is unsure, or just assert it? Flag the bare ones.
- `which-causes-hold`: causal claims: flag those with nothing behind them, leave the
  backed and hedged ones (and look-alikes) alone.
- `which-figures-check-out`: figures against the ledger; flag the wrong ones.

A case without unseen texts gets the same exercises from annotated sentences that no
exercise of lessons 00-05 uses (`earlier` gives the words those exercises show), and says
so in one line; a case with none gets the line saying what to add. Every answer takes a
reason that must quote the words that decided it (`summative.SummativeExercise`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from medialit.errors import MedialitError
from medialit.exercises.annotated import need
from medialit.exercises.balance import balanced
from medialit.exercises.base import Item
from medialit.exercises.evidence import normal
from medialit.exercises.generate import ANNOTATE, SLOTS, SUPPORT
from medialit.exercises.summative import SummativeExercise
from medialit.shown import nice_date

if TYPE_CHECKING:
    from medialit.case import Case

LESSON = "06-put-it-together"
EARLIER = [lesson for lesson in SLOTS if lesson < LESSON]  # 00-05: they must not hold its items
SIZE = 6  # items an exercise: about a minute each, with the reason
FALLBACK = (
    "This case has no unseen texts (`unseen:` in case.yml), so lesson 06 uses annotated "
    "sentences from its texts that no exercise of lessons 00-05 asks about."
)
REASON = (
    " Give a reason for each, quoting in quotation marks the words of the sentence that "
    "decided it: only such reasons count."
)
CAUSE_LABELS = {"bare": "Causal claim with nothing behind it",
                "holds": "Backed or hedged, or claims no cause"}  # fmt: skip
CAUSE_MAP = {"evidenced": "holds", "attributed": "holds", "hedged": "holds",
             "unsupported": "bare", "not-causal": "holds"}  # fmt: skip


def _pool(case: Case, earlier: Callable[[], list[str]]) -> tuple[dict, dict, str]:
    """The texts and annotations lesson 06 draws on, and the line to say about them."""
    if case.unseen:
        return case.unseen, case.unseen_annotations, ""
    shown = f" {' '.join(normal(t) for t in earlier())} "
    kept = {}
    for text_id, notes in case.annotations.items():
        article = case.articles.get(text_id)
        if article is None:
            continue
        sentences = {
            sid: note
            for sid, note in notes.sentences.items()
            if f" {normal(article.sentence_with(note.quote).text)} " not in shown
        }
        quantities = [
            q for q in notes.quantities if f" {normal(_sentence(article, q.quote))} " not in shown
        ]
        kept[text_id] = type(notes)(notes.article, sentences, quantities)
    return case.articles, kept, FALLBACK


def _sentence(article, quote: str) -> str:
    try:
        return article.sentence_with(quote).text
    except MedialitError:
        return quote


def _notes(texts: dict, annotations: dict):
    for text_id in texts:
        notes = annotations.get(text_id)
        yield from ((text_id, n) for n in (notes.sentences.values() if notes else ()))


def summative_specs(case: Case, earlier: Callable[[], list[str]]) -> tuple[list[dict], dict]:
    """Lesson 06's exercise entries, and for each slot it cannot fill, what to add.

    `earlier` gives the words of lessons 00-05's exercises (used only by a case without
    unseen texts).

    >>> from medialit.case import load_case
    >>> specs, thin = summative_specs(load_case("kazakhstan-2022"), list)
    >>> [(s["id"], len(s["items"])) for s in specs], thin
    ([('who-says-so', 6), ('which-causes-hold', 6), ('which-figures-check-out', 6)], {})
    """
    texts, annotations, line = _pool(case, earlier)
    specs, thin = [], {}
    plain = [(t, n) for t, n in _notes(texts, annotations) if not n.causal and n.support]
    flagged = [(t, n.quote) for t, n in plain if n.support[0] == "unsupported"]
    fair = [(t, n.quote) for t, n in plain if "unsupported" not in n.support]
    claims = balanced(texts, flagged, fair, SIZE)
    used = {i["quote"] for i in claims}
    causal = [(t, n) for t, n in _notes(texts, annotations) if n.causal and n.support]
    flagged = [(t, n.quote) for t, n in causal if n.support[0] == "unsupported"]
    fair = [(t, n.quote) for t, n in causal if "unsupported" not in n.support]
    fair += [(t, q) for t, q in [(t, n.quote) for t, n in plain if "unsupported" not in n.support]
             if q not in used][: max(0, len(flagged) - len(fair))]  # fmt: skip
    causes = balanced(texts, flagged, fair, SIZE)
    figures = [(t, q) for t, notes in annotations.items() if t in texts
               for q in notes.quantities if q.verdict]  # fmt: skip
    flagged = [(t, q.quote) for t, q in figures if q.verdict[0] == "conflicts"]
    fair = [(t, q.quote) for t, q in figures if "conflicts" not in q.verdict]
    checks = balanced(texts, flagged, fair, SIZE)
    support = SUPPORT["backed-or-bare"]
    made = {
        "who-says-so": (claims, "support", {
            "title": "Who says so, and on what evidence?",
            "prompt": "Claims from the texts above. Does each name who says it or a record "
            "you could check, say it is unsure, or just assert? Flag the bare ones, and only "
            "those." + REASON,
            "labels": support["labels"], "map": support["map"], "flag": "bare"}),
        "which-causes-hold": (causes, "causal", {
            "title": "Which causal claims hold up?",
            "prompt": "Sentences from the texts above. Flag each causal claim with nothing "
            "behind it; leave alone those with a source, a record or an honest hedge, and "
            "sentences that claim no cause." + REASON,
            "labels": CAUSE_LABELS, "map": CAUSE_MAP, "flag": "bare"}),
        "which-figures-check-out": (checks, "quantity", {
            "title": "Which figures check out?",
            "prompt": "Figures from the texts above. Check each against the ledger and give "
            "your verdict; flag the wrong ones." + REASON,
            "labels": {k: k.capitalize() for k in case.labels.verdicts}, "flag": "conflicts"}),
    }  # fmt: skip
    for number, slot in enumerate(SLOTS[LESSON], start=1):
        items, key_from, fields = made[slot]
        if not items:
            thin[slot] = _what_to_add(key_from)
            continue
        spec = {"id": slot, "kind": "summative", "key_from": key_from, "items": items, **fields}
        specs.append({**spec, "number": number, "note": line})
    return specs, thin


def _what_to_add(key_from: str) -> str:
    wanted = {
        "support": "claims that are not causal, some labelled `unsupported` and some not",
        "causal": "causal claims, some labelled `unsupported` and some backed or hedged",
        "quantity": "figures whose `verdict:` is `conflicts` and figures whose verdict is not",
    }[key_from]
    return (
        f"it needs {wanted}, in texts listed under `unseen:` in case.yml (or in sentences no "
        f"earlier exercise uses); {ANNOTATE}"
    )


def _where(case: Case, article) -> str:
    return f"{case.outlet_name(article)}, {nice_date(article.meta.get('date', ''))}"


def _deciding(note, sentence: str) -> tuple[str, ...]:
    """The words that decide a sentence's labels: `deciding:`, else its signals and the
    source it names (where the sentence has those words)."""
    if note.deciding:
        return tuple(note.deciding)
    found = [w for w in (*note.signals, *note.quoted) if w.lower() in sentence.lower()]
    return tuple(dict.fromkeys(found))


def _figure(quote: str) -> tuple[str, ...]:
    """The words that decide a figure: its numbers, else (a figure in words) all of it.

    >>> _figure("The death toll now stands at 164"), _figure("nearly half")
    (('164',), ('nearly half',))
    """
    return tuple(w for w in quote.split() if any(c.isdigit() for c in w)) or (quote,)


def _mapped(labels: tuple[str, ...], mapping: dict, choices: dict) -> tuple[str, ...]:
    accepted = tuple(dict.fromkeys(mapping.get(label, label) for label in labels))
    if not all(a in choices for a in accepted):
        raise MedialitError(f"the labels {', '.join(labels)} do not fit {', '.join(choices)}")
    return accepted


def build_summative_exercise(case: Case, spec: dict, common: dict) -> SummativeExercise:
    """An exercise of lesson 06 from its entry (see `summative_specs`)."""
    choices, mapping = need(spec, "labels", dict), dict(spec.get("map") or {})
    key_from = need(spec, "key_from")
    items, deciding, models = [], [], []
    for raw in need(spec, "items", list):
        text_id, quote = need(raw, "article"), need(raw, "quote")
        article = case.unseen.get(text_id) or case.article(text_id)
        notes = case.unseen_annotations.get(text_id) or case.annotations.get(text_id)
        if key_from == "quantity":
            note = next((q for q in notes.quantities if q.quote == quote), None) if notes else None
            if note is None or not note.verdict:
                raise MedialitError(f"the figure '{quote}' of '{text_id}' has no verdict")
            sentence = _sentence(article, quote)
            accepted, words = _mapped(note.verdict, mapping, choices), _figure(note.quote)
            prompt = f"{sentence} (the figure: “{note.quote}”)"
        else:
            sentence = article.sentence_with(quote).text
            note = notes.sentences.get(article.sentence_with(quote).id) if notes else None
            if note is None or not note.support:
                raise MedialitError(f"the sentence with '{quote}' of '{text_id}' has no support")
            labels = note.support if note.causal or key_from == "support" else ("not-causal",)
            accepted, words = _mapped(labels, mapping, choices), _deciding(note, sentence)
            prompt = sentence
        items.append(Item(prompt, accepted, note.note, "", _where(case, article)))
        deciding.append(words)
        model = choices[accepted[0]]
        model += f": the words “{words[0]}” decide it. " if words else ". "
        models.append(model + note.note)
    prompt = f"{common.pop('prompt')}"
    if spec.get("note"):
        prompt = f"{spec['note']} {prompt}"
    return SummativeExercise(
        labels=choices, items=items, deciding=deciding, models=models,
        flag=spec.get("flag"), prompt=prompt, **common,
    )  # fmt: skip
