"""The technique cues (false dilemma, appeal to authority) on prose they were not written from.

    .venv/bin/python bench/bench_technique_cues.py

Scores `tests/cases/technique-cues/dev.json` (the cues were widened on it) and
`heldout.json` (never read while writing the cues) side by side, per technique:
  recall        sentences of that technique where a cue of it fires
  false alarms  sentences without that technique where a cue of it fires
The held-out figures are the ones to quote. Wrong sentences are listed for the
development set only (reading the held-out set's sentences would tune the cues to it).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from medialit.detectors import find_technique_cues  # noqa: E402

SETS = ROOT / "tests" / "cases" / "technique-cues"
TECHNIQUES = ("false-dilemma", "appeal-to-authority")


def score(sentences: list[dict], show: bool = False) -> dict[str, float]:
    """Recall and false-alarm rate per technique and over both, for one set."""
    out: dict[str, float] = {}
    hits = positives = alarms = negatives = 0
    cued = [{c.technique for c in find_technique_cues(s["text"])} for s in sentences]
    for technique in TECHNIQUES:
        tp = fn = fp = tn = 0
        for s, techniques in zip(sentences, cued, strict=True):
            found = technique in techniques
            gold = technique in s["techniques"]
            tp, fn = tp + (gold and found), fn + (gold and not found)
            fp, tn = fp + (found and not gold), tn + (not gold and not found)
            if show and gold != found:
                print(f"    {'miss' if gold else 'false alarm'} {technique}: {s['text']}")
        out[f"{technique}_recall"] = tp / (tp + fn)
        out[f"{technique}_false_alarm_rate"] = fp / (fp + tn)
        hits, positives = hits + tp, positives + tp + fn
        alarms, negatives = alarms + fp, negatives + fp + tn
    out["recall"] = hits / positives
    out["false_alarm_rate"] = alarms / negatives
    return out


def figures() -> dict[str, float]:
    flat: dict[str, float] = {}
    for name in ("dev", "heldout"):
        path = SETS / f"{name}.json"
        if not path.exists():
            print(f"technique cues: {path.relative_to(ROOT)} is missing; skipped")
            continue
        sentences = json.loads(path.read_text(encoding="utf-8"))["sentences"]
        result = score(sentences, show=name == "dev")
        print(f"technique cues, {name} set ({len(sentences)} sentences):")
        for technique in TECHNIQUES:
            print(
                f"  {technique:20} recall {result[f'{technique}_recall']:.2f}"
                f"  false alarms {result[f'{technique}_false_alarm_rate']:.3f}"
            )
        flat[f"technique_cues_{name}_recall"] = round(result["recall"], 3)
        flat[f"technique_cues_{name}_false_alarm_rate"] = round(result["false_alarm_rate"], 3)
    return flat


if __name__ == "__main__":
    print(figures())
