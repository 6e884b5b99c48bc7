"""`make bench`: the kit's timings, printed as a table and written to build/bench.json.

Figures (seconds):
  import_s                       `import medialit` in a fresh interpreter (median of 5)
  nb_<lesson>_<mode>_s           one lesson run through papermill's Python API
  lessons_total_s                wall time for every lesson in both modes, two at a time

Every other benchmark is a module `bench/bench_<topic>.py` with a function
`figures() -> dict[str, float]`: it prints its own details (and the peer it is measured
against, in the same run) and returns flat, named figures for build/bench.json. A
benchmark whose external data is missing prints one line saying so and returns {}.
A module may also set `TARGETS = {"figure": (">=" or "<=", number)}`; the table shows
each target beside its figure and whether it is met. A module's `NOTES = {"figure": "..."}`
(read after `figures()`, which may fill it) puts a note at the end of that figure's row.
`python bench/run.py causal numbers` runs only the named topics.
"""

from __future__ import annotations

import importlib
import json
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORKERS = 2  # the classroom and CI machines have two cores
TARGETS = {"import_s": ("<=", 0.25), "lessons_total_s": ("<=", 40.0)}
NOTES: dict[str, str] = {}


def import_time(runs: int = 5) -> float:
    code = "import time; t = time.perf_counter(); import medialit; print(time.perf_counter() - t)"
    times = [
        float(
            subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, check=True
            ).stdout
        )
        for _ in range(runs)
    ]
    return statistics.median(times)


def run_lesson(job: tuple[Path, bool, Path]) -> tuple[str, float]:
    import papermill as pm

    source, answer_key, target = job
    started = time.perf_counter()
    pm.execute_notebook(
        str(source),
        str(target),
        parameters={"answer_key": answer_key},
        kernel_name="python3",
        cwd=str(source.parent),
        progress_bar=False,
    )
    mode = "key" if answer_key else "student"
    return f"nb_{source.stem}_{mode}_s", time.perf_counter() - started


def lesson_times() -> dict[str, float]:
    figures: dict[str, float] = {}
    lessons = sorted((ROOT / "notebooks").glob("*.ipynb"))
    with tempfile.TemporaryDirectory() as out:
        jobs = [
            (nb, key, Path(out) / f"{nb.stem}-{key}.ipynb")
            for nb in lessons
            for key in (False, True)
        ]
        started = time.perf_counter()
        with ThreadPoolExecutor(max_workers=WORKERS) as pool:
            figures.update(pool.map(run_lesson, jobs))
        figures["lessons_total_s"] = time.perf_counter() - started
    return figures


def topic_benchmarks(only: list[str]) -> dict[str, float]:
    """Run every bench/bench_<topic>.py (or only the named topics) and merge their figures."""
    sys.path.insert(0, str(Path(__file__).parent))
    figures: dict[str, float] = {}
    for module_path in sorted(Path(__file__).parent.glob("bench_*.py")):
        topic = module_path.stem.removeprefix("bench_")
        if only and topic not in only:
            continue
        print(f"== {topic}", flush=True)
        module = importlib.import_module(module_path.stem)
        TARGETS.update(getattr(module, "TARGETS", {}))
        figures.update(module.figures())
        NOTES.update(getattr(module, "NOTES", {}))
    return figures


def table(figures: dict[str, float]) -> str:
    """Each figure, its target where it has one, and whether the target is met."""
    width = max(map(len, figures), default=6)
    lines = [f"{'figure':<{width}}  {'value':>10}  {'target':>10}  met"]
    for name, value in figures.items():
        target, met = "", ""
        if name in TARGETS:
            sign, limit = TARGETS[name]
            target = f"{sign} {limit:g}"
            met = "yes" if (value >= limit if sign == ">=" else value <= limit) else "NO"
        note = f"  {NOTES[name]}" if name in NOTES else ""
        lines.append(f"{name:<{width}}  {value:>10.3f}  {target:>10}  {met:<3}{note}".rstrip())
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    only = argv
    figures: dict[str, float] = {}
    if not only:
        figures["import_s"] = import_time()
        figures.update(lesson_times())
    figures.update(topic_benchmarks(only))
    figures = {k: round(v, 3) for k, v in figures.items()}

    print(table(figures))
    target = ROOT / "build" / "bench.json"
    target.parent.mkdir(exist_ok=True)
    if only and target.exists():  # a partial run updates its own figures, keeps the rest
        figures = {**json.loads(target.read_text()), **figures}
    target.write_text(json.dumps(figures, indent=2) + "\n")
    print(f"\nwritten to {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
