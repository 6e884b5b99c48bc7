"""One way to read a typed label, for every kind of exercise that takes one.

Label, choice and claim-matrix exercises, real and sealed, all go through
`resolve_label`: an exact key first (any case), then an exact title, then the start
of a key or title that fits one label only. A start that fits two labels is never
taken as the first of them: the student is asked for more letters. Neither kind of
typing mistake is scored.
"""

from __future__ import annotations

import pytest

from medialit.errors import MedialitError
from medialit.exercises import (
    ChoiceExercise,
    Item,
    LabelExercise,
    MatrixCell,
    MatrixExercise,
    build_sealed,
    resolve_label,
    seal,
)

LABELS = {"sound": "Sound reasoning", "soundbite": "Soundbite only", "single-cause": "Single cause"}


def _label():
    item = Item("It rose because of the tax.", ("sound",), "A reason is given.")
    return LabelExercise("lab", "L", "Sort it.", LABELS, [item], handle="q1")


def _choice():
    return ChoiceExercise("cho", "C", "Which?", LABELS, ("sound",), why="A reason is given.")


def _matrix():
    cells = [
        MatrixCell(0, 0, Item("Claim", ("sound",), "Given."), given=True),
        MatrixCell(0, 1, Item("Claim", ("soundbite",), "Only a line.")),
    ]
    return MatrixExercise("mat", "M", "Fill it.", LABELS, ["Claim"], ["Wire", "Paper"], cells)


def _sealed(make):
    real = make()
    return build_sealed(seal(real, "salt"), {"id": real.id, "title": "T", "prompt": "P"})


# each kind: how to build it, how to answer with a label, and where the answer is recorded
KINDS = {
    "label": (_label, lambda ex, typed: ex.answer(1, typed), lambda ex: ex.latest.get(0)),
    "choice": (_choice, lambda ex, typed: ex.answer(typed), lambda ex: ex.latest.get(0)),
    "matrix": (_matrix, lambda ex, typed: ex.answer("B1", typed), lambda ex: ex.latest.get("B1")),
}
KINDS |= {
    f"sealed {name}": (lambda make=make: _sealed(make), answer, recorded)
    for name, (make, answer, recorded) in list(KINDS.items())
}
NOT_ONE = {"label": "one of the answers here", "choice": "one of the options", "matrix": "a stance"}


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    "typed, key",
    [
        ("sound", "sound"),
        ("SOUND", "sound"),  # an exact key wins over the longer keys it starts
        ("  Sound ", "sound"),
        ("Sound reasoning", "sound"),  # an exact title
        ("soundb", "soundbite"),  # the start of one key
        ("soundbite o", "soundbite"),  # the start of one title
        ("single c", "single-cause"),  # the start of a title, with its space
        ("single-", "single-cause"),
        ("si", "single-cause"),
    ],
)
def test_a_label_is_read_the_same_way_by_every_kind(kind, typed, key):
    make, answer, recorded = KINDS[kind]
    ex = make()
    feedback = answer(ex, typed)
    assert feedback.correct is not None, feedback.markdown
    assert recorded(ex) == key
    assert ex.score().answered == 1


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    "typed, candidates",
    [("s", '"sound", "soundbite" or "single-cause"'), ("SO", '"sound" or "soundbite"')],
)
def test_a_start_that_fits_two_labels_asks_for_more_letters_and_is_not_scored(
    kind, typed, candidates
):
    make, answer, recorded = KINDS[kind]
    ex = make()
    feedback = answer(ex, typed)
    assert feedback.correct is None
    assert feedback.markdown == f"'{typed}' could be {candidates}; type more letters"
    assert recorded(ex) is None and ex.score().answered == 0 and ex.history == []


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("typed", ["maybe", "", "   ", None, 3])
def test_an_unknown_label_lists_the_labels_and_is_not_scored(kind, typed):
    make, answer, recorded = KINDS[kind]
    ex = make()
    feedback = answer(ex, typed)
    not_one = NOT_ONE[kind.removeprefix("sealed ")]
    assert feedback.correct is None
    assert feedback.markdown == (
        f"'{typed}' is not {not_one}; use one of \"sound\", \"soundbite\", \"single-cause\"."
    )
    assert "\n" not in feedback.markdown
    assert recorded(ex) is None and ex.score().answered == 0 and ex.history == []


def test_the_resolver_itself_raises_one_line_errors():
    assert resolve_label("Single Cause", LABELS, "a label") == "single-cause"
    with pytest.raises(MedialitError, match=r"^'so' could be \"sound\" or \"soundbite\";"):
        resolve_label("so", LABELS, "a label")
    with pytest.raises(MedialitError, match=r"^'x' is not a label; use one of \"sound\", "):
        resolve_label("x", LABELS, "a label")
