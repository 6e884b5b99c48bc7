"""Building a lesson's exercises from a case's `exercises.yml`.

The answers are not written twice: a label exercise takes its key from the
case's annotations (`key_from: support`, or `key_from: causal` for causal claims and
their support; `key_from: certainty`, how sure a sentence says a link is; `key_from:
hazard-risk`, whether it claims a hazard or a risk) or source cards (`key_from:
outlet-kind`), so the key stays in step
with the data. Only statements that are not in any
text carry their own key (`key_from: given`). An item may widen its key for one
exercise (`also:` labels a careful teacher accepts too, with `also_why:` saying why).

Hints are for the item, not for the label: an item's own `hint:` points at its words,
and an exercise's `hints:` (one per label) are shown to a student who chose that label
wrongly, as the question to ask before choosing it. A hint is never picked by the key,
so it cannot give the answer away.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from medialit.errors import MedialitError, Problem
from medialit.exercises.annotated import annotated_sentence as _annotated_sentence
from medialit.exercises.annotated import need as _need
from medialit.exercises.base import Exercise, Item, label_hints
from medialit.exercises.build_matrix import build_matrix_exercise
from medialit.exercises.build_summative import EARLIER, build_summative_exercise, summative_specs
from medialit.exercises.build_summative import LESSON as SUMMATIVE
from medialit.exercises.build_technique import build_technique_exercise
from medialit.exercises.charts import build_chart_exercise
from medialit.exercises.freetext import FreeTextExercise
from medialit.exercises.generate import SLOTS, generated, lesson_slots
from medialit.exercises.label import ChoiceExercise, LabelExercise
from medialit.exercises.number import NumberExercise
from medialit.exercises.science_items import certainty_item, hazard_risk_item
from medialit.exercises.sealed import build_sealed
from medialit.text import display_path

if TYPE_CHECKING:
    from medialit.case import Case

KINDS = ("label", "choice", "number", "free-text", "matrix", "technique", "chart", "summative")


def _text_keys(choices: dict, name: str) -> dict:
    """The labels or options, checked: YAML reads `yes:`, `no:`, `true:` as True or False."""
    for key in choices:
        if not isinstance(key, str):
            raise MedialitError(
                f"{name} key {key!r} is not text (YAML reads yes, no, true and false as "
                "True or False); put it in quotes or choose another word"
            )
    return choices


def _mapped(labels: tuple[str, ...], mapping: dict, choices: dict) -> tuple[str, ...]:
    out: list[str] = []
    for label in labels:
        target = mapping.get(label, label)
        if target not in choices:
            raise MedialitError(
                f"'{label}' maps to '{target}', which is not one of the labels "
                f"{', '.join(choices)}; add it to 'map:'"
            )
        if target not in out:
            out.append(target)
    return tuple(out)


def _item(
    raw: dict, text: str, accepted: tuple, why: str, hints: dict, source: str, choices: dict
) -> Item:
    """An item from an annotated sentence, card or statement, with its own widening and hint."""
    also = raw.get("also") or []
    if not isinstance(also, list):
        raise MedialitError("'also' must be a list of labels, like [none]")
    for label in also:
        if label not in choices:
            raise MedialitError(f"'also' label '{label}' is not one of {', '.join(choices)}")
    accepted = tuple(dict.fromkeys([*accepted, *also]))
    extra = str(raw.get("also_why") or "").strip()
    why = f"{why} {extra}".strip() if extra else why
    own = str(raw.get("hint") or "")
    wrong = {k: str(v) for k, v in (raw.get("wrong_why") or {}).items()}
    return Item(text, accepted, why, own, source, wrong, label_hints(accepted, hints, own))


def _sentence_item(case: Case, raw: dict, choices: dict, mapping: dict, hints: dict) -> Item:
    sentence, note, where = _annotated_sentence(case, raw)
    if note is None or not note.support:
        raise MedialitError(
            f"the sentence with '{raw['quote']}' has no support label in "
            f"annotations/{raw['article']}.yml; annotate it first"
        )
    accepted = _mapped(note.support, mapping, choices)
    return _item(raw, sentence.text, accepted, note.note, hints, where, choices)


NOT_CAUSAL = "not-causal"  # what `map:` calls a sentence the key marks as no causal claim


def _causal_item(case: Case, raw: dict, choices: dict, mapping: dict, hints: dict) -> Item:
    """A sentence keyed on whether it claims a cause and, if so, its support labels."""
    sentence, note, where = _annotated_sentence(case, raw)
    if note is None:
        raise MedialitError(
            f"the sentence with '{raw['quote']}' has no note in "
            f"annotations/{raw['article']}.yml; add one (causal: false for a look-alike) so "
            "the key can say why"
        )
    labels = note.support if note.causal else (NOT_CAUSAL,)
    accepted = _mapped(labels, mapping, choices)
    return _item(raw, sentence.text, accepted, note.note, hints, where, choices)


def _outlet_item(case: Case, raw: dict, choices: dict, mapping: dict, hints: dict) -> Item:
    outlet_id = _need(raw, "outlet")
    if outlet_id not in case.outlets:
        raise MedialitError(
            f"no source card '{outlet_id}'; the cards are {', '.join(case.outlets)}"
        )
    outlet = case.outlets[outlet_id]
    accepted = _mapped(outlet.kind, mapping, choices)
    titles = [case.articles[t].title for t in outlet.texts if t in case.articles]
    source = f"published “{titles[0]}”" if titles else ""
    return _item(raw, outlet.name, accepted, outlet.why_kind, hints, source, choices)


def _quantity_item(case: Case, raw: dict, choices: dict, mapping: dict, hints: dict) -> Item:
    """A figure keyed on the verdict its annotation gives it against the ledger."""
    sentence, _, where = _annotated_sentence(case, raw)
    notes = case.annotations.get(raw["article"])
    note = next((q for q in notes.quantities if q.quote == raw["quote"]), None) if notes else None
    if note is None or not note.verdict:
        raise MedialitError(
            f"the figure '{raw['quote']}' has no verdict in the quantities of "
            f"annotations/{raw['article']}.yml; give it one first"
        )
    accepted = _mapped(note.verdict, mapping, choices)
    prompt = f"{sentence.text} (the figure: “{note.quote}”)"
    return Item(prompt, accepted, note.note, hints.get(accepted[0], ""), where)


def _text_kind_item(case: Case, raw: dict, choices: dict, mapping: dict, hints: dict) -> Item:
    """A text keyed on the `kind:` in its front matter."""
    article = case.article(_need(raw, "article"))
    kind = str(article.meta.get("kind") or "")
    if not kind:
        raise MedialitError(f"the text '{article.id}' has no kind: in its front matter")
    accepted = _mapped((kind,), mapping, choices)
    prompt = f"{case.outlet_name(article)}: “{article.title}”"
    return Item(prompt, accepted, case.labels.text_kinds.get(kind, ""), hints.get(kind, ""), "")


def _given_item(raw: dict, choices: dict, hints: dict) -> Item:
    accepted = tuple(_need(raw, "accepted", list))
    for label in accepted:
        if label not in choices:
            raise MedialitError(f"accepted label '{label}' is not one of {', '.join(choices)}")
    text, why, source = _need(raw, "text"), _need(raw, "why"), str(raw.get("source") or "")
    return _item(raw, text, accepted, why, hints, source, choices)


def case_sources(case: Case) -> list[str]:
    """Every text a free-text answer may quote: the articles, source cards, dossier, ledger.

    >>> from medialit.case.load import load_case
    >>> any("Who gains from the fire?" in s for s in case_sources(load_case("kazakhstan-2022")))
    True
    """
    texts = [t for a in case.articles.values() for t in (a.title, a.text)]
    for o in case.outlets.values():
        texts += [o.name, o.why_kind, o.runs_it, o.funding, o.record]
    texts += [f.claim for f in case.facts.values()] + [case.dossier, case.summary]
    return [t for t in texts if t]


def build_exercise(
    case: Case, spec: dict, *, number: int = 1, answer_key: bool = False
) -> Exercise:
    """One exercise from its entry in `exercises.yml`; a `MedialitError` says what is wrong.

    >>> from medialit.case.load import load_case
    >>> case = load_case("kazakhstan-2022")
    >>> spec = case.exercises["00-start-here"][0]
    >>> build_exercise(case, spec, number=1).handle
    'q1'
    """
    if not isinstance(spec, dict):
        raise MedialitError("each exercise needs id, kind, title and prompt")
    kind = _need(spec, "kind")
    common = {
        "id": _need(spec, "id"),
        "title": _need(spec, "title"),
        "prompt": _need(spec, "prompt"),
        "handle": f"q{number}",
        "number": number,
        "answer_key": answer_key,
    }
    if kind == "label":
        choices = _text_keys(_need(spec, "labels", dict), "a label")
        mapping = dict(spec.get("map") or {})
        hints = dict(spec.get("hints") or {})
        source = spec.get("key_from", "given")
        raw_items = _need(spec, "items", list)
        if source == "support":
            items = [_sentence_item(case, r, choices, mapping, hints) for r in raw_items]
        elif source == "causal":
            items = [_causal_item(case, r, choices, mapping, hints) for r in raw_items]
        elif source == "outlet-kind":
            items = [_outlet_item(case, r, choices, mapping, hints) for r in raw_items]
        elif source == "quantity":
            items = [_quantity_item(case, r, choices, mapping, hints) for r in raw_items]
        elif source == "text-kind":
            items = [_text_kind_item(case, r, choices, mapping, hints) for r in raw_items]
        elif source == "certainty":
            items = [certainty_item(case, r, choices, hints) for r in raw_items]
        elif source == "hazard-risk":
            items = [hazard_risk_item(case, r, choices, hints) for r in raw_items]
        elif source == "given":
            items = [_given_item(r, choices, hints) for r in raw_items]
        else:
            raise MedialitError(
                f"key_from '{source}' is not one of support, causal, quantity, outlet-kind, "
                "text-kind, certainty, hazard-risk, given"
            )
        flag = spec.get("flag")
        if flag is not None and flag not in choices:
            raise MedialitError(f"flag '{flag}' is not one of the labels {', '.join(choices)}")
        return LabelExercise(labels=choices, items=items, flag=flag, **common)
    if kind == "choice":
        options = _text_keys(_need(spec, "options", dict), "an option")
        accepted = tuple(_need(spec, "accepted", list))
        wrong_why = dict(spec.get("wrong_why") or {})
        for label in (*accepted, *wrong_why):
            if label not in options:
                raise MedialitError(f"'{label}' is not one of the options {', '.join(options)}")
        return ChoiceExercise(
            options=options,
            accepted=accepted,
            why=_need(spec, "why"),
            hint=str(spec.get("hint") or ""),
            wrong_why=wrong_why,
            **common,
        )
    if kind == "number":
        answer = _need(spec, "answer", (int, float))
        tolerance = spec.get("tolerance", 0)
        if not isinstance(tolerance, (int, float)) or tolerance < 0:
            raise MedialitError("'tolerance' must be a number, 0 or more")
        accept = spec.get("accept")
        low = high = None
        if accept is not None:
            if not (
                isinstance(accept, list)
                and len(accept) == 2
                and all(isinstance(v, (int, float)) for v in accept)
                and accept[0] <= answer <= accept[1]
            ):
                raise MedialitError("'accept' must be [low, high] with the answer inside it")
            low, high = accept
        return NumberExercise(
            answer=answer,
            tolerance=tolerance,
            low=low,
            high=high,
            unit=str(spec.get("unit") or ""),
            why=_need(spec, "why"),
            hint=str(spec.get("hint") or ""),
            **common,
        )
    if kind == "free-text":
        look_for = spec.get("look_for") or []
        if not isinstance(look_for, list):
            raise MedialitError("'look_for' must be a list of points")
        return FreeTextExercise(
            model_answer=_need(spec, "model_answer"),
            look_for=look_for,
            sources=case_sources(case),
            **common,
        )
    if kind == "matrix":
        return build_matrix_exercise(case, spec, common)
    if kind == "technique":
        return build_technique_exercise(case, spec, common)
    if kind == "chart":
        return build_chart_exercise(case, spec, common)
    if kind == "summative":
        return build_summative_exercise(case, spec, common)
    if kind == "sealed":  # a student pack's exercise: it checks answers it does not show
        return build_sealed(spec, common, sources=case_sources(case))
    raise MedialitError(f"kind '{kind}' is not one of {', '.join(KINDS)}")


def is_student_pack(case: Case) -> bool:
    """Whether the case is a student pack's: its exercises are sealed, its answers left out.

    >>> from medialit.case.load import load_case
    >>> is_student_pack(load_case("kazakhstan-2022"))
    False
    """
    return any(
        isinstance(spec, dict) and spec.get("kind") == "sealed"
        for specs in case.exercises.values()
        if isinstance(specs, list)
        for spec in specs
    )


def own_specs(case: Case, lesson: str) -> list[dict]:
    """The exercise entries the case's exercises.yml gives for one lesson (empty if none)."""
    specs = case.exercises.get(lesson) or []
    return specs if isinstance(specs, list) else []


def lesson_specs(case: Case, lesson: str) -> list[dict]:
    """A lesson's exercise entries, in the order the notebook opens them: the case's own
    (exercises.yml) and those the kit builds from the case for the lesson's other slots
    (`medialit.exercises.generate`), each with its place.

    >>> from medialit.case.load import load_case
    >>> [s["id"] for s in lesson_specs(load_case("kazakhstan-2022"), "00-start-here")]
    ['backed-or-bare', 'first-question', 'price-ratio', 'first-impressions']
    """
    own = own_specs(case, lesson)
    if any(isinstance(s, dict) and s.get("kind") == "sealed" for s in own):
        return own  # a student pack: its exercises are sealed, nothing is added
    ids = {s.get("id") for s in own if isinstance(s, dict)}
    return _in_order(_numbered(own + _made(case, lesson, ids)[0], lesson_slots(lesson)))


def _in_order(specs: list) -> list:
    """The entries in the order of their numbers (a slot the kit fills, such as one added to
    a lesson after the case's exercises.yml was written, goes to its place among the case's
    own), each keeping the number it had.

    >>> specs = [{"id": "a"}, {"id": "c", "number": 3}, {"id": "b", "number": 2}]
    >>> [s["id"] for s in _in_order(specs)]
    ['a', 'b', 'c']
    """

    def number(pair: tuple[int, object]) -> int:
        position, spec = pair
        return spec.get("number", position) if isinstance(spec, dict) else position

    ordered = sorted(enumerate(specs, start=1), key=number)
    out = []
    for place, (position, spec) in enumerate(ordered, start=1):
        moved = isinstance(spec, dict) and "number" not in spec and place != position
        out.append({**spec, "number": position} if moved else spec)
    return out


def _made(case: Case, lesson: str, skip: set) -> tuple[list[dict], dict[str, str]]:
    """The entries the kit builds for a lesson's slots not in `skip`, and what to add for
    the slots the case cannot fill (lesson 06: `build_summative`, else `generate`)."""
    if lesson != SUMMATIVE:
        return generated(case, lesson, skip)
    specs, thin = summative_specs(case, lambda: earlier_words(case))
    return [s for s in specs if s["id"] not in skip], {
        k: v for k, v in thin.items() if k not in skip
    }


def earlier_words(case: Case) -> list[str]:
    """Everything every exercise of lessons 00-05 holds, its key and reasons included (a
    student reads them as feedback), as plain text, one entry per exercise: lesson 06 must
    ask about none of it.

    >>> from medialit.case.load import load_case
    >>> words = earlier_words(load_case("kazakhstan-2022"))
    >>> any("Such haste is the mark of an uneasy conscience" in w for w in words)
    True
    """
    shown = []
    for lesson in EARLIER:
        for number, spec in enumerate(lesson_specs(case, lesson), start=1):
            try:
                exercise = lesson_exercise(case, lesson, spec, number=number, answer_key=True)
            except MedialitError:  # a broken entry shows nothing
                continue
            shown.append(exercise.show().text)
    return shown


def _numbered(specs: list, slots: list[str]) -> list:
    """Each entry with its number in the lesson: a slot's place in the notebook, and any
    other exercise after the slots. An entry already in its place is left as it is.

    >>> [s.get("number", "in place") for s in _numbered([{"id": "x"}, {"id": "b"}], ["a", "b"])]
    [3, 'in place']
    """
    out, extra = [], len(slots)
    for position, spec in enumerate(specs, start=1):
        if not isinstance(spec, dict) or "number" in spec:
            out.append(spec)
            continue
        if spec.get("id") in slots:
            number = slots.index(spec["id"]) + 1
        else:
            extra += 1
            number = extra
        out.append(spec if number == position else {**spec, "number": number})
    return out


def thin_slots(case: Case, lesson: str) -> dict[str, str]:
    """For each exercise the lesson has a place for but the case cannot fill: what to add.

    >>> from medialit.case.load import load_case
    >>> sorted(thin_slots(load_case("kazakhstan-2022"), "05-check-the-numbers"))
    ['cans-to-limit', 'relative-risk', 'what-a-cohort-shows', 'why-cans-differ']
    """
    own = own_specs(case, lesson)
    if any(isinstance(s, dict) and s.get("kind") == "sealed" for s in own):
        return {}  # a student pack: its exercises are sealed, and it has nothing to build from
    ids = {s.get("id") for s in own if isinstance(s, dict)}
    return _made(case, lesson, ids)[1]


def exercises_shown(case: Case) -> str:
    """The case's exercises file as a problem names it.

    >>> from medialit.case.load import load_case
    >>> exercises_shown(load_case("kazakhstan-2022")).endswith("kazakhstan-2022/exercises.yml")
    True
    """
    return display_path(case.path / case.exercises_file)


def exercise_place(lesson: str, index: int, spec: object) -> str:
    """Where an entry sits in `exercises.yml`: its lesson and id, or its place in the list.

    >>> exercise_place("00-start-here", 0, {"id": "first-question"})
    '00-start-here.first-question'
    >>> exercise_place("00-start-here", 2, "not an entry")
    '00-start-here[2]'
    """
    if isinstance(spec, dict) and spec.get("id"):
        return f"{lesson}.{spec['id']}"
    return f"{lesson}[{index}]"


def lesson_exercise(
    case: Case, lesson: str, spec: dict, *, number: int, answer_key: bool = False
) -> Exercise:
    """Build the `number`th exercise of a lesson; a broken entry is one line naming its place.

    >>> from medialit.case.load import load_case
    >>> case = load_case("kazakhstan-2022")
    >>> try:
    ...     lesson_exercise(case, "00-start-here", {"id": "x", "kind": "label"}, number=3)
    ... except MedialitError as exc:
    ...     print(str(exc).split("exercises.yml: ")[1])
    00-start-here.x: 'title' is missing or empty
    """
    number = spec.get("number", number) if isinstance(spec, dict) else number
    try:
        return build_exercise(case, spec, number=number, answer_key=answer_key)
    except MedialitError as exc:
        where = exercise_place(lesson, number - 1, spec)
        raise MedialitError(str(Problem(exercises_shown(case), where, str(exc)))) from None


def check_exercises(case: Case) -> list[Problem]:
    """Build every exercise of every lesson once and report what fails, one line each: the
    case's own (exercises.yml), then those the kit builds from the case for the other slots.

    >>> from medialit.case.load import load_case
    >>> check_exercises(load_case("kazakhstan-2022"))
    []
    """
    shown = exercises_shown(case)
    problems: list[Problem] = []
    for lesson, specs in (case.exercises or {}).items():
        if not isinstance(specs, list):
            problems.append(Problem(shown, str(lesson), "expected a list of exercises"))
            continue
        seen: set[str] = set()
        for number, spec in enumerate(specs, start=1):
            where = exercise_place(lesson, number - 1, spec)
            if isinstance(spec, dict) and spec.get("id"):
                if spec["id"] in seen:
                    problems.append(Problem(shown, where, "this id is used twice in the lesson"))
                seen.add(spec["id"])
            try:
                build_exercise(case, spec, number=number)
            except MedialitError as exc:
                problems.append(Problem(shown, where, str(exc)))
    for lesson in SLOTS:
        own = {s.get("id") for s in own_specs(case, lesson) if isinstance(s, dict)}
        for spec in lesson_specs(case, lesson):
            if isinstance(spec, dict) and spec.get("id") not in own:
                try:
                    build_exercise(case, spec, number=spec.get("number", 1))
                except MedialitError as exc:
                    where = f"{lesson}.{spec.get('id')} (built from the case's data)"
                    problems.append(Problem(display_path(case.path), where, str(exc)))
    return problems
