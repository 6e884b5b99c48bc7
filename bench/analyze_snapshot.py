"""Save what `medialit analyze --json` prints for many inputs, to check a speed-up changed nothing.

    .venv/bin/python bench/analyze_snapshot.py /tmp/before       # on main, before the change
    .venv/bin/python bench/analyze_snapshot.py /tmp/after --compare /tmp/before

Inputs (written once into OUT/../analyze-inputs, then reused so both runs read the same files):
  case/    the shipped case's articles and saved page, and tests/cases/import
  cases/   every text of tests/cases/*.json (causal, quantities, furniture, sentences,
           attribution, names, spinner, bad-input) as its own .md and .txt file
  corpus/  bench_throughput's generated corpus: 10,000 articles, its fixed seed
  noisy/   2,000 seeded texts mixing the case's raw paragraphs (before cleaning), furniture,
           the test texts above, headings and repeated passages
  patho/   bad-input.json's pathological pieces (markup that never closes)
Each output file holds the exit status, standard error and standard output of one run
(the data folder's absolute path written as <data>, so two checkouts compare).
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import json
import os
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TESTS = ROOT / "tests" / "cases"


def _test_texts() -> list[str]:
    texts = []
    for name, field in [
        ("causal", "text"),
        ("quantities", "text"),
        ("furniture", "input"),
        ("sentences", "input"),
        ("attribution", "input"),
        ("names", "input"),
        ("spinner", "input"),
    ]:
        spec = json.loads((TESTS / f"{name}.json").read_text(encoding="utf-8"))
        texts += [c[field] for key in ("cases", "known_failures") for c in spec.get(key, [])]
    bad = json.loads((TESTS / "bad-input.json").read_text(encoding="utf-8"))
    return texts + [f["text"] for f in bad["files"] if f.get("text")]


def build_inputs(folder: Path) -> None:
    """Write every input folder (see the module's docstring)."""
    sys.path.insert(0, str(ROOT / "bench"))
    import bench_throughput

    for sub in ("corpus", "noisy", "patho", "cases"):
        (folder / sub).mkdir(parents=True)
    bench_throughput.generate_corpus(folder / "corpus")
    texts = _test_texts()
    for i, text in enumerate(texts):
        for suffix in (".md", ".txt"):
            (folder / "cases" / f"t{i:04d}{suffix}").write_text(text, encoding="utf-8")
    raw = []
    for path in sorted((ROOT / "data/cases/kazakhstan-2022/articles").glob("*.md")):
        body = path.read_text(encoding="utf-8").split("---", 2)[-1]
        raw += [p for p in body.split("\n\n") if p.strip()]
    spec = json.loads((TESTS / "furniture.json").read_text(encoding="utf-8"))
    furniture = [c["input"] for c in spec["cases"]]
    rng = random.Random(7)
    pool = raw + texts
    for n in range(2000):
        paragraphs = [
            rng.choice(furniture) if rng.random() < 0.3 else rng.choice(pool)
            for _ in range(rng.randint(3, 12))
        ]
        if rng.random() < 0.5:
            paragraphs.insert(0, "# " + rng.choice(raw)[:60])
        if rng.random() < 0.3:
            paragraphs += paragraphs[:2]  # a repeated passage
        suffix = ".md" if rng.random() < 0.8 else ".txt"
        text = "\n\n".join(paragraphs) + "\n"
        (folder / "noisy" / f"n{n:04d}{suffix}").write_text(text, encoding="utf-8")
    bad = json.loads((TESTS / "bad-input.json").read_text(encoding="utf-8"))
    for i, piece in enumerate(bad["pathological"]):
        (folder / "patho" / f"p{i}.md").write_text(piece["piece"] * piece["repeat"])


def _run(args: list[str]) -> str:
    from medialit.cli import main
    from medialit.paths import data_dir

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(["analyze", "--json", *args])
    text = f"status {status}\n--stderr--\n{err.getvalue()}--stdout--\n{out.getvalue()}"
    # `--case` prints absolute paths: name the data folder the same in every checkout
    return text.replace(str(data_dir()), "<data>")


def snapshot(out: Path) -> list[str]:
    """Run `analyze --json` on every input into `out`; returns the file names written."""
    inputs = out.parent / "analyze-inputs"
    if not inputs.exists():
        build_inputs(inputs)
    out.mkdir(parents=True, exist_ok=True)
    from medialit.paths import data_dir

    case = data_dir() / "cases" / "kazakhstan-2022"  # the checkout's own, as `--case` reads
    jobs = {
        "case": [str(case / "articles"), str(case / "pages"), str(TESTS / "import")],
        "cases": [str(inputs / "cases")],
        "noisy": [str(inputs / "noisy")],
        "patho": [str(inputs / "patho")],
        "corpus": [str(inputs / "corpus")],
        "case-flag": ["--case", "kazakhstan-2022"],
    }
    here = os.getcwd()
    os.chdir(inputs)  # paths in the output are relative to the working folder
    try:
        for name, args in jobs.items():
            cpu = time.process_time()
            text = _run(args)
            (out / f"{name}.out").write_text(text, encoding="utf-8")
            digest = hashlib.sha1(text.encode()).hexdigest()[:12]
            print(
                f"{name}: {len(text) / 1e6:.1f} MB, sha1 {digest}, "
                f"{time.process_time() - cpu:.1f} s CPU"
            )
    finally:
        os.chdir(here)
    return [f"{name}.out" for name in jobs]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder for the outputs")
    parser.add_argument("--compare", type=Path, help="a folder of earlier outputs")
    args = parser.parse_args()
    names = snapshot(args.out)
    if args.compare is None:
        return 0
    differ = [n for n in names if (args.out / n).read_bytes() != (args.compare / n).read_bytes()]
    print("identical" if not differ else f"DIFFERENT: {', '.join(differ)}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
