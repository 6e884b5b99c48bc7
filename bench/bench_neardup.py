"""Near-duplicate search over 1,000 paragraphs with planted copies, beside rapidfuzz.

The paragraphs are real news sentences (../shared/benchmarks/causal-news-corpus, read
in place, never copied), three to a paragraph. 850 originals; 150 planted copies of
distinct originals: 50 syndicated word for word, 50 lightly edited (two or three words
swapped, one dropped), 50 spun (35% of the words replaced: the kit's synonym table where
it knows the word, else a word taken from another paragraph). Without that corpus the
paragraphs are generated from word lists instead, and the benchmark says so.

Figures: neardup_recall (planted pairs found), neardup_false_pairs (pairs found that were
not planted), neardup_s (our search), neardup_rapidfuzz_s (rapidfuzz.process.cdist with
fuzz.ratio on the same 1,000 paragraphs, all pairs, workers=1), and rapidfuzz's recall and
false pairs at its best cut-off, for a fair comparison.
"""

from __future__ import annotations

import csv
import random
import time
from pathlib import Path

from medialit.compare import load_synonyms, near_duplicates

ROOT = Path(__file__).resolve().parent.parent
NEWS = ROOT.parent / "shared" / "benchmarks" / "causal-news-corpus" / "V2"
TOTAL, PLANTED = 1000, 150
SPIN_SHARE = 0.35


def news_paragraphs(count: int) -> list[str] | None:
    files = sorted(NEWS.glob("*_subtask1.csv")) if NEWS.is_dir() else []
    if not files:
        return None
    seen, sentences = set(), []
    for path in files:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            for row in csv.DictReader(handle):
                text = " ".join(row["text"].split())
                if text.lower() not in seen and len(text.split()) >= 8:
                    seen.add(text.lower())
                    sentences.append(text)
    paragraphs = [" ".join(sentences[i : i + 3]) for i in range(0, len(sentences) - 2, 3)]
    return paragraphs[:count] if len(paragraphs) >= count else None


def generated_paragraphs(count: int, rng: random.Random) -> list[str]:
    vocab = [f"{a}{b}" for a in ("ka", "lo", "mi", "ne", "pu", "ri", "so", "te", "vu", "za")
             for b in ("bar", "den", "fil", "gor", "hun", "kel", "mon", "pes", "rut", "tav")]
    return [" ".join(rng.choice(vocab) for _ in range(rng.randint(40, 80))) for _ in range(count)]


def edit_lightly(text: str, rng: random.Random, pool: list[str]) -> str:
    ws = text.split()
    for _ in range(rng.randint(2, 3)):
        ws[rng.randrange(len(ws))] = rng.choice(pool)
    del ws[rng.randrange(len(ws))]
    return " ".join(ws)


def spin_share(text: str, rng: random.Random, pool: list[str], table: dict) -> str:
    ws = text.split()
    for k in rng.sample(range(len(ws)), round(SPIN_SHARE * len(ws))):
        options = table.get(ws[k].lower().strip(".,"))
        ws[k] = rng.choice(options) if options else rng.choice(pool)
    return " ".join(ws)


def dataset(rng: random.Random) -> tuple[list[str], dict[tuple[int, int], str], str]:
    originals = news_paragraphs(TOTAL - PLANTED)
    source = "news sentences from ../shared/benchmarks/causal-news-corpus"
    if originals is None:
        print("neardup: ../shared/benchmarks/causal-news-corpus is absent; using generated text")
        originals = generated_paragraphs(TOTAL - PLANTED, rng)
        source = "generated paragraphs"
    pool = [w for p in originals for w in p.split()]
    table = load_synonyms()
    paragraphs = list(originals)
    planted = {}
    for n, i in enumerate(rng.sample(range(len(originals)), PLANTED)):
        kind = n % 3
        copy = (
            originals[i]
            if kind == 0
            else edit_lightly(originals[i], rng, pool)
            if kind == 1
            else spin_share(originals[i], rng, pool, table)
        )
        planted[i, len(paragraphs)] = ("syndicated", "lightly edited", "35% spun")[kind]
        paragraphs.append(copy)
    order = list(range(len(paragraphs)))
    rng.shuffle(order)
    where = {old: new for new, old in enumerate(order)}
    shuffled = [paragraphs[old] for old in order]
    pairs = {tuple(sorted((where[a], where[b]))): kind for (a, b), kind in planted.items()}
    return shuffled, pairs, source


def score(found: set[tuple[int, int]], planted: dict) -> tuple[float, int]:
    return len(found & set(planted)) / len(planted), len(found - set(planted))


def figures() -> dict[str, float]:
    rng = random.Random(20220105)
    paragraphs, planted, source = dataset(rng)
    print(f"neardup: {len(paragraphs)} paragraphs ({source}), {len(planted)} planted pairs")

    started = time.perf_counter()
    found = {(d.i, d.j) for d in near_duplicates(paragraphs)}
    ours_s = time.perf_counter() - started
    recall, false_pairs = score(found, planted)
    print(
        f"  medialit.compare.neardup: recall {recall:.3f}, false pairs {false_pairs}, "
        f"{ours_s:.3f} s"
    )
    for kind in ("syndicated", "lightly edited", "35% spun"):
        mine = {pair for pair, k in planted.items() if k == kind}
        print(f"    {kind}: {len(found & mine)} of {len(mine)} found")

    out = {"neardup_recall": recall, "neardup_false_pairs": float(false_pairs), "neardup_s": ours_s}
    try:
        from rapidfuzz import fuzz, process
    except ImportError:
        print("  rapidfuzz is not installed (make bench installs it); no peer figure")
        return out
    started = time.perf_counter()
    matrix = process.cdist(paragraphs, paragraphs, scorer=fuzz.ratio, workers=1)
    rf_s = time.perf_counter() - started
    results = []  # (false pairs, -recall, cutoff): the best cut-off sorts first
    for cutoff in range(50, 100, 5):
        hits = {(i, j) for i, j in zip(*(matrix >= cutoff).nonzero(), strict=True) if i < j}
        r, f = score(hits, planted)
        results.append((f, -r, cutoff))
    rf_false, neg_recall, cutoff = min(results)
    rf_recall = -neg_recall
    print(
        f"  rapidfuzz cdist (fuzz.ratio, all pairs): {rf_s:.3f} s; at its best cut-off "
        f"{cutoff}: recall {rf_recall:.3f}, false pairs {rf_false}"
    )
    print(f"  ratio: medialit {ours_s:.3f} s / rapidfuzz {rf_s:.3f} s = {ours_s / rf_s:.2f}")
    out.update(
        neardup_rapidfuzz_s=rf_s,
        neardup_rapidfuzz_recall=rf_recall,
        neardup_rapidfuzz_false_pairs=float(rf_false),
    )
    return out
