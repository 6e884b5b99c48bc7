"""Quantity extraction and the ledger check: recall on the kit's annotated quantities, the
share of annotated verdicts the check gives, the share of the number paraphrases
(`tests/cases/number-paraphrases.json`) that reach their original's verdict, and speed on
news sentences side by side with quantulum3 (the peer), measured in the same run.

The news sentences are the Causal News Corpus in /work/shared/benchmarks (read in
place, never copied); without them the speed figures are skipped with one line.
"""

from __future__ import annotations

import csv
import json
import time
from pathlib import Path

from medialit.case import load_case
from medialit.detectors import (
    annotated_checks,
    annotated_quantities,
    extract_quantities,
    matches_note,
    paraphrase_problems,
)

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "benchmarks" / "causal-news-corpus"
PARAPHRASES = ROOT / "tests" / "cases" / "number-paraphrases.json"
TARGETS = {
    "numbers_recall": (">=", 1.0),
    "numbers_verdicts_accepted": (">=", 1.0),
    "numbers_paraphrases_same_verdict": (">=", 0.95),
}


def recall() -> float:
    results = list(annotated_quantities(load_case("kazakhstan-2022")))
    right = sum(any(matches_note(q, note) for q in found) for note, found in results)
    print(f"recall on the kit's annotated quantities: {right} of {len(results)}")
    return right / len(results)


def verdicts() -> float:
    results = list(annotated_checks(load_case("kazakhstan-2022")))
    right = sum(check.verdict in note.verdict for _, note, check in results)
    print(f"verdicts accepted on the kit's annotated quantities: {right} of {len(results)}")
    return right / len(results)


def paraphrases() -> float:
    """The share of paraphrases that reach their original's verdict (known failures count)."""
    facts = load_case("kazakhstan-2022").facts
    figures = json.loads(PARAPHRASES.read_text(encoding="utf-8"))["figures"]
    rows = [(f, p) for f in figures for p in f["paraphrases"]]
    failed = [(f, p) for f, p in rows if paraphrase_problems(f, p, facts)]
    print(
        f"number paraphrases reaching their original's verdict: {len(rows) - len(failed)} of "
        f"{len(rows)} ({len(figures)} figures); still failing:"
    )
    for f, p in failed:
        print(f"  {f['label']}: {p['text']}")
    return 1 - len(failed) / len(rows)


def sentences() -> list[str]:
    rows: list[str] = []
    for path in sorted(CORPUS.glob("V*/*.csv")):
        with path.open(encoding="utf-8-sig", newline="") as handle:
            rows += [row["text"] for row in csv.DictReader(handle)]
    return rows


def _rate(function, texts: list[str]) -> tuple[float, int]:
    started = time.perf_counter()
    found = sum(len(function(t)) for t in texts)
    return len(texts) / (time.perf_counter() - started), found


def figures() -> dict[str, float]:
    out = {
        "numbers_recall": recall(),
        "numbers_verdicts_accepted": verdicts(),
        "numbers_paraphrases_same_verdict": paraphrases(),
    }
    texts = sentences()
    if not texts:
        print(f"numbers: no news sentences at {CORPUS}; speed figures skipped")
        return out
    extract_quantities("warm up: 2 people")
    ours, ours_found = _rate(extract_quantities, texts)
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    out["numbers_sentences_per_s"] = ours
    out["numbers_mb_per_s"] = megabytes * ours / len(texts)
    print(
        f"medialit.detectors.quantities: {len(texts)} sentences, {ours:,.0f}/s "
        f"({out['numbers_mb_per_s']:.1f} MB/s), {ours_found} quantities"
    )
    try:
        from quantulum3 import parser
    except ImportError:
        print("quantulum3 is not installed (make bench installs it); no speed ratio")
        return out
    parser.parse("warm up: 2 people")
    peer, peer_found = _rate(parser.parse, texts)  # the same sentences, in the same run
    out["numbers_quantulum3_sentences_per_s"] = peer
    out["numbers_speedup_vs_quantulum3"] = ours / peer
    print(
        f"quantulum3: the same {len(texts)} sentences, {peer:,.0f}/s, {peer_found} quantities; "
        f"medialit.detectors.quantities is {ours / peer:.1f}x faster"
    )
    return out
