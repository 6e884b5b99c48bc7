"""Charts that mislead (lesson 05): each chart drawn as it was published, and redrawn
honestly in one line, `L.redraw(1, y_from=0)`, beside the published one.

The charts are the case's (`charts.yml`, or the two the kit draws from a series in its
ledger: `medialit.case.case_charts`). A redraw changes one thing or more: where the
y-axis starts (`y_from=0`), amounts instead of relative figures (`absolute=True`), the
whole series instead of a window (`window="full"`), and says in words what changed.
`ChartSteps` gives the lesson its `redraw` step and gives the judge-the-chart exercise
its pictures. Colours are the kit's colour-blind-safe ones; bars carry patterns too.
"""

from __future__ import annotations

import math
import textwrap
from dataclasses import replace
from typing import TYPE_CHECKING

from medialit.case import ChartSpec, Series, case_charts
from medialit.errors import MedialitError
from medialit.exercises import ChartExercise, fixes_for, lesson_specs
from medialit.notebook.charts import BLUE, ORANGE, Chart, render
from medialit.shown import Shown, escape_md, format_number, shown

if TYPE_CHECKING:
    from medialit.case import Case


def _draw(ax, chart: ChartSpec, heading: str, colour: str, hatch: str) -> None:
    """One chart on one set of axes, as `chart` says: kind, values, y-axis and title."""
    values, places = chart.series.values, range(len(chart.series.values))
    if chart.kind == "line":
        ax.plot(places, values, marker="o", color=colour, linewidth=2.5, markersize=7)
    else:
        ax.bar(places, values, color=colour, edgecolor="black", hatch=hatch, width=0.6)
    for x, v in zip(places, values, strict=True):
        if chart.y_from <= v <= chart.top:
            ax.annotate(format_number(v), (x, v), ha="center", va="bottom", fontsize=8,
                        xytext=(0, 3), textcoords="offset points")  # fmt: skip
    ax.set_xticks(list(places), [textwrap.fill(label, 14) for label in chart.series.labels],
                  fontsize=7)  # fmt: skip
    ax.set_ylim(chart.y_from, chart.top)
    ax.set_ylabel(chart.series.unit, fontsize=8)
    ax.set_title(textwrap.fill(f"{heading}{chart.title}", 40), fontsize=9)


def published_chart(chart: ChartSpec, number: int) -> Chart:
    """A chart drawn as it was published, with alt text and its description in words.

    >>> from medialit.case import load_case
    >>> picture = published_chart(case_charts(load_case("kazakhstan-2022"))["fuel-price-bars"], 1)
    >>> picture.alt[:36], picture.png[:4] == b"\\x89PNG"
    ('Chart 1 as published: a bar chart, “', True)
    """
    from matplotlib.figure import Figure

    fig = Figure(figsize=(4.6, 3.2))
    _draw(fig.subplots(), chart, "", BLUE, "//")
    alt = (f"Chart {number} as published: a {chart.kind} chart, “{chart.title}”. Its values, "
           "axis and time window are given in words just below it.")  # fmt: skip
    return Chart(render(fig), chart.described(), alt=alt)


def _times(ratio: float) -> str:
    """A ratio as the summaries say it: two decimals below 2, so 1.15 stays 1.15.

    >>> _times(1.15), _times(13.0), _times(2.04)
    ('1.15', '13.0', '2.0')
    """
    return f"{ratio:.2f}" if ratio < 1.95 else f"{ratio:.1f}"


def _values(series: Series) -> str:
    return ", ".join(format_number(v) for v in series.values)


def _axis_change(chart: ChartSpec, y_from: object) -> tuple[ChartSpec, str]:
    if isinstance(y_from, bool) or not isinstance(y_from, (int, float)) or not math.isfinite(
        y_from
    ):
        raise MedialitError(f"y_from must be a number, like y_from=0, not {y_from!r}")
    low = min(chart.series.values)
    if y_from >= low:
        raise MedialitError(
            f"y_from={format_number(y_from)} is not below the smallest value "
            f"({format_number(low)}): the bars would vanish; choose a number below it, like 0"
        )
    if float(y_from) == chart.y_from:
        return chart, f"The y-axis already started at {format_number(y_from)}: that is unchanged."
    honest = replace(chart, y_from=float(y_from), y_to=None)
    top, bottom = max(chart.series.values), low
    return honest, (
        f"The y-axis now starts at {format_number(y_from)}: {format_number(top)} looks "
        f"{_times(honest.looks_times())} times {format_number(bottom)} (it is "
        f"{_times(chart.is_times())} times); as published it looked "
        f"{_times(chart.looks_times())} times."
    )


def _window_change(chart: ChartSpec, window: object) -> tuple[ChartSpec, str]:
    if window != "full":
        raise MedialitError(f'window can only be "full" (the whole series), not {window!r}')
    if chart.full is None:
        return chart, ("This chart gives no longer series (no `full:` in charts.yml): its "
                       "window is unchanged.")
    series = replace(chart.full, unit=chart.full.unit or chart.series.unit)
    honest = replace(chart, series=series, y_to=None)
    return honest, (
        f"The chart now shows the whole series ({chart.full.window or 'all the figures'}): "
        f"{_values(chart.full)}. As published it showed only "
        f"{chart.series.window or 'part of it'}: {_values(chart.series)}."
    )


def _absolute_change(chart: ChartSpec) -> tuple[ChartSpec, str]:
    given = chart.absolute
    if given is None:
        if "relative-as-absolute" in chart.flaws:
            return chart, ("Its source gives no absolute figures to draw: a relative figure "
                           "such as 1.15 times says nothing about how many people. Ask for the "
                           "absolute numbers.")  # fmt: skip
        return chart, ("This chart gives no amounts behind its figures (no `absolute:` in "
                       "charts.yml): its values are unchanged.")
    series = replace(given, labels=given.labels if any(given.labels) else chart.series.labels,
                     unit=given.unit or chart.series.unit)  # fmt: skip
    honest = replace(chart, series=series, y_from=0.0, y_to=None)
    gap = max(series.values) - min(series.values)
    return honest, (
        f"The chart now shows amounts ({series.unit}): {_values(series)}, from 0. As published "
        f"it drew {_values(chart.series)} from {format_number(chart.y_from)}, so the largest "
        f"looked {_times(chart.looks_times())} times the smallest; as amounts the gap is "
        f"{format_number(gap)} {series.unit}."
    )


def redraw(chart: ChartSpec, number: int, *, y_from=None, absolute: bool = False,
           window: object = None, key: str = "") -> Chart | Shown:  # fmt: skip
    """The chart as published beside the chart redrawn with the changes asked for, and a
    summary saying what changed (or one line when nothing is asked or nothing changes).

    >>> from medialit.case import load_case
    >>> chart = case_charts(load_case("kazakhstan-2022"))["fuel-price-bars"]
    >>> for part in redraw(chart, 1, y_from=0).summary.split("; "): print(part)
    The y-axis now starts at 0: 120 looks 2.0 times 60 (it is 2.0 times)
    as published it looked 13.0 times.
    """
    from matplotlib.figure import Figure

    if y_from is None and not absolute and window is None:
        return shown('*Say what to change, for example `L.redraw(1, y_from=0)`, '
                     '`L.redraw(1, window="full")` or `L.redraw(1, absolute=True)`.*')  # fmt: skip
    honest, said = chart, []
    if window is not None:
        honest, text = _window_change(honest, window)
        said.append(text)
    if absolute:
        honest, text = _absolute_change(honest)
        said.append(text)
    if y_from is not None:
        honest, text = _axis_change(honest, y_from)
        said.append(text)
    summary = " ".join(said) + (f" {key}" if key else "")
    if honest == chart:
        return shown(f"*Nothing changed in chart {number}.* {escape_md(summary)}")
    fig = Figure(figsize=(9, 3.4))
    left, right = fig.subplots(1, 2)
    _draw(left, chart, "As published: ", BLUE, "//")
    _draw(right, honest, "Redrawn: ", ORANGE, "..")
    fig.tight_layout()
    alt = (f"Chart {number}, “{chart.title}”: on the left as published, on the right "
           "redrawn. The caption says what changed.")  # fmt: skip
    details = f"As published: {chart.described()}"
    return Chart(render(fig), summary, details, alt=alt)


class ChartSteps:
    """The lesson's steps with charts that mislead: their pictures, and `redraw`."""

    case: Case
    name: str
    answer_key: bool

    def _lesson_charts(self) -> list[ChartSpec]:
        """The charts of this lesson's chart exercise, in its order (else all the case's)."""
        available = case_charts(self.case)
        spec = next((s for s in lesson_specs(self.case, self.name)
                     if isinstance(s, dict) and s.get("kind") == "chart"), {})  # fmt: skip
        wanted = spec.get("charts") if isinstance(spec.get("charts"), list) else list(available)
        return [available[c] for c in wanted if c in available]

    def _illustrate(self, exercise: object) -> None:
        """Give a chart exercise its pictures: each chart drawn as it was published."""
        if isinstance(exercise, ChartExercise):
            exercise.pictures = [published_chart(c, n)
                                 for n, c in enumerate(exercise.charts, start=1)]  # fmt: skip

    def redraw(self, chart: int | str, y_from: float | None = None, absolute: bool = False,
               window: str | None = None) -> Chart | Shown:  # fmt: skip
        """Redraw chart `chart` (its number in the exercise, or its id) honestly, beside the
        chart as published: `y_from=0`, `absolute=True`, `window="full"`.

        >>> from medialit.case import load_case
        >>> from medialit.lesson import Lesson
        >>> L = Lesson("05-check-the-numbers", load_case("kazakhstan-2022"))
        >>> L.redraw(2, window="full").summary[:40]
        'The chart now shows the whole series (20'
        """
        charts = self._lesson_charts()
        if not charts:
            return shown("*This case has no charts to redraw: the exercise above says what "
                         "to add.*")  # fmt: skip
        ids = [c.id for c in charts]
        if isinstance(chart, str) and chart.strip().isdigit():  # "2", typed in quotes
            chart = int(chart)
        if isinstance(chart, int) and not isinstance(chart, bool) and 1 <= chart <= len(charts):
            number = chart
        elif chart in ids:
            number = ids.index(chart) + 1
        else:
            raise MedialitError(
                f"there is no chart {chart!r}; give its number, 1 to {len(charts)}, or its id "
                f"({', '.join(ids)})"
            )
        found = charts[number - 1]
        key = ""
        if self.answer_key:
            fixes = fixes_for(found)
            key = (f"Key: chart {number}'s flaws are {', '.join(found.flaws)}; the honest "
                   f"redraw is L.redraw({number}, {', '.join(fixes)})." if fixes else
                   f"Key: chart {number} is fair; nothing needs redrawing.")  # fmt: skip
            if "relative-as-absolute" in found.flaws and not found.absolute:
                key += " Its source gives no absolute figures: ask for them."
        return redraw(found, number, y_from=y_from, absolute=absolute, window=window, key=key)
