"""The claim-matrix exercise: cell-by-cell feedback, hits and false alarms, every key accepted."""

from __future__ import annotations

import pytest

from medialit.exercises import (
    Item,
    MatrixCell,
    MatrixExercise,
    build_exercise,
    build_sealed,
    lesson_specs,
    seal,
)

WIDGET = "application/vnd.jupyter.widget-view+json"
STANCES = {k: k for k in ("asserts", "hedges", "attributes", "denies", "omits")}
LESSON = "02-same-event-different-stories"


def _matrix(**kwargs) -> MatrixExercise:
    """Two claims x three texts; column A is the baseline and is given."""
    rows = ["20,000 bandits attacked.", "Moscow planned the request."]
    columns = ["Wire", "Paper", "Blog"]
    key = {
        (0, 0): (("attributes",), "Quoted and given to the president."),
        (0, 1): (("asserts",), "It builds on the figure as fact.", "Read on past the quote."),
        (0, 2): (("attributes", "omits"), "It only reports the figure."),
        (1, 0): (("omits",), "Not mentioned."),
        (1, 1): (("omits",), "Not taken up.", "Is the claim really there?"),
        (1, 2): (("denies",), "It says the request was Tokayev's own."),
    }
    cells = []
    for (row, col), (accepted, why, *hint) in key.items():
        item = Item(rows[row], accepted, why, hint[0] if hint else "", columns[col])
        cells.append(MatrixCell(row, col, item, given=col == 0, watch=col != 0))
    return MatrixExercise(
        "m", "Who claims what?", "Fill it in.", STANCES, rows, columns, cells,
        baseline=0, handle="q1", **kwargs,
    )  # fmt: skip


def test_hits_false_alarms_misses_and_passes_are_scored_on_first_answers():
    ex = _matrix()
    assert ex.answer("B1", "asserts").correct  # hit
    assert not ex.answer("C1", "asserts").correct  # false alarm: the blog only attributes
    assert not ex.answer("B2", "attributes").correct  # not flat, not right: a mix-up
    assert not ex.answer("C2", "omits").correct  # miss: the blog denies it
    score = ex.score()
    assert (score.hits, score.false_alarms, score.misses, score.correct_passes) == (1, 1, 1, 0)
    assert score.right_first_time == 1 and score.answered == 4 and score.total == 4
    assert score.mixups == ["B2: you chose 'attributes', the key says 'omits'"]
    ex.answer("C1", "omits")  # a correction counts in "right now", not in the first score
    assert ex.score().false_alarms == 1 and ex.score().right_now == 2


def test_asserts_for_denies_is_a_mixup_not_a_hit_or_a_false_alarm():
    ex = _matrix()
    assert not ex.answer("C2", "asserts").correct  # the blog denies it
    score = ex.score()
    assert (score.hits, score.false_alarms, score.misses) == (0, 0, 0)
    assert score.mixups == ["C2: you chose 'asserts', the key says 'denies'"]


def test_an_accepted_alternative_is_a_correct_pass_and_names_the_other():
    ex = _matrix()
    feedback = ex.answer("C1", "omits")
    assert feedback.correct and "also accepts: attributes" in feedback.markdown
    assert ex.score().correct_passes == 1


def test_false_alarm_and_miss_are_named_and_explained_hint_first_then_answer():
    ex = _matrix()
    first = ex.answer("C1", "denies")
    assert first.correct is False and "A false alarm" in first.markdown
    assert "Blog does not state this claim as fact" in first.markdown
    assert "only reports the figure" not in first.markdown  # the why waits for a second try
    second = ex.answer("C1", "asserts")
    assert "The key says: attributes or omits" in second.markdown
    assert "It only reports the figure." in second.markdown
    miss = ex.answer("B1", "attributes")
    assert "A miss: Paper goes further here than the baseline" in miss.markdown
    assert "Hint: Read on past the quote." in miss.markdown
    assert "only reports who says it" in miss.markdown  # what the baseline does instead


def test_typing_mistakes_and_given_cells_get_one_friendly_line_and_no_score():
    ex = _matrix()
    for cell, stance, message in [
        ("Z9", "asserts", "'Z9' is not a cell here"),
        (3, "asserts", "is not a cell here"),
        ("B1", "perhaps", "'perhaps' is not a stance"),
        ("A1", "asserts", "A1 is filled in already"),
    ]:
        feedback = ex.answer(cell, stance)
        assert feedback.correct is None and message in feedback.markdown
    assert ex.score().answered == 0
    assert ex.answer(" 1b ", "ASSERTS").correct  # cell names and stances forgive their case
    assert ex.answer("b2", "om").correct  # a unique prefix of a stance


def test_widget_changes_give_the_same_feedback_as_typing():
    ex = _matrix()
    box = ex.widget()
    ex._choosers["C1"].value = "asserts"  # what a click on the drop-down does
    assert "A false alarm" in box.children[-2].value  # the feedback area under the grid
    assert "not quite" in ex._marks["C1"].value
    ex._choosers["B1"].value = "asserts"
    assert "right" in ex._marks["B1"].value and "A hit" in box.children[-2].value
    assert "hits 1, false alarms 1" in box.children[-1].value
    assert ex.score().answered == 2
    assert ex._choosers["C2"].tooltip == "C2: Moscow planned the request. (Blog)"  # screen readers


def test_student_display_has_widget_and_text_fallback_but_no_answers():
    ex = _matrix()
    bundle = ex._repr_mimebundle_()
    assert WIDGET in bundle
    text = bundle["text/markdown"] + bundle["text/plain"]
    assert 'q1.answer("B1", "...")' in bundle["text/markdown"]
    assert "B1 ?" in bundle["text/plain"] and "C2 ?" in bundle["text/plain"]
    assert "Quoted and given to the president." in text  # given cells are worked examples
    for item in ex.items:
        assert item.why not in text


def test_key_display_shows_every_cell_and_reason_as_text_without_widget():
    ex = _matrix(answer_key=True)
    bundle = ex._repr_mimebundle_()
    assert WIDGET not in bundle
    for cell in ex.cells.values():
        assert cell.item.why in bundle["text/plain"]
    assert "attributes (also accepted: omits)" in bundle["text/plain"]
    assert "asserts ⚑" in bundle["text/plain"]  # a cell that goes further than the baseline


def test_case_text_is_escaped_in_markdown_and_widget():
    evil = '<img src=x onerror="alert(1)"> | *x*'
    item = Item(evil, ("asserts",), evil)
    ex = MatrixExercise("x", "X", "P", STANCES, [evil], [evil], [MatrixCell(0, 0, item)])
    assert "<img" not in ex.show().markdown and "\\|" in ex.show().markdown
    ex.answer_key = True
    assert "<img" not in ex.show().markdown
    ex.answer_key = False
    grid = ex.widget().children[2]
    assert all("<img" not in getattr(child, "value", "") for child in grid.children)
    assert "<img" not in ex.answer("A1", "denies").html()


@pytest.fixture(scope="module")
def lesson_matrix(case):
    spec = lesson_specs(case, LESSON)[0]
    return spec, build_exercise(case, spec, number=1)


def test_every_stance_the_claim_matrix_allows_is_accepted(case, lesson_matrix):
    spec, _ = lesson_matrix
    for key in case.claims.claims.values():
        if key.id not in spec["claims"]:
            continue
        for stance in {s for cell in key.cells.values() for s in cell.stances}:
            ex = build_exercise(case, spec, number=1)
            for cell in ex.cells.values():
                name = ex.cell_name(cell.row, cell.col)
                if cell.given or cell.item.prompt != key.text:
                    continue
                feedback = ex.answer(name, stance)
                assert feedback.correct == (stance in cell.item.accepted), (name, stance)


def test_every_wrong_flag_answer_in_the_lesson_is_named_and_explained(case, lesson_matrix):
    spec, ex = lesson_matrix
    for cell in ex.cells.values():
        if cell.given or not cell.watch:
            continue
        name = ex.cell_name(cell.row, cell.col)
        flat = any(a in ("asserts", "denies") for a in cell.item.accepted)
        wrong = "omits" if flat else "asserts"
        if wrong in cell.item.accepted:
            continue
        fresh = build_exercise(case, spec, number=1)
        first, second = fresh.answer(name, wrong), fresh.answer(name, wrong)
        assert ("A miss" if flat else "A false alarm") in first.markdown, name
        assert "Hint:" in first.markdown and cell.item.why not in first.markdown, name
        assert cell.item.why in second.markdown.replace("\\", ""), name


def test_the_lesson_matrix_mixes_flags_and_passes_from_every_framing(case, lesson_matrix):
    _, ex = lesson_matrix
    flags, passes = {}, {}
    for cell in ex.cells.values():
        if cell.given:
            continue
        flat = cell.watch and cell.item.accepted[0] in ("asserts", "denies")
        (flags if flat else passes).setdefault(ex.columns[cell.col], 0)
        (flags if flat else passes)[ex.columns[cell.col]] += 1
    others = [c for i, c in enumerate(ex.columns) if i != ex.baseline]
    assert set(flags) == set(others) and set(passes) == set(others)
    assert abs(sum(flags.values()) - sum(passes.values())) <= 4  # neither all flags nor none


def test_the_key_names_every_cell_its_text_and_whether_it_was_given():
    lines = _matrix(answer_key=True).show().markdown.splitlines()
    assert lines[0] == "#### Exercise 1 · Who claims what? — answer key"
    assert lines[-6:] == [
        "- **A1** · Wire (given): **attributes**. Quoted and given to the president.",
        "- **B1** · Paper: **asserts**. It builds on the figure as fact.",
        "- **C1** · Blog: **attributes** (also accepted: omits). It only reports the figure.",
        "- **A2** · Wire (given): **omits**. Not mentioned.",
        "- **B2** · Paper: **omits**. Not taken up.",
        "- **C2** · Blog: **denies**. It says the request was Tokayev's own.",
    ]


def test_the_student_sees_the_stances_the_table_and_the_examples_word_for_word():
    assert _matrix().show().markdown == (
        "#### Exercise 1 · Who claims what?\n\nFill it in.\n\nStances:\n"
        "- `asserts`: asserts\n- `hedges`: hedges\n- `attributes`: attributes\n"
        "- `denies`: denies\n- `omits`: omits\n\n"
        "| Claim | A · Wire (baseline) | B · Paper | C · Blog |\n|---|---|---|---|\n"
        "| 1. 20,000 bandits attacked. | *attributes* | **B1 ?** | **C1 ?** |\n"
        "| 2. Moscow planned the request. | *omits* | **B2 ?** | **C2 ?** |\n\n"
        "The cells in *italics* are filled in as examples:\n"
        "- A1 · Wire: *attributes*. Quoted and given to the president.\n"
        "- A2 · Wire: *omits*. Not mentioned.\n\n"
        '*No buttons above? Type your answer in a code cell:* `q1.answer("B1", "...")` *with '
        "a cell's name and a stance in place of the dots; then* `q1.score()` *shows your score.*"
    )


def test_a_wrong_stance_gets_its_own_reason_before_the_cells_hint():
    ex = _matrix()
    ex.cells[(0, 1)].item.wrong_why["attributes"] = "The paper drops the quote marks."
    feedback = ex.answer("B1", "attributes")
    assert "Hint: The paper drops the quote marks." in feedback.markdown
    assert "Read on past the quote" not in feedback.markdown


def test_the_widget_heads_its_grid_and_marks_restored_cells_in_words():
    ex = _matrix()
    ex.answer("B1", "attributes")
    ex.answer("C1", "attributes")
    grid = ex.widget().children[2]
    assert [c.value for c in grid.children[:4]] == [
        "<b>Claim</b>", "<b>A · Wire (baseline)</b>", "<b>B · Paper</b>", "<b>C · Blog</b>",
    ]  # fmt: skip
    marks = [
        v
        for row in grid.children
        for c in getattr(row, "children", ())
        if isinstance(v := getattr(c, "value", None), str) and "<span" in v
    ]
    assert any(m.endswith(">✗ not quite</span>") for m in marks)
    assert any(m.endswith(">✓ right</span>") for m in marks)


def test_a_sealed_matrix_keeps_its_examples_and_the_reasons_for_wrong_stances():
    real = _matrix()
    real.cells[(0, 1)].item.wrong_why["attributes"] = "The paper drops the quote marks."
    entry = seal(real, "salt")
    assert entry["flag"] == real.flag and entry["cells"]["A1"] == {
        "example": {"stance": "attributes", "reason": "Quoted and given to the president."}
    }
    ex = build_sealed(entry, {"id": "m", "title": "T", "prompt": "P"})
    assert "Hint: The paper drops the quote marks." in ex.answer("B1", "attributes").markdown
    assert "- A1 · Wire: *attributes*. Quoted and given to the president." in ex.show().markdown


def test_a_sealed_cell_says_not_quite_then_that_the_pack_keeps_the_answer():
    ex = build_sealed(seal(_matrix(), "salt"), {"id": "m", "title": "T", "prompt": "P"})
    note = (
        "**Not quite: C1 · Blog.** A false alarm: Blog does not state this claim as fact, nor "
        "deny it, in its own voice here. The baseline (Wire) only reports who says it."
    )
    assert ex.answer("C1", "asserts").markdown == f"{note} Have another look and try again."
    assert ex.answer("C1", "asserts").markdown == (
        f"{note} This pack does not show the answer: try again, or ask your teacher."
    )


def test_a_sealed_row_without_its_baseline_example_still_answers():
    entry = seal(_matrix(), "salt")
    del entry["cells"]["A1"]  # the baseline's cell of row 1 is not given
    ex = build_sealed(entry, {"id": "m", "title": "T", "prompt": "P"})
    assert ex.answer("B1", "attributes").markdown == (
        "**Not quite: B1 · Paper.** A miss: Paper goes further here than the baseline. "
        "Hint: Read on past the quote. Have another look and try again."
    )


def test_a_cell_that_is_not_there_names_the_first_and_last_cells():
    assert _matrix().answer("Z9", "asserts").markdown == (
        "'Z9' is not a cell here. Name a cell by column letter and row number, from A1 to C2: "
        '`q1.answer("B1", "asserts")`.'
    )
    grid = _matrix().widget().children[2]
    assert grid.children[4].value == "<b>1.</b> 20,000 bandits attacked."
