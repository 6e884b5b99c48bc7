"""What a class left behind, checked: the parts of the hub load test that need no hub.

`bench/hub_load.py` runs a class on a real JupyterHub and hands its record to these
functions; `tests/test_hub_audit.py` tests them on folders of files it writes itself, so a
bug here fails `make test` rather than hiding in a slow run. Standard library only.

- `audit_answers`: every answer a student sent is in that student's own answers file, once,
  and nothing of anyone else's is in it or anywhere else under the homes.
- `percentile`: nearest-rank percentile, as used for the answer-to-feedback p95.
- `missed_targets`: which of the class targets a run missed (empty: it passed).
"""

from __future__ import annotations

import json
import math
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

# An answers file is `<lesson>--<case>.answers.json` (medialit.exercises.file_name).
ANSWERS_GLOB = "*.answers.json"


def written_by(student: str) -> str:
    """The mark a simulated student puts in every free-text answer, so a mix-up shows.

    >>> written_by("s007")
    '(written by s007)'
    """
    return f"(written by {student})"


@dataclass
class Audit:
    """Answers sent, saved where they belong, lost, and found where they do not belong."""

    sent: int = 0
    saved: int = 0
    lost: int = 0
    mixed: int = 0
    problems: list[str] = field(default_factory=list)


def _key(args: object) -> str:
    """One answer call's arguments as they come back from JSON (tuples become lists)."""
    return json.dumps(args, sort_keys=True)


def _kept(data: dict) -> dict[str, Counter]:
    """The answers a file holds: exercise id -> how many times each set of arguments."""
    kept: dict[str, Counter] = {}
    exercises = data.get("exercises")
    for ex, entry in (exercises if isinstance(exercises, dict) else {}).items():
        answers = entry.get("answers") if isinstance(entry, dict) else None
        kept[ex] = Counter(
            _key(a.get("args")) for a in (answers or []) if isinstance(a, dict) and "args" in a
        )
    return kept


def audit_answers(
    sent: dict[str, dict[tuple[str, str], list]],
    folders: dict[str, Path],
    homes: Path,
) -> Audit:
    """Check the answers files a class left against what each student sent.

    `sent` is student -> {(lesson, exercise id): [the arguments of each answer call]};
    `folders` is student -> the folder their answers files must be in; `homes` is searched
    for answers files nobody should have written. Counted per answer: `lost` (sent, not in
    the student's file: no file, two files, an unreadable file, or missing from it) and
    `mixed` (in a student's file but not sent by them, another student's free-text mark in
    it, a file naming another student or lesson, or a file outside where it belongs).
    """
    audit = Audit()
    expected: set[Path] = set()
    for student, calls_by_exercise in sorted(sent.items()):
        folder = folders[student]
        for lesson in sorted({lesson for lesson, _ in calls_by_exercise}):
            mine = {ex: calls for (les, ex), calls in calls_by_exercise.items() if les == lesson}
            n_sent = sum(len(calls) for calls in mine.values())
            audit.sent += n_sent
            files = sorted(folder.glob(f"{lesson}--{ANSWERS_GLOB}"))
            expected.update(f.resolve() for f in files)
            where = f"{student} {lesson}"
            if len(files) != 1:
                audit.lost += n_sent
                audit.problems.append(f"{where}: {len(files)} answers files in {folder}")
                continue
            try:
                text = files[0].read_text(encoding="utf-8")
                data = json.loads(text)
                if not isinstance(data, dict):
                    raise ValueError("not a JSON object")
            except (OSError, ValueError) as exc:
                audit.lost += n_sent
                audit.problems.append(f"{where}: unreadable answers file ({exc})")
                continue
            if data.get("student") != student or data.get("lesson") != lesson:
                audit.mixed += 1
                audit.problems.append(
                    f"{where}: the file says student {data.get('student')!r}, "
                    f"lesson {data.get('lesson')!r}"
                )
            kept = _kept(data)
            for ex, calls in mine.items():
                want, got = Counter(_key(c) for c in calls), kept.get(ex, Counter())
                audit.saved += sum((want & got).values())
                missing = want - got
                if missing:
                    audit.lost += sum(missing.values())
                    audit.problems.append(f"{where} {ex}: not saved: {sorted(missing)[:3]}")
            extra = [
                (ex, args)
                for ex, got in kept.items()
                for args in (got - Counter(_key(c) for c in mine.get(ex, []))).elements()
            ]
            if extra:
                audit.mixed += len(extra)
                audit.problems.append(f"{where}: answers they did not send: {extra[:3]}")
            # Another student's free text anywhere else in the file (not already counted).
            counted = json.dumps(extra)
            others = sorted(
                o
                for o in sent
                if o != student and written_by(o) in text and written_by(o) not in counted
            )
            if others:
                audit.mixed += len(others)
                audit.problems.append(f"{where}: holds free text written by {others}")
    stray = sorted(p for p in homes.rglob(ANSWERS_GLOB) if p.resolve() not in expected)
    if stray:
        audit.mixed += len(stray)
        audit.problems.append(
            f"answers files nobody should have written: {[str(p) for p in stray[:5]]}"
        )
    return audit


def percentile(values: list[float], q: float) -> float | None:
    """The q-th percentile by nearest rank (the smallest value with q% of values at or
    below it), or None for no values.

    >>> percentile([0.3, 0.1, 0.2], 50), percentile(list(range(1, 21)), 95), percentile([], 95)
    (0.2, 19, None)
    """
    if not values:
        return None
    ordered = sorted(values)
    rank = min(len(ordered), max(1, math.ceil(q / 100 * len(ordered))))
    return ordered[rank - 1]


@dataclass(frozen=True)
class Limits:
    """The class targets (issue 16): everyone finishes, feedback p95, memory, nothing lost."""

    p95_s: float = 1.0
    student_peak_mb: float = 250.0


def missed_targets(result: dict, limits: Limits = Limits()) -> list[str]:
    """Each target a class run missed, in one line each (empty: every target met).

    >>> missed_targets({"hub_students": 2, "hub_finished": 2, "hub_feedback_p95_s": 0.2,
    ...     "hub_student_peak_mb": 251.0, "hub_answers_lost": 0, "hub_answers_mixed": 0})
    ['per-student peak 251.0 MB > 250 MB']
    """
    missed = []
    n, finished = result["hub_students"], result["hub_finished"]
    if finished != n:
        missed.append(f"{finished} of {n} students finished")
    p95 = result["hub_feedback_p95_s"]
    if p95 is None or p95 > limits.p95_s:
        missed.append(f"answer-to-feedback p95 {p95} s > {limits.p95_s:g} s")
    peak = result["hub_student_peak_mb"]
    if peak is None or peak > limits.student_peak_mb:
        missed.append(f"per-student peak {peak} MB > {limits.student_peak_mb:g} MB")
    for what in ("lost", "mixed"):
        if result[f"hub_answers_{what}"]:
            missed.append(f"{result[f'hub_answers_{what}']} answers {what}")
    exposed = result.get("hub_listening_off_loopback")
    if exposed:
        missed.append(f"listening off loopback: {exposed}")
    return missed
