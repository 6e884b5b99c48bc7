"""nbgrader round trip: student pack, course, release, two students, collect, autograde, gradebook.

One module-scoped run (`course`) does what a teacher and two students would do with lesson
00 (nbgrader from PyPI, in the `test` extra):

1. the teacher builds the student pack, makes a course with `setup_course` (what `medialit
   grade-setup` calls), then generates and releases the assignment;
2. each student fetches it, answers in the fetched lesson (the kit's own `lesson.start` on
   the fetched folder, so the answers file is the lesson's own; the same calls are typed
   into the lesson's typed-answer cells, which nbgrader runs again), and submits: alice
   answers well; bob answers badly, then rewrites the locked grade cell as `points = 100`;
3. the teacher collects, runs `nbgrader autograde` and reads the gradebook.

`nbgrader autograde` runs as the teacher types it (a command in the course folder, reading
its `nbgrader_config.py`). The other steps call the same nbgrader apps in this process,
with the course's `nbgrader_config.py` loaded the same way: each nbgrader command costs
seconds just to start, which is most of this test's time on a busy machine.

Each student's nbgrader points must equal the kit's own points for their submitted answers
file (the teacher's full kit, not the pack), and bob's edit must change nothing. Without
nbgrader the round trip is skipped with a one-line reason, except where
`MEDIALIT_REQUIRE_NBGRADER=1` (CI sets it in `.ci/run`): there it fails.
"""

from __future__ import annotations

import importlib.util
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path
from types import SimpleNamespace

import nbformat
import pytest

from conftest import CASE
from medialit.cli import main
from medialit.errors import MedialitError
from medialit.lesson import start
from medialit.teacher import (
    GradeCell,
    audit,
    build_student_pack,
    grade_cells,
    gradebook_points,
    kit_points,
    overwrite_cells_anywhere,
    score_answers,
    setup_course,
)

LESSON = "00-start-here"
ASSIGNMENT = "week1"
COURSE_ID = "medialit-lab"
WORDS = "I would check who runs the outlet and what it gains from the story."
LABELS = ["source", "bare", "bare", "source", "hedged", "source", "bare", "source", "hedged"]
# What each student answers: exercise id -> the arguments of each `qN.answer(...)`, in order.
ANSWERS = {
    "alice": {
        "backed-or-bare": [(n, label) for n, label in enumerate([*LABELS, "bare"], start=1)],
        "first-question": [("who",)],
        "price-ratio": [(2,)],
        "first-impressions": [(WORDS,)],
    },
    "bob": {  # flags every sentence, then guesses until right
        "backed-or-bare": [(n, "bare") for n in range(1, 11)],
        "first-question": [("share",), ("who",)],
        "price-ratio": [(1.5,), (2,)],
    },
}
# Worked out by hand from the answer key: 1 point per item right first time, less 0.5 per
# false alarm, never below 0 per exercise; free text is not marked. bob: 5 right and 5
# false alarms on backed-or-bare (5 - 2.5), nothing right first time elsewhere.
EXPECTED = {"alice": 12.0, "bob": 2.5}
MAX_POINTS = 12.0
TAMPERED = "points = 100\npoints"
NO_NBGRADER = (
    "nbgrader is not installed, so the nbgrader round trip did NOT run; "
    "install it with `pip install -e '.[test]'` (make setup does)"
)


@pytest.fixture(scope="module")
def nbgrader_installed() -> None:
    if importlib.util.find_spec("nbgrader") is not None:
        return
    if os.environ.get("MEDIALIT_REQUIRE_NBGRADER") == "1":
        pytest.fail(f"MEDIALIT_REQUIRE_NBGRADER=1 but {NO_NBGRADER}")
    pytest.skip(NO_NBGRADER)


def ran(result: dict) -> str:
    """An in-process nbgrader step's log; its traceback if it failed."""
    assert result["success"], result.get("error")
    return result.get("log", "")


def teacher_api(course: Path):
    """nbgrader's own API on the course, with the course's `nbgrader_config.py`."""
    from nbgrader.apps import NbGraderAPI
    from traitlets.config.loader import PyFileConfigLoader

    config = PyFileConfigLoader("nbgrader_config.py", path=str(course)).load_config()
    config.CourseDirectory.root = str(course)
    return NbGraderAPI(config=config)


def exchange_step(kind: str, student: str, home: Path, exchange: Path) -> str:
    """`nbgrader fetch_assignment` or `nbgrader submit` (kind "FetchAssignment", "Submit")."""
    from nbgrader.auth import Authenticator
    from nbgrader.coursedir import CourseDirectory
    from nbgrader.exchange import ExchangeFactory
    from nbgrader.utils import capture_log
    from traitlets.config import Config

    config = Config()
    config.CourseDirectory.update(course_id=COURSE_ID, student_id=student, root=str(home))
    config.CourseDirectory.assignment_id = ASSIGNMENT
    config.Exchange.update(root=str(exchange), cache=str(home / ".nbgrader-cache"))
    config.Exchange.assignment_dir = str(home)
    app = getattr(ExchangeFactory(config=config), kind)(
        coursedir=CourseDirectory(config=config),
        authenticator=Authenticator(config=config),
        config=config,
    )
    return ran(capture_log(app))


def nbgrader(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    """One `nbgrader` command, as the teacher types it in the course folder; output on failure."""
    done = subprocess.run(
        [sys.executable, "-m", "nbgrader", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, f"nbgrader {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}"
    return done


def cpu_seconds() -> float:
    """CPU time of this process and its finished children (wall time depends on the load)."""
    own, children = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def grade_cell(nb):
    return next(c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade"))


def type_answers(nb, answers: dict[str, list[tuple]]) -> None:
    """Put each `qN.answer(...)` line into the typed-answer cell that shows qN's examples."""
    handles = {}
    for cell in nb.cells:
        for line in cell.source.splitlines() if cell.cell_type == "code" else []:
            if " = L.exercise(" in line:
                handles[line.split('"')[1]] = line.split(" = ")[0]
    typed = {handles[ex]: calls for ex, calls in answers.items()}
    for cell in nb.cells:
        if not cell.metadata.get("nbgrader", {}).get("solution"):
            continue
        shown = [h for h in typed if f"# {h}.answer(" in cell.source]
        lines = [f"{h}.answer({', '.join(map(json.dumps, a))})" for h in shown for a in typed[h]]
        cell.source += "".join(f"\n{line}" for line in lines)
        for handle in shown:
            del typed[handle]
    assert not typed, f"no typed-answer cell for {sorted(typed)}"


def student_works(student: str, home: Path, exchange: Path) -> None:
    """Fetch, answer, (for bob) rewrite the grade cell, and submit."""
    exchange_step("FetchAssignment", student, home, exchange)
    folder = home / ASSIGNMENT
    lesson = start(LESSON, case=str(folder / "data" / "cases" / CASE),
                   answers_folder=str(folder / "my-answers"))  # fmt: skip
    for exercise_id, calls in ANSWERS[student].items():
        exercise = lesson.exercise(exercise_id)
        for args in calls:
            exercise.answer(*args)
    path = folder / f"{LESSON}.ipynb"
    nb = nbformat.read(path, as_version=4)
    type_answers(nb, ANSWERS[student])
    if student == "bob":
        grade_cell(nb).source = TAMPERED
    nbformat.write(nb, path)
    exchange_step("Submit", student, home, exchange)


@pytest.fixture(scope="module")
def pack(tmp_path_factory) -> Path:
    """One student pack for the module (the round trip and the command line share it)."""
    began = time.perf_counter()
    folder, _ = build_student_pack(tmp_path_factory.mktemp("pack"), CASE)
    print(f"\nstudent pack built in {time.perf_counter() - began:.1f} s")
    return folder


@pytest.fixture(scope="module")
def course(nbgrader_installed, pack, tmp_path_factory) -> dict:
    """The whole round trip once: the course folder, its grade cell, the gradebook, timings."""
    root = tmp_path_factory.mktemp("nbgrader")
    timings: dict[str, list[float]] = {}

    def step(name, action):
        began, cpu = time.perf_counter(), cpu_seconds()
        result = action()
        timings[name] = [round(time.perf_counter() - began, 1), round(cpu_seconds() - cpu, 1)]
        return result

    with pytest.MonkeyPatch.context() as env:
        # A class's environment: the kit's Python first on PATH, as in an activated venv
        # (nbgrader runs `alembic` from PATH), and answers beside the notebooks (conftest
        # points MEDIALIT_ANSWERS elsewhere; a class leaves it unset).
        env.setenv("PATH", f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}")
        env.delenv("MEDIALIT_ANSWERS", raising=False)
        done = round_trip(root, pack, step)
    timings["whole round trip"] = [round(sum(t[i] for t in timings.values()), 1) for i in (0, 1)]
    print("\nnbgrader round trip, [wall, cpu] seconds per step:", json.dumps(timings))
    return done


def round_trip(root: Path, pack: Path, step) -> dict:
    """Teacher, students, teacher again: see the module's docstring."""
    course, exchange = root / "course", root / "exchange"
    exchange.mkdir()
    [cell] = step(
        "setup_course",
        lambda: setup_course(pack, course, ASSIGNMENT, [LESSON], COURSE_ID, exchange),
    )
    teacher = teacher_api(course)
    step("generate_assignment", lambda: ran(teacher.generate_assignment(ASSIGNMENT)))
    step("release_assignment", lambda: ran(teacher.release_assignment(ASSIGNMENT)))
    for student in ANSWERS:
        home = root / "students" / student
        home.mkdir(parents=True)
        step(
            f"{student}: fetch, answer, submit",
            lambda s=student, h=home: student_works(s, h, exchange),
        )
    step("collect", lambda: ran(teacher.collect(ASSIGNMENT)))
    graded = step("autograde", lambda: nbgrader("autograde", ASSIGNMENT, cwd=course))
    points = step("read the gradebook", lambda: gradebook_points(course, ASSIGNMENT))
    return {"course": course, "cell": cell, "points": points, "log": graded.stderr}


def submitted_answers(course: Path, student: str) -> Path:
    return (
        course
        / "submitted"
        / student
        / ASSIGNMENT
        / "my-answers"
        / (f"{LESSON}--{CASE}.answers.json")
    )


def test_the_grade_cell_is_worth_the_marked_items(course):
    cell = course["cell"]
    assert (cell.lesson, cell.case, cell.points) == (LESSON, CASE, MAX_POINTS)
    assert cell.exercises == (
        "backed-or-bare",
        "first-question",
        "price-ratio",
        "first-impressions",
    )


def test_the_typed_answer_cells_reach_students_as_they_are(course):
    """generate_assignment must not turn the pack's answer cells into NotImplementedError."""
    released = course["course"] / "release" / ASSIGNMENT / f"{LESSON}.ipynb"
    nb = nbformat.read(released, as_version=4)
    answer_cells = [c for c in nb.cells if c.metadata["nbgrader"].get("solution")]
    assert answer_cells and all("answer(" in c.source for c in answer_cells)
    assert not any("NotImplementedError" in c.source for c in nb.cells)
    assert "lesson_points" in grade_cell(nb).source


def test_each_students_nbgrader_points_are_the_kits_own(course):
    """The gradebook holds, for each student, what the teacher's full kit gives their file."""
    points = course["points"]
    assert set(points) == set(ANSWERS)
    for student, expected in EXPECTED.items():
        kit = kit_points(submitted_answers(course["course"], student), course["cell"], CASE)
        assert (points[student][LESSON], kit) == (expected, expected), student


def test_rewriting_the_grade_cell_changes_nothing(course):
    """bob's `points = 100` was submitted, put back by nbgrader, and earned nothing."""
    root = course["course"]
    submitted = nbformat.read(root / "submitted" / "bob" / ASSIGNMENT / f"{LESSON}.ipynb", 4)
    assert grade_cell(submitted).source == TAMPERED
    autograded = nbformat.read(root / "autograded" / "bob" / ASSIGNMENT / f"{LESSON}.ipynb", 4)
    restored = grade_cell(autograded)
    assert restored.source == course["cell"].source()
    [result] = [o for o in restored.outputs if o.output_type == "execute_result"]
    assert result["data"]["text/plain"] == "2.5"
    assert f"Attribute 'checksum' for cell {LESSON}-points has changed" in course["log"]
    assert course["points"]["bob"][LESSON] == EXPECTED["bob"]


def test_the_audit_agrees_with_the_gradebook(course):
    rows = audit(course["course"], ASSIGNMENT)
    assert [(r.student, r.gradebook, r.kit, r.agree) for r in rows] == [
        (student, points, points, True) for student, points in EXPECTED.items()
    ]


def test_grade_audit_prints_one_line_per_student_and_lesson(course, capsys):
    assert main(["grade-audit", str(course["course"]), ASSIGNMENT]) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"alice  {LESSON}: gradebook 12, kit 12 of 12  agree",
        f"bob  {LESSON}: gradebook 2.5, kit 2.5 of 12  agree",
    ]


# -- the parts that need no course


def test_grade_setup_writes_the_course_and_says_what_is_next(pack, tmp_path, capsys):
    course = tmp_path / "course"
    argv = ["grade-setup", str(course), "week2", "--pack", str(pack), "--lessons", LESSON]
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert f"{LESSON}: grade cell worth 12 points" in out
    assert "nbgrader generate_assignment week2" in out
    assert "OverwriteCellsAnywhere" in (course / "nbgrader_config.py").read_text()
    assert (course / "source" / "week2" / "medialit" / "teacher" / "nbgrader.py").is_file()
    [cell] = grade_cells(course / "source" / "week2" / f"{LESSON}.ipynb")
    assert cell.points == MAX_POINTS
    assert main([*argv[:3], "--pack", str(tmp_path), "--lessons", LESSON]) == 2
    assert "not a student pack" in capsys.readouterr().err


def _answers_file(folder: Path, exercises: dict) -> Path:
    path = folder / f"{LESSON}--{CASE}.answers.json"
    path.write_text(json.dumps({"format": "medialit-answers/1", "exercises": exercises}))
    return path


def test_starting_again_does_not_reset_the_first_answers(tmp_path):
    """Answers kept under 'earlier' (after `fresh=True`) are replayed first, so they count."""
    wrong_then_right = {"earlier": [[{"args": [1.5]}]], "answers": [{"args": [2]}]}
    path = _answers_file(tmp_path, {"price-ratio": wrong_then_right})
    [row] = score_answers(path, LESSON, CASE, ["price-ratio"])
    assert (row.answered, row.right_first_time, row.points) == (1, 0, 0.0)


def test_the_stored_scores_in_an_answers_file_count_for_nothing(tmp_path):
    forged = {"answers": [{"args": [1.5], "correct": True}], "score": {"right_first_time": 1}}
    path = _answers_file(tmp_path, {"price-ratio": forged})
    assert kit_points(path, GradeCell(LESSON, CASE, ("price-ratio",), 1.0)) == 0.0


def test_a_broken_answers_file_scores_nothing(tmp_path):
    path = tmp_path / "broken.answers.json"
    path.write_text("{not json")
    assert kit_points(path, GradeCell(LESSON, CASE, ("price-ratio",), 1.0)) == 0.0


def test_a_folder_that_is_not_a_pack_is_refused_in_one_line(tmp_path):
    with pytest.raises(MedialitError, match=r"not a student pack; make one first") as caught:
        setup_course(tmp_path, tmp_path / "course", ASSIGNMENT)
    assert "\n" not in str(caught.value)


def test_a_deleted_grade_cell_is_put_back_after_the_nearest_cell_still_there(
    nbgrader_installed,
):
    """nbgrader's own add_missing_cells fails (KeyError) when the cell before is locked."""
    names = ["00-cell-1", "00-typed", "00-cell-3", "00-points"]
    source = [SimpleNamespace(name=n, cell_type="code", source=f"# {n}", locked=True, checksum="x")
              for n in names]  # fmt: skip
    book = SimpleNamespace(
        source_cells=source,
        solution_cells=[source[1]],
        grade_cells=[SimpleNamespace(name="00-points", max_score=12.0)],
    )
    fixer = overwrite_cells_anywhere()()
    fixer.gradebook = SimpleNamespace(find_notebook=lambda *_: book)
    fixer.notebook_id, fixer.assignment_id = LESSON, ASSIGNMENT
    kept = [nbformat.v4.new_code_cell(f"# {n}") for n in names[:2]]
    for cell, name in zip(kept, names, strict=False):
        cell.metadata["nbgrader"] = {"grade_id": name}
    nb = nbformat.v4.new_notebook(cells=kept)
    fixer.add_missing_grade_cells(nb, {})
    assert [c.metadata["nbgrader"]["grade_id"] for c in nb.cells] == [*names[:2], "00-points"]
    assert nb.cells[-1].metadata["nbgrader"]["points"] == 12.0
