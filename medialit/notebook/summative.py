"""Lesson 06's views: the unseen texts, the whole ledger, the rubric and the final score
(a table, a chart and its one-line summary), and `SummativeSteps`, the steps `Lesson`
mixes in to show them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from medialit.exercises import UNSEEN_FALLBACK, Exercise, lesson_specs
from medialit.notebook.charts import BLUE, GREEN, VERMILLION, show_figure
from medialit.notebook.numbers import exercise_ledger
from medialit.notebook.reading import article_view
from medialit.paths import data_dir
from medialit.shown import Shown, escape_md, shown

if TYPE_CHECKING:
    from medialit.case import Case

RUBRIC_FILE = "06-rubric.md"  # data/lessons/: the rubric, shown in the lesson and in its plan


def unseen_texts(case: Case, note: str = "") -> Shown:
    """Every unseen text of the case, in full; for a case without any, the line `note`.

    >>> from medialit.case import load_case
    >>> print(unseen_texts(load_case("kazakhstan-2022")).text.splitlines()[0])
    Text 1 of 3
    """
    if not case.unseen:
        return shown(f"*{escape_md(note or 'This case has no unseen texts.')}*")
    parts = []
    for number, article in enumerate(case.unseen.values(), start=1):
        view, card = article_view(case, article), case.outlet_of(article)
        about = (
            f"**Who publishes it** (source card): {escape_md(card.name)}. "
            f"{escape_md(card.why_kind)} *Run by:* {escape_md(card.runs_it)} *Paid for by:* "
            f"{escape_md(card.funding)} *Record:* {escape_md(card.record)}\n\n"
            if card
            else ""
        )
        parts.append(f"### Text {number} of {len(case.unseen)}\n\n{about}{view.markdown}")
    return shown("\n\n---\n\n".join(parts))


def whole_ledger(case: Case) -> Shown:
    """Every figure in the ledger (not the dates), with no verdicts: finding the row that
    fits a figure is part of the task.

    >>> from medialit.case import load_case
    >>> "detained-interior" in whole_ledger(load_case("kazakhstan-2022")).text
    True
    """
    ids = " ".join(f.id for f in case.facts.values() if not f.is_date)
    intro = "The whole ledger's figures (facts.csv). Find the row each figure should match."
    return exercise_ledger(case, [{"prompt": ids}], intro=intro)


def rubric() -> Shown:
    """Lesson 06's rubric: levels for each skill (the same text as in its plan).

    >>> rubric().text.splitlines()[0]
    'Rubric: four levels for each skill (lesson 06, the closing task). A reason counts only'
    """
    return shown((data_dir() / "lessons" / RUBRIC_FILE).read_text(encoding="utf-8"))


def final_score(exercises: list[Exercise], answer_key: bool = False) -> Shown:
    """The lesson's score, skill by skill: hits, false alarms and reasons accepted, as a
    table, a chart and a one-line summary.

    >>> print(final_score([]).text)
    No exercises yet.
    """
    if answer_key:
        return shown("*Answer-key mode: no scores are kept.*")
    scores = [(ex.title, ex.score()) for ex in exercises]
    if not scores:
        return shown("*No exercises yet.*")
    lines = [
        "| Skill | Answered | Hits | False alarms | Misses | Reasons accepted |",
        "|---|---|---|---|---|---|",
    ]
    for title, s in scores:
        cells = [title, f"{s.answered} of {s.total}", s.hits, s.false_alarms, s.misses]
        cells.append(f"{s.justified or 0} of {s.total}")
        lines.append("| " + " | ".join(escape_md(str(c)) for c in cells) + " |")
    hits, alarms = sum(s.hits for _, s in scores), sum(s.false_alarms for _, s in scores)
    misses = sum(s.misses for _, s in scores)
    reasons, total = sum(s.justified or 0 for _, s in scores), sum(s.total for _, s in scores)
    summary = (
        f"Summary: hits {hits}, false alarms {alarms}, misses {misses} across the skills; "
        f"{reasons} of {total} answers right with a reason that quotes the deciding words."
    )
    _chart(scores)
    return shown("\n".join(lines) + f"\n\n*{escape_md(summary)}*")


def _chart(scores: list) -> None:
    """Hits, false alarms and reasons accepted for each skill, as bars with patterns."""
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(7, 2.6))
    bars = [("hits", BLUE, "", "hits"), ("false alarms", VERMILLION, "//", "false_alarms"),
            ("reasons accepted", GREEN, "..", "justified")]  # fmt: skip
    for offset, (label, colour, hatch, field) in enumerate(bars):
        values = [getattr(s, field) or 0 for _, s in scores]
        xs = [i + (offset - 1) * 0.27 for i in range(len(scores))]
        ax.bar(xs, values, 0.27, label=label, color=colour, hatch=hatch, edgecolor="black")
    ax.set_xticks(range(len(scores)), [title for title, _ in scores], fontsize=8)
    ax.set_ylabel("items")
    ax.legend(fontsize=8)
    alt = (
        "Chart: hits, false alarms and reasons accepted for each skill, as bars. The table "
        "and the summary under the chart give the numbers."
    )
    show_figure(fig, alt)


class SummativeSteps:
    """Lesson 06's steps, mixed into `medialit.lesson.Lesson` (which gives `case`, `name`,
    `answer_key`, `exercises` and `exercise`)."""

    def unseen_texts(self) -> Shown:
        """The texts this lesson draws on, which no earlier lesson shows (lesson 06)."""
        if lesson_specs(self.case, self.name):
            return unseen_texts(self.case, UNSEEN_FALLBACK)
        return unseen_texts(self.case, "This case has no unseen texts (`unseen:` in case.yml) "
                            "and no annotated sentences to use instead: each task below says "
                            "what to add.")  # fmt: skip

    def rubric(self) -> Shown:
        """How the closing task is marked: levels for each skill."""
        return rubric()

    def final_score(self) -> Shown:
        """Your score skill by skill: hits, false alarms and reasons accepted, with a chart;
        every exercise of the lesson counts, opened or not."""
        ids = [s.get("id") for s in lesson_specs(self.case, self.name) if isinstance(s, dict)]
        opened = [self.exercises.get(i) or self.exercise(i) for i in ids]
        return final_score([e for e in opened if isinstance(e, Exercise)], self.answer_key)
