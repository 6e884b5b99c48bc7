"""One lesson in a notebook: its case, its mode (student or answer key), its exercises.

A notebook's first code cell calls `start(...)`; after that each step is one short
call on the lesson it returns (`L.read(...)`, `L.exercise(...)`).
"""

from __future__ import annotations

from medialit import reading
from medialit.case import Case, load_case
from medialit.comparing import ComparingSteps
from medialit.errors import MedialitError
from medialit.exercisebank import build_exercise, lesson_specs
from medialit.exercises import Exercise
from medialit.paths import DEFAULT_CASE
from medialit.views import Shown, escape_md, shown


def _friendly_errors() -> None:
    """In a notebook, show the kit's own errors as one line instead of a traceback."""
    try:
        from IPython import get_ipython
    except ImportError:
        return
    shell = get_ipython()
    if shell is None:
        return

    def one_line(shell, etype, value, tb, tb_offset=None):
        # IPython calls this from run_code and ignores what it returns; _showtraceback is
        # the hook ipykernel overrides to send the error to the notebook (see
        # tests/test_notebooks.py::test_a_bad_parameter_shows_one_line_not_a_traceback).
        message = f"Problem: {value}"
        shell._showtraceback(etype, value, [message])
        return [message]

    shell.set_custom_exc((MedialitError,), one_line)


def lesson_title(name: str) -> str:
    """A lesson's file name as people read it.

    >>> lesson_title("01-meet-the-sources")
    '01 · Meet the sources'
    """
    number, _, words = name.partition("-")
    words = words.replace("-", " ")
    return f"{number} · {words[:1].upper()}{words[1:]}" if words else name


def check_parameters(lesson: object, case: object, answer_key: object) -> None:
    """Raise a one-line error when a notebook parameter has the wrong type.

    >>> check_parameters("00-start-here", "kazakhstan-2022", "yes")
    Traceback (most recent call last):
    ...
    medialit.errors.MedialitError: answer_key must be True or False (no quotes), not 'yes'
    """
    if not isinstance(lesson, str):
        raise MedialitError(f"the lesson name must be text in quotes, not {lesson!r}")
    if not isinstance(case, str):
        raise MedialitError(
            f'case must be a case name in quotes, like "{DEFAULT_CASE}", not {case!r}'
        )
    if not isinstance(answer_key, bool):
        raise MedialitError(f"answer_key must be True or False (no quotes), not {answer_key!r}")


class Lesson(ComparingSteps):
    """A running lesson. In answer-key mode exercises show their answers instead of buttons."""

    def __init__(self, name: str, case: Case, answer_key: bool = False):
        self.name = name
        self.case = case
        self.answer_key = answer_key
        self.exercises: dict[str, Exercise] = {}

    def __repr__(self) -> str:
        return self.banner().text

    def _repr_markdown_(self) -> str:
        return self.banner().markdown

    def banner(self) -> Shown:
        """What the first cell shows: the lesson, the case and the mode."""
        mode = (
            "**ANSWER KEY.** This copy shows every answer and the reason for it. "
            "Do not hand it out to students."
            if self.answer_key
            else "Student mode: exercises check your answers as you go."
        )
        return shown(
            f"**Lesson {escape_md(lesson_title(self.name))}** · case: "
            f"{escape_md(self.case.title)}\n\n{mode}"
        )

    # -- reading
    def case_summary(self) -> Shown:
        """The case in two minutes."""
        return reading.case_summary(self.case)

    def timeline(self) -> Shown:
        """What happened when, and who reported it."""
        return reading.timeline(self.case)

    def texts(self) -> Shown:
        """The list of texts in the case."""
        return reading.texts_table(self.case)

    def read(self, text_id: str, paragraphs: int | None = None) -> Shown:
        """Show one text (the first `paragraphs` paragraphs, or all of it)."""
        return reading.article_view(self.case, self.case.article(text_id), paragraphs)

    def source_cards(self, *outlet_ids: str) -> Shown:
        """Show the source cards (all, or the outlets named)."""
        unknown = [i for i in outlet_ids if i not in self.case.outlets]
        if unknown:
            raise MedialitError(
                f"no source card '{unknown[0]}'; the cards are {', '.join(self.case.outlets)}"
            )
        return reading.source_cards(self.case, list(outlet_ids) or None)

    def dossier(self, section: str | None = None) -> Shown:
        """Show the lateral-reading dossier, or the section whose heading contains `section`."""
        return reading.dossier(self.case, section)

    # -- exercises
    def exercise(self, exercise_id: str) -> Exercise | Shown:
        """The exercise with this id, ready to display; run it again to start it afresh."""
        specs = lesson_specs(self.case, self.name)
        for number, spec in enumerate(specs, start=1):
            if isinstance(spec, dict) and spec.get("id") == exercise_id:
                exercise = build_exercise(
                    self.case, spec, number=number, answer_key=self.answer_key
                )
                self.exercises[exercise_id] = exercise
                return exercise
        return shown(
            f"*This case has no exercise '{escape_md(exercise_id)}' for lesson "
            f"{escape_md(self.name)}, so there is nothing to check here. Read on.*"
        )

    def progress(self) -> Shown:
        """Your score on every exercise so far, one line each."""
        if self.answer_key:
            return shown("*Answer-key mode: no scores are kept.*")
        if not self.exercises:
            return shown("*No exercises yet.*")
        lines = [
            f"- **{escape_md(ex.title)}**: {escape_md(ex.score().summary())}"
            for ex in self.exercises.values()
        ]
        return shown("\n".join(lines))


def start(lesson: str, case: str = DEFAULT_CASE, answer_key: bool = False) -> Lesson:
    """Start a lesson: check the notebook's parameters, load the case, pick the mode.

    >>> L = start("00-start-here", case="kazakhstan-2022", answer_key=False)
    >>> L.case.id, L.answer_key
    ('kazakhstan-2022', False)
    """
    _friendly_errors()
    check_parameters(lesson, case, answer_key)
    return Lesson(lesson, load_case(case), answer_key)
