"""Learn the news profile's signal weights from the Causal News Corpus V2 *train* split.

    .venv/bin/python bench/learn_causal_weights.py

Reads the training sentences in place (from MEDIALIT_BENCHMARKS or
<repo>/../shared/benchmarks), finds which signals of data/lexicons/causal.yml each
one contains after the clause checks (a signal that passed its check under its own
name; one that failed as 'not-' and its name, so the corpus can say how much a
look-alike, such as a request's 'to', still counts in news reports), fits a logistic
regression with one weight per name, picks the threshold with the best MCC on the
training split, and writes only the weights and that threshold to
data/lexicons/causal-news-weights.yml. No sentence is written anywhere; the dev split
is never looked at here (bench/bench_causal.py scores it).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_causal import mcc

from medialit.detectors import causal_lexicon, causal_signal_names, read_cnc
from medialit.paths import data_dir

L2 = 0.001  # keeps rare signals' weights small
EPOCHS = 3000
RATE = 1.0


def fit(rows: list[tuple[set[str], int]], names: list[str]) -> tuple[dict[str, float], float]:
    """Logistic regression by full-batch gradient descent: weights per name, and a bias."""
    import numpy as np

    column = {name: i for i, name in enumerate(names)}
    x = np.zeros((len(rows), len(names)))
    for r, (features, _) in enumerate(rows):
        for f in features:
            x[r, column[f]] = 1.0
    y = np.array([label for _, label in rows], dtype=float)
    w = np.zeros(len(names))
    bias = 0.0
    n = len(rows)
    for _ in range(EPOCHS):
        error = 1 / (1 + np.exp(-(x @ w + bias))) - y
        bias -= RATE * error.sum() / n
        w -= RATE * (x.T @ error / n + L2 * w)
    return dict(zip(names, (float(v) for v in w), strict=True)), float(bias)


def main() -> int:
    train = read_cnc("V2", "train")
    if not train:
        print("causal: no Causal News Corpus found (set MEDIALIT_BENCHMARKS); nothing learned")
        return 1
    rows = [(causal_signal_names(text), label) for text, label in train]
    names = sorted({f for features, _ in rows for f in features})
    weights, bias = fit(rows, names)
    weights = {k: round(v, 2) for k, v in weights.items()}
    best = max(
        (mcc([(sum(weights[f] for f in feats) + bias >= t, y) for feats, y in rows]), t)
        for t in [x / 20 for x in range(-20, 41)]
    )
    threshold = round(best[1] - bias, 2)
    lines = [
        "# The news profile: signal weights learned from the Causal News Corpus V2 train split",
        "# (CC0; protest and violence news) by bench/learn_causal_weights.py. Only these numbers",
        "# come from the corpus: no sentence is stored. Re-run the script after editing",
        "# causal.yml's signals. A sentence is causal in this profile when the weights of the",
        "# signals found add up to the threshold; a negative weight counts against.",
        f"# Training split: {len(rows)} sentences, MCC {best[0]:.3f} at this threshold.",
        f"threshold: {threshold}",
        "weights:",
    ]
    # every signal of the lexicon gets a weight here (0 when the corpus never shows it), so
    # that no hand-set weight of the kit leaks into the profile; look-alikes only when
    # they count for something
    entries = sorted(e.name for e in causal_lexicon().entries if e.tier not in ("support",))
    weights = {**dict.fromkeys(entries, 0.0), **weights}
    shown = sorted(n for n in weights if not n.startswith("not-") or weights[n])
    lines += [f"  {name}: {weights[name]}" for name in shown]
    target = data_dir() / "lexicons" / "causal-news-weights.yml"
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {target} (train MCC {best[0]:.3f}, threshold {threshold})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
