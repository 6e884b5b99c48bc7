"""The pre/post check in the class report: each student's two scores and the class's change.

`medialit report` reads the check's entries from the same answers files as the rest of the
report (an entry the check saved carries `check: {form, case, when}`, `when` being `pre` for
the check at the start of lesson 00 and `post` for the one in lesson 06). For each student
it shows the pre and post scores, hits and false alarms apart, and for the class the change
from pre to post with its spread (median and interquartile range), as a table, a chart
(Okabe-Ito colours with distinct marker shapes, so colour is never the only cue) and a
one-line text summary.
"""

from __future__ import annotations

import statistics
from dataclasses import asdict, dataclass
from pathlib import Path

from medialit.exercises import read_answers

WHEN = ("pre", "post")
PRE_COLOUR, POST_COLOUR = "#0072B2", "#E69F00"  # Okabe-Ito blue and orange


@dataclass(frozen=True)
class CheckScore:
    """One student's score on one form of the check, on first answers."""

    form: str
    case: str
    hits: int
    false_alarms: int
    right: int
    answered: int
    total: int

    def cells(self) -> list[str]:
        """The score as table cells: form, hits, false alarms, right first time."""
        return [self.form, str(self.hits), str(self.false_alarms), f"{self.right}/{self.total}"]


@dataclass
class StudentChecks:
    """A student's pre and post checks (either may be missing)."""

    student: str
    pre: CheckScore | None = None
    post: CheckScore | None = None

    def change(self, name: str) -> int | None:
        """Post minus pre for `hits`, `false_alarms` or `right`; None without both checks.

        >>> s = StudentChecks("ana", CheckScore("A", "k", 2, 3, 5, 10, 10),
        ...                   CheckScore("B", "k", 4, 1, 8, 10, 10))
        >>> s.change("hits"), s.change("false_alarms")
        (2, -2)
        """
        if self.pre is None or self.post is None:
            return None
        return getattr(self.post, name) - getattr(self.pre, name)


def _score(entry: dict) -> CheckScore | None:
    about, score = entry.get("check"), entry.get("score")
    if not (isinstance(about, dict) and isinstance(score, dict) and score.get("answered")):
        return None
    return CheckScore(
        str(about.get("form") or "?"), str(about.get("case") or "?"),
        *(int(score.get(k) or 0) for k in
          ("hits", "false_alarms", "right_first_time", "answered", "total")),
    )  # fmt: skip


def read_checks(files: list[Path]) -> list[StudentChecks]:
    """Each student's pre and post checks, from answers files (files that cannot be read
    are left out: the class summary names them).

    >>> read_checks([])
    []
    """
    students: dict[str, StudentChecks] = {}
    for path in files:
        try:
            data = read_answers(path)
        except (ValueError, OSError):
            continue
        name = str(data.get("student") or path.parent.name)
        for entry in data["exercises"].values():
            if not isinstance(entry, dict) or (entry.get("check") or {}).get("when") not in WHEN:
                continue
            score = _score(entry)
            when = entry["check"]["when"]
            kept = getattr(students.setdefault(name, StudentChecks(name)), when)
            if score is not None and (kept is None or score.answered > kept.answered):
                setattr(students[name], when, score)
    return sorted(students.values(), key=lambda s: s.student)


def median_iqr(values: list[int]) -> tuple[float, float, float] | None:
    """The median and the interquartile range (first and third quartiles) of `values`.

    >>> median_iqr([1, 2, 3, 4, 5])
    (3, 2.0, 4.0)
    >>> median_iqr([]) is None
    True
    """
    if not values:
        return None
    if len(values) == 1:
        return values[0], float(values[0]), float(values[0])
    q1, _, q3 = statistics.quantiles(values, n=4, method="inclusive")
    return statistics.median(values), q1, q3


def _changes(students: list[StudentChecks], name: str) -> list[int]:
    return [c for s in students if (c := s.change(name)) is not None]


def _signed(value: float) -> str:
    text = f"{value:+.1f}".replace(".0", "")
    return "0" if text in ("+0", "-0") else text


def change_line(students: list[StudentChecks]) -> str:
    """The class's change from pre to post in one line (the chart's text summary too).

    >>> change_line([])
    'No student has both checks yet: no change to show.'
    """
    both = [s for s in students if s.change("hits") is not None]
    if not both:
        return "No student has both checks yet: no change to show."
    parts = []
    for name, words in (("hits", "hits"), ("false_alarms", "false alarms")):
        median, q1, q3 = median_iqr(_changes(both, name))
        parts.append(f"{words} {_signed(median)} (IQR {_signed(q1)} to {_signed(q3)})")
    return (
        f"Change from pre to post, median over {len(both)} students with both checks: "
        + "; ".join(parts)
        + "."
    )


HEADER = ["student", "pre form", "hits", "false alarms", "right", "post form", "hits",
          "false alarms", "right", "change in hits", "change in false alarms"]  # fmt: skip


def table_rows(students: list[StudentChecks]) -> list[list[str]]:
    """One row per student: pre, post and the change (a dash where a check is missing).

    >>> table_rows([StudentChecks("ana", CheckScore("A", "k", 2, 3, 5, 10, 10))])[0][5:]
    ['—', '—', '—', '—', '—', '—']
    """
    rows = []
    for s in students:
        pre = s.pre.cells() if s.pre else ["—"] * 4
        post = s.post.cells() if s.post else ["—"] * 4
        changes = [s.change(n) for n in ("hits", "false_alarms")]
        changed = ["—" if c is None else _signed(c) for c in changes]
        rows.append([s.student, *pre, *post, *changed])
    return rows


def text_table(students: list[StudentChecks]) -> str:
    """The pre/post section as plain text for the terminal."""
    if not students:
        return ""
    rows = [HEADER, *table_rows(students)]
    widths = [max(len(r[i]) for r in rows) for i in range(len(HEADER))]
    lines = ["", "", "Pre/post check (hits and false alarms on first answers):"]
    lines += ["  " + "  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip()
              for r in rows]  # fmt: skip
    cases = sorted({c.case for s in students for c in (s.pre, s.post) if c})
    lines += [f"  Check case(s): {', '.join(cases)}.", "  " + change_line(students)]
    return "\n".join(lines)


def markdown_table(students: list[StudentChecks]) -> str:
    """The pre/post table in Markdown, for summary.md."""
    rows = [HEADER, ["---"] * len(HEADER), *table_rows(students)]
    return "\n".join("| " + " | ".join(r) + " |" for r in rows)


def draw_prepost(students: list[StudentChecks], target: Path) -> Path | None:
    """Two panels (hits, false alarms): each student's pre and post joined by a grey line,
    the class median as a large marker with its interquartile range.

    >>> draw_prepost([], Path("prepost.png")) is None
    True
    """
    both = [s for s in students if s.change("hits") is not None]
    if not both:
        return None
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(1, 2, figsize=(8, 3.6), sharey=False)
    titles = ("Hits (higher is better)", "False alarms (lower is better)")
    for ax, name, title in zip(axes, ("hits", "false_alarms"), titles, strict=True):
        for n, s in enumerate(both):
            shift = (n % 7 - 3) * 0.015  # spread tied students a little
            ax.plot([shift, 1 + shift], [getattr(s.pre, name), getattr(s.post, name)],
                    color="#999999", linewidth=0.8, alpha=0.6)  # fmt: skip
        for x, when, colour, marker in ((0, "pre", PRE_COLOUR, "o"), (1, "post", POST_COLOUR, "s")):
            median, q1, q3 = median_iqr([getattr(getattr(s, when), name) for s in both])
            ax.errorbar([x], [median], yerr=[[median - q1], [q3 - median]], fmt=marker,
                        color=colour, markersize=10, capsize=6, linewidth=2,
                        label=f"{when}: median and IQR")  # fmt: skip
        ax.set_xticks([0, 1], ["pre", "post"])
        ax.set_xlim(-0.4, 1.4)
        ax.set_title(title)
        ax.set_ylabel("items")
    handles, labels = axes[0].get_legend_handles_labels()
    fig.legend(handles, labels, loc="lower center", ncol=2, fontsize="small")
    fig.tight_layout(rect=(0, 0.08, 1, 1))
    target.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(target, dpi=120)
    plt.close(fig)
    return target


def checks_json(students: list[StudentChecks]) -> dict:
    """The pre/post checks as JSON: each student's scores, the change's median and IQR.

    >>> checks_json([])["change"]["hits"] is None
    True
    """
    return {
        "students": [
            {
                "student": s.student,
                "pre": s.pre and asdict(s.pre),
                "post": s.post and asdict(s.post),
            }
            for s in students
        ],
        "change": {n: median_iqr(_changes(students, n)) for n in ("hits", "false_alarms", "right")},
        "summary": change_line(students),
    }


def prepost_section(files: list[Path], out: Path) -> tuple[str, str, dict]:
    """The pre/post part of the report from answers files: plain text, Markdown (with
    `prepost.png` written into `out` and its text summary as alt text) and JSON; all empty
    when no check was saved.

    >>> import tempfile
    >>> prepost_section([], Path(tempfile.mkdtemp()))
    ('', '', {})
    """
    (out / "prepost.png").unlink(missing_ok=True)
    students = read_checks(files)
    if not students:
        return "", "", {}
    line = change_line(students)
    chart = draw_prepost(students, out / "prepost.png")
    image = f"![{line}](prepost.png)\n\n" if chart else ""
    markdown = f"## Pre/post check\n\n{image}{line}\n\n{markdown_table(students)}\n"
    data = checks_json(students)
    return text_table(students), markdown, data
