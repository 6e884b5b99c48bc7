"""Each lesson plan's timing table fits one period and follows its notebook (issue 15, item 6).

The table's minutes run from 0 with no gap or overlap to an end of 45-50; every section it
names is a heading of the lesson's notebook, in the notebook's order, and no section the
plan times is one the notebook marks as an extension.
"""

import json
import re
from itertools import pairwise
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PLANS = sorted((ROOT / "lessons").glob("0*.md"))
ROW = re.compile(r"^\|\s*(\d+)\s*[–-]\s*(\d+)\s*\|\s*([^|]+?)\s*\|", re.M)


def timing_rows(plan: str) -> list[tuple[int, int, str]]:
    """The rows of a plan's "## Timing" table that give minutes: (start, end, section)."""
    table = plan.split("## Timing", 1)[1].split("\n## ", 1)[0]
    return [(int(a), int(b), name) for a, b, name in ROW.findall(table)]


def headings(notebook: Path) -> list[str]:
    """The notebook's headings, in order, without their "#" marks."""
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    text = "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")
    return [h.strip() for h in re.findall(r"^#{1,3} (.+)$", text, re.M)]


def section_at(name: str, found: list[str]) -> int:
    """Where a timed section starts in the notebook: the first heading it names (a row may
    join two, "A; B" or "A · B"), or -1."""
    if name in found:
        return found.index(name)
    parts = [p.strip() for p in re.split(r";| · ", name)]
    places = [next((i for i, h in enumerate(found) if h.startswith(p)), -1) for p in parts]
    return -1 if -1 in places else min(places)


def test_a_gap_an_overlap_or_a_long_lesson_is_caught():
    plan = "## Timing\n\n| Minutes | Section |\n|---|---|\n| 0–5 | A |\n| 6–52 | B |\n\n## Next"
    rows = timing_rows(plan)
    assert rows == [(0, 5, "A"), (6, 52, "B")]
    assert rows[0][1] != rows[1][0] and rows[-1][1] > 50  # what the test below rejects
    assert section_at("A; B", ["A", "B: more"]) == 0 and section_at("C", ["A"]) == -1


@pytest.mark.parametrize("plan", PLANS, ids=lambda p: p.stem)
def test_the_timing_table_is_contiguous_and_fits_the_period(plan):
    rows = timing_rows(plan.read_text(encoding="utf-8"))
    assert rows, f"{plan.name} has no timing table"
    assert rows[0][0] == 0
    for (_, end, name), (start, _, after) in pairwise(rows):
        assert end == start, f"{plan.name}: {name!r} ends at {end}, {after!r} starts at {start}"
    assert all(a < b for a, b, _ in rows)
    assert 45 <= rows[-1][1] <= 50, f"{plan.name} ends at minute {rows[-1][1]}"


@pytest.mark.parametrize("plan", PLANS, ids=lambda p: p.stem)
def test_the_timed_sections_are_the_notebooks_core_in_order(plan):
    found = headings(ROOT / "notebooks" / f"{plan.stem}.ipynb")
    names = [name for _, _, name in timing_rows(plan.read_text("utf-8"))]
    places = [section_at(name, found) for name in names]
    missing = [n for n, at in zip(names, places, strict=True) if at < 0]
    assert not missing, f"{plan.name} times sections the notebook has no heading for: {missing}"
    assert places == sorted(places), f"{plan.name} times its sections out of order"
    timed = [found[at] for at in places]
    assert not [h for h in timed if h.startswith("Extension")]
