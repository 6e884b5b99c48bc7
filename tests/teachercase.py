"""A teacher's own case from saved web pages, built without a hand-written key.

tests/cases/teacher-case/ holds six saved pages of an invented event (a warehouse fire in
Carrowhaven). The case is built the way a teacher builds one: `new-case`, `import` for
each page, the few front-matter fields only a teacher can fill, a ledger, and the key
proposed by the kit's own detectors (as `medialit draft --accept-all` will): every
sentence's causal reading and support, every figure's verdict against the ledger, and
the claim matrix's stances from the fixture's gold file, each cell's quote the sentence
that shares most words with the claim.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import yaml

from medialit.case import import_article, load_case, new_case
from medialit.detectors import check_article, explain_causal

PAGES = Path(__file__).resolve().parent / "cases" / "teacher-case"
GOLD = json.loads((PAGES / "gold.json").read_text(encoding="utf-8"))
FRAMING = {"news-report": "baseline", "government-account": "government"}  # else: critic
WORD = re.compile(r"[a-z]{4,}")


def _fill(path: Path, fields: dict[str, str]) -> None:
    """Fill the front-matter fields the import left blank ("" or null)."""
    text = path.read_text(encoding="utf-8")
    for name, value in fields.items():
        line = f"{name}: {json.dumps(value, ensure_ascii=False)}"
        text = re.sub(rf'(?m)^{name}: (""|null)', line.replace("\\", r"\\"), text, count=1)
    path.write_text(text, encoding="utf-8")


def _sentence_notes(article) -> list[dict]:
    notes = []
    for sentence in article.sentences:
        reading = explain_causal(sentence.text)
        signals = [s.words for s in reading.signals if s.words.lower() in sentence.text.lower()]
        why = "; ".join(reading.explanations()) or "no signal words: a plain statement"
        notes.append({
            "quote": sentence.text, "causal": reading.causal, "support": [reading.support],
            "signals": signals[:3], "note": f"Proposed by the detector: {why}.",
            "proposed": True, "reason": why,  # as `medialit draft` marks what it proposes
        })  # fmt: skip
    return notes


def _quantity_notes(article, facts) -> list[dict]:
    notes = []
    for check in check_article(article, facts):
        q = check.quantity
        if article.text.count(q.text) != 1:
            continue
        notes.append({
            "quote": q.text, "value": [q.low, q.high], "unit": q.unit or "things",
            "hedge": q.hedge, "verdict": [check.verdict],
            "facts": [check.fact.id] if check.fact else [],
            "note": f"Proposed by the number checker: {check.reason}",
            "proposed": True, "reason": check.reason,
        })  # fmt: skip
    return notes


def _closest(article, claim: str) -> str:
    wanted = set(WORD.findall(claim.lower()))
    shared = [len(wanted & set(WORD.findall(s.text.lower()))) for s in article.sentences]
    return article.sentences[shared.index(max(shared))].text


def build_teacher_case(parent: Path, name: str = "carrowhaven-fire") -> Path:
    """The six saved pages as a case: imported, filled, a ledger and a detector-drafted key."""
    folder = new_case(name, parent)
    ids = {}
    for page in GOLD["pages"]:
        path, _ = import_article(PAGES / page["file"], case=folder)
        ids[page["file"]] = path.stem
        _fill(path, {
            "title": page["title"], "outlet": page["outlet"],
            "author": page["author"] or "unsigned",
            "date": page["date"], "kind": page["kind_hint"],
            "framing": FRAMING.get(page["kind_hint"], "critic"),
            "stands_for": f"A {page['kind_hint'].replace('-', ' ')}",
            "modelled_on": "Its own outlet: a real article, saved from the web",
        })  # fmt: skip
    for page in GOLD["pages"]:
        if page["copy_of"]:
            _fill(folder / "articles" / f"{ids[page['file']]}.md",
                  {"copy_of": ids[page["copy_of"]]})  # fmt: skip
    manifest = (folder / "case.yml").read_text(encoding="utf-8")
    manifest = manifest.replace('title: ""', 'title: "A warehouse fire in Carrowhaven"', 1)
    manifest = manifest.replace(
        'summary: ""', 'summary: "A fire at a port warehouse forced thousands from their homes. '
        'The company, the city, activists and an opposition councillor blamed different causes."',
        1,
    )  # fmt: skip
    manifest = manifest.replace("baseline: null", f"baseline: {ids['01-wire.html']}", 1)
    (folder / "case.yml").write_text(manifest, encoding="utf-8")
    with (folder / "facts.csv").open("a", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        for fact in GOLD["facts"]:
            writer.writerow([fact[k] for k in
                             ("id", "claim", "value", "unit", "as_of", "reported_by", "status",
                              "note")])  # fmt: skip
    _draft_key(folder, ids)
    return folder


def _draft_key(folder: Path, ids: dict[str, str]) -> None:
    """The annotations and the claim matrix, proposed without a teacher's hand."""
    case = load_case(folder)
    for article in case.articles.values():
        raw = {"article": article.id, "sentences": _sentence_notes(article),
               "quantities": _quantity_notes(article, case.facts)}  # fmt: skip
        (folder / "annotations" / f"{article.id}.yml").write_text(
            yaml.safe_dump(raw, sort_keys=False, allow_unicode=True), encoding="utf-8"
        )
    claims = []
    for n, claim in enumerate(GOLD["claims"], start=1):
        cells = {}
        for file, stance in claim["stances"].items():
            cell = {"stance": [stance], "why": f"Proposed: the text {stance} this claim."}
            if stance != "omits":
                cell["quote"] = _closest(case.articles[ids[file]], claim["claim"])
            cells[ids[file]] = cell
        claims.append({"id": f"claim-{n}", "claim": claim["claim"], "cells": cells})
    texts = [ids[p["file"]] for p in GOLD["pages"]]
    (folder / "claims.yml").write_text(
        yaml.safe_dump({"texts": texts, "claims": claims}, sort_keys=False, allow_unicode=True),
        encoding="utf-8",
    )
    with (folder / "case.yml").open("a", encoding="utf-8") as manifest:
        manifest.write("claims: claims.yml\n")
