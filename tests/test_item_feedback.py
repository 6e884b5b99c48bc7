"""Hints for the item, not the label, and feedback that never contradicts itself (issue 15).

Every exercise of every lesson in the shipped case is built, and every line a student can
read after an answer is scanned: the hint after a wrong answer must not name the answer,
and the "Right: <label>." line must not deny the label it confirms.
"""

from __future__ import annotations

import re

import pytest

from medialit.exercises import (
    ChoiceExercise,
    LabelExercise,
    MatrixExercise,
    build_exercise,
    lesson_specs,
)
from medialit.shown import plain

# (words in a label's title, words in its reason that would deny that title)
CONTRADICTS = [
    (r"\bsource\b", r"\bno source\b|\bnames no source|\bwithout (a|any) source\b"),
    (r"\bnames\b", r"\bnever named\b|\bnames nobody\b|\bnames no one\b"),
    (r"\bunsure\b|\bhedge", r"\bno hedge\b|\bnot hedged\b|\bwithout a hedge\b"),
    (r"^no causal claim|only gives the order", r"^a (\w+ )?causal claim\b|\bclaims a cause\b"),
    (r"^claims a cause|^causal claim", r"\bno cause is claimed\b|\bnot a causal claim\b"),
    (r"^matches the ledger", r"\bconflicts with\b|\bdoes not match\b"),
    (r"ledger says otherwise", r"\bmatches the (ledger|figure)\b"),
    (r"^loaded$", r"\bdescribes rather than judges\b"),
]


def _exercises(case):
    for lesson in case.exercises:
        for number, spec in enumerate(lesson_specs(case, lesson), 1):
            if spec.get("kind") in ("label", "choice", "matrix"):
                yield f"{lesson}.{spec['id']}", spec, build_exercise(case, spec, number=number)


def _items(exercise):
    """(name, item) for every item or open cell a student answers."""
    if isinstance(exercise, MatrixExercise):
        return [
            (exercise.cell_name(row, col), cell.item)
            for (row, col), cell in exercise.cells.items()
            if not cell.given
        ]
    return [(f"item {i}", item) for i, item in enumerate(exercise.items, 1)]


def _names_an_answer(text: str, accepted: tuple[str, ...], labels: dict[str, str]) -> str:
    """The accepted label a hint gives away, or ""."""
    low = text.casefold()
    for key in accepted:
        title = labels[key].casefold()
        said = rf"\b(it|this|that) is (an? )?({re.escape(key)}|{re.escape(title)})\b"
        if title in low or f'"{key}"' in low or re.search(said, low):
            return key
    return ""


def test_every_hint_points_at_the_words_not_at_the_answer(case):
    leaks = []
    for where, _, exercise in _exercises(case):
        for name, item in _items(exercise):
            hints = [item.hint, *item.label_hints.values()]
            for hint in filter(None, hints):
                leaked = _names_an_answer(hint, item.accepted, exercise.labels)
                if leaked:
                    leaks.append(f"{where} {name}: {hint!r} gives away {leaked!r}")
    assert leaks == []


def test_a_label_hint_is_never_chosen_by_the_key(case):
    """A label's hint is shown after that label was chosen wrongly, never for the right one."""
    for where, spec, exercise in _exercises(case):
        hints = spec.get("hints") or {}
        if not hints or isinstance(exercise, ChoiceExercise):
            continue
        for name, item in _items(exercise):
            assert not set(item.label_hints) & set(item.accepted), (where, name)
            if not item.hint:
                wanted = {k: str(v) for k, v in hints.items() if k not in item.accepted}
                assert item.label_hints == wanted, (where, name)


def test_a_first_wrong_answer_gets_the_chosen_labels_question(case):
    spec = next(s for s in lesson_specs(case, "00-start-here") if s["id"] == "backed-or-bare")
    exercise = build_exercise(case, spec)
    number = next(i for i, it in enumerate(exercise.items, 1) if it.accepted == ("bare",))
    feedback = exercise.answer(number, "source")
    assert feedback.correct is False
    assert spec["hints"]["source"].split("?")[0] in plain(feedback.markdown)
    assert "Bare assertion" not in feedback.markdown


def _contradictions(title: str, why: str) -> list[str]:
    found = []
    for in_title, in_why in CONTRADICTS:
        if re.search(in_title, title.casefold()):
            for sentence in re.split(r"(?<=[.!?])\s+", why):
                if re.search(in_why, sentence.casefold()):
                    found.append(sentence)
    return found


def test_feedback_never_contradicts_the_label_it_confirms(case):
    bad = []
    for where, _, exercise in _exercises(case):
        for name, item in _items(exercise):
            for key in item.accepted:
                for sentence in _contradictions(exercise.labels[key], item.why):
                    bad.append(f"{where} {name}: Right: {exercise.labels[key]}. ... {sentence}")
    assert bad == []


@pytest.mark.parametrize(
    ("title", "why"),
    [
        ("Names a source or record", "A weak spot: it states it with no source in the sentence."),
        ("Someone the text names says it", "The analysts are never named."),
        ("No causal claim", "A causal claim, stated flatly."),
    ],
)
def test_the_contradiction_scan_catches_the_cases_the_issue_found(title, why):
    assert _contradictions(title, why)


def test_the_scan_covers_every_kind_that_shows_right_lines(case):
    kinds = {type(ex) for _, _, ex in _exercises(case)}
    assert {LabelExercise, ChoiceExercise, MatrixExercise} <= kinds


def test_the_hint_scan_catches_a_hint_that_ends_in_the_label():
    labels = {"source": "Names a source or record", "bare": "Bare assertion"}
    old = "Ask who says so and how they know. If the sentence does not tell you, it is bare."
    assert _names_an_answer(old, ("bare",), labels) == "bare"
    assert _names_an_answer("Who says so, and how do they know?", ("bare",), labels) == ""


def _choice_lengths(case) -> list[tuple[str, bool, bool]]:
    """(exercise, right option is the longest, right option is the shortest) per choice item."""
    rows = []
    for where, _, exercise in _exercises(case):
        if isinstance(exercise, ChoiceExercise):
            size = {key: len(title) for key, title in exercise.labels.items()}
            longest, shortest = max(size.values()), min(size.values())
            right = exercise.items[0].accepted
            rows.append(
                (
                    where,
                    any(size[k] == longest for k in right),
                    any(size[k] == shortest for k in right),
                )
            )
    return rows


def test_the_right_option_is_the_longest_in_at_most_40_percent_of_choice_items(case):
    rows = _choice_lengths(case)
    assert len(rows) >= 5
    longest = [where for where, is_longest, _ in rows if is_longest]
    shortest = [where for where, _, is_shortest in rows if is_shortest]
    assert len(longest) <= 0.4 * len(rows), longest
    assert len(shortest) <= 0.4 * len(rows), shortest  # nor a cue the other way
