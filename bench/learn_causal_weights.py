"""Learn the news profile's signal weights from the Causal News Corpus V2 *train* split.

    .venv/bin/python bench/learn_causal_weights.py

Reads the training sentences in place (from MEDIALIT_BENCHMARKS or
<repo>/../shared/benchmarks), finds which signals of data/lexicons/causal.yml each
one contains, fits a logistic regression with one weight per signal name, picks the
threshold with the best MCC on the training split, and writes only the weights and
that threshold to data/lexicons/causal-news-weights.yml. No sentence is written
anywhere; the dev split is never looked at here (bench/bench_causal.py scores it).
"""

from __future__ import annotations

import math
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
    weights = dict.fromkeys(names, 0.0)
    bias = 0.0
    n = len(rows)
    for _ in range(EPOCHS):
        grad = dict.fromkeys(names, 0.0)
        grad_bias = 0.0
        for features, label in rows:
            z = bias + sum(weights[f] for f in features)
            error = 1 / (1 + math.exp(-z)) - label
            grad_bias += error
            for f in features:
                grad[f] += error
        bias -= RATE * grad_bias / n
        for f in names:
            weights[f] -= RATE * (grad[f] / n + L2 * weights[f])
    return weights, bias


def main() -> int:
    train = read_cnc("V2", "train")
    if not train:
        print("causal: no Causal News Corpus found (set MEDIALIT_BENCHMARKS); nothing learned")
        return 1
    rows = [(causal_signal_names(text), label) for text, label in train]
    names = sorted(e.name for e in causal_lexicon().entries if e.tier not in ("support",))
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
    lines += [f"  {name}: {weights[name]}" for name in names]
    target = data_dir() / "lexicons" / "causal-news-weights.yml"
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {target} (train MCC {best[0]:.3f}, threshold {threshold})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
