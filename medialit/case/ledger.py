"""The reference ledger (`facts.csv`): facts and figures, each with who reported it."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

from medialit.errors import Problem

COLUMNS = ("id", "claim", "value", "unit", "as_of", "reported_by", "status", "note")
STATUSES = ("current", "superseded", "withdrawn")
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
            row = {k: (v or "").strip() for k, v in row.items() if k in COLUMNS}
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
            facts[fid] = Fact(**row, low=parsed[0], high=parsed[1])
    return facts, problems
