"""Where `medialit analyze --json` spends its time, per sentence, against Punkt alone.

    .venv/bin/python bench/profile_analyze.py            # 1,000 articles of the bench corpus
    .venv/bin/python bench/profile_analyze.py 300 --cprofile

Prints, in CPU microseconds per sentence (best of three rounds, after one round that
loads the lexicons and compiles their regexes, which is timed on its own as start-up):
each step of `analyze_article` (reading and cleaning the file, splitting, the causal
reading, quantities, JSON) and nltk's Punkt splitting the same paragraphs, the peer of
`analyze_vs_punkt_x` in `bench_throughput.py`. The "floor" line is the analysis with both
detectors left out: the ratio no detector speed-up can beat. `--cprofile` adds the
functions with the most time of their own (cProfile slows Python code, not regexes, so
read it for the order, not the sizes).
"""

from __future__ import annotations

import contextlib
import io
import sys
import tempfile
import time
from pathlib import Path

from medialit.detectors import analyze_article, causal_fields, extract_quantities, write_json
from medialit.text import load_article

ROOT = Path(__file__).resolve().parent.parent


def _best(step, rounds: int = 3) -> float:
    times = []
    for _ in range(rounds):
        started = time.process_time()
        step()
        times.append(time.process_time() - started)
    return min(times)


def profile(folder: Path, with_cprofile: bool = False) -> dict[str, float]:
    """CPU µs per sentence of each step over the texts in `folder` (see the module)."""
    files = sorted(folder.glob("*.md"))
    started = time.process_time()
    write_json((analyze_article(load_article(f), str(f)) for f in files[:1]), io.StringIO())
    startup = time.process_time() - started
    articles = [load_article(f) for f in files]
    sentences = [s.text for a in articles for s in a.sentences]
    paragraphs = [p for a in articles for p in a.paragraphs]
    documents = [analyze_article(a, str(f)) for a, f in zip(articles, files, strict=True)]
    sys.path.insert(0, str(ROOT / "bench"))
    import bench_throughput

    punkt = bench_throughput.punkt_tokenizer()
    steps = {
        "read and clean (load_article)": lambda: [load_article(f) for f in files],
        "split into sentences": lambda: [load_article(f).sentences for f in files],
        "causal reading": lambda: [causal_fields(s) for s in sentences],
        "quantities": lambda: [extract_quantities(s) for s in sentences],
        "JSON": lambda: write_json(iter(documents), io.StringIO()),
        "whole analyze": lambda: write_json(
            (analyze_article(load_article(f), str(f)) for f in files), io.StringIO()
        ),
        "Punkt alone": lambda: [list(punkt.span_tokenize(p)) for p in paragraphs],
    }
    per = {name: _best(step) / len(sentences) * 1e6 for name, step in steps.items()}
    per["split into sentences"] -= per["read and clean (load_article)"]
    per["floor (no detectors)"] = per["whole analyze"] - per["causal reading"] - per["quantities"]
    print(f"{len(files)} articles, {len(sentences)} sentences; start-up {startup:.2f} s CPU")
    for name, micro in per.items():
        print(f"  {name:32s} {micro:7.1f} µs/sentence")
    print(
        f"  analyze_vs_punkt_x here {per['Punkt alone'] / per['whole analyze']:.2f} "
        f"(without start-up); floor {per['Punkt alone'] / per['floor (no detectors)']:.2f}"
    )
    if with_cprofile:
        import cProfile
        import pstats

        profiler = cProfile.Profile()
        with contextlib.redirect_stdout(io.StringIO()):
            profiler.runcall(steps["whole analyze"])
        pstats.Stats(profiler).sort_stats("tottime").print_stats(25)
    return per


def main() -> int:
    articles = int(next((a for a in sys.argv[1:] if a.isdigit()), 1000))
    sys.path.insert(0, str(ROOT / "bench"))
    import bench_throughput

    with tempfile.TemporaryDirectory() as tmp:
        bench_throughput.generate_corpus(Path(tmp), articles)
        profile(Path(tmp), "--cprofile" in sys.argv)
    return 0


if __name__ == "__main__":
    sys.exit(main())
