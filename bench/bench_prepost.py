"""`medialit report` with the pre/post check, on a class of 30 simulated students.

Each simulated student answers lesson 00 (its four exercises and form A of the check) and,
28 of 30 of them, lesson 06's check (form B): every answer is given through the real
exercise, so the saved scores are real. A student has a skill (the chance of a right first
answer, higher after the lessons for most, lower for a few) and a habit: some flag too
readily, some too rarely; some leave items out, some change an answer after its feedback.

- report_prepost_30_s: the whole `medialit report` command on the 60 files (read, class
  summary, pre/post table, both charts, summary.md and summary.json), median of 3 runs;
  peer: `json.loads` of the same files.

It also prints both forms at a glance (items per part, flagged ones, words an item), so a
change that makes one form longer or harder to read shows up.
"""

from __future__ import annotations

import contextlib
import copy
import io
import json
import random
import statistics
import tempfile
import time
from pathlib import Path

STUDENTS = 30
ABSENT = 2  # students who miss the post check
PRE, POST = "00-start-here", "06-put-it-together"
TARGETS = {"report_prepost_30_s": ("<=", 3.0)}
NOTES: dict[str, str] = {}


def _answer_check(check, rng: random.Random, skill: float, flag_bias: float) -> None:
    """Answer a check as a student of this skill and habit would, item by item."""
    for number, item in enumerate(check.items, start=1):
        if rng.random() < 0.05:
            continue  # left out
        part = check.parts[item.part]
        if rng.random() < skill:
            label = item.accepted[0]
        else:
            wrong = [k for k in part.labels if k not in item.accepted]
            flagging = part.flag in wrong and rng.random() < flag_bias
            label = part.flag if flagging else rng.choice(wrong)
        check.answer(number, label)
        if label not in item.accepted and rng.random() < 0.3:
            check.answer(number, item.accepted[0])  # a second try after the feedback


def _lesson_00(case, rng: random.Random, skill: float) -> dict:
    """The lesson's own exercises, answered as in bench_answers, with some slips."""
    from medialit.exercises import build_exercise, lesson_specs, saved_entry

    entries = {}
    for number, spec in enumerate(lesson_specs(case, PRE), start=1):
        ex = build_exercise(case, spec, number=number)
        if spec["kind"] == "label":
            for n, item in enumerate(ex.items, start=1):
                right = rng.random() < skill
                ex.answer(n, item.accepted[0] if right else rng.choice(list(ex.labels)))
        elif spec["kind"] == "choice":
            ex.answer(rng.choice(list(ex.labels)))
        elif spec["kind"] == "number":
            ex.answer(2 if rng.random() < skill else rng.choice([1.5, 3, 60]))
        else:
            ex.answer("I would ask who is behind the unsigned editorial, and why.")
        entries[spec["id"]] = saved_entry(ex)
    return entries


def class_folder(folder: Path, seed: int = 17) -> dict[str, float]:
    """Write 30 students' answers files (lesson 00 with form A, lesson 06 with form B);
    return the median true skill before and after, for the printout."""
    from medialit.case import load_case
    from medialit.exercises import FORMAT, file_name, saved_entry
    from medialit.lesson import Lesson

    rng = random.Random(seed)
    case = load_case("kazakhstan-2022")
    forms = {lesson: Lesson(lesson, case).check("A") for lesson in (PRE, POST)}  # built once
    skills = {"pre": [], "post": []}
    for i in range(STUDENTS):
        name = f"s{i:02d}"
        skill = rng.uniform(0.35, 0.75)
        gain = rng.uniform(-0.1, 0.35)  # most gain, a few slip back
        flag_bias = rng.choice([0.2, 0.5, 0.8])  # rarely, sometimes or readily flags
        for lesson, now in ((PRE, skill), (POST, min(0.95, skill + gain))):
            if lesson == POST and i >= STUDENTS - ABSENT:
                continue
            check = copy.deepcopy(forms[lesson])
            _answer_check(check, rng, now, flag_bias if lesson == PRE else flag_bias / 2)
            entries = _lesson_00(case, rng, now) if lesson == PRE else {}
            entries[check.id] = saved_entry(check)
            skills["pre" if lesson == PRE else "post"].append(now)
            data = {"format": FORMAT, "student": name, "lesson": lesson, "case": case.id,
                    "exercises": entries}  # fmt: skip
            (folder / name).mkdir(parents=True, exist_ok=True)
            (folder / name / file_name(lesson, case.id)).write_text(json.dumps(data))
    return {when: statistics.median(values) for when, values in skills.items()}


def form_profile(check) -> str:
    """A form at a glance, to compare the two: items per part (flagged in brackets) and the
    mean length of an item's sentence, a rough proxy for reading difficulty."""
    parts = []
    for n, part in enumerate(check.parts):
        items = [i for i in check.items if i.part == n]
        flagged = sum(i.accepted[0] == part.flag for i in items)
        parts.append(f"{len(items)} {part.kind} ({flagged} flagged)")
    words = statistics.mean(len(i.prompt.split(" (the figure: ")[0].split()) for i in check.items)
    return f"form {check.about['form']}: {', '.join(parts)}; {words:.0f} words an item"


def figures() -> dict[str, float]:
    from medialit.cli import main

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "class"
        started = time.perf_counter()
        skill = class_folder(folder)
        made_s = time.perf_counter() - started
        runs, printed = [], ""
        for n in range(3):
            out = io.StringIO()
            started = time.perf_counter()
            with contextlib.redirect_stdout(out):
                code = main(["report", str(folder), "--out", str(Path(tmp) / f"report{n}")])
            runs.append(time.perf_counter() - started)
            printed = out.getvalue()
        assert code == 0, printed
        files = sorted(folder.rglob("*.answers.json"))
        started = time.perf_counter()
        for path in files:
            json.loads(path.read_text(encoding="utf-8"))
        read_s = time.perf_counter() - started
    report_s = statistics.median(runs)
    from medialit.case import load_case
    from medialit.exercises import FORMS, build_check

    case = load_case("kazakhstan-2022")
    profiles = "; ".join(form_profile(build_check(case, form)) for form in FORMS)
    summary = next(line.strip() for line in printed.splitlines() if "Change from pre" in line)
    print(
        f"  {STUDENTS} simulated students ({STUDENTS - ABSENT} with both checks), "
        f"{len(files)} answers files, written in {made_s:.1f} s; median simulated skill "
        f"{skill['pre']:.2f} before, {skill['post']:.2f} after\n"
        f"  medialit report with pre/post: {report_s:.3f} s (median of 3, the first cold: "
        f"{', '.join(f'{r:.3f}' for r in runs)}); peer json.loads of the files: {read_s:.4f} s\n"
        f"  {summary}\n  {profiles}"
    )
    NOTES["report_prepost_30_s"] = f"{len(files)} files; peer json.loads {read_s:.4f} s"
    return {"report_prepost_30_s": report_s}


if __name__ == "__main__":
    print(figures())
