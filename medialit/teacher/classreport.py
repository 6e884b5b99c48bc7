"""A class summary from students' saved answers: who got each exercise, common false alarms.

`medialit report ANSWERS...` reads answers files (or folders of them, searched
for `*.answers.json`), and prints, per exercise: how many students answered it,
how many got every item right first time, the share of items right first
time, false alarms, and the items most often flagged wrongly. It also writes a
bar chart (PNG, colour-blind-safe Okabe-Ito colours plus hatching, so colour is
never the only cue) with a one-line text summary beside it.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from medialit.exercises import read_answers
from medialit.teacher.prepost_report import checks_json, prepost_section, read_checks

BLUE, VERMILLION = "#0072B2", "#D55E00"  # Okabe-Ito


@dataclass
class ExerciseSummary:
    """How a class did on one exercise."""

    lesson: str
    id: str
    title: str
    kind: str
    students: int = 0  # students who answered at least one item
    got_it: int = 0  # answered every item, all right first time
    graded: bool = True
    items_answered: int = 0
    items_right_first_time: int = 0
    false_alarms: int = 0
    students_with_false_alarms: int = 0
    false_alarm_items: Counter = field(default_factory=Counter)
    mixups: Counter = field(default_factory=Counter)
    number: int = 0

    @property
    def share_right(self) -> float:
        """Items right first time, as a share of items answered (0 to 1)."""
        return self.items_right_first_time / self.items_answered if self.items_answered else 0.0

    def lines(self) -> list[str]:
        """The summary as a few lines of plain text."""
        head = f"{self.lesson} · {self.title} ({self.id})"
        if not self.graded:
            return [f"{head}: written by {self.students} students (free text: not marked)."]
        out = [
            f"{head}: answered by {self.students}; got it all right first time: "
            f"{self.got_it} of {self.students}; items right first time: "
            f"{self.share_right:.0%}."
        ]
        if self.false_alarms:
            out.append(
                f"  False alarms: {self.false_alarms}, by {self.students_with_false_alarms} "
                "students. Most often flagged wrongly:"
            )
            out += [
                f"    - {item} ({n} students)" for item, n in self.false_alarm_items.most_common(3)
            ]
        return out


def answer_files(paths: list[str | Path]) -> list[Path]:
    """The answers files among `paths`: files as given, folders searched for `*.answers.json`.

    >>> answer_files([])
    []
    """
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        found += sorted(path.rglob("*.answers.json")) if path.is_dir() else [path]
    return found


def _add(summary: ExerciseSummary, score: dict, entry: dict) -> None:
    summary.students += 1
    summary.number = summary.number or int(entry.get("number") or 0)
    if score.get("graded") is False:
        summary.graded = False
        return
    answered, right = int(score.get("answered") or 0), int(score.get("right_first_time") or 0)
    summary.items_answered += answered
    summary.items_right_first_time += right
    summary.got_it += answered == int(score.get("total") or 0) and right == answered
    alarms = int(score.get("false_alarms") or 0)
    summary.false_alarms += alarms
    summary.students_with_false_alarms += alarms > 0
    summary.false_alarm_items.update(set(score.get("false_alarm_items") or []))
    summary.mixups.update(set(score.get("mixups") or []))


def summarise(paths: list[str | Path]) -> tuple[list[ExerciseSummary], list[str], int]:
    """Per-exercise summaries, one line per file that could not be read, and how many were read.

    >>> summarise([])
    ([], [], 0)
    """
    summaries: dict[tuple[str, str], ExerciseSummary] = {}
    problems: list[str] = []
    read = 0
    for path in answer_files(paths):
        try:
            data = read_answers(path)
        except (ValueError, OSError) as exc:
            problems.append(f"{path}: skipped: {getattr(exc, 'strerror', None) or exc}")
            continue
        read += 1
        lesson = str(data.get("lesson") or "?")
        for exercise_id, entry in data["exercises"].items():
            score = entry.get("score") if isinstance(entry, dict) else None
            if not isinstance(score, dict) or not score.get("answered"):
                continue
            key = (lesson, str(exercise_id))
            if key not in summaries:
                title = str(entry.get("title") or exercise_id)
                summaries[key] = ExerciseSummary(lesson, key[1], title, str(entry.get("kind")))
            _add(summaries[key], score, entry)
    ordered = sorted(summaries.values(), key=lambda s: (s.lesson, s.number, s.id))
    return ordered, problems, read


def text_report(summaries: list[ExerciseSummary], files: int) -> str:
    """The class summary as plain text.

    >>> text_report([], 0)
    'No answers found in 0 file(s).'
    """
    if not summaries:
        return f"No answers found in {files} file(s)."
    lines = [f"Class summary from {files} answers file(s)."]
    for summary in summaries:
        lines += summary.lines()
    return "\n".join(lines)


def chart_summary(summaries: list[ExerciseSummary]) -> str:
    """The chart in one line of text (for screen readers and the report).

    >>> chart_summary([])
    'No marked exercises to chart.'
    """
    marked = [s for s in summaries if s.graded and s.items_answered]
    if not marked:
        return "No marked exercises to chart."
    best = max(marked, key=lambda s: s.share_right)
    worst = min(marked, key=lambda s: s.share_right)
    alarms = max(marked, key=lambda s: s.students_with_false_alarms)
    line = (
        f"Items right first time, per exercise: highest {best.title} ({best.share_right:.0%}), "
        f"lowest {worst.title} ({worst.share_right:.0%})"
    )
    if alarms.students_with_false_alarms:
        share = alarms.students_with_false_alarms / alarms.students
        line += f"; most false alarms: {alarms.title} ({share:.0%} of students)"
    return line + "."


def draw_chart(summaries: list[ExerciseSummary], target: Path) -> Path | None:
    """A horizontal bar chart: share right first time and share of students with false alarms.

    >>> draw_chart([], Path("chart.png")) is None  # nothing marked, nothing drawn
    True
    """
    marked = [s for s in summaries if s.graded and s.items_answered]
    if not marked:
        return None
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    labels = [f"{s.lesson[:2]} · {s.title}" for s in marked]
    right = [100 * s.share_right for s in marked]
    alarms = [100 * s.students_with_false_alarms / s.students for s in marked]
    rows = range(len(marked))
    fig, ax = plt.subplots(figsize=(8, 0.6 * len(marked) + 1.9))
    ax.barh([r - 0.2 for r in rows], right, height=0.4, color=BLUE, label="items right first time")
    ax.barh(
        [r + 0.2 for r in rows],
        alarms,
        height=0.4,
        color=VERMILLION,
        hatch="//",
        label="students with a false alarm",
    )
    ax.set_yticks(list(rows), labels)
    ax.invert_yaxis()
    ax.set_xlim(0, 100)
    ax.set_xlabel("per cent")
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.22), ncol=2, fontsize="small")
    ax.set_title("Class summary")
    fig.tight_layout()
    target.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(target, dpi=120)
    plt.close(fig)
    return target


def as_json(summaries: list[ExerciseSummary], files: int) -> dict:
    """The summary as a JSON-ready dict.

    >>> as_json([], 3)
    {'files': 3, 'exercises': []}
    """
    return {
        "files": files,
        "exercises": [
            {
                "lesson": s.lesson,
                "id": s.id,
                "title": s.title,
                "kind": s.kind,
                "students": s.students,
                "got_it": s.got_it,
                "marked": s.graded,
                "share_right_first_time": round(s.share_right, 4),
                "false_alarms": s.false_alarms,
                "students_with_false_alarms": s.students_with_false_alarms,
                "common_false_alarms": s.false_alarm_items.most_common(5),
            }
            for s in summaries
        ],
    }


def class_json(paths: list[str | Path]) -> dict:
    """What `medialit report --json` prints: `as_json`, and the pre/post checks when any.

    >>> class_json([])
    {'files': 0, 'exercises': []}
    """
    summaries, _, files = summarise(paths)
    students = read_checks(answer_files(paths))
    return as_json(summaries, files) | ({"prepost": checks_json(students)} if students else {})


def write_report(paths: list[str | Path], out: Path) -> tuple[str, list[str]]:
    """Write `summary.md`, `summary.json` and `chart.png` into `out` (and, when students took
    the pre/post check, its section and `prepost.png`: `prepost_report`); return the text
    and the problems.

    >>> import tempfile
    >>> write_report([], Path(tempfile.mkdtemp()))[0].splitlines()[0]
    'No answers found in 0 file(s).'
    """
    summaries, problems, files = summarise(paths)
    text = text_report(summaries, files)
    out.mkdir(parents=True, exist_ok=True)
    (out / "chart.png").unlink(missing_ok=True)  # never leave an old chart beside a new summary
    chart = draw_chart(summaries, out / "chart.png")
    alt = chart_summary(summaries)
    image = f"![{alt}](chart.png)\n\n{alt}\n\n" if chart else ""
    body = "\n".join(f"    {line}" for line in text.splitlines())
    prepost_text, prepost_md, prepost_json = prepost_section(answer_files(paths), out)
    prepost_md = f"\n{prepost_md}" if prepost_md else ""
    (out / "summary.md").write_text(
        f"# Class summary\n\n{image}{body}\n{prepost_md}", encoding="utf-8"
    )
    data = as_json(summaries, files) | ({"prepost": prepost_json} if prepost_json else {})
    (out / "summary.json").write_text(json.dumps(data, ensure_ascii=False, indent=1), "utf-8")
    return f"{text}\n\nChart: {alt}{prepost_text}", problems
