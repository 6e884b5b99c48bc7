"""The causal-claim detector on external labelled data, and its speed.

Data is read in place from MEDIALIT_BENCHMARKS or <repo>/../shared/benchmarks, and
never copied into the kit:
  causal-news-corpus/V1, V2   Causal News Corpus, subtask 1 (causal or not), dev splits
  causal-language-science     conclusion sentences labelled direct / conditional (hedged)
                              / correlational / no relationship
Printed beside the all-causal baseline (computed here, same run) and the published
BERT-base dev figures. Two profiles: `kit` (the hand-set weights the lessons use) and
`news` (weights learned from the CNC V2 *train* split by bench/learn_causal_weights.py).
Peer for speed: the same lexicon searched one pattern at a time.
"""

from __future__ import annotations

import math
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from medialit.detectors import (  # noqa: E402
    benchmarks_dir,
    causal_lexicon,
    explain_causal,
    read_cnc,
    read_science,
)
from medialit.text import read_lexicon  # noqa: E402

BERT_DEV = {"V1": {"f1": 0.835, "mcc": 0.617}, "V2": {"f1": 0.863, "mcc": 0.691}}


def mcc(pairs: list[tuple[bool, int]]) -> float:
    tp = sum(1 for p, y in pairs if p and y)
    fp = sum(1 for p, y in pairs if p and not y)
    fn = sum(1 for p, y in pairs if not p and y)
    tn = len(pairs) - tp - fp - fn
    den = math.sqrt((tp + fp) * (tp + fn) * (tn + fp) * (tn + fn))
    return (tp * tn - fp * fn) / den if den else 0.0


def scores(pairs: list[tuple[bool, int]]) -> dict[str, float]:
    tp = sum(1 for p, y in pairs if p and y)
    fp = sum(1 for p, y in pairs if p and not y)
    fn = sum(1 for p, y in pairs if not p and y)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    accuracy = sum(1 for p, y in pairs if bool(p) == bool(y)) / len(pairs)
    return {"p": precision, "r": recall, "f1": f1, "acc": accuracy, "mcc": mcc(pairs), "n": tp + fp}


def _row(name: str, s: dict[str, float]) -> str:
    return (
        f"  {name:<34} {s['p']:>5.3f} {s['r']:>5.3f} {s['f1']:>5.3f} {s['acc']:>5.3f} "
        f"{s['mcc']:>6.3f}"
    )


def cnc_figures() -> dict[str, float]:
    figures: dict[str, float] = {}
    print("Causal News Corpus, dev splits (causal = 1). Columns: P R F1 Acc MCC")
    for version in ("V1", "V2"):
        dev = read_cnc(version, "dev")
        kit = [explain_causal(t) for t, _ in dev]
        news = [explain_causal(t, profile="news") for t, _ in dev]
        labels = [y for _, y in dev]
        kit_s = scores([(r.causal, y) for r, y in zip(kit, labels, strict=True)])
        news_s = scores([(r.causal, y) for r, y in zip(news, labels, strict=True)])
        base = scores([(True, y) for y in labels])
        explicit = scores([(r.explicit, y) for r, y in zip(kit, labels, strict=True)])
        unexplained = sum(1 for r in kit + news if r.causal and not r.signals)
        print(f" {version} dev ({len(dev)} sentences, {sum(labels)} causal)")
        print(_row("all-causal baseline (this run)", base))
        print(_row("kit profile (lessons' weights)", kit_s))
        print(_row("news profile (learned on train)", news_s))
        print(_row(f"explicit tier alone ({explicit['n']} flagged)", explicit))
        bert = BERT_DEV[version]
        published = "BERT-base (published)"
        print(f"  {published:<34}   –     –   {bert['f1']:.3f}   –   {bert['mcc']:>6.3f}")
        print(
            f"  news profile MCC is {news_s['mcc'] / bert['mcc']:.2f} × BERT's, F1 "
            f"{news_s['f1'] / bert['f1']:.2f} ×; positives with no named signal: {unexplained}"
        )
        v = version.lower()
        figures[f"causal_cnc_{v}_f1"] = news_s["f1"]
        figures[f"causal_cnc_{v}_mcc"] = news_s["mcc"]
        figures[f"causal_cnc_{v}_kit_f1"] = kit_s["f1"]
        figures[f"causal_cnc_{v}_kit_mcc"] = kit_s["mcc"]
        figures[f"causal_cnc_{v}_baseline_f1"] = base["f1"]
        if version == "V2":
            figures["causal_explicit_precision"] = explicit["p"]
            figures["causal_explicit_flagged"] = explicit["n"]
    return figures


def science_figures() -> dict[str, float]:
    rows = read_science()
    claims = [(t, y) for t, y in rows if y in (1, 2)]  # 1 direct causal, 2 conditional (hedged)
    readings = [explain_causal(t) for t, _ in claims]
    pairs = [(r.support == "hedged", y == 2) for r, (_, y) in zip(readings, claims, strict=True)]
    hedged = scores(pairs)
    direct = scores([(not p, not y) for p, y in pairs])
    macro = (hedged["f1"] + direct["f1"]) / 2
    majority = max(sum(y for _, y in pairs), len(pairs) - sum(y for _, y in pairs)) / len(pairs)
    found = sum(r.causal for r in readings) / len(readings)
    print(
        f"Causal language in science ({len(claims)} causal conclusions: "
        f"{sum(y == 1 for _, y in claims)} direct, {sum(y == 2 for _, y in claims)} hedged)"
    )
    print(
        f"  hedged vs direct, told apart by the hedge signals: accuracy {hedged['acc']:.3f} "
        f"(majority class {majority:.3f}), macro-F1 {macro:.3f}; hedged P {hedged['p']:.3f} "
        f"R {hedged['r']:.3f}, direct P {direct['p']:.3f} R {direct['r']:.3f}"
    )
    print(f"  share of these causal conclusions the kit profile flags as causal: {found:.3f}")
    return {
        "causal_science_hedged_accuracy": hedged["acc"],
        "causal_science_hedged_macro_f1": macro,
        "causal_science_majority_accuracy": majority,
    }


def speed_figures(sentences: list[str]) -> dict[str, float]:
    """Sentences per second on one core, as CPU time (the machines are shared, so wall
    time is printed too), against the same lexicon searched one pattern at a time."""
    explain_causal("warm up")
    wall, cpu = time.perf_counter(), time.process_time()
    for s in sentences:
        explain_causal(s)
    ours, ours_wall = time.process_time() - cpu, time.perf_counter() - wall
    spec = read_lexicon("causal.yml")
    one_by_one = [
        re.compile(r"\b(?:" + p + ")", re.I) for e in spec["signals"] for p in e["patterns"]
    ]
    sample = sentences[: max(1, len(sentences) // 5)]
    cpu = time.process_time()
    for s in sample:
        for pattern in one_by_one:
            pattern.findall(s)
    peer = (time.process_time() - cpu) * len(sentences) / len(sample)
    size = sum(len(s.encode()) for s in sentences)
    rate = len(sentences) / ours
    print(
        f"Speed, one core: {rate:,.0f} sentences/s CPU time ({size / ours / 1e6:.2f} MB/s; "
        f"{len(sentences) / ours_wall:,.0f}/s wall clock) on {len(sentences)} news sentences "
        f"of {size / len(sentences):.0f} bytes on average; peer (the same {len(one_by_one)} "
        f"patterns, one regex each): {len(sentences) / peer:,.0f} sentences/s; "
        f"ratio {peer / ours:.1f}×"
    )
    return {"causal_sentences_per_s": rate, "causal_mb_per_s": size / ours / 1e6}


def figures() -> dict[str, float]:
    root = benchmarks_dir()
    if root is None:
        print("causal: benchmark data not found (set MEDIALIT_BENCHMARKS); skipped")
        return {}
    causal_lexicon("news")  # fail early with a clear message if the profile is broken
    out = cnc_figures()
    if (root / "causal-language-science").is_dir():
        out.update(science_figures())
    sentences = [t for v in ("V1", "V2") for s in ("train", "dev") for t, _ in read_cnc(v, s)]
    out.update(speed_figures(sentences))
    return out


if __name__ == "__main__":
    for name, value in figures().items():
        print(f"{name}  {value:.3f}")
