"""`medialit analyze` throughput and kernel memory: `make bench ONLY=throughput`.

Figures:
  analyze_mb_per_s        `medialit analyze --json` on a generated corpus of 10,000
                          articles: MB of article text per CPU second of the process, that
                          is per core (the machines are shared, so wall time varies with load)
  analyze_wall_mb_per_s   the same per second of wall time, for comparison
  analyze_articles        how many articles that was, analyze_mb the MB of text
  analyze_peak_mb         peak memory of `medialit analyze --json` over the whole corpus, run
                          as its own process (it writes each document as it goes)
  split_mb_per_s          the kit's sentence splitter alone on the same text
  punkt_split_mb_per_s    the peer: nltk's Punkt with the kit's abbreviation list (what the
                          kit used before), on the same text in the same run
  split_vs_punkt_x        the ratio, kit / Punkt
  analyze_vs_punkt_x      the whole of `medialit analyze --json` (read, clean, split, causal,
                          quantities, JSON) against Punkt alone splitting the same text: the
                          CPU seconds Punkt takes over every paragraph of the corpus (as the
                          kit reads them) divided by the CPU seconds of `analyze` over the
                          corpus, in the same run; at least 1 means the kit's whole analysis
                          keeps up with the peer's splitting alone (issue 14)
  punkt_corpus_mb_per_s   Punkt's speed in that measurement: MB of the corpus's files per
                          CPU second, the unit of analyze_mb_per_s
  kernel_peak_mb          peak memory (RSS) of a lesson's kernel after running it, the
                          largest over lessons; kernel_peak_mb_<lesson> for each

The corpus is generated in a temporary folder from the case's own sentences, shuffled
with a fixed seed (`generate_corpus`), so it is the same on every run and never committed.
"""

from __future__ import annotations

import contextlib
import io
import json
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = 10_000
SEED = 2022
# Targets (issue 8): `make bench` prints each figure beside its target.
TARGETS = {
    "analyze_mb_per_s": (">=", 2.0),
    "kernel_peak_mb": ("<=", 180.0),
    "analyze_vs_punkt_x": (">=", 1.0),  # issue 14
}


def case_sentences() -> list[str]:
    """Every sentence of the shipped case's texts."""
    from medialit.case import load_case

    case = load_case("kazakhstan-2022")
    return [s.text for a in case.articles.values() for s in a.sentences]


def generate_corpus(folder: Path, articles: int = ARTICLES, seed: int = SEED) -> int:
    """Write `articles` Markdown texts of shuffled case sentences into `folder`; return bytes.

    Each text has front matter, a headline and 4-8 paragraphs of 1-4 sentences.
    """
    rng = random.Random(seed)
    pool = case_sentences()
    total = 0
    for number in range(articles):
        paragraphs = [
            " ".join(rng.sample(pool, rng.randint(1, 4))) for _ in range(rng.randint(4, 8))
        ]
        title = " ".join(rng.choice(pool).split()[:8]).rstrip(".,;:")
        front = f"id: article-{number:05d}\ntitle: {json.dumps(title)}\noutlet: Bench Wire"
        text = f"---\n{front}\n---\n\n" + "\n\n".join(paragraphs) + "\n"
        data = text.encode("utf-8")
        (folder / f"article-{number:05d}.md").write_bytes(data)
        total += len(data)
    return total


def analyze_throughput(folder: Path, size: int) -> dict[str, float]:
    """Time `medialit analyze --json FOLDER` in this process (output kept in memory)."""
    from medialit.cli import main

    out = io.StringIO()
    started, cpu = time.perf_counter(), time.process_time()
    with contextlib.redirect_stdout(out):
        status = main(["analyze", "--json", str(folder)])
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    assert status == 0, "analyze reported bad input in the generated corpus"
    print(f"  analyze: {size / 1e6:.1f} MB in {elapsed:.1f} s wall, {cpu:.1f} s CPU")
    return {
        "analyze_mb_per_s": size / 1e6 / cpu,
        "analyze_wall_mb_per_s": size / 1e6 / elapsed,
        "analyze_mb": size / 1e6,
        "analyze_articles": float(out.getvalue().count('"path": ')),
        "analyze_cpu_s": cpu,
    }


CLI_PEAK = """\
import contextlib, os, re, sys
from medialit.cli import main
with open(os.devnull, "w") as sink, contextlib.redirect_stdout(sink):
    status = main(["analyze", "--json", sys.argv[1]])
with open("/proc/self/status") as status_file:
    print(int(re.search(r"VmHWM:\\s+(\\d+)", status_file.read()).group(1)) / 1024)
sys.exit(status)"""


def analyze_peak(folder: Path) -> dict[str, float]:
    """Peak memory of `medialit analyze --json FOLDER` in a process of its own (Linux)."""
    import subprocess

    if not Path("/proc/self/status").exists():
        print("  analyze peak memory: needs Linux's /proc; skipped")
        return {}
    ran = subprocess.run(
        [sys.executable, "-c", CLI_PEAK, str(folder)], capture_output=True, text=True, check=True
    )
    peak = float(ran.stdout)
    print(f"  analyze as a command: peak {peak:.0f} MB")
    return {"analyze_peak_mb": peak}


def punkt_tokenizer():
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    from medialit.text import abbreviations

    params = PunktParameters()
    params.abbrev_types = set(abbreviations())
    return PunktSentenceTokenizer(params)


def split_throughput(paragraphs: list[str]) -> dict[str, float]:
    """The kit's splitter against the Punkt peer, on the same paragraphs."""
    from medialit.text import sentence_spans

    size = sum(len(p.encode("utf-8")) for p in paragraphs) / 1e6
    started = time.perf_counter()
    kit = sum(len(sentence_spans(p)) for p in paragraphs)
    kit_s = time.perf_counter() - started
    punkt = punkt_tokenizer()
    started = time.perf_counter()
    peer = sum(len(list(punkt.span_tokenize(p))) for p in paragraphs)
    peer_s = time.perf_counter() - started
    print(f"  splitter: {kit} sentences in {kit_s:.2f} s; Punkt: {peer} in {peer_s:.2f} s")
    return {
        "split_mb_per_s": size / kit_s,
        "punkt_split_mb_per_s": size / peer_s,
        "split_vs_punkt_x": peer_s / kit_s,
    }


def punkt_against_analyze(paragraphs: list[str], size: int, analyze_cpu_s: float) -> dict:
    """Punkt alone over every paragraph of the corpus, against the whole analysis of it."""
    punkt = punkt_tokenizer()
    cpu = time.process_time()
    count = sum(len(list(punkt.span_tokenize(p))) for p in paragraphs)
    cpu = time.process_time() - cpu
    print(
        f"  Punkt over the corpus: {count} sentences in {cpu:.1f} s CPU; "
        f"analyze took {analyze_cpu_s:.1f} s CPU"
    )
    return {
        "punkt_corpus_mb_per_s": size / 1e6 / cpu,
        "analyze_vs_punkt_x": cpu / analyze_cpu_s,
    }


# The kernel's own peak: VmHWM of its memory map. (getrusage's ru_maxrss would not do on
# Linux: it survives exec, so a kernel started by a big process reports that process's peak.)
PEAK_PROBE = """\
import re, resource, sys
try:
    with open('/proc/self/status') as status:
        print(int(re.search(r'VmHWM:\\s+(\\d+)', status.read()).group(1)) / 1024)
except OSError:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(peak / (1024 * 1024) if sys.platform == 'darwin' else peak / 1024)"""


def kernel_peaks() -> dict[str, float]:
    """Peak RSS of a fresh kernel after it has run each lesson (student mode)."""
    import nbformat
    from nbclient import NotebookClient

    figures: dict[str, float] = {}
    for path in sorted((ROOT / "notebooks").glob("*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        nb.cells.append(nbformat.v4.new_code_cell(PEAK_PROBE))
        NotebookClient(
            nb, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}
        ).execute()
        peak = float(nb.cells[-1].outputs[0]["text"])
        figures[f"kernel_peak_mb_{path.stem}"] = peak
        print(f"  kernel after {path.stem}: peak {peak:.0f} MB")
    figures["kernel_peak_mb"] = max(figures.values())
    return figures


def figures() -> dict[str, float]:
    sys.path.insert(0, str(ROOT))
    out: dict[str, float] = kernel_peaks()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        size = generate_corpus(folder)
        print(
            f"  corpus: {ARTICLES} articles, {size / 1e6:.1f} MB, generated in "
            f"{time.perf_counter() - started:.1f} s"
        )
        out.update(analyze_throughput(folder, size))
        analyze_cpu_s = out.pop("analyze_cpu_s")
        out.update(analyze_peak(folder))
        from medialit.text import load_article

        texts = [load_article(f).paragraphs for f in sorted(folder.glob("*.md"))]
    out.update(punkt_against_analyze([p for t in texts for p in t], size, analyze_cpu_s))
    out.update(split_throughput([p for t in texts[:1000] for p in t]))
    return out
