"""Saving a student's answers as they are given, so no work is lost.

Each lesson keeps one file per student and case, written whole after every
answer (a temporary file, then `os.replace`, so a crash never leaves half a
file). Reopening the lesson reads the file back and replays the answers, so a
rerun of the notebook never erases them. A file that cannot be read is moved
aside as a backup, never overwritten, and reported in one line.

Where the file goes, first match wins:

1. `start(..., answers_folder="...")` (a lesson parameter);
2. the `MEDIALIT_ANSWERS` environment variable;
3. a `my-answers/` folder beside the notebook (the folder the notebook runs in).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import json
import os
import re
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from medialit.exercises.base import Exercise

FORMAT = "medialit-answers/1"
DEFAULT_FOLDER = "my-answers"


def answers_folder(folder: str | os.PathLike | None = None) -> Path:
    """The folder answers are saved in: the parameter, else `$MEDIALIT_ANSWERS`, else `my-answers/`.

    >>> answers_folder("/tmp/class-7b").as_posix()
    '/tmp/class-7b'
    """
    if folder:
        return Path(folder).expanduser()
    env = os.environ.get("MEDIALIT_ANSWERS")
    return Path(env).expanduser() if env else Path.cwd() / DEFAULT_FOLDER


def student_name() -> str:
    """Who is answering: `$MEDIALIT_STUDENT`, else the JupyterHub user, else the login name.

    >>> os.environ["MEDIALIT_STUDENT"] = "ana"; student_name()
    'ana'
    >>> del os.environ["MEDIALIT_STUDENT"]
    """
    for name in ("MEDIALIT_STUDENT", "JUPYTERHUB_USER"):
        if os.environ.get(name):
            return os.environ[name]
    try:
        return getpass.getuser()
    except Exception:  # no login name (some containers): the file still works
        return "student"


def file_name(lesson: str, case_id: str) -> str:
    """The answers file of one lesson and case.

    >>> file_name("00-start-here", "kazakhstan-2022")
    '00-start-here--kazakhstan-2022.answers.json'
    """
    safe = re.sub(r"[^\w.-]+", "-", f"{lesson}--{case_id}")
    return f"{safe}.answers.json"


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def write_atomically(path: Path, text: str) -> None:
    """Write `text` to `path` in one step: a temporary file beside it, then `os.replace`.

    >>> import tempfile; target = Path(tempfile.mkdtemp()) / "a.json"
    >>> write_atomically(target, "{}"); target.read_text()
    '{}'
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def read_answers(path: Path) -> dict:
    """A saved answers file, checked; raises ValueError saying why it cannot be used.

    >>> import tempfile; bad = Path(tempfile.mkdtemp()) / "x.answers.json"
    >>> _ = bad.write_text("{not json")
    >>> read_answers(bad)
    Traceback (most recent call last):
    ...
    ValueError: not valid JSON (line 1)
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise ValueError("not text") from None
    except json.JSONDecodeError as exc:
        raise ValueError(f"not valid JSON (line {exc.lineno})") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValueError(f"not a Media Literacy Lab answers file (no \"format\": \"{FORMAT}\")")
    if not isinstance(data.get("exercises"), dict):
        raise ValueError("its 'exercises' entry is missing or not a mapping")
    return data


def _shown(path: Path) -> str:
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return str(path)


def saved_entry(exercise: Exercise) -> dict:
    """What the answers file keeps for one exercise: its answers and its score.

    >>> from medialit.exercises.number import NumberExercise
    >>> ex = NumberExercise("n", "N", "How many?", answer=3, why="Count them.")
    >>> _ = ex.answer(3); saved_entry(ex)["answers"]
    [{'args': [3], 'correct': True}]
    """
    return {
        "kind": exercise.kind,
        "title": exercise.title,
        "number": exercise.number,
        "answers": exercise.history,
        "score": asdict(exercise.score()),
        **exercise.saved_with(),
    }


@dataclass
class AnswerFile:
    """One student's answers to one lesson on one case, kept on disk as they are given."""

    path: Path
    lesson: str
    case: str
    student: str = field(default_factory=student_name)
    data: dict = field(default_factory=dict)
    notice: str = ""  # one line for the student when the old file could not be read

    @classmethod
    def open(cls, folder: Path, lesson: str, case: str) -> AnswerFile:
        """The answers file for a lesson, with what it already holds (nothing is written yet).

        >>> import tempfile; folder = Path(tempfile.mkdtemp())
        >>> AnswerFile.open(folder, "00-start-here", "kazakhstan-2022").saved("backed-or-bare")
        []
        """
        answers = cls(folder / file_name(lesson, case), lesson, case)
        answers.data = answers._load()
        return answers

    def _fresh(self) -> dict:
        return {
            "format": FORMAT,
            "student": self.student,
            "lesson": self.lesson,
            "case": self.case,
            "updated": _now(),
            "exercises": {},
        }

    def _load(self) -> dict:
        if not self.path.exists():
            return self._fresh()
        try:
            return read_answers(self.path)
        except (ValueError, OSError) as exc:
            return self._set_aside(str(exc))

    def _set_aside(self, why: str) -> dict:
        """Move an unreadable file aside (never overwrite it) and say so in one line."""
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = self.path.with_name(f"{self.path.stem}.unreadable-{stamp}.json")
        n = 1
        while backup.exists():
            n += 1
            backup = self.path.with_name(f"{self.path.stem}.unreadable-{stamp}-{n}.json")
        os.replace(self.path, backup)
        self.notice = (
            f"Your saved answers in {_shown(self.path)} could not be read ({why}); "
            f"the file is kept as {backup.name} for your teacher, and new answers go to a "
            "fresh file."
        )
        return self._fresh()

    @property
    def shown_path(self) -> str:
        """The file's path as a student would type it (relative to the notebook if inside)."""
        return _shown(self.path)

    def saved(self, exercise_id: str) -> list[dict]:
        """The answers saved for one exercise, oldest first."""
        entry = self.data["exercises"].get(exercise_id)
        answers = entry.get("answers") if isinstance(entry, dict) else None
        return [a for a in answers if isinstance(a, dict)] if isinstance(answers, list) else []

    def keep(self, exercise: Exercise) -> str | None:
        """Save one exercise's answers and score; None when all went well, else one line to show.

        The line says why the answer could not be saved, or that the file had been damaged
        since the lesson opened (it is then kept as a backup and a fresh file started).
        """
        try:
            set_aside = ""
            if self.path.exists():  # another window may have saved other exercises meanwhile
                try:
                    self.data = read_answers(self.path)
                except ValueError as exc:
                    self._set_aside(str(exc))  # and go on from what this session last saved
                    set_aside = self.notice
            old = self.data["exercises"].get(exercise.id)
            entry = saved_entry(exercise)
            if isinstance(old, dict) and old.get("earlier"):
                entry["earlier"] = old["earlier"]
            self.data["exercises"][exercise.id] = entry
            self.data["updated"] = _now()
            self.data["student"] = self.data.get("student") or self.student
            write_atomically(self.path, json.dumps(self.data, ensure_ascii=False, indent=1))
        except OSError as exc:
            return (
                f"Your answer is checked but could not be saved to {self.shown_path} "
                f"({exc.strerror or exc}); tell your teacher before you close the notebook."
            )
        return set_aside or None

    def start_again(self, exercise_id: str) -> None:
        """Clear one exercise's answers for a fresh start, keeping them under 'earlier'."""
        entry = self.data["exercises"].get(exercise_id)
        if isinstance(entry, dict) and entry.get("answers"):
            entry.setdefault("earlier", []).append(entry["answers"])
            entry["answers"] = []
            # if this fails, the next answer tries again and reports it
            with contextlib.suppress(OSError):
                write_atomically(self.path, json.dumps(self.data, ensure_ascii=False, indent=1))
