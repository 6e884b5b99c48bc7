"""Charts that ran with a case's texts (`charts.yml`), and a chart series from the ledger.

Each chart is described as it was published: the text it ran with, its title, kind (bar
or line), the values drawn with their labels, where the y-axis starts and ends, the time
window, what it claims to show, each value's ledger row where one exists, and the flaws
the key expects (`truncated-axis`, `relative-as-absolute`, `cherry-picked-window`, or
`none` for a fair chart). For an honest redraw a chart gives the whole series (`full:`,
needed for a cherry-picked window) and may give the absolute figures behind relative
ones (`absolute:`; when the source never gave them, the redraw says to ask for them).
`read_charts` checks every entry, one problem per line.

A case with no charts.yml still has a chart to judge when its ledger has a series
(`series_charts`): three or more figures of one thing in one unit, drawn twice, once with
a truncated axis and once fairly. `case_charts` gives whichever the case has.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from medialit.case.claims import SEALED
from medialit.errors import Problem
from medialit.shown import format_number, nice_date

if TYPE_CHECKING:
    from medialit.case.ledger import Fact
    from medialit.case.model import Case

FLAWS = ("truncated-axis", "relative-as-absolute", "cherry-picked-window", "none")
KINDS = ("bar", "line")
SERIES_MIN = 3  # figures a ledger series needs before the kit draws it


@dataclass(frozen=True)
class Series:
    """Values with their labels and, where one exists, each value's ledger row."""

    labels: tuple[str, ...]
    values: tuple[float, ...]
    facts: tuple[str, ...] = ()  # "" where a value has no ledger row
    window: str = ""
    unit: str = ""


@dataclass(frozen=True)
class ChartSpec:
    """One chart as published, with the flaws the key expects and what an honest redraw uses.

    >>> c = ChartSpec("c", "", "Prices", "bar", Series(("a", "b"), (60.0, 120.0)), 55.0,
    ...     flaws=("truncated-axis",))
    >>> c.looks_times(), c.is_times()
    (13.0, 2.0)
    """

    id: str
    article: str  # the text it ran with ("" for a chart the kit drew from the ledger)
    title: str
    kind: str
    series: Series
    y_from: float = 0.0
    y_to: float | None = None
    claims: str = ""
    flaws: tuple[str, ...] = ("none",)
    also: tuple[str, ...] = ()
    why: str = ""
    hints: dict[str, str] = field(default_factory=dict)
    full: Series | None = None  # the whole series, when the chart shows part of it
    absolute: Series | None = None  # the absolute figures behind relative ones
    source: str = ""  # for a chart the kit drew itself: where its figures come from

    @property
    def top(self) -> float:
        """Where the y-axis ends: as given, else a little above the largest value."""
        return self.y_to if self.y_to is not None else max(self.series.values) * 1.1

    def described(self) -> str:
        """The chart as published, in one line of words (its text twin).

        >>> text = ChartSpec("c", "", "Prices", "bar", Series(("2021", "2022"), (60.0, 120.0),
        ...     window="2021 to 2022", unit="tenge"), 55.0, 125.0, "Fuel cost more.").described()
        >>> for part in text.split(". "): print(part)
        “Prices”: a bar chart (tenge): 2021: 60; 2022: 120
        The y-axis runs from 55 to 125
        Time window: 2021 to 2022
        It claims: Fuel cost more.
        """
        unit = f" ({self.series.unit})" if self.series.unit else ""
        pairs = zip(self.series.labels, self.series.values, strict=True)
        values = "; ".join(f"{label}: {format_number(v)}" if label else format_number(v)
                           for label, v in pairs)  # fmt: skip
        window = f" Time window: {self.series.window}." if self.series.window else ""
        return (f"“{self.title}”: a {self.kind} chart{unit}: {values}. The y-axis runs from "
                f"{format_number(self.y_from)} to {format_number(self.top)}.{window} It claims: "
                f"{self.claims}")  # fmt: skip

    def looks_times(self) -> float:
        """How many times the smallest value the largest looks, measured from the axis start."""
        low, high = min(self.series.values), max(self.series.values)
        return (high - self.y_from) / (low - self.y_from) if low > self.y_from else math.inf

    def is_times(self) -> float:
        """How many times the smallest value the largest is."""
        low, high = min(self.series.values), max(self.series.values)
        return high / low if low > 0 else math.inf


def _number_list(raw: object) -> tuple[float, ...] | None:
    if not isinstance(raw, list) or not raw:
        return None
    if not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in raw):
        return None
    return tuple(float(v) for v in raw)


def _series(raw: dict, where: str, facts: dict, shown: str, problems: list[Problem]) -> Series:
    """A chart's (or its `full:`/`absolute:`) labels, values and ledger rows, checked."""
    values = _number_list(raw.get("values"))
    if values is None:
        problems.append(Problem(shown, f"{where}.values", "write the values drawn as a list of "
                                "numbers, like [60, 120]"))  # fmt: skip
        return Series((), ())
    labels = raw.get("labels") or [""] * len(values)
    if not isinstance(labels, list) or len(labels) != len(values):
        problems.append(Problem(shown, f"{where}.labels", f"give one label per value "
                                f"({len(values)} values)"))  # fmt: skip
        labels = [""] * len(values)
    rows = raw.get("facts") or [""] * len(values)
    if not isinstance(rows, list) or len(rows) != len(values):
        problems.append(Problem(shown, f"{where}.facts", "give one ledger id per value (null "
                                "where a value has no row)"))  # fmt: skip
        rows = [""] * len(values)
    rows = [str(r or "") for r in rows]
    for value, row in zip(values, rows, strict=True):
        fact = facts.get(row)
        if row and fact is None:
            problems.append(Problem(shown, f"{where}.facts", f"'{row}' is not a row of facts.csv"))
        elif fact is not None and fact.low is not None and not fact.low <= value <= fact.high:
            problems.append(Problem(shown, f"{where}.values", f"{format_number(value)} does not "
                                    f"match ledger row '{row}' ({fact.value})"))  # fmt: skip
    return Series(tuple(str(x) for x in labels), values, tuple(rows),
                  str(raw.get("window") or ""), str(raw.get("unit") or ""))  # fmt: skip


def _labels(raw: object, where: str, shown: str, problems: list[Problem]) -> tuple[str, ...]:
    given = raw if isinstance(raw, list) else [raw] if raw else []
    wrong = [str(f) for f in given if f not in FLAWS]
    if wrong:
        problems.append(Problem(shown, where, f"'{wrong[0]}' is not a flaw; use "
                                f"{', '.join(FLAWS)}"))  # fmt: skip
    return tuple(str(f) for f in given if f in FLAWS)


def _chart(raw: object, i: int, articles: dict, facts: dict, shown: str, problems: list[Problem]):
    where = f"charts[{i}]"
    if not isinstance(raw, dict) or not raw.get("id"):
        problems.append(Problem(shown, where, "each chart needs id, article, title, kind, "
                                "labels, values, y_from, claims, flaws and why"))  # fmt: skip
        return None
    where = f"charts[{i}] ({raw['id']})"
    before = len(problems)
    sealed = raw.get("flaws") == SEALED  # a student pack's chart: its key is in the exercise
    for name in ("title", "claims") if sealed else ("title", "claims", "why"):
        if not str(raw.get(name) or "").strip():
            problems.append(Problem(shown, f"{where}.{name}", "missing; see data/README.md"))
    article = str(raw.get("article") or "")
    if article not in articles:
        problems.append(Problem(shown, f"{where}.article", f"'{article}' is not one of the "
                                "case's texts"))  # fmt: skip
    if raw.get("kind") not in KINDS:
        problems.append(Problem(shown, f"{where}.kind", f"'{raw.get('kind')}' should be bar or "
                                "line"))  # fmt: skip
    series = _series(raw, where, facts, shown, problems)
    y_from, y_to = raw.get("y_from", 0), raw.get("y_to")
    if _number_list([y_from]) is None or (y_to is not None and _number_list([y_to]) is None):
        problems.append(Problem(shown, f"{where}.y_from", "y_from and y_to must be numbers"))
        y_from, y_to = 0, None
    if series.values and not float(y_from) < (float(y_to) if y_to is not None else math.inf):
        problems.append(Problem(shown, f"{where}.y_to", "y_to must be above y_from"))
    flaws = () if sealed else _labels(raw.get("flaws"), f"{where}.flaws", shown, problems)
    if not sealed and (not flaws or ("none" in flaws and len(flaws) > 1)):
        problems.append(Problem(shown, f"{where}.flaws", "list the flaws the key expects, or "
                                "[none] for a fair chart"))  # fmt: skip
    extra = {}
    for name in ("full", "absolute"):
        if raw.get(name) is not None:
            if isinstance(raw[name], dict):
                extra[name] = _series(raw[name], f"{where}.{name}", facts, shown, problems)
            else:
                problems.append(Problem(shown, f"{where}.{name}", "write labels: and values:"))
    if "cherry-picked-window" in flaws and "full" not in extra:
        problems.append(Problem(shown, f"{where}.full", "a chart with the flaw cherry-picked-"
                                "window needs 'full:' for its honest redraw"))  # fmt: skip
    hints = raw.get("hints") or {}
    if not isinstance(hints, dict) or any(k not in FLAWS for k in hints):
        problems.append(Problem(shown, f"{where}.hints", f"give one hint per flaw, keyed "
                                f"{', '.join(FLAWS)}"))  # fmt: skip
        hints = {}
    also = _labels(raw.get("also"), f"{where}.also", shown, problems)
    if len(problems) > before:
        return None
    return ChartSpec(
        str(raw["id"]), article, str(raw["title"]), str(raw["kind"]), series, float(y_from),
        float(y_to) if y_to is not None else None, " ".join(str(raw["claims"]).split()), flaws,
        also,
        " ".join(str(raw.get("why") or "").split()), {k: str(v) for k, v in hints.items()},
        extra.get("full"), extra.get("absolute"),
    )  # fmt: skip


def read_charts(
    raw: object, articles: dict, facts: dict, shown: str, problems: list[Problem]
) -> dict[str, ChartSpec]:
    """The charts of a case's charts.yml, each checked; every problem is one line.

    >>> problems = []
    >>> read_charts({"charts": [{"id": "c", "kind": "pie"}]}, {}, {}, "charts.yml", problems)
    {}
    >>> print(problems[-1])
    charts.yml: charts[0] (c).flaws: list the flaws the key expects, or [none] for a fair chart
    """
    entries = raw.get("charts") if isinstance(raw, dict) else None
    if not isinstance(entries, list):
        problems.append(Problem(shown, "charts", "expected a list of charts under 'charts:'"))
        return {}
    charts: dict[str, ChartSpec] = {}
    for i, entry in enumerate(entries):
        chart = _chart(entry, i, articles, facts, shown, problems)
        if chart is not None and chart.id in charts:
            problems.append(Problem(shown, f"charts[{i}].id", f"'{chart.id}' is used twice"))
        elif chart is not None:
            charts[chart.id] = chart
    return charts


def sealed_charts(raw: dict) -> dict:
    """charts.yml for a student pack: each chart as published, its key (flaws, also, why,
    hints) left out; the pack's sealed exercise checks the answers.

    >>> sealed_charts({"charts": [{"id": "c", "flaws": ["none"], "why": "Fair."}]})
    {'charts': [{'id': 'c', 'flaws': 'sealed'}]}
    """
    keys = ("flaws", "also", "why", "hints")
    return {**raw, "charts": [
        {**{k: v for k, v in c.items() if k not in keys}, "flaws": SEALED}
        for c in raw.get("charts") or [] if isinstance(c, dict)
    ]}  # fmt: skip


def _ledger_series(facts: dict[str, Fact]) -> list[Fact]:
    """The longest run of figures of one thing in one unit (ids that differ only in their
    last part, like deaths-total-225 and deaths-total-238), oldest first; [] if none has 3."""
    groups: dict[tuple[str, str], list[Fact]] = {}
    for fact in facts.values():
        if fact.is_date or fact.low is None or fact.low <= 0 or fact.status == "withdrawn":
            continue
        stem = fact.id.rsplit("-", 1)[0] if "-" in fact.id else fact.id
        groups.setdefault((fact.unit, stem), []).append(fact)
    runs = [g for g in groups.values() if len(g) >= SERIES_MIN and g[0].unit]
    best = max(runs, key=len, default=[])
    return sorted(best, key=lambda f: f.as_of_end)


def _below(value: float) -> float:
    """A round number a little below `value`, where a truncated axis would start.

    >>> _below(44), _below(50), _below(2030)
    (35.0, 45.0, 1500.0)
    """
    scale = 10 ** math.floor(math.log10(value * 0.9))
    return math.floor(value * 0.9 / scale * 2) / 2 * scale


def series_charts(facts: dict[str, Fact]) -> dict[str, ChartSpec]:
    """Two bar charts of the ledger's longest series: one with a truncated y-axis, one fair.

    >>> from medialit.case.load import load_case
    >>> charts = series_charts(load_case("kazakhstan-2022").facts)
    >>> [(c.id, c.flaws, c.y_from) for c in charts.values()]
    [('ledger-series-truncated', ('truncated-axis',), 35.0), ('ledger-series-fair', ('none',), 0.0)]
    """
    rows = _ledger_series(facts)
    if not rows:
        return {}
    values = tuple((f.low + f.high) / 2 for f in rows)
    labels = tuple(
        nice_date(f.as_of) + ("" if f.low == f.high else f" ({f.value})") for f in rows
    )
    series = Series(labels, values, tuple(f.id for f in rows),
                    f"{labels[0]} to {labels[-1]}", rows[-1].unit)  # fmt: skip
    title = f"{rows[-1].claim} ({rows[-1].unit})"
    source = "drawn by the kit from the ledger (facts.csv): " + ", ".join(f.id for f in rows)
    fair = ChartSpec(
        "ledger-series-fair", "", title, "bar", series, 0.0, claims=f"How the figure changed, "
        f"{series.window}.", flaws=("none",), source=source,
        why="The y-axis starts at 0 and every current figure of the series is drawn, so the "
        "bars compare as the numbers do.",
    )  # fmt: skip
    start = _below(min(values))
    truncated = replace(fair, id="ledger-series-truncated", y_from=start, flaws=("truncated-axis",))
    looks, real = truncated.looks_times(), truncated.is_times()
    why = (f"The y-axis starts at {format_number(start)}, not 0, so the tallest bar looks "
           f"{looks:.0f} times the shortest; it is {real:.1f} times.")  # fmt: skip
    return {truncated.id: replace(truncated, why=why), fair.id: fair}


def case_charts(case: Case) -> dict[str, ChartSpec]:
    """The case's charts (charts.yml), else the two the kit draws from its ledger's series.

    >>> from medialit.case.load import load_case
    >>> list(case_charts(load_case("kazakhstan-2022")))[:1]
    ['fuel-price-bars']
    """
    return case.charts or series_charts(case.facts)
