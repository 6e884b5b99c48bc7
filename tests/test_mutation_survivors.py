"""Tests for the mutants a sampled mutmut run left alive that would harm a student or teacher.

Each test names what a one-line change would break: answers saved in answer-key mode, the
reason a damaged answers file was set aside, feedback overwritten by a save problem, a
Right answer without its reason, a range shown rounded, a matrix's worked example blank
in the widget, a reopened sealed matrix marking a right stance wrong, a pack's own flag
name lost, a pack's free-text exercise under the wrong handle, the offer of a case's
own exercises, the causal detector's support and techniques, and a repeating sealing pad.
The survivors judged harmless are listed, each with why, in bench/mutation-survivors.md.
"""

from __future__ import annotations

import base64
import copy
import json

from conftest import CASE
from medialit.case import load_case
from medialit.detectors import explain_causal
from medialit.exercises import (
    AnswerFile,
    Item,
    LabelExercise,
    MatrixCell,
    MatrixExercise,
    NumberExercise,
    build_sealed,
    lesson_specs,
    read_answers,
    seal,
)
from medialit.lesson import Lesson

LESSON = "00-start-here"
FILE = f"{LESSON}--{CASE}.answers.json"
LABELS = {"source": "Names a source", "speculation": "Speculation", "bare": "Bare assertion"}
STANCES = {k: k for k in ("asserts", "attributes", "omits")}


def _labels() -> LabelExercise:
    items = [
        Item("Analysts suspect a hidden hand.", ("speculation",), "It guesses, and says so."),
        Item("The ministry said 9,900 were held.", ("source",), "It names who said it."),
    ]
    return LabelExercise("sorts", "Sort them", "Label each.", LABELS, items, handle="q1")


def _matrix(given: bool = True, **kwargs) -> MatrixExercise:
    """One claim x two texts; column A is the baseline (a worked example when `given`)."""
    rows, columns = ["Moscow planned the request."], ["Wire", "Paper"]
    cells = [
        MatrixCell(0, 0, Item(rows[0], ("attributes",), "Quoted.", "", "Wire"), given=given),
        MatrixCell(0, 1, Item(rows[0], ("asserts",), "Built on.", "", "Paper"), watch=True),
    ]
    return MatrixExercise(
        "m", "Who claims what?", "Fill it in.", STANCES, rows, columns, cells,
        baseline=0, handle="q2", **kwargs,
    )  # fmt: skip


def _listed(exercise) -> list[str]:
    return [line for line in exercise.show().markdown.splitlines() if line.startswith("- `")]


# -- saving answers ------------------------------------------------------------------------


def test_an_answer_key_lesson_saves_nothing_even_when_given_an_answers_file(tmp_path):
    """A teacher's key copy must never write a student's answers file."""
    case = load_case(CASE)
    answers = AnswerFile.open(tmp_path, LESSON, CASE)
    lesson = Lesson(LESSON, case, answer_key=True, answers=answers)
    assert lesson.answers is None
    first = lesson_specs(case, LESSON)[0]["id"]
    exercise = lesson.exercise(first)
    assert exercise.on_answer is None
    assert not (tmp_path / FILE).exists()


def test_a_damaged_answers_file_is_set_aside_with_the_reason_why(tmp_path):
    answers = AnswerFile.open(tmp_path, LESSON, CASE)
    q1 = _labels()
    q1.on_answer = answers.keep
    q1.answer(1, "speculation")
    (tmp_path / FILE).write_text("{ not json", encoding="utf-8")  # damaged meanwhile
    feedback = q1.answer(2, "source")
    assert "could not be read (not valid JSON (line 1))" in feedback.markdown
    assert list(tmp_path.glob("*.unreadable-*.json"))  # kept for the teacher
    assert read_answers(tmp_path / FILE)["exercises"]["sorts"]["answers"][-1]["correct"]


def test_a_save_problem_is_added_to_the_feedback_never_put_in_its_place():
    q1 = _labels()
    q1.on_answer = lambda exercise: "Could not save: the disk is full."
    feedback = q1.answer(1, "speculation")
    assert feedback.markdown.startswith("**Right")
    assert "It guesses, and says so." in feedback.markdown
    assert feedback.markdown.endswith("*Could not save: the disk is full.*")
    # the answers-so-far list keeps each answer on its own line, problem and all
    listed = _listed(q1)
    one_line = feedback.markdown.replace("\n", " ")
    assert listed == [f'- `q1.answer(1, "speculation")` → {one_line}']
    assert "**Your answers so far**:" in q1.show().markdown  # no file named: nothing else


def test_answers_given_with_keywords_to_two_items_are_both_listed():
    """`q1.answer(1, label=...)` and `q1.answer(2, label=...)` answer two items: the list
    of answers so far shows both, not only the last, however each was typed."""
    q1 = _labels()
    q1.answer(1, label="speculation")
    q1.answer(number=2, label="bare")
    listed = _listed(q1)
    assert len(listed) == 2
    assert 'q1.answer(1, label="speculation")' in listed[0]
    assert 'label="bare"' in listed[1]
    q1.answer(2, label="source")  # item 2 again: its line now shows the latest answer
    assert _listed(q1)[0] == listed[0] and 'q1.answer(2, label="source")' in _listed(q1)[1]
    q1.answer(2, "bare")
    assert len(_listed(q1)) == 2 and 'q1.answer(2, "bare")' in _listed(q1)[1]
    q1.answer(label="speculation", number=1)  # named, in any order: still item 1
    assert len(_listed(q1)) == 2 and 'label="speculation", number=1' in _listed(q1)[0]


def test_a_number_typed_with_or_without_its_name_is_one_answer_listed_once():
    ex = NumberExercise("n", "N", "How many?", answer=3, why="Count them.")
    ex.answer(2)
    ex.answer(value=3)
    assert len(_listed(ex)) == 1 and ".answer(value=3)`" in _listed(ex)[0]


# -- number exercises ----------------------------------------------------------------------


def test_a_right_number_says_why_and_a_wrong_one_shows_the_range_in_full():
    ex = NumberExercise(
        "n", "N", "How many times?", answer=4.2, low=4.123456, high=4.287654, why="Divide."
    )
    assert ex.answer(4.2).markdown == "**Right.** Divide."
    ex.answer(9)
    assert "(anything from 4.123456 to 4.287654 counts)" in ex.answer(9).markdown


# -- the claim matrix, in the kit and sealed in a pack ------------------------------------


def _grid_values(ex: MatrixExercise) -> list[str]:
    grid = ex.widget().children[2]
    values = []
    for child in grid.children:
        for part in (child, *getattr(child, "children", ())):
            if isinstance(getattr(part, "value", None), str):
                values.append(part.value)
    return values


def test_the_widget_shows_a_worked_example_and_lays_the_grid_out_in_columns():
    ex = _matrix()
    assert "A1: <i>attributes</i>" in _grid_values(ex)
    tracks = ex.widget().children[2].layout.grid_template_columns
    tracks = tracks.replace(", ", ",").split(" ")  # "minmax(180px, 2fr)" is one track
    assert len(tracks) == 1 + len(ex.columns)  # the claim, then each text


def test_a_matrix_without_examples_does_not_announce_examples():
    assert "filled in as examples" in _matrix().show().markdown
    assert "filled in as examples" not in _matrix(given=False).show().markdown


def _sealed_matrix(**kwargs):
    entry = seal(_matrix(**kwargs), "salt")
    return entry, build_sealed(entry, {"id": "m", "title": "T", "prompt": "P"})


def test_a_reopened_sealed_matrix_marks_a_right_stance_right():
    entry, ex = _sealed_matrix()
    assert ex.answer("B1", "asserts").correct is True
    again = build_sealed(entry, {"id": "m", "title": "T", "prompt": "P"})
    again.restore(ex.history)
    marks = [v for v in _grid_values(again) if "<span" in v]
    assert len(marks) == 1 and marks[0].endswith(">✓ right</span>")


def test_a_sealed_matrix_keeps_its_own_flag_name():
    _, ex = _sealed_matrix(flag="States it as fact")
    ex.answer("B1", "asserts")
    summary = ex.score().summary()
    assert "States it as fact" in summary and "Goes further" not in summary


def test_a_sealed_free_text_exercise_keeps_its_handle_and_number():
    common = {"id": "why", "title": "Why?", "prompt": "Say why.", "handle": "q7", "number": 7}
    ex = build_sealed({"seals": "unchecked", **common}, common)
    markdown = ex.show().markdown
    assert "Exercise 7" in markdown and "q7.answer(" in markdown
    assert "q7.answer(" in ex.answer("").markdown


# -- the lesson's offer of the case's own exercises ----------------------------------------


def test_asking_for_a_missing_exercise_offers_the_case_s_own_and_skips_broken_entries():
    case = copy.deepcopy(load_case(CASE))
    specs = case.exercises[LESSON]
    named = [s["id"] for s in specs]
    specs.append({"kind": "number"})  # an entry without an id is not offered
    specs.append({"id": "odd`name", "kind": "number"})
    markdown = Lesson(LESSON, case).exercise("no-such-exercise").markdown
    for exercise_id in named:
        assert f'`L.exercise("{exercise_id}")`' in markdown
    assert '`L.exercise("oddname")`' in markdown  # a backtick would break the code span
    assert "odd`name" not in markdown


# -- the causal detector -------------------------------------------------------------------


def test_a_could_inside_so_that_is_no_hedge_and_is_not_shown_as_a_look_alike():
    reading = explain_causal("The tax was cut so that families could spend more.")
    assert reading.causal and reading.support == "unsupported"
    assert [s.words for s in reading.signals] == ["so that"]


def test_a_look_alike_before_a_counterfactual_does_not_hide_the_technique():
    sentence = (
        "The film about how the war was caused is out, and without the loans the bank "
        "would have failed."
    )
    reading = explain_causal(sentence)
    assert reading.signals[0].tier == "lookalike"
    assert reading.techniques == ("counterfactual",)


def test_a_dotted_capital_i_does_not_shift_the_detector_s_checks():
    """'İ' lower-cases to two characters; the checks must still look at the right words."""
    plain = "The film about how the war was caused is out, and without the loans it fell."
    dotted = "İİİİİİİİİİİİ " + plain
    kinds = [(s.name, s.tier) for s in explain_causal(plain).signals]
    assert [(s.name, s.tier) for s in explain_causal(dotted).signals] == kinds
    assert kinds[0] == ("not-cause", "lookalike")


# -- the student pack's sealing pad --------------------------------------------------------


def test_a_sealed_reason_s_pad_never_repeats_a_block():
    """A reason is sealed as text XOR a pad; a pad whose 32-byte blocks repeat would let
    anyone read one part of a long reason from another."""
    why = "It guesses, and says so: " + "the hidden hand is never named or shown. " * 3
    items = [Item("Analysts suspect a hidden hand.", ("speculation",), why)]
    entry = seal(LabelExercise("s", "S", "Label.", LABELS, items, handle="q1"), "salt")
    raw = base64.b64decode(entry["items"][0]["lock"]["reason"])
    text = why.encode("utf-8")
    body = raw[12:]  # after the tag
    assert len(body) == len(text)
    pad = bytes(a ^ b for a, b in zip(body, text, strict=True))
    blocks = [pad[i : i + 32] for i in range(0, len(pad) - 31, 32)]
    assert len(blocks) >= 3 and len(set(blocks)) == len(blocks)
    assert json.dumps(entry).count(why[:20]) == 0  # and the reason is not there in clear


def test_a_sealed_matrix_lists_each_cell_to_fill_with_its_claim_and_text():
    """`items` (the cells students fill in) reads the same in a pack as in the kit."""
    real = _matrix()
    _, sealed = _sealed_matrix()
    assert (
        [(i.prompt, i.source) for i in sealed.items]
        == [(i.prompt, i.source) for i in real.items]
        == [("Moscow planned the request.", "Paper")]
    )


# -- widgets sized so their words can be read ----------------------------------------------


def _widgets(widget, kind: str) -> list:
    found = [widget] if type(widget).__name__ == kind else []
    for child in getattr(widget, "children", ()):
        found += _widgets(child, kind)
    return found


def test_label_buttons_fit_their_words_and_matrix_names_keep_room_for_the_stance():
    """A fixed button width cuts a long label ("Bare assertion") short; a wide cell name
    leaves the stance drop-down too narrow to read."""
    buttons = _widgets(_labels().widget(), "ToggleButtons")
    assert len(buttons) == 2 and all(b.style.button_width == "auto" for b in buttons)
    (choose,) = _widgets(_matrix().widget(), "Dropdown")
    assert choose.description == "B1" and choose.style.description_width == "28px"
