"""A teacher's own case from saved web pages, built by the kit's commands alone.

tests/cases/teacher-case/ holds six saved pages of an invented event (a warehouse fire in
Carrowhaven). The case is built the way the README tells a teacher to build one:
`medialit new-case`, `medialit import` for each page, the facts to check against in
`facts.csv` (taken from the fixture's gold file, as a teacher would type them), and
`medialit draft --accept-all`, which proposes the front matter, the key and the claim
matrix. Nothing else is written by hand; no baseline is chosen.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

from medialit.cli import main

PAGES = Path(__file__).resolve().parent / "cases" / "teacher-case"
GOLD = json.loads((PAGES / "gold.json").read_text(encoding="utf-8"))
LEDGER = ("id", "claim", "value", "unit", "as_of", "reported_by", "status", "note")


def build_teacher_case(parent: Path, name: str = "carrowhaven-fire") -> Path:
    """The six saved pages as a case: new-case, import, a ledger, draft --accept-all."""
    folder = Path(parent) / name
    assert main(["new-case", name, "--in", str(parent)]) == 0
    for page in GOLD["pages"]:
        assert main(["import", str(PAGES / page["file"]), "--case", str(folder)]) == 0
    with (folder / "facts.csv").open("a", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        for fact in GOLD["facts"]:
            writer.writerow([fact[k] for k in LEDGER])
    assert main(["draft", str(folder), "--accept-all"]) == 0
    return folder
