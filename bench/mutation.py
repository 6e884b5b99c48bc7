"""`make mutation`: mutmut on the core modules, with a score per module.

mutmut (the `mutation` extra) copies the package into `mutants/`, makes each mutant of
the modules that pyproject's `[tool.mutmut] only_mutate` lists, and for each mutant runs
only the tests (from `pytest_add_cli_args_test_selection`) that ran the mutated function.
Three modules are mutated in part only, the part the tests are meant to guard:
`lesson.py` its parameters (`check_parameters`, `check_answer_key`, `Lesson.__init__`,
`start`, `Lesson.exercise` with `fresh`), `shown.py` its escaping (`escape_md`,
`escape_html`, `plain`, `shown`), `detectors/causal.py` its support logic (`_support`,
`_without_nested`, `explain_causal`).

    python bench/mutation.py                 every mutant in scope (hours on 2 cores)
    python bench/mutation.py --sample 40     about 40 per module: every k-th, evenly spread
    python bench/mutation.py --report        the table again, from mutants/, running nothing
    python bench/mutation.py --names FILE    only the mutants named in FILE (one a line)

A mutant already tried in mutants/ is not tried again (so a stopped run resumes) unless
`--rerun` is given; the table counts every mutant in scope tried so far.

The score is killed (a test failed, or the mutant ran past its time) over tried; a
mutant that no selected test reaches counts as a survivor. Surviving mutants are listed
with `mutmut show NAME` for each diff; `build/mutation.json` keeps the table and names.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MUTANTS = ROOT / "mutants"
OUT = ROOT / "build" / "mutation.json"
WORKERS = 2  # the classroom and CI machines have two cores
# The functions in scope where only part of a module is (mutmut's mangled names).
PART = {
    "medialit/shown": {"x_escape_md", "x_escape_html", "x_plain", "x_shown", "xǁShownǁ__init__"},
    "medialit/lesson": {
        "x_check_parameters",
        "x_check_answer_key",
        "xǁLessonǁ__init__",
        "x_start",
        "xǁLessonǁexercise",
    },
    "medialit/detectors/causal": {"x__support", "x__without_nested", "x_explain_causal"},
}
KILLED = {1, 3, 36, -24, 24, 152, 255}  # a failing test, or a timeout
NOT_TRIED = {None, 2, 34}


def function_of(name: str) -> str:
    """`medialit.shown.x_plain__mutmut_3` -> `x_plain`."""
    return re.sub(r"__mutmut_\d+$", "", name).rsplit(".", 1)[-1]


def generate() -> None:
    """Copy the package into mutants/ and write every mutant (mutmut's first step only)."""
    code = (
        "import os; from mutmut.__main__ import copy_src_dir, copy_also_copy_files, "
        "setup_source_paths, create_mutants; os.makedirs('mutants', exist_ok=True); "
        f"copy_src_dir(); copy_also_copy_files(); setup_source_paths(); create_mutants({WORKERS})"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, capture_output=True)


def results() -> dict[str, dict[str, int | None]]:
    """Each module in scope, its mutants in file order and their exit codes (None: untried)."""
    found = {}
    for meta in sorted(MUTANTS.glob("medialit/**/*.py.meta")):
        module = meta.relative_to(MUTANTS).as_posix().removesuffix(".py.meta")
        codes = json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"]
        keep = PART.get(module)
        found[module] = {n: c for n, c in codes.items() if keep is None or function_of(n) in keep}
    return found


def sample(names: list[str], size: int) -> list[str]:
    """About `size` names, evenly spread through the module (every k-th), or all of them."""
    if size <= 0 or len(names) <= size:
        return names
    step = len(names) / size
    return [names[int(i * step)] for i in range(size)]


def table() -> dict:
    """The score per module over the mutants tried so far, and the survivors' names."""
    codes = results()
    report = {}
    for module, names in codes.items():
        tried = [n for n in names if codes[module].get(n) not in NOT_TRIED]
        killed = [n for n in tried if codes[module][n] in KILLED]
        survivors = [n for n in tried if codes[module][n] not in KILLED]
        report[module] = {
            "in_scope": len(codes[module]),
            "tried": len(tried),
            "killed": len(killed),
            "score": round(len(killed) / len(tried), 3) if tried else None,
            "survivors": survivors,
            "no_tests": [n for n in survivors if codes[module][n] in (5, 33)],
        }
    return report


def show(report: dict) -> None:
    print(f"{'module':34} {'in scope':>8} {'tried':>6} {'killed':>6} {'score':>6}")
    total_tried = total_killed = 0
    for module, row in report.items():
        score = "-" if row["score"] is None else f"{row['score']:.0%}"
        print(f"{module:34} {row['in_scope']:8} {row['tried']:6} {row['killed']:6} {score:>6}")
        total_tried += row["tried"]
        total_killed += row["killed"]
    if total_tried:
        score = f"{total_killed / total_tried:.0%}"
        print(f"{'all':34} {'':8} {total_tried:6} {total_killed:6} {score:>6}")
    for row in report.values():
        for name in row["survivors"]:
            note = " (no selected test reaches it)" if name in row["no_tests"] else ""
            print(f"  survived: {name}{note}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python bench/mutation.py")
    parser.add_argument("--sample", type=int, default=0, help="about N mutants per module")
    parser.add_argument("--names", type=Path, help="a file of mutant names to try, one a line")
    parser.add_argument("--report", action="store_true", help="only print the last results")
    parser.add_argument("--rerun", action="store_true", help="try mutants tried before again")
    args = parser.parse_args(argv)
    if not args.report:
        generate()
    codes = results()
    chosen = {m: sample(list(names), args.sample) for m, names in codes.items()}
    if args.names:
        wanted = set(args.names.read_text(encoding="utf-8").split())
        chosen = {m: [n for n in names if n in wanted] for m, names in codes.items()}
    if not args.report:
        names = [n for m, ns in chosen.items() for n in ns if args.rerun or codes[m][n] is None]
        print(f"mutmut: {len(names)} mutants, {WORKERS} at a time", flush=True)
        subprocess.run(
            [sys.executable, "-m", "mutmut", "run", "--max-children", str(WORKERS), *names],
            cwd=ROOT,
            check=False,
            stdout=subprocess.DEVNULL,
        )
    report = table()
    show(report)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
