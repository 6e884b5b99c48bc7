"""Grading the lessons with nbgrader: the kit's scores become nbgrader points.

`setup_course` (`medialit grade-setup`) makes an nbgrader course from a student pack: its
`nbgrader_config.py`, and `source/<assignment>/` with the pack's `medialit/` and `data/` and
the lessons chosen, each ending with a note and a locked grade cell worth the lesson's most
points. The grade cell calls `lesson_points`, which reads the lesson's answers file from
`my-answers/` beside the notebook (the folder `nbgrader submit` sends; `$MEDIALIT_ANSWERS`
is not followed, since answers saved elsewhere are never submitted), replays its answers
(earlier attempts first, so `fresh=True` resets no points) into fresh exercises, and gives
1 point per item right on its first answer, less `false_alarm_penalty` per false alarm,
never below 0 per exercise; free text is not marked. The file's stored scores are never
trusted. The cell shows the total: nbgrader reads it as partial credit.

At `nbgrader autograde` the teacher's copy of the cell runs (nbgrader restores a locked cell
whose checksum changed) beside the student's submitted `my-answers/`: the code that counts is
the teacher's, the answers the student's. What a grade cell cannot stop: the answers file is
the student's own data (a hand-edited history counts like real answers), and code in an
answer cell runs first in the same kernel (it can patch what the grade cell calls). `audit`
(`medialit grade-audit`) recomputes every submission with the teacher's kit, outside any
student's kernel, and lists each disagreement.
"""

from __future__ import annotations

import contextlib
import functools
import importlib.util
import re
import shutil
import sys
import warnings
from collections.abc import Iterator
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from medialit.case import Case, load_case
from medialit.errors import MedialitError
from medialit.exercises import file_name, lesson_exercise, lesson_specs, read_answers
from medialit.paths import case_dir
from medialit.teacher.studentpack import MARKER

FALSE_ALARM_PENALTY = 0.5
SUBMITTED = "my-answers"  # the folder beside a lesson that `nbgrader submit` sends with it
GRADE_KEY = "medialit_grading"  # the kit's own metadata on the cells it adds
EXERCISE_CALL = re.compile(r'^q\d+ = L\.exercise\("([\w-]+)"\)', re.M)
LESSON_START = re.compile(r'lesson\.start\(\s*"([\w.-]+)"')
CASE_PARAMETER = re.compile(r'(?m)^case = "([^"]+)"')
ANSWERS_PARAMETER = re.compile(r"(?m)^answers_folder = (.*?)\s*(#.*)?$")
CONFIG = """# Made by medialit.teacher.nbgrader for the kit's lessons.
c = get_config()  # noqa: F821
c.CourseDirectory.course_id = {course_id!r}
# The pack's lessons are already student versions: their typed-answer cells are answer
# cells without BEGIN/END SOLUTION marks, which ClearSolutions would replace whole with
# 'raise NotImplementedError()'. Everything else runs as usual.
from nbgrader.preprocessors import (CheckCellMetadata, ClearHiddenTests, ClearMarkScheme,
    ClearOutput, ComputeChecksums, DeduplicateIds, IncludeHeaderFooter, InstantiateTests,
    LockCells, OverwriteKernelspec, SaveCells)
c.GenerateAssignment.preprocessors = [IncludeHeaderFooter, InstantiateTests, LockCells,
    ClearOutput, CheckCellMetadata, ComputeChecksums, SaveCells, ClearHiddenTests,
    ClearMarkScheme, ComputeChecksums, CheckCellMetadata]
# A grade cell a student deleted is put back (nbgrader's own add_missing_cells fails on
# lessons whose every cell is locked).
from medialit.teacher.nbgrader import OverwriteCellsAnywhere
c.Autograde.sanitize_preprocessors = [ClearOutput, DeduplicateIds, OverwriteKernelspec,
    OverwriteCellsAnywhere, CheckCellMetadata]
c.OverwriteCellsAnywhere.add_missing_cells = True
c.Execute.timeout = {timeout}
"""
GRADE_NOTE = """## Your points for this lesson

The cell below works out your points from your **saved answers** (the `my-answers/` file
this lesson writes as you answer). Each item you got right on your *first* answer earns
1 point; each fair claim you flagged by mistake (a *false alarm*) takes away {penalty:g}
more, so flagging everything does not pay. Starting an exercise again does not wipe its
first answers. Writing in your own words is not marked here. The cell is locked: when your
teacher grades, their copy of it is the one that runs."""


@dataclass(frozen=True)
class ExercisePoints:
    """One exercise's points and the kit's score they come from."""

    exercise: str
    points: float
    max_points: float
    answered: int
    right_first_time: int
    false_alarms: int
    graded: bool = True

    def line(self) -> str:
        """The exercise in one line of plain text, for the grade cell's output.

        >>> ExercisePoints("price-ratio", 1.0, 1.0, 1, 1, 0).line()
        'price-ratio: 1 of 1 (answered 1, right first time 1)'
        """
        if not self.graded:
            return f"{self.exercise}: written answer, not marked here."
        alarms = f", false alarms {self.false_alarms}" if self.false_alarms else ""
        return (
            f"{self.exercise}: {self.points:g} of {self.max_points:g} "
            f"(answered {self.answered}, right first time {self.right_first_time}{alarms})"
        )


@dataclass(frozen=True)
class GradeCell:
    """One lesson's grade cell: what it scores and how many points it is worth."""

    lesson: str
    case: str
    exercises: tuple[str, ...]
    points: float
    false_alarm_penalty: float = FALSE_ALARM_PENALTY

    @property
    def grade_id(self) -> str:
        """The cell's nbgrader id.

        >>> GradeCell("00-start-here", "kazakhstan-2022", (), 12.0).grade_id
        '00-start-here-points'
        """
        return f"{self.lesson}-points"

    def source(self) -> str:
        """The cell's code: one call, its total on the last line (nbgrader reads it).

        `float(...)` makes the cell show a number or fail: nbgrader gives full credit to a
        grade cell that shows nothing.

        >>> GradeCell("00", "k", ("a",), 1.0).source().splitlines()[-2:]
        ['    "00", "k", ["a"],', '    max_points=1, false_alarm_penalty=0.5))']
        """
        listed = ", ".join(f'"{e}"' for e in self.exercises)
        return (
            "# Your points for this lesson, from your saved answers. Locked: your teacher's\n"
            "# copy of this cell is the one that counts.\n"
            "from medialit.teacher.nbgrader import lesson_points\n\n"
            "float(lesson_points(\n"
            f'    "{self.lesson}", "{self.case}", [{listed}],\n'
            f"    max_points={self.points:g}, false_alarm_penalty={self.false_alarm_penalty:g}))"
        )

    def metadata(self) -> dict:
        """What the cell keeps under `medialit_grading` in its metadata.

        >>> GradeCell("00", "k", ("a",), 1.0).metadata()["exercises"]
        ['a']
        """
        return {"role": "grade", **asdict(self), "exercises": list(self.exercises)}

    @classmethod
    def from_metadata(cls, meta: dict) -> GradeCell:
        """The grade cell that `metadata()` describes.

        >>> GradeCell.from_metadata(GradeCell("00", "k", ("a",), 1.0).metadata()).exercises
        ('a',)
        """
        found = {f.name: meta[f.name] for f in fields(cls)}
        return cls(**{**found, "exercises": tuple(found["exercises"])})


@dataclass(frozen=True)
class AuditRow:
    """One student's lesson: the gradebook's points beside the kit's own, and whether they agree."""

    student: str
    notebook: str
    gradebook: float | None
    kit: float
    max: float
    agree: bool


def exercise_points(score, false_alarm_penalty: float = FALSE_ALARM_PENALTY) -> float:
    """Points for one exercise's kit score: right first time, less a share per false alarm.

    >>> from medialit.exercises import Score
    >>> exercise_points(Score(total=10, right_first_time=7, false_alarms=2))
    6.0
    >>> exercise_points(Score(total=10, right_first_time=0, false_alarms=3))  # never below 0
    0.0
    """
    if not score.graded:
        return 0.0
    return max(0.0, float(score.right_first_time) - false_alarm_penalty * score.false_alarms)


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    """No warnings and nothing on stderr: nbgrader gives 0 to a grade cell that writes there."""
    with warnings.catch_warnings(), contextlib.redirect_stderr(sys.stdout):
        warnings.simplefilter("ignore")
        yield


def _replayed(entry: object) -> list[dict]:
    """An exercise's saved attempts, oldest first: those kept under 'earlier', then the rest."""
    if not isinstance(entry, dict):
        return []
    runs = [r for r in entry.get("earlier") or [] if isinstance(r, list)]
    runs.append(entry.get("answers") if isinstance(entry.get("answers"), list) else [])
    return [a for run in runs for a in run if isinstance(a, dict)]


def score_answers(
    path: Path,
    lesson: str,
    case: str | Path | Case,
    exercises: tuple[str, ...] | list[str],
    false_alarm_penalty: float = FALSE_ALARM_PENALTY,
) -> list[ExercisePoints]:
    """Replay a saved answers file into a lesson's exercises and give each its points.

    Reads the file only. A missing or unreadable file scores nothing; the file's stored
    `score` and `correct` fields are ignored. `case` is a case name or folder, or a loaded case.

    >>> import json, tempfile
    >>> saved = Path(tempfile.mkdtemp()) / "a.answers.json"
    >>> _ = saved.write_text(json.dumps({"format": "medialit-answers/1", "exercises": {
    ...     "price-ratio": {"answers": [{"args": [2], "correct": False}]}}}))
    >>> [(r.exercise, r.points) for r in score_answers(
    ...     saved, "00-start-here", "kazakhstan-2022", ["price-ratio", "first-question"])]
    [('first-question', 0.0), ('price-ratio', 1.0)]
    """
    path, wanted = Path(path), set(exercises)
    try:
        saved = read_answers(path)["exercises"] if path.is_file() else {}
    except (ValueError, OSError):
        saved = {}
    loaded = case if isinstance(case, Case) else load_case(case)
    rows = []
    for number, spec in enumerate(lesson_specs(loaded, lesson), start=1):
        if not isinstance(spec, dict) or spec.get("id") not in wanted:
            continue
        exercise = lesson_exercise(loaded, lesson, spec, number=number)
        exercise.restore(_replayed(saved.get(spec["id"])))
        score = exercise.score()
        most = float(score.total) if score.graded else 0.0
        points = exercise_points(score, false_alarm_penalty)
        counts = (score.answered, score.right_first_time, score.false_alarms, score.graded)
        rows.append(ExercisePoints(spec["id"], points, most, *counts))
    return rows


def lesson_max_points(
    lesson: str, case: str | Path | Case, exercises: tuple[str, ...] | list[str]
) -> float:
    """The most points a lesson can give: the items of its marked exercises.

    >>> lesson_max_points("00-start-here", "kazakhstan-2022",
    ...                   ["backed-or-bare", "first-question", "price-ratio", "first-impressions"])
    12.0
    """
    return sum(r.max_points for r in score_answers(Path(), lesson, case, exercises))


def total_points(rows: list[ExercisePoints], max_points: float) -> float:
    """The lesson's points: the exercises' sum, between 0 and `max_points`, to 2 places.

    nbgrader refuses partial credit above a cell's points and gives full credit for a
    negative number, so neither may happen.

    >>> total_points([ExercisePoints("a", 9.5, 10, 10, 10, 1)], 8)
    8.0
    """
    return round(min(max(sum(r.points for r in rows), 0.0), float(max_points)), 2)


def lesson_points(
    lesson: str,
    case: str,
    exercises: list[str],
    max_points: float,
    false_alarm_penalty: float = FALSE_ALARM_PENALTY,
    answers_folder: str | Path = SUBMITTED,
) -> float:
    """What a lesson's grade cell calls: print the points per exercise, return the total.

    The answers file is looked for in `answers_folder` (relative to the notebook's folder).
    A missing or unreadable file gives 0.

    >>> import tempfile
    >>> lesson_points("00-start-here", "kazakhstan-2022", ["price-ratio"], 1,
    ...               answers_folder=tempfile.mkdtemp())
    No saved answers found (00-start-here--kazakhstan-2022.answers.json): 0 of 1 points.
    0.0
    """
    with _quiet():
        loaded = load_case(case)
        path = Path(answers_folder) / file_name(lesson, loaded.id)
        if not path.is_file():
            print(f"No saved answers found ({path.name}): 0 of {max_points:g} points.")
            return 0.0
        rows = score_answers(path, lesson, loaded, exercises, false_alarm_penalty)
        for row in rows:
            print(row.line())
        total = total_points(rows, max_points)
        print(f"Points for this lesson: {total:g} of {max_points:g}.")
        return total


def lesson_exercises(nb) -> list[str]:
    """The exercise ids a lesson notebook opens, in order (`qN = L.exercise("id")` cells).

    >>> from nbformat.v4 import new_notebook, new_code_cell
    >>> lesson_exercises(new_notebook(cells=[new_code_cell('q1 = L.exercise("a-b")\\nq1')]))
    ['a-b']
    """
    found = [
        m.group(1)
        for cell in nb.cells
        if cell.cell_type == "code"
        for m in EXERCISE_CALL.finditer(cell.source)
    ]
    return list(dict.fromkeys(found))


def _code_match(nb, pattern: re.Pattern) -> re.Match | None:
    for cell in nb.cells:
        if cell.cell_type == "code" and (found := pattern.search(cell.source)):
            return found
    return None


def notebook_lesson(nb, where: str) -> tuple[str, str]:
    """The lesson a pack notebook starts and its case; `where` names it in an error.

    >>> from nbformat.v4 import new_notebook, new_code_cell
    >>> nb = new_notebook(cells=[new_code_cell('case = "k"\\nanswers_folder = None'),
    ...                          new_code_cell('L = lesson.start("00-start-here", case=case)')])
    >>> notebook_lesson(nb, "00.ipynb")
    ('00-start-here', 'k')
    """
    started, case = _code_match(nb, LESSON_START), _code_match(nb, CASE_PARAMETER)
    if started is None or case is None:
        raise MedialitError(
            f'{where}: no `lesson.start("...")` call or `case = "..."` line; '
            "use a lesson from the student pack (make student-pack)"
        )
    folder = _code_match(nb, ANSWERS_PARAMETER)
    if folder is not None and folder.group(1) != "None":
        raise MedialitError(
            f"{where}: set `answers_folder = None` in the lesson settings; nbgrader collects "
            f"only the {SUBMITTED}/ folder beside the notebook"
        )
    return started.group(1), case.group(1)


def add_grade_cell(
    notebook: Path, out: Path | None = None, false_alarm_penalty: float = FALSE_ALARM_PENALTY
) -> GradeCell:
    """Add the note and the locked grade cell to the end of a pack lesson (written to `out`).

    The cell is worth the lesson's most points on its case (the copy in `data/cases/` beside
    `out` if there is one, else the case of that name); running it again replaces the cells.

    >>> import tempfile; from medialit.teacher.studentpack import ROOT, pack_notebook
    >>> target = Path(tempfile.mkdtemp()) / "00-start-here.ipynb"
    >>> pack_notebook(ROOT / "notebooks" / "00-start-here.ipynb", target)
    >>> add_grade_cell(target).points
    12.0
    """
    import nbformat

    notebook, out = Path(notebook), Path(out or notebook)
    nb = nbformat.read(notebook, as_version=4)
    lesson, case = notebook_lesson(nb, notebook.name)
    exercises = tuple(lesson_exercises(nb))
    copy = out.parent / "data" / "cases" / case
    points = lesson_max_points(lesson, copy if (copy / "case.yml").is_file() else case, exercises)
    if not points:
        raise MedialitError(f"{notebook.name}: no marked exercise; leave it out of the assignment")
    cell = GradeCell(lesson, case, exercises, points, false_alarm_penalty)
    nb.cells = [c for c in nb.cells if GRADE_KEY not in c.metadata]
    note = nbformat.v4.new_markdown_cell(GRADE_NOTE.format(penalty=false_alarm_penalty))
    code = nbformat.v4.new_code_cell(cell.source())
    locked = {"locked": True, "schema_version": 3, "solution": False, "task": False}
    note.metadata[GRADE_KEY] = {"role": "note"}
    note.metadata["nbgrader"] = {**locked, "grade": False, "grade_id": f"{lesson}-points-note"}
    code.metadata[GRADE_KEY] = cell.metadata()
    code.metadata["nbgrader"] = {**locked, "grade": True, "grade_id": cell.grade_id}
    code.metadata["nbgrader"]["points"] = points
    nb.cells += [note, code]
    nbformat.write(nb, out)
    return cell


def nbgrader_config(course_id: str, exchange: Path | None = None, timeout: int = 120) -> str:
    """The `nbgrader_config.py` a course of kit lessons needs (the comments in it say why).

    >>> "c.CourseDirectory.course_id = 'week'" in nbgrader_config("week")
    True
    """
    config = CONFIG.format(course_id=course_id, timeout=int(timeout))
    return config + (f"c.Exchange.root = {str(exchange)!r}\n" if exchange is not None else "")


def setup_course(
    pack: Path,
    course: Path,
    assignment: str,
    lessons: list[str] | None = None,
    course_id: str = "medialit",
    exchange: Path | None = None,
    false_alarm_penalty: float = FALSE_ALARM_PENALTY,
) -> list[GradeCell]:
    """Make an nbgrader course (or a new assignment in one) from a student pack.

    Writes `course/nbgrader_config.py` unless it is there, and `course/source/<assignment>/`:
    the pack's `medialit/`, `data/`, README and requirements, and the lessons named (all
    when None), each with its grade cell. This is `medialit grade-setup`.

    >>> setup_course(Path("build/student-pack"), Path("course"), "week1",
    ...              ["00-start-here"])  # doctest: +SKIP
    [GradeCell(lesson='00-start-here', case='kazakhstan-2022', ..., points=12.0, ...)]
    """
    pack, course = Path(pack), Path(course)
    source, config = course / "source" / assignment, course / "nbgrader_config.py"
    if not (pack / MARKER).is_file():
        raise MedialitError(f"{pack}: not a student pack; make one first with `make student-pack`")
    available = sorted(p.stem for p in pack.glob("*.ipynb"))
    lessons = available if lessons is None else list(lessons)
    for name in lessons:
        if name not in available:
            raise MedialitError(f"{pack}: no lesson '{name}'; it has {', '.join(available)}")
    if not re.fullmatch(r"[\w-]+", assignment):
        raise MedialitError(f"'{assignment}': name the assignment with letters, digits, - and _")
    if (source / SUBMITTED).exists():
        raise MedialitError(
            f"{source / SUBMITTED}: remove it; nbgrader would copy it over every student's "
            "saved answers when it grades"
        )
    if config.is_file() and "OverwriteCellsAnywhere" not in config.read_text(encoding="utf-8"):
        raise MedialitError(
            f"{config}: it lacks the kit's settings; move it aside, or add the lines "
            "medialit.teacher.nbgrader.nbgrader_config() gives"
        )
    source.mkdir(parents=True, exist_ok=True)
    if not config.is_file():
        config.write_text(nbgrader_config(course_id, exchange), encoding="utf-8")
    skip = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in ("medialit", "data"):
        shutil.copytree(pack / name, source / name, dirs_exist_ok=True, ignore=skip)
    for name in ("README.md", "requirements.txt"):
        if (pack / name).is_file():
            shutil.copy2(pack / name, source / name)
    return [
        add_grade_cell(pack / f"{s}.ipynb", source / f"{s}.ipynb", false_alarm_penalty)
        for s in lessons
    ]


def _need_nbgrader() -> None:
    if importlib.util.find_spec("nbgrader") is None:
        raise MedialitError("nbgrader is not installed; run: pip install 'medialit[grading]'")


@functools.cache
def overwrite_cells_anywhere() -> type:
    """nbgrader's OverwriteCells, fixed for kit lessons (made on first use: nbgrader is
    imported then). The course's config takes it as `OverwriteCellsAnywhere`.

    >>> overwrite_cells_anywhere().add_missing_cells.default_value  # doctest: +SKIP
    False
    """
    _need_nbgrader()
    from nbgrader.preprocessors import OverwriteCells

    class OverwriteCellsAnywhere(OverwriteCells):
        """nbgrader's OverwriteCells, putting back a missing grade cell after ANY cell.

        nbgrader 0.9.6 puts a missing grade cell after the grade or answer cell before it in
        the source, and fails with a KeyError when that cell is locked (in a kit lesson
        every cell before the grade cell is). This one puts it after the nearest earlier
        source cell the submission still has, else at the end.
        """

        def add_missing_grade_cells(self, nb, resources):
            source_nb = self.gradebook.find_notebook(self.notebook_id, self.assignment_id)
            cells = {cell.name: cell for cell in source_nb.source_cells}
            order = list(cells)
            solutions = {cell.name for cell in source_nb.solution_cells}
            for grade in source_nb.grade_cells:
                ids = [c.metadata.get("nbgrader", {}).get("grade_id") for c in nb.cells]
                present = {grade_id: i for i, grade_id in enumerate(ids)}
                if grade.name in present:
                    continue
                self.log.warning("Missing grade cell %s: putting it back", grade.name)
                cell = self.missing_cell_transform(
                    cells[grade.name], grade.max_score, is_solution=grade.name in solutions
                )
                earlier = order[: order.index(grade.name)] if grade.name in order else []
                at = next((present[n] + 1 for n in reversed(earlier) if n in present), None)
                nb.cells.insert(len(nb.cells) if at is None else at, cell)
            return nb, resources

    return OverwriteCellsAnywhere


def __getattr__(name: str):
    """`from medialit.teacher.nbgrader import OverwriteCellsAnywhere` builds it on first use.

    >>> __getattr__("OverwriteCellsAnywhere").__name__  # doctest: +SKIP
    'OverwriteCellsAnywhere'
    """
    if name == "OverwriteCellsAnywhere":
        return overwrite_cells_anywhere()
    raise AttributeError(name)


def gradebook_points(course: Path, assignment: str) -> dict[str, dict[str, float]]:
    """Each student's points per notebook in the course's gradebook (`gradebook.db`).

    >>> gradebook_points(Path("course"), "week1")  # doctest: +SKIP
    {'alice': {'00-start-here': 12.0}, 'bob': {'00-start-here': 2.5}}
    """
    _need_nbgrader()
    from nbgrader.api import Gradebook

    database = Path(course) / "gradebook.db"
    if not database.is_file():
        raise MedialitError(f"{database}: no gradebook; run `nbgrader autograde` in {course}")
    points: dict[str, dict[str, float]] = {}
    with Gradebook(f"sqlite:///{database}") as book:
        for submission in book.assignment_submissions(assignment):
            points[submission.student_id] = {nb.name: nb.score for nb in submission.notebooks}
    return points


def grade_cells(notebook: Path) -> list[GradeCell]:
    """The grade cells the kit added to a notebook (read from their metadata).

    >>> import tempfile; from medialit.teacher.studentpack import ROOT, pack_notebook
    >>> target = Path(tempfile.mkdtemp()) / "00-start-here.ipynb"
    >>> pack_notebook(ROOT / "notebooks" / "00-start-here.ipynb", target)
    >>> added = add_grade_cell(target)
    >>> grade_cells(target) == [added]
    True
    """
    import nbformat

    return [
        GradeCell.from_metadata(c.metadata[GRADE_KEY])
        for c in nbformat.read(Path(notebook), as_version=4).cells
        if c.metadata.get(GRADE_KEY, {}).get("role") == "grade"
    ]


def kit_points(answers_file: Path, cell: GradeCell, case: str | Path | Case | None = None) -> float:
    """The points the kit itself gives an answers file under one grade cell's settings.

    >>> kit_points(Path("missing.answers.json"),
    ...            GradeCell("00-start-here", "kazakhstan-2022", ("price-ratio",), 1.0))
    0.0
    """
    case = case or cell.case
    rows = score_answers(answers_file, cell.lesson, case, cell.exercises, cell.false_alarm_penalty)
    return total_points(rows, cell.points)


def _audit_case(course: Path, assignment: str, case: str) -> str | Path:
    """The teacher's own copy of a case (by name), else the one in `source/<assignment>/`."""
    try:
        return case_dir(case)
    except MedialitError:
        return course / "source" / assignment / "data" / "cases" / case


def audit(course: Path, assignment: str) -> list[AuditRow]:
    """Recompute every submission from its submitted answers file and compare with nbgrader.

    Run it in the teacher's own Python (no student's kernel): one row per student and
    lesson. A disagreement means the notebook's own run changed what counted: code that
    patched the grading, or answers typed in cells but missing from the submitted file.

    >>> audit(Path("course"), "week1")[0].agree  # doctest: +SKIP
    True
    """
    course = Path(course)
    book = gradebook_points(course, assignment)
    rows = []
    for notebook in sorted((course / "source" / assignment).glob("*.ipynb")):
        for cell in grade_cells(notebook):
            case = load_case(_audit_case(course, assignment, cell.case))
            name = file_name(cell.lesson, case.id)
            for student in sorted(book):
                folder = course / "submitted" / student / assignment / SUBMITTED
                graded = book[student].get(notebook.stem)
                kit = kit_points(folder / name, cell, case)
                agree = graded is not None and abs(graded - kit) < 1e-6
                rows.append(AuditRow(student, notebook.stem, graded, kit, cell.points, agree))
    return rows
