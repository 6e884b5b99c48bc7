#!/usr/bin/env python3
"""How much a lesson asks of a 45-50 minute period: words on screen and answers to give.

    .venv/bin/python bench/lesson_load.py            # all lessons
    .venv/bin/python bench/lesson_load.py 02 05      # lessons whose name starts so

Each lesson runs through papermill in student mode into a temporary folder (one at a time).
Words on screen = words in Markdown cells + words in rendered outputs (text/markdown,
else text/plain). Answers = the items or cells a student must answer in each exercise
(a matrix's cells to fill, a label exercise's items, one for any other kind), from
`lesson_specs` and `build_exercise`. Sections headed "## Extension: ..." (up to the next
"## " heading) are counted apart, as "ext", so the core can be read on its own.
"""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

import nbformat

from medialit.case import load_case
from medialit.exercises import MatrixExercise, build_exercise, lesson_specs

ROOT = Path(__file__).resolve().parents[1]
CASE = "kazakhstan-2022"
EXERCISE_CALL = re.compile(r'L\.exercise\("([\w-]+)"\)')


def words(text: str) -> int:
    """Words in a text: runs of letters or digits.

    >>> words("Read the *baseline*, then 20,000.")
    4
    """
    return len(re.findall(r"[^\W_]+(?:[,.'’-][^\W_]+)*", text))


def output_text(output) -> str:
    """What an output shows as text: its Markdown, else its plain text, else nothing."""
    if output.get("output_type") == "stream":
        return output.get("text", "")
    data = output.get("data", {})
    for kind in ("text/markdown", "text/plain"):
        if kind in data:
            text = data[kind]
            return "".join(text) if isinstance(text, list) else text
    return ""


def answers_in(exercise) -> int:
    """The answers an exercise asks for: cells to fill, items, or one."""
    if isinstance(exercise, MatrixExercise):
        return exercise.score().total
    items = getattr(exercise, "items", None)
    return len(items) if items else 1


def measure(executed: nbformat.NotebookNode, lesson: str, case) -> dict[str, int]:
    """Words on screen and answers, in the core and in the extensions."""
    specs = {s["id"]: (n, s) for n, s in enumerate(lesson_specs(case, lesson), start=1)}
    counts = {"words": 0, "answers": 0, "ext_words": 0, "ext_answers": 0}
    extension = False
    for cell in executed.cells:
        if cell.cell_type == "markdown":
            heading = re.match(r"##\s+(.*)", cell.source)
            if heading:
                extension = heading.group(1).lower().startswith("extension")
            counts["ext_words" if extension else "words"] += words(cell.source)
            continue
        if cell.cell_type != "code":
            continue
        shown = sum(words(output_text(o)) for o in cell.get("outputs", []))
        counts["ext_words" if extension else "words"] += shown
        for exercise_id in EXERCISE_CALL.findall(cell.source):
            if exercise_id in specs:
                number, spec = specs[exercise_id]
                n = answers_in(build_exercise(case, spec, number=number))
                counts["ext_answers" if extension else "answers"] += n
    return counts


def main(prefixes: list[str]) -> None:
    import os

    import papermill as pm

    case = load_case(CASE)
    notebooks = sorted((ROOT / "notebooks").glob("*.ipynb"))
    if prefixes:
        notebooks = [nb for nb in notebooks if nb.stem.startswith(tuple(prefixes))]
    print(f"{'lesson':38} {'words':>6} {'answers':>7} {'ext words':>9} {'ext answers':>11}")
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["MEDIALIT_ANSWERS"] = str(Path(tmp) / "answers")
        for nb in notebooks:
            target = Path(tmp) / nb.name
            pm.execute_notebook(
                str(nb), str(target), parameters={"case": CASE, "answer_key": False},
                kernel_name="python3", cwd=str(nb.parent), progress_bar=False,
            )
            c = measure(nbformat.read(target, as_version=4), nb.stem, case)
            print(f"{nb.stem:38} {c['words']:>6} {c['answers']:>7} "
                  f"{c['ext_words']:>9} {c['ext_answers']:>11}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
