"""The causal-claim detector on prose it was not written from, beside its own corpus.

    .venv/bin/python bench/bench_causal_unseen.py [SET.json ...] [--show]

A set file is JSON: {"sentences": [{"text", "causal", "support", "support_also",
"family", ...}]}, written by someone who never saw the lexicon (issue 14, item 2). It
is read in place and never copied into the kit. With no file named, the sets come from
$MEDIALIT_CAUSAL_UNSEEN (paths separated by ':'); with none there either, the kit's own
held-out set B and development set A (tests/cases/causal-unseen/), as `make bench` runs it.

For each set, printed beside the kit's own annotated case (same run, same detector):
  recall            causal sentences flagged causal
  false alarms      non-causal sentences flagged causal
  support           on causal sentences, the label is the gold `support` or one of
                    `support_also`
and the same three per family, so a change can be traced to what it fixed or broke,
then CNC V2 dev MCC for both profiles (when the corpus is there), so the three kinds of
text are read side by side in one run.
`--show` lists each sentence the detector got wrong (use it on a development set only:
reading a held-out set's sentences would tune the detector to it).
"""

from __future__ import annotations

import json
import os
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from medialit.detectors import explain_causal  # noqa: E402

TARGETS = {
    "causal_unseen_recall": (">=", 0.85),
    "causal_unseen_false_alarm_rate": ("<=", 0.05),
    "support_unseen_accuracy": (">=", 0.80),
}


def score(rows: list[tuple[bool, bool, bool]]) -> dict[str, float]:
    """rows: (gold causal, flagged causal, support label accepted)."""
    positives = [r for r in rows if r[0]]
    negatives = [r for r in rows if not r[0]]
    return {
        "n": len(rows),
        "causal": len(positives),
        "recall": sum(r[1] for r in positives) / len(positives) if positives else float("nan"),
        "false_alarms": sum(r[1] for r in negatives) / len(negatives)
        if negatives
        else float("nan"),
        "support": sum(r[2] for r in positives) / len(positives) if positives else float("nan"),
    }


def read_set(path: Path) -> list[dict]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return data["sentences"] if isinstance(data, dict) else data


def score_set(items: list[dict], show: bool = False) -> tuple[dict, dict[str, dict]]:
    rows, by_family = [], defaultdict(list)
    for item in items:
        reading = explain_causal(item["text"])
        accepted = {item["support"], *item.get("support_also", [])}
        row = (bool(item["causal"]), reading.causal, reading.support in accepted)
        rows.append(row)
        by_family[item.get("family", "?")].append(row)
        if show and (row[0] != row[1] or (row[0] and not row[2])):
            what = "missed" if row[0] and not row[1] else "false alarm" if row[1] != row[0] else ""
            if not what:
                what = f"support {reading.support}, gold {sorted(accepted)}"
            print(f"  [{item.get('family')}] {what}: {item['text']}")
            print(f"      {reading.summary()}")
    return score(rows), {f: score(r) for f, r in sorted(by_family.items())}


def own_corpus() -> dict:
    """The same three figures on the kit's own annotated case."""
    from medialit.case import load_case

    case = load_case("kazakhstan-2022")
    rows = []
    for article_id, article in case.articles.items():
        notes = case.annotations.get(article_id)
        for sentence in article.sentences:
            note = notes.sentences.get(sentence.id) if notes else None
            gold = bool(note and note.causal)
            reading = explain_causal(sentence.text)
            rows.append((gold, reading.causal, gold and reading.support in note.support))
    return score(rows)


def cnc_beside() -> dict[str, float]:
    """CNC V2 dev in the same run, when the corpus is on this computer (its labels count
    purposes, conditions and reasons of protests; see bench_causal.py for the rest)."""
    from bench_causal import scores

    from medialit.detectors import read_cnc

    dev = read_cnc("V2", "dev")
    if not dev:
        print("  CNC V2 dev: not on this computer (set MEDIALIT_BENCHMARKS); skipped")
        return {}
    out = {}
    for profile in ("news", "kit"):
        s = scores([(explain_causal(t, profile=profile).causal, y) for t, y in dev])
        print(
            f"  CNC V2 dev, {profile} profile: MCC {s['mcc']:.3f}, F1 {s['f1']:.3f} "
            f"(P {s['p']:.3f}, R {s['r']:.3f}; {len(dev)} sentences)"
        )
        suffix = "" if profile == "news" else "_kit"
        out[f"causal_cnc_v2_mcc{suffix}_beside"] = s["mcc"]
    return out


def _line(name: str, s: dict) -> str:
    return (
        f"  {name:<28} {s['n']:>5} {s['causal']:>6} {s['recall']:>7.3f} "
        f"{s['false_alarms']:>7.3f} {s['support']:>8.3f}"
    )


# The kit's own two sets, scored by `make bench` when no set is named: held-out first, so
# its figures carry the unsuffixed names (causal_unseen_recall, ...).
KIT_SETS = [ROOT / "tests" / "cases" / "causal-unseen" / f"set-{s}.json" for s in ("b", "a")]


def _sets_named(argv: list[str]) -> list[Path]:
    named = [a for a in argv if not a.startswith("--")]
    if not named:
        named = [p for p in os.environ.get("MEDIALIT_CAUSAL_UNSEEN", "").split(":") if p]
    return [Path(p) for p in named] or KIT_SETS


def figures(argv: list[str] | None = None) -> dict[str, float]:
    argv = [] if argv is None else argv
    show = "--show" in argv
    paths = _sets_named(argv)
    present = [p for p in paths if p.is_file()]
    for p in paths:
        if not p.is_file():
            print(f"causal unseen: no set at {p}; skipped")
    if not present:
        return {}
    header = f"  {'':<28} {'sent.':>5} {'causal':>6} {'recall':>7} {'f.alarm':>7} {'support':>8}"
    print("Causal claims on unseen prose, beside the kit's own case (same run)")
    print(header)
    own = own_corpus()
    print(_line("own case (kazakhstan-2022)", own))
    out: dict[str, float] = {
        "causal_own_recall": own["recall"],
        "causal_own_false_alarm_rate": own["false_alarms"],
        "support_own_accuracy": own["support"],
    }
    families = {}
    for i, path in enumerate(present):
        overall, families[path] = score_set(read_set(path), show=show)
        print(_line(path.name, overall))
        suffix = "" if i == 0 else f"_{path.stem.replace('-', '_')}"
        out[f"causal_unseen_recall{suffix}"] = overall["recall"]
        out[f"causal_unseen_false_alarm_rate{suffix}"] = overall["false_alarms"]
        out[f"support_unseen_accuracy{suffix}"] = overall["support"]
    out.update(cnc_beside())
    for path, by_family in families.items():
        print(f" by family, {path.name}")
        print(header)
        for family, s in by_family.items():
            print(_line(family, s))
    return out


if __name__ == "__main__":
    for name, value in figures(sys.argv[1:]).items():
        print(f"{name}  {value:.3f}")
