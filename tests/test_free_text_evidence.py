"""Free text that asks for evidence (issue 15, item 4): a quote from the texts, or a point.

The model answer appears only after an answer quotes words from the case's texts (checked
against them, whatever the case, punctuation or quotation marks) or makes one of the
exercise's `look_for` points; otherwise the student gets a prompt, and the attempt is saved.
"""

from __future__ import annotations

import pytest

from medialit.exercises import FreeTextExercise, build_exercise, lesson_specs, seal
from medialit.lesson import start

LESSON = "05-check-the-numbers"


@pytest.fixture
def precision(case):
    specs = lesson_specs(case, LESSON)
    number, spec = next((n, s) for n, s in enumerate(specs, 1) if s["id"] == "precision-theatre")
    return build_exercise(case, spec, number=number)


def test_i_do_not_know_lol_gets_a_prompt_not_the_model_answer(precision):
    feedback = precision.answer("I do not know lol")
    assert feedback.correct is False
    assert precision.model_answer not in feedback.markdown
    assert "in quotation marks" in feedback.markdown
    assert all(point in feedback.markdown for point in precision.look_for)
    assert precision.score().answered == 0 and precision.history  # not written, but saved


@pytest.mark.parametrize(
    "quoted",
    [
        'The editorial says "no accident" about the timing.',
        "The editorial says “No Accident!” about the timing.",  # curly, capitals, punctuation
        "The editorial says 'NO ACCIDENT' about the timing.",
    ],
)
def test_a_quote_from_the_texts_opens_the_model_answer(precision, quoted):
    feedback = precision.answer(quoted)
    assert feedback.correct is True and precision.model_answer in feedback.markdown
    assert "You quoted:" in feedback.markdown


def test_a_quote_that_is_in_no_text_does_not_count(precision):
    assert (
        precision.answer('The post says "aliens landed in the square" so it is fake.').correct
        is False
    )


def test_a_look_for_point_in_own_words_opens_the_model_answer(precision):
    feedback = precision.answer("A number can be exact and still wrong, so who counted them?")
    assert feedback.correct is True
    assert "(your answer does this)" in feedback.markdown
    assert precision.score().summary() == "Written. Compare your answer with the model answer."


def test_every_free_text_exercise_of_the_case_takes_its_model_answer_and_not_a_shrug(case):
    shrugs = ["I do not know lol", "no idea what to write here tbh", "this is boring and long"]
    found = 0
    for lesson in case.exercises:
        for number, spec in enumerate(lesson_specs(case, lesson), 1):
            if spec["kind"] != "free-text":
                continue
            found += 1
            ex = build_exercise(case, spec, number=number)
            assert all(ex.answer(s).correct is False for s in shrugs), spec["id"]
            assert ex.answer(ex.model_answer).correct, spec["id"]
    assert found >= 5


def test_the_sealed_twin_asks_for_the_same_evidence_without_showing_the_points(case, precision):
    entry = seal(precision, "salt")
    assert not any(p in str(entry) for p in precision.look_for)  # the points are locks
    sealed = build_exercise(case, entry, number=precision.number)
    weak = sealed.answer("I do not know lol")
    assert weak.correct is False and "own words" in weak.markdown
    assert not any(p in weak.markdown for p in precision.look_for)
    assert sealed.answer("A number can be exact and still wrong, so who counted them?").correct
    assert sealed.answer("The editorial says “No Accident!” about the timing.").correct


def test_an_exercise_with_nothing_to_check_against_takes_any_answer():
    ex = FreeTextExercise("f", "F", "Why?", model_answer="Who pays matters.")
    assert ex.answer("I do not know lol").correct is True


def test_a_restored_prompted_answer_stays_unwritten(tmp_path):
    L = start(LESSON, answers_folder=str(tmp_path))
    L.exercise("precision-theatre").answer("I do not know lol")
    again = start(LESSON, answers_folder=str(tmp_path)).exercise("precision-theatre")
    assert again.score().answered == 0 and len(again.history) == 1
