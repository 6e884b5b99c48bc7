"""Judge the chart: which flaws, if any, make a chart mislead? Several may apply.

Each item is a chart as it was published (the case's `charts.yml`, or the two charts the
kit draws from a series in the ledger: `medialit.case.case_charts`), shown as a picture
with its one-line description in words. Students name its flaws, or `none` for a fair
chart. The score counts hits and false alarms per flaw, as name-the-technique does (a
chart exercise is one whose labels are flaws), and a wrong choice gets that choice's hint.
The key may accept reasonable alternatives (`also:` in charts.yml).

The pictures are drawn by the lesson (`medialit.notebook`), which gives them to the
exercise as `pictures`: anything with `png` bytes and `alt` text.
"""

from __future__ import annotations

import base64
from typing import TYPE_CHECKING

from medialit.case import ChartSpec, case_charts
from medialit.errors import MedialitError
from medialit.exercises.annotated import where_published
from medialit.exercises.technique import NONE, Passage, TechniqueExercise
from medialit.shown import Shown, escape_html

if TYPE_CHECKING:
    from medialit.case import Case

FLAW_LABELS = {
    "truncated-axis": "Truncated axis (the y-axis does not start at 0)",
    "relative-as-absolute": "Relative figures drawn as if they were amounts",
    "cherry-picked-window": "Cherry-picked time window",
    NONE: "None: a fair chart",
}
# What a student reads after choosing a flaw wrongly (a chart's own `hints:` come first).
FLAW_HINTS = {
    "truncated-axis": "Read the lowest number on the y-axis. Does it start at 0? If it does, "
    "the bars compare as the numbers do.",
    "relative-as-absolute": "Are the values amounts (people, tenge) or ratios and percentages? "
    "Read what the axis measures.",
    "cherry-picked-window": "Would dates before or after the window change the story? Check "
    "the ledger for them.",
    NONE: "Check three things: where the y-axis starts, what the values measure, and which "
    "dates are left out.",
}
# The one-line honest redraw for each flaw: `L.redraw(chart, <fix>)`.
FIXES = {
    "truncated-axis": "y_from=0",
    "relative-as-absolute": "absolute=True",
    "cherry-picked-window": 'window="full"',
}


def fixes_for(chart: ChartSpec) -> list[str]:
    """The redraw options that make a chart honest (none for a fair chart).

    >>> from medialit.case import Series
    >>> fixes_for(ChartSpec("c", "", "T", "bar", Series(("a",), (1.0,)), 0.5,
    ...     flaws=("truncated-axis",)))
    ['y_from=0']
    """
    return [FIXES[f] for f in chart.flaws
            if f in FIXES and (f != "relative-as-absolute" or chart.absolute)]  # fmt: skip


class ChartExercise(TechniqueExercise):
    """Name the flaws of each chart, or `none` for a fair one.

    >>> from medialit.case import Series
    >>> charts = [ChartSpec("a", "", "Up", "bar", Series(("x", "y"), (60.0, 120.0)), 55.0,
    ...     flaws=("truncated-axis",), why="Axis from 55."),
    ...     ChartSpec("b", "", "Fair", "bar", Series(("x", "y"), (60.0, 120.0)), why="Fair.")]
    >>> ex = chart_exercise(charts, id="c", title="Judge", prompt="Which flaws?")
    >>> ex.answer(1, "truncated").correct, ex.answer(2, "truncated-axis").correct
    (True, False)
    >>> s = ex.score(); (s.hits, s.false_alarms)
    (1, 1)
    """

    kind = "chart"
    item_word = "chart"
    label_word = "flaw"
    asks_words = False
    choice_hints = FLAW_HINTS

    def __init__(self, *args, charts: list[ChartSpec], **kwargs):
        super().__init__(*args, **kwargs)
        self.charts = list(charts)
        self.pictures: list = []  # one per chart, given by the lesson (png bytes, alt text)
        self._pictures_shown = False

    def usage(self) -> str:
        """An example answer: a chart's number and its flaws (or "none")."""
        return 'answer(1, ["truncated-axis"])'

    def _hint(self, index: int, named: tuple[str, ...]) -> str:
        wrong = [k for k in named if k not in self._accepted(index)] or list(named)
        return self.charts[index].hints.get(wrong[0]) or super()._hint(index, named)

    def _figure(self, index: int, passage: Passage) -> str:
        """The chart as a figure: its picture with alt text, captioned with its number, its
        description in words and where it ran ("" when the lesson gave no picture)."""
        if index >= len(self.pictures):
            return ""
        picture = self.pictures[index]
        data = base64.b64encode(picture.png).decode("ascii")
        source = f" — <i>{escape_html(passage.source)}</i>" if passage.source else ""  # as listed
        return (
            f'<figure><img src="data:image/png;base64,{data}" alt="{escape_html(picture.alt)}">'
            f"<figcaption><b>{index + 1}.</b> {escape_html(passage.prompt)}{source}"
            "</figcaption></figure>"
        )

    def _item_html(self, index: int, passage: Passage) -> str:
        return self._figure(index, passage) or super()._item_html(index, passage)

    def _item_markdown(self, index: int, item) -> str:
        figure = self._figure(index, item) if self._pictures_shown else ""
        return f"\n{figure}\n" if figure else super()._item_markdown(index, item)

    def _key_markdown(self) -> str:
        lines = [super()._key_markdown(), "", "Redrawn honestly, in one line each:"]
        for number, chart in enumerate(self.charts, start=1):
            fixes = fixes_for(chart)
            how = (f"`L.redraw({number}, {', '.join(fixes)})`" if fixes
                   else "a fair chart: nothing to redraw")  # fmt: skip
            if "relative-as-absolute" in chart.flaws and not chart.absolute:
                how += " (its source gives no absolute figures: ask for them)"
            lines.append(f"- Chart {number}: {how}")
        return "\n".join(lines)

    def show(self) -> Shown:
        """The exercise as Markdown (with the charts as pictures) and as plain text (words)."""
        words = super().show()
        self._pictures_shown = True
        try:
            pictured = super().show()
        finally:
            self._pictures_shown = False
        return Shown(pictured.markdown, words.text)


def chart_exercise(charts: list[ChartSpec], sources: list[str] | None = None, **common):
    """A chart exercise from charts (each keyed with its flaws), with where each ran.

    >>> from medialit.case import Series
    >>> chart = ChartSpec("a", "", "Up", "line", Series(("x", "y"), (1.0, 2.0)), why="Fair.")
    >>> ex = chart_exercise([chart], ["The Courier, 1 May"], id="c", title="T", prompt="P")
    >>> ex.items[0].source
    'The Courier, 1 May'
    """
    items = [
        Passage(
            chart.described(), chart.flaws, chart.why, "",
            (sources or [])[i] if sources else chart.source, also=chart.also,
        )
        for i, chart in enumerate(charts)
    ]  # fmt: skip
    return ChartExercise(labels=dict(FLAW_LABELS), items=items, charts=charts, **common)


def build_chart_exercise(case: Case, spec: dict, common: dict) -> ChartExercise:
    """A judge-the-chart exercise from its entry: the case's charts (all, or those `charts:`
    names), keyed from charts.yml, or the charts the kit draws from a ledger series.

    >>> from medialit.case import load_case
    >>> ex = build_chart_exercise(load_case("kazakhstan-2022"), {}, {"id": "c", "title": "T",
    ...     "prompt": "P"})
    >>> [item.accepted for item in ex.items]
    [('truncated-axis',), ('cherry-picked-window',), ('none',)]
    """
    available = case_charts(case)
    wanted = spec.get("charts") or list(available)
    if not isinstance(wanted, list):
        raise MedialitError("'charts' must be a list of chart ids from charts.yml")
    unknown = [c for c in wanted if c not in available]
    if unknown:
        listed = ", ".join(available) or "none (add charts.yml, or a series to facts.csv)"
        raise MedialitError(f"no chart '{unknown[0]}'; the case's charts are {listed}")
    charts = [available[c] for c in wanted]
    sources = [
        where_published(case, case.articles[c.article]) if c.article in case.articles else c.source
        for c in charts
    ]
    return chart_exercise(charts, sources, **common)
