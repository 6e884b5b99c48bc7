"""One lesson in a notebook: its case, its mode (student or answer key), its exercises.

A notebook's first code cell calls `start(...)`; after that each step is one short
call on the lesson it returns (`L.read(...)`, `L.exercise(...)`).
"""

from __future__ import annotations

import copy
import linecache
from os import PathLike

from medialit.case import KEY_DRAFTED, Case, key_drafted, load_case, note_examples, read_notes
from medialit.errors import MedialitError
from medialit.exercises import (
    UNSEEN_FALLBACK,
    AnswerFile,
    Exercise,
    check_prompts,
    is_student_pack,
    lesson_exercise,
    lesson_slots,
    lesson_specs,
    own_specs,
    thin_slots,
)
from medialit.exercises import answers_folder as folder_for_answers
from medialit.notebook import (
    ChartSteps,
    ComparingSteps,
    SummativeSteps,
    case_note,
    example_words,
    ledger_rows,
    reading,
    slip_line,
    with_note,
)
from medialit.paths import DEFAULT_CASE
from medialit.shown import Shown, escape_md, shown

SLIPS = (SyntaxError, NameError, AttributeError, TypeError)  # a student's own, in their cell


def _friendly_errors() -> None:
    """In a notebook, show the kit's own errors, and a student's own Python slips in a cell
    (`notebook.slip_line`), as one line instead of a traceback. Any other error, or a slip
    raised inside the kit or a library, keeps its full traceback."""
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
        if isinstance(value, MedialitError):
            message = f"Problem: {value}"
        else:
            message = _slip_message(shell, value, tb)
        if message is None:  # not a student's slip: the whole traceback, as IPython shows it
            stb = shell.InteractiveTB.structured_traceback(etype, value, tb, tb_offset=tb_offset)
            shell._showtraceback(etype, value, stb)
            return stb
        shell._showtraceback(etype, value, [message])
        return [message]

    shell.set_custom_exc((MedialitError, *SLIPS), one_line)


def _slip_message(shell, value: BaseException, tb) -> str | None:
    """The one-line message for a slip in the student's own cell, or None."""
    cells = getattr(getattr(shell, "compile", None), "_filename_map", {})
    if isinstance(value, SyntaxError):
        return slip_line(value, in_cell=value.filename in cells, names=shell.user_ns)
    while tb is not None and tb.tb_next is not None:  # the frame that raised it
        tb = tb.tb_next
    if tb is None:
        return None
    filename = tb.tb_frame.f_code.co_filename
    line = linecache.getline(filename, tb.tb_lineno)
    return slip_line(value, line, in_cell=filename in cells, names=shell.user_ns)


def lesson_title(name: str) -> str:
    """A lesson's file name as people read it.

    >>> lesson_title("01-meet-the-sources")
    '01 · Meet the sources'
    >>> lesson_title("04-because-i-said-so")
    '04 · Because I said so'
    """
    number, _, words = name.partition("-")
    words = words.replace("-", " ").replace(" i ", " I ")
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
    check_answer_key(answer_key)


def check_answer_key(answer_key: object) -> None:
    """Raise a one-line error unless `answer_key` is True or False itself.

    1, 0 and 1.0 compare equal to True and False, and 1 would show every answer and save
    nothing, so only a real bool is taken.

    >>> check_answer_key(1)
    Traceback (most recent call last):
    ...
    medialit.errors.MedialitError: answer_key must be True or False (no quotes), not 1
    """
    if not isinstance(answer_key, bool):
        raise MedialitError(f"answer_key must be True or False (no quotes), not {answer_key!r}")


class Lesson(ComparingSteps, ChartSteps, SummativeSteps):
    """A running lesson. In answer-key mode exercises show their answers instead of buttons.

    With an `AnswerFile` (student mode), every answer is saved as it is given and
    an exercise opened again comes back with the answers saved for it.
    """

    def __init__(
        self, name: str, case: Case, answer_key: bool = False, answers: AnswerFile | None = None
    ):
        check_answer_key(answer_key)
        self.name = name
        self.case = case
        self.answer_key = answer_key
        self.answers = None if answer_key else answers  # key mode saves nothing
        self.exercises: dict[str, Exercise] = {}  # the exercises opened, as last opened
        self._built: dict[str, Exercise] = {}  # each exercise as built, never answered

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
        if self.answers is not None:
            mode += (
                f" Your answers are saved as you give them, in "
                f"`{escape_md(self.answers.shown_path)}`; if you close the notebook and open "
                "it again, run the cells and they come back."
            )
            if self.answers.notice:
                mode += f"\n\n**Note:** {escape_md(self.answers.notice)}"
        if self.answer_key and key_drafted(self.case):
            mode += f"\n\n**{KEY_DRAFTED}**"
        missing = self.what_is_missing()
        if missing:
            mode += "\n\n**What this case leaves out:**\n" + "\n".join(f"- {m}" for m in missing)
        return shown(
            f"**Lesson {escape_md(lesson_title(self.name))}** · case: "
            f"{escape_md(self.case.title)}\n\n{mode}"
        )

    def what_is_missing(self) -> list[str]:
        """What this lesson cannot do on this case, in plain words (empty for a full case).

        >>> Lesson("00-start-here", load_case("kazakhstan-2022")).what_is_missing()
        []
        >>> kazakhstan = load_case("kazakhstan-2022")
        >>> Lesson("03-copies-rewrites-content-farms", kazakhstan).what_is_missing()
        []
        """
        case, missing = self.case, []
        if not lesson_specs(case, self.name):
            missing.append(
                "No exercises for this lesson: where an exercise would be, a note says so, "
                "and nothing is checked or scored. Discuss the questions in class instead."
            )
        if is_student_pack(case):
            missing.append(
                "This is a student pack: the answers are sealed inside the exercises, which "
                "still check yours. Where a lesson would show the teacher's labels, it shows "
                "the kit's detectors instead, marked as the detector's guess."
            )
        elif not case.annotations:
            missing.append(
                "No annotations (the teacher's labels for each sentence): lessons that would "
                "check your labels against them use the kit's detectors instead, marked as "
                "the detector's guess, not an answer key. Question them."
            )
        missing += self._missing_for_this_lesson()
        if not case.outlets:
            missing.append("No source cards: find out who runs each outlet yourself.")
        if not case.dossier.strip():
            missing.append("No dossier for lateral reading: search for what others say instead.")
        return missing

    def _missing_for_this_lesson(self) -> list[str]:
        """The case's optional files that this lesson uses, where the case has none."""
        case, missing = self.case, []
        if self.name.startswith("02-") and not (case.claims and case.claims.claims):
            missing.append(
                "No claim matrix (claims.yml): no table of who claims what; for claims that "
                "lose a hedge when retold, the kit's hedge detector compares a copy with its "
                "original instead, marked as the detector's guess."
            )
        if self.name.startswith("06-") and not case.unseen and lesson_specs(case, self.name):
            missing.append(UNSEEN_FALLBACK)
        if self.name.startswith("01-"):
            from medialit.case import SEARCH_FILE, check_search_index

            if not (case.path / SEARCH_FILE).is_file():
                missing.append(
                    f"No search index ({SEARCH_FILE}): the offline search has nothing to find; "
                    "add one to the case folder, or search online."
                )
            elif check_search_index(case.path):
                missing.append(
                    f"The search index ({SEARCH_FILE}) has problems: run `medialit validate`."
                )
        if self.name.startswith("03-"):
            from medialit.compare import names_in_case

            if not names_in_case(case.path):
                missing.append("No names (names.yml): mangled names cannot be checked.")
            if not case.pages:
                missing.append("No saved web pages (pages/): nothing to show of page clutter.")
        return missing

    # -- reading
    def case_summary(self) -> Shown:
        """The case in two minutes."""
        return reading.case_summary(self.case)

    def timeline(self) -> Shown:
        """What happened when, and who reported it."""
        if not self.case.timeline():
            return shown("*This case's ledger (facts.csv) has no dated events yet.*")
        return reading.timeline(self.case)

    def texts(self) -> Shown:
        """The list of texts in the case."""
        return reading.texts_table(self.case)

    def read(self, text_id: str, paragraphs: int | None = None) -> Shown:
        """Show one text (the first `paragraphs` paragraphs, or all of it).

        `"baseline"` is the text the teacher chose in case.yml; a case without one says
        so. A text the case does not have is replaced by the case's text that plays its
        part, with a note saying so: lessons written for one case run on another.
        """
        if text_id in self.case.articles or not self.case.articles:
            return reading.article_view(self.case, self.case.article(text_id), paragraphs)
        (stand_in,), note = self._stand_ins([text_id])
        view = reading.article_view(self.case, self.case.articles[stand_in], paragraphs)
        return shown(note + view.markdown)

    # -- what this case's notes say in this lesson
    def _notes(self) -> dict[str, str]:
        if "_case_notes" not in self.__dict__:
            self.__dict__["_case_notes"] = read_notes(self.case.path, self.name)
        return self.__dict__["_case_notes"]

    def note(self, slot: str) -> Shown:
        """What the case's notes (`notes/<lesson>.md`) say at this place; nothing if none."""
        return case_note(self._notes(), slot)

    def example(self, name: str) -> str:
        """The words an example cell uses: the case's notes' `examples`, else its texts'."""
        return example_words(self.case, name, note_examples(self._notes()))

    def source_cards(self, *outlet_ids: str) -> Shown:
        """Show the source cards (all, or the outlets named)."""
        if not self.case.outlets:
            return shown(
                "*This case has no source cards (sources.yml). Find out who runs each outlet, "
                "how it is paid for and what its record is, and note it down.*"
            )
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
    def exercise(self, exercise_id: str, fresh: bool = False) -> Exercise | Shown:
        """The exercise with this id, ready to display, with any answers saved for it.

        `fresh=True` starts it again from nothing; the old answers stay in the file,
        under "earlier", for the teacher. The exercise is built from the case once per
        lesson: opening it again starts from a copy of what was built, with the answers
        saved for it. A broken entry in the case's exercises is one line naming where.
        """
        specs = lesson_specs(self.case, self.name)
        for number, spec in enumerate(specs, start=1):
            if isinstance(spec, dict) and spec.get("id") == exercise_id:
                built = self._build(spec, number)
                return self._with_answers(copy.deepcopy(built), fresh)
        slots = lesson_slots(self.name)
        listed = own_specs(self.case, self.name) if exercise_id in slots else specs
        ids = [s["id"] for s in listed if isinstance(s, dict) and s.get("id")]
        others = [o for o in ids if o not in slots] if exercise_id in slots else ids
        offer = (
            " Its own exercises for this lesson: "
            + ", ".join(f"`L.exercise(\"{o.replace('`', '')}\")`" for o in others)
            + "."
            if others
            else ""
        )
        to_add = thin_slots(self.case, self.name).get(exercise_id)
        if to_add:
            return shown(
                f"*This case is too thin for this exercise: {escape_md(to_add)}.*{offer}"
            )
        return shown(
            f"*This case has no exercise '{escape_md(exercise_id)}' for lesson "
            f"{escape_md(self.name)}, so there is nothing to check here. Read on.*{offer}"
        )

    def check(self, first: str = "A", case: str | None = None, fresh: bool = False):
        """The pre/post check (`exercises.check_for`): form `first` in lesson 00, the other
        in lesson 06, on `case` (another case's name) or this lesson's case; saved like any
        exercise.

        >>> Lesson("06-put-it-together", load_case("kazakhstan-2022")).check("B").id
        'check-A-kazakhstan-2022'
        """
        from medialit.exercises import check_for

        made = check_for(self.case, self.name, first, case, answer_key=self.answer_key)
        return made if isinstance(made, Shown) else self._with_answers(made, fresh)

    def _build(self, spec: dict, number: int) -> Exercise:
        """The exercise `spec` describes, built once per lesson."""
        if spec["id"] not in self._built:
            built = lesson_exercise(
                self.case, self.name, spec, number=number, answer_key=self.answer_key
            )
            if key_drafted(self.case):  # say so above the exercise and its feedback
                built.prompt = f"({KEY_DRAFTED}) {built.prompt}"
            self._illustrate(built)  # a chart exercise's charts, drawn as published
            self._built[spec["id"]] = built
        return self._built[spec["id"]]

    def _asked_about(self) -> list[str]:
        """The words of every item this lesson's exercises ask about and the student has
        not answered yet, and, before lesson 06, the pre/post check's: views must not answer
        them first."""
        prompts: list[str] = []
        for number, spec in enumerate(lesson_specs(self.case, self.name), start=1):
            answered = self.answers is not None and self.answers.saved(str(spec.get("id")))
            if isinstance(spec, dict) and spec.get("id") and not answered:
                try:
                    built = self._build(spec, number)
                except MedialitError:  # a broken entry says so where its exercise is shown
                    continue
                prompts += [item.prompt for item in getattr(built, "items", [])]
        if self.name < "06-":  # and the pre/post check's, still to come (or to judge again)
            prompts += check_prompts(self.case)
        return prompts

    def _with_answers(self, exercise: Exercise, fresh: bool = False) -> Exercise:
        """An exercise with the answers saved for it, saving new ones as they are given."""
        if self.answers is not None:
            if fresh:
                self.answers.start_again(exercise.id)
            exercise.restore(self.answers.saved(exercise.id), self.answers.shown_path)
            exercise.on_answer = self.answers.keep
        self.exercises[exercise.id] = exercise
        return exercise

    # -- lateral reading, offline (lesson 01)
    def search(self, query: str | None = None, fresh: bool = False) -> Exercise | Shown:
        """Search the case's offline index: a results page to choose a first click from
        (with no words, the index's first search).

        It is numbered after the lesson's exercises, and `weigh` after it.

        Any case and word order, part of a name or a small typo finds a page; a query that
        finds nothing gets the searches that would work.

        >>> L = Lesson("01-meet-the-sources", load_case("kazakhstan-2022"))
        >>> L.search("dispatch STEPPE").title
        'Search: The Steppe Dispatch'
        """
        from medialit.notebook import search_results

        numbers = [s.get("number", n) for n, s in enumerate(lesson_specs(self.case, self.name), 1)]
        number = max([len(lesson_slots(self.name)), *numbers]) + 1  # after the lesson's exercises
        found = search_results(self.case, query, number=number, answer_key=self.answer_key)
        return found if isinstance(found, Shown) else self._with_answers(found, fresh)

    def weigh(self, search: object, fresh: bool = False) -> Exercise | Shown:
        """After a search: how much weight each result deserves (a search, or its words).

        >>> L = Lesson("01-meet-the-sources", load_case("kazakhstan-2022"))
        >>> L.weigh(L.search("steppe")).id
        'weigh-steppe-dispatch'
        """
        from medialit.exercises import SearchExercise, weighing_exercise

        if isinstance(search, Shown):  # a search that found nothing: say so again
            return search
        found = search if isinstance(search, SearchExercise) else self.search(search)
        if not isinstance(found, SearchExercise):
            return found
        exercise = weighing_exercise(
            found.page, found.salt, number=found.number + 1, answer_key=self.answer_key
        )
        return self._with_answers(exercise, fresh)

    def glossary(self, word: str | None = None) -> Shown:
        """The kit's glossary, or the entry for one word (any case, any form of it).

        >>> Lesson("00-start-here", load_case("kazakhstan-2022")).glossary("Hedges").text[:5]
        'hedge'
        """
        from medialit.notebook import glossary_view

        return glossary_view(word)

    # -- the causal-claim detector (lesson 04)
    def detector(self, sentence: str) -> Shown:
        """The causal-claim detector's reading of any sentence, with its reasons."""
        from medialit.notebook import detector_card

        if not isinstance(sentence, str):
            raise MedialitError(f"give the sentence as text in quotes, not {sentence!r}")
        return detector_card(sentence)

    def detector_beside(self, exercise: Exercise) -> Shown:
        """The detector's answers beside yours on a sentence-sorting exercise."""
        from medialit.notebook import detector_beside

        if not isinstance(exercise, Exercise):  # the case has no such exercise
            from medialit.notebook import causal_claims_in_case

            return causal_claims_in_case(self.case)
        spec = next(
            (s for s in lesson_specs(self.case, self.name) if s.get("id") == exercise.id), None
        )
        if spec and spec.get("detector_map") and hasattr(exercise, "first"):  # a student pack
            from medialit.notebook import detector_beside_sealed

            return detector_beside_sealed(exercise, dict(spec["detector_map"]))
        if spec is None or not hasattr(exercise, "items") or spec.get("key_from") != "causal":
            raise MedialitError(
                "the detector can only sit beside an exercise that sorts causal claims"
            )
        return detector_beside(exercise, dict(spec.get("map") or {}), self.answer_key)

    def news_sentences(self, count: int = 6) -> Shown:
        """The detector on real news sentences, when the benchmark set is on this computer."""
        from medialit.notebook import news_sample

        return news_sample(count)

    # -- the number checker (lesson 05)
    def figure_table(self, text_id: str) -> Shown:
        """One text's figures as a table, each with the number checker's verdict."""
        from medialit.notebook import figure_table

        (text_id,), note = self._stand_ins([text_id])
        return with_note(note, figure_table(self.case, text_id))

    def explain_figures(self, text_id: str) -> Shown:
        """Why the number checker gave each verdict for one text, one line per figure.

        In student mode a figure that one of this lesson's exercises asks about shows no
        verdict until the student has answered that exercise.
        """
        from medialit.notebook import explain

        (text_id,), note = self._stand_ins([text_id])
        withheld = () if self.answer_key else self._asked_about()
        return with_note(note, explain(self.case, text_id, withheld))

    def vague_words(self) -> Shown:
        """The vague words the number checker reads as ranges ("dozens" is 24 to 99)."""
        from medialit.notebook import vague_words

        return vague_words()

    def ledger(self, *exercise_ids: str) -> Shown:
        """The ledger rows that the exercises `exercise_ids` refer to (all this lesson's
        when none are named): what was counted, value, unit, date, who reported it; no
        verdicts, since judging the figures is the exercise. A lesson's exercise that this
        case is too thin for adds no rows (its own place says what to add).

        >>> L = Lesson("05-check-the-numbers", load_case("kazakhstan-2022"))
        >>> print(L.ledger("injured-share").text.splitlines()[-1][:59])
        | injured-security | Security personnel among the injured |
        """
        from medialit.notebook import exercise_ledger, whole_ledger

        if self.name.startswith("06-"):  # the closing task: find the row yourself
            return whole_ledger(self.case)
        specs = [s for s in lesson_specs(self.case, self.name) if isinstance(s, dict)]
        known = [str(s.get("id")) for s in specs]
        unknown = [e for e in exercise_ids if e not in known + lesson_slots(self.name)]
        if unknown:
            raise MedialitError(
                f"this lesson has no exercise '{unknown[0]}'; its exercises are {', '.join(known)}"
            )
        chosen = [s for s in specs if not exercise_ids or s.get("id") in exercise_ids]
        return exercise_ledger(self.case, chosen)

    def chart_against_ledger(
        self, fact_ids: tuple[str, ...] | None = None, title: str | None = None
    ) -> Shown:
        """Each text's figure for the ledger rows `fact_ids`, charted against the ledger
        (by default the rows the case's notes name, else the count most texts give)."""
        from medialit.notebook import chart_against_ledger

        rows, chosen = ledger_rows(self.case, note_examples(self._notes()))
        if not (fact_ids or rows):
            return shown("*This case's ledger has no figure that its texts give too.*")
        return chart_against_ledger(self.case, tuple(fact_ids or rows), title or chosen)

    def death_toll_timeline(self) -> Shown:
        """How a reported figure changed over time, withdrawn figures marked."""
        from medialit.notebook import death_toll_timeline

        return death_toll_timeline(self.case)

    def mentions(self, words: str) -> Shown:
        """Every sentence in the case's texts that contains `words`, text by text."""
        from medialit.notebook import mentions

        return mentions(self.case, words)

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


def start(
    lesson: str,
    case: str = DEFAULT_CASE,
    answer_key: bool = False,
    answers_folder: str | None = None,
) -> Lesson:
    """Start a lesson: check the notebook's parameters, load the case, pick the mode.

    In student mode answers are saved in `answers_folder` (default: `$MEDIALIT_ANSWERS`,
    else `my-answers/` beside the notebook); nothing is written until the first answer.

    >>> import tempfile
    >>> L = start("00-start-here", case="kazakhstan-2022", answers_folder=tempfile.mkdtemp())
    >>> L.case.id, L.answer_key, L.answers.path.name
    ('kazakhstan-2022', False, '00-start-here--kazakhstan-2022.answers.json')
    """
    _friendly_errors()
    check_parameters(lesson, case, answer_key)
    if answers_folder is not None and not isinstance(answers_folder, (str, PathLike)):
        raise MedialitError(
            f"answers_folder must be a folder name in quotes, or None, not {answers_folder!r}"
        )
    loaded = load_case(case)
    answers = None
    if not answer_key:
        answers = AnswerFile.open(folder_for_answers(answers_folder), lesson, loaded.id)
    return Lesson(lesson, loaded, answer_key, answers)
