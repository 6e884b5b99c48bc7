"""A small health-science case for the tests: the bare case (tests/barecase.py) plus two texts
about an invented sweetener, velamide, with annotations that give `certainty:`,
`source_certainty:` and `hazard_risk:`, and ledger rows for relative risk, an observational
cohort and intake arithmetic. Every sentence and figure is invented for the tests.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import yaml
from barecase import build_bare_case

FRONT = """---
id: {id}
title: "{title}"
outlet: "{outlet}"
author: "unsigned"
date: "2025-07-14"
kind: "{kind}"
framing: "{framing}"
stands_for: "An invented text for the kit's tests"
modelled_on: "Invented for the test"
copy_of: null
composite: "Yes: invented for the kit's tests"
---

"""
TEXTS = {
    "velamide-tabloid": (
        "Diet drink sweetener causes cancer", "The Daily Fizz", "blog-post", "critic",
        "The fizzy-drink sweetener velamide causes liver cancer, a health panel has ruled. "
        "Every can you drink raises your chance of getting cancer. "
        "The panel said velamide is possibly carcinogenic to humans. "
        "Experts say it is probably behind a rise in liver tumours.\n\n"
        "Sales of diet drinks fell in the week after the news. "
        "Velamide is made from two amino acids.",
    ),
    "velamide-explainer": (
        "What the velamide label means", "Northline Press", "news-report", "baseline",
        "The panel's label says only that velamide could cause cancer under some conditions. "
        "A separate committee kept the daily limit at 40 mg per kg of body weight. "
        "At that limit, a 70 kg adult would need more than nine cans a day.\n\n"
        "The committee found no convincing evidence of harm at the doses people take. "
        "Its members met in Geneva for a week.",
    ),
}  # fmt: skip
NOTES = {
    "velamide-tabloid": [
        {"quote": "velamide causes liver cancer", "causal": True, "support": ["attributed"],
         "source_certainty": "possibly", "hazard_risk": ["hazard-as-risk"],
         "note": "The panel said possibly; the headline says causes."},
        {"quote": "Every can you drink", "causal": True, "support": ["unsupported"],
         "certainty": ["causes"], "source_certainty": "possibly",
         "hazard_risk": ["hazard-as-risk"], "note": "A hazard label told as your risk per can."},
        {"quote": "possibly carcinogenic to humans", "causal": True, "support": ["attributed"],
         "certainty": ["possibly"], "source_certainty": "possibly", "hazard_risk": ["hazard"],
         "note": "The panel's own words, kept."},
        {"quote": "probably behind a rise", "causal": True, "support": ["hedged"],
         "source_certainty": "possibly", "hazard_risk": ["hazard"],
         "note": "Possibly has become probably."},
        {"quote": "Sales of diet drinks fell", "causal": False, "support": ["evidenced"],
         "hazard_risk": ["neither"], "note": "About sales, not harm."},
        {"quote": "made from two amino acids", "causal": False, "support": ["unsupported"],
         "hazard_risk": ["neither"], "note": "What it is made of."},
    ],
    "velamide-explainer": [
        {"quote": "could cause cancer under some conditions", "causal": True,
         "support": ["hedged"], "source_certainty": "possibly", "hazard_risk": ["hazard"],
         "note": "Keeps the panel's caution."},
        {"quote": "kept the daily limit", "causal": False, "support": ["attributed"],
         "hazard_risk": ["risk"], "note": "A daily limit is a risk finding."},
        {"quote": "more than nine cans a day", "causal": False, "support": ["evidenced"],
         "hazard_risk": ["risk"], "note": "How much is safe: risk."},
        {"quote": "no convincing evidence of harm", "causal": False, "support": ["attributed"],
         "hazard_risk": ["risk"], "note": "Harm at real doses: risk."},
    ],
}  # fmt: skip
COMMITTEE, PAPER, LUMEN = "Food additives committee", "The Morning Ledger", "Lumen cohort paper"
# id, claim, value, unit, as_of, reported_by, note, compared_with (status: current)
FACTS = [
    ("velamide-hr", "Cancer in higher velamide consumers against non-consumers in the Lumen "
     "cohort", "1.15", "hazard ratio", "2022-03-24", LUMEN, "95% CI 1.03-1.28", "lumen-rate"),
    ("lumen-rate", "Cancer cases among non-consumers in the Lumen cohort", "400",
     "cases per 100,000 person-years", "2022-03-24", LUMEN, "Invented for the tests", ""),
    ("lumen-size", "Adults followed in the Lumen cohort (observational)", "102865", "adults",
     "2022-03-24", LUMEN, "", ""),
    ("velamide-adi", "Acceptable daily intake of velamide", "0-40", "mg/kg bw/day", "2025-07-14",
     COMMITTEE, "", ""),
    ("adult-weight", "Adult body weight in the committee's example", "70", "kg", "2025-07-14",
     COMMITTEE, "", ""),
    ("adult-weight-older", "Adult body weight in an older example", "60", "kg", "1981",
     COMMITTEE, "", ""),
    ("can-amount", "Velamide in one can of diet drink in the committee's example", "200-300",
     "mg per can", "2025-07-14", COMMITTEE, "", ""),
    ("can-amount-paper", "Velamide in one can as one paper assumed", "180", "mg per can",
     "2025-07-14", PAPER, "", ""),
    ("cans-committee", "Cans a day to pass the limit (the committee)", "9-14", "cans per day",
     "2025-07-14", COMMITTEE, "", ""),
    ("cans-paper", "Cans a day to pass the limit (one paper)", "15", "cans per day",
     "2025-07-14", PAPER, "", ""),
]  # fmt: skip


def facts_rows(rows: list[tuple]) -> str:
    """Ledger rows as CSV lines (status current), with the optional compared_with column."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    for fid, claim, value, unit, as_of, who, note, compared in rows:
        writer.writerow([fid, claim, value, unit, as_of, who, "current", note, compared])
    return out.getvalue()


def build_science_case(parent: Path, name: str = "velamide-2025") -> Path:
    """The bare case with two sweetener texts, their annotations and the science rows."""
    folder = build_bare_case(parent, name)
    manifest = folder / "case.yml"
    text = manifest.read_text(encoding="utf-8")
    for text_id, (title, outlet, kind, framing, body) in TEXTS.items():
        front = FRONT.format(id=text_id, title=title, outlet=outlet, kind=kind, framing=framing)
        (folder / "articles" / f"{text_id}.md").write_text(front + body + "\n", encoding="utf-8")
        text = text.replace(
            "  - articles/buzz-copy.md\n", f"  - articles/buzz-copy.md\n  - articles/{text_id}.md\n"
        )
    manifest.write_text(text, encoding="utf-8")
    (folder / "annotations").mkdir(exist_ok=True)
    for text_id, notes in NOTES.items():
        raw = {"article": text_id, "sentences": notes}
        (folder / "annotations" / f"{text_id}.yml").write_text(yaml.safe_dump(raw), "utf-8")
    ledger = folder / "facts.csv"
    lines = ledger.read_text(encoding="utf-8").splitlines()
    lines = [lines[0] + ",compared_with"] + [line + "," for line in lines[1:]]
    ledger.write_text("\n".join(lines) + "\n" + facts_rows(FACTS), encoding="utf-8")
    return folder
