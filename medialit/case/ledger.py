"""The reference ledger (`facts.csv`): facts and figures, each with who reported it."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

from medialit.errors import Problem

COLUMNS = ("id", "claim", "value", "unit", "as_of", "reported_by", "status", "note")
OPTIONAL_COLUMNS = ("compared_with",)  # may be left out of the header, or left empty
STATUSES = ("current", "superseded", "withdrawn")
# A relative measure compares two groups ("hazard ratio" 1.15: 15% higher); its row may name,
# in `compared_with`, the row giving the comparison group's rate ("per 100,000 person-years").
RELATIVE_UNITS = ("hazard ratio", "relative risk", "risk ratio", "rate ratio", "odds ratio")
_RATE = re.compile(r"\bper (\d[\d,]*) (\S.*)$")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_RANGE = re.compile(r"^(-?\d+(?:\.\d+)?)\s*[-–]\s*(\d+(?:\.\d+)?)$")


@dataclass(frozen=True)
class Fact:
    """One row of the ledger. `low`/`high` hold the numeric value (equal unless a range)."""

    id: str
    claim: str
    value: str
    unit: str
    as_of: str
    reported_by: str
    status: str
    note: str
    low: float | None = None
    high: float | None = None
    compared_with: str = ""  # for a relative measure: the row of the comparison group's rate

    @property
    def is_relative(self) -> bool:
        """True for a relative measure (a hazard ratio, a relative risk ...).

        >>> Fact("hr", "", "1.15", "hazard ratio", "2022", "", "current", "").is_relative
        True
        """
        return self.unit.lower() in RELATIVE_UNITS

    @property
    def rate_per(self) -> tuple[int, str] | None:
        """For a rate ("cases per 100,000 person-years"): 100000 and what it is per; else None.

        >>> Fact("r", "", "314", "events per 100,000 person-years", "2022", "", "current",
        ...      "").rate_per
        (100000, 'person-years')
        """
        match = _RATE.search(self.unit)
        return (int(match.group(1).replace(",", "")), match.group(2)) if match else None

    @property
    def is_date(self) -> bool:
        """True when the value is a date or a year, not a count."""
        return self.unit in ("date", "year")

    @property
    def as_of_end(self) -> str:
        """`as_of` as a full date, taking a bare year or month at its end, for ordering.

        >>> Fact("x", "", "1", "people", "2022", "", "current", "").as_of_end
        '2022-12-31'
        """
        return self.as_of + "-12-31"[len(self.as_of) - 4 :] if len(self.as_of) < 10 else self.as_of


def parse_value(value: str, unit: str) -> tuple[float | None, float | None] | None:
    """The numeric range a ledger value stands for; None when it cannot be read.

    >>> parse_value("50-60", "tenge per litre"), parse_value("2030", "personnel")
    ((50.0, 60.0), (2030.0, 2030.0))
    >>> parse_value("2022-01-05", "date")
    (None, None)
    """
    value = value.strip()
    if unit in ("date", "year"):
        return (None, None) if _DATE.match(value) else None
    match = _RANGE.match(value)
    if match:
        low, high = float(match.group(1)), float(match.group(2))
        return (low, high) if low <= high else None
    try:
        number = float(value.replace(",", ""))
    except ValueError:
        return None
    return number, number


def one_thing(claim: str) -> str:
    """What a row counts, as rows of one thing share it: its claim, lower case, without a
    closing note in brackets ("Cans a day (one paper)" counts what "Cans a day" counts).

    >>> one_thing("Products containing aspartame (trade group)") == one_thing(
    ...     "Products containing  aspartame")
    True
    """
    return " ".join(re.sub(r"\s*\([^()]*\)\s*$", "", claim).lower().split())


def figures_of_one_thing(facts: dict[str, Fact]) -> list[list[Fact]]:
    """Rows that count one thing (the same claim, apart from a note in brackets, and the same
    unit) and disagree: different values from different sources or dates, oldest first.

    >>> rows = {f.id: f for f in (
    ...     Fact("a", "Products (trade group)", "6000", "products", "2023-07", "Trade group",
    ...          "current", "", 6000, 6000),
    ...     Fact("b", "Products (a weekly)", "5000", "products", "2023-07", "A weekly",
    ...          "current", "", 5000, 5000))}
    >>> [[f.id for f in group] for group in figures_of_one_thing(rows)]
    [['a', 'b']]
    """
    groups: dict[tuple[str, str], list[Fact]] = {}
    for fact in facts.values():
        if fact.low is not None and not fact.is_date:
            groups.setdefault((one_thing(fact.claim), fact.unit), []).append(fact)
    return [
        sorted(group, key=lambda f: f.as_of_end)
        for group in groups.values()
        if len({(f.low, f.high) for f in group}) > 1
    ]


def load_ledger(path: Path, shown_as: str) -> tuple[dict[str, Fact], list[Problem]]:
    """Read `facts.csv`, returning the facts by id and every problem found.

    >>> from medialit.paths import case_dir
    >>> facts, problems = load_ledger(case_dir("kazakhstan-2022") / "facts.csv", "facts.csv")
    >>> facts["csto-personnel"].low, problems
    (2030.0, [])
    """
    problems: list[Problem] = []
    facts: dict[str, Fact] = {}
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        header = reader.fieldnames or []
        missing = [c for c in COLUMNS if c not in header]
        if missing:
            return {}, [
                Problem(
                    shown_as,
                    "header",
                    f"missing column(s) {', '.join(missing)}; "
                    f"the first line must read: {','.join(COLUMNS)}",
                )
            ]
        for line, row in enumerate(reader, start=2):
            where = f"line {line}"
            if None in row:
                problems.append(
                    Problem(
                        shown_as,
                        where,
                        "more values than columns; put quotes around values that contain commas",
                    )
                )
                continue
            row = {k: (v or "").strip() for k, v in row.items() if k in COLUMNS + OPTIONAL_COLUMNS}
            fid = row["id"]
            if not re.match(r"^[a-z0-9][a-z0-9-]*$", fid):
                problems.append(
                    Problem(
                        shown_as,
                        where,
                        f"id '{fid}' must be lower-case letters, digits and hyphens",
                    )
                )
                continue
            if fid in facts:
                problems.append(
                    Problem(shown_as, where, f"id '{fid}' is used twice; ids must be unique")
                )
            if row["status"] not in STATUSES:
                problems.append(
                    Problem(
                        shown_as,
                        f"{where}: status",
                        f"'{row['status']}' is not one of {', '.join(STATUSES)}",
                    )
                )
            if not _DATE.match(row["as_of"]):
                problems.append(
                    Problem(
                        shown_as,
                        f"{where}: as_of",
                        f"'{row['as_of']}' is not a date; write YYYY-MM-DD, YYYY-MM or YYYY",
                    )
                )
            if not row["reported_by"]:
                problems.append(
                    Problem(
                        shown_as,
                        f"{where}: reported_by",
                        "say who reported this figure, so students can weigh the source",
                    )
                )
            parsed = parse_value(row["value"], row["unit"])
            if parsed is None:
                problems.append(
                    Problem(
                        shown_as,
                        f"{where}: value",
                        f"'{row['value']}' is not a "
                        "number, a range like 50-60, or (for unit date) a date",
                    )
                )
                parsed = (None, None)
            if row.get("compared_with") and not Fact(**row).is_relative:
                problems.append(
                    Problem(
                        shown_as,
                        f"{where}: compared_with",
                        f"only a relative measure ({', '.join(RELATIVE_UNITS)}) is compared "
                        f"with a rate; this row's unit is '{row['unit']}'",
                    )
                )
            elif row["unit"].lower() in RELATIVE_UNITS and parsed[0] is not None and parsed[0] <= 0:
                problems.append(
                    Problem(
                        shown_as,
                        f"{where}: value",
                        f"a {row['unit']} is above 0 (1 means no difference); '{row['value']}' "
                        "cannot be one",
                    )
                )
            facts[fid] = Fact(**row, low=parsed[0], high=parsed[1])
    return facts, problems + _compared_problems(facts, shown_as)


def _compared_problems(facts: dict[str, Fact], shown_as: str) -> list[Problem]:
    """A `compared_with` must name a row of the ledger whose unit is a rate."""
    problems = []
    for fact in facts.values():
        other = facts.get(fact.compared_with)
        if not fact.compared_with or not fact.is_relative:
            continue
        if other is None:
            fix = f"'{fact.compared_with}' is not an id in the ledger"
        elif other.rate_per is None:
            fix = (
                f"'{other.id}' is not a rate; its unit must read like "
                "'cases per 100,000 person-years'"
            )
        else:
            continue
        problems.append(Problem(shown_as, f"{fact.id}: compared_with", fix))
    return problems
