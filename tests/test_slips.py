"""A student's own Python slips in a lesson cell get one friendly line (issue 15, item 9).

`q1.answer()` with no answer, a word without quotes, a missing quotation mark, bracket or
comma, a name that does not exist yet: one line saying how to type it, not a traceback.
An error raised inside the kit keeps its full traceback. The cells run in an in-process
IPython shell with the handler `medialit.lesson.start` installs.
"""

from __future__ import annotations

import pytest

from medialit.exercises import build_exercise, lesson_specs


@pytest.fixture
def shell(tmp_path, capsys):
    from IPython.core.interactiveshell import InteractiveShell

    sh = InteractiveShell.instance()
    setup = (
        "from medialit.lesson import start\n"
        f"L = start('00-start-here', answers_folder={str(tmp_path)!r})\n"
        "q1 = L.exercise('backed-or-bare')\nq2 = L.exercise('first-question')\n"
        "q3 = L.exercise('price-ratio')"
    )
    assert sh.run_cell(setup).success
    capsys.readouterr()

    def run(cell: str) -> tuple[bool, str]:
        result = sh.run_cell(cell)
        return result.success, capsys.readouterr().out.strip()

    yield run
    sh.set_custom_exc((), None)  # leave the shared shell as it was


@pytest.mark.parametrize(
    ("cell", "says"),
    [
        ('q1.answer(1, "bare)', 'quotation mark is missing in line 1: text goes between two of'),
        ('q1.answer(1, "bare)', '`q1.answer(1, "bare")`'),
        ("q1.answer(1, bare)", 'Words you give as answers go in quotes: `q1.answer(1, "bare")`'),
        ('q1.answer(1 "bare")', "A comma is missing in line 1"),
        ('q1.answer(1, "bare"', "A bracket is missing or extra in line 1"),
        ('q9.answer("who")', "There is no `q9` yet: run the cell that makes it"),
        ('q2.anser("who")', 'no attribute \'anser\'. Type it like this: `q2.answer("who")`'),
        ("q3(2)", "Type it like this: `q3.answer(2.5)`"),
        ('x = 2724900 / "643800"', "Numbers need no quotes; words and sentences need them"),
    ],
)
def test_a_slip_in_a_cell_gets_one_friendly_line(shell, cell, says):
    ok, out = shell(cell)
    assert not ok  # the cell still fails, so "run all" stops there
    assert says in out
    assert "Traceback" not in out and len(out.splitlines()) == 1


def test_an_answer_with_missing_or_extra_parts_says_how_to_type_it(shell):
    ok, out = shell("q1.answer()")
    assert ok and out.endswith('Type your answer like this: q1.answer(1, "source").')
    for cell, usage in [
        ('q2.answer("who", "others")', 'q2.answer("who")'),
        ("q3.answer()", "q3.answer(2.5)"),
    ]:
        assert usage in shell(cell)[1]


def test_a_kit_error_keeps_its_traceback(shell):
    ok, out = shell("from medialit.exercises import resolve_label\nresolve_label('x', None, 'y')")
    assert not ok
    assert "Traceback" in out and "medialit/exercises/base.py" in out


def test_every_kind_of_exercise_says_how_it_is_typed(case):
    seen = set()
    for lesson in case.exercises:
        for number, spec in enumerate(lesson_specs(case, lesson), 1):
            ex = build_exercise(case, spec, number=number)
            feedback = ex.answer()
            assert feedback.correct is None, spec["id"]
            if spec["kind"] not in ("technique", "chart"):  # answer() has defaults, own prompt
                assert ex.usage() in feedback.markdown, spec["id"]
            assert not ex.history  # a slip is not an attempt
            seen.add(spec["kind"])
    assert seen >= {"label", "choice", "number", "free-text", "matrix"}
