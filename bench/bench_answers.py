"""Saving answers and summarising a class: what they cost, against the plainest peer.

- answers_save_ms: one answer given and saved (check, atomic write with fsync) in a
  lesson; peer: `Path.write_text` of the same JSON (no temporary file, no fsync).
- report_300_s: `medialit report` work (read, summarise, write summary and chart) on 300
  students' answers files; peer: only `json.loads` of the same 300 files.
"""

from __future__ import annotations

import json
import statistics
import tempfile
import time
from pathlib import Path

STUDENTS = 300


def _save_times(folder: Path, runs: int = 40) -> tuple[float, float]:
    from medialit.lesson import start

    lesson = start("00-start-here", answers_folder=str(folder))
    exercise = lesson.exercise("backed-or-bare")
    ours = []
    for n in range(runs):
        started = time.perf_counter()
        exercise.answer(n % 10 + 1, "bare")
        ours.append(time.perf_counter() - started)
    text = json.dumps(lesson.answers.data, ensure_ascii=False, indent=1)
    peer = []
    for _ in range(runs):
        started = time.perf_counter()
        (folder / "peer.json").write_text(text, encoding="utf-8")
        peer.append(time.perf_counter() - started)
    return statistics.median(ours) * 1000, statistics.median(peer) * 1000


def _class_folder(folder: Path) -> None:
    from medialit.case import load_case
    from medialit.exercises import FORMAT, build_exercise, file_name, lesson_specs, saved_entry

    folder.mkdir(parents=True)
    case = load_case("kazakhstan-2022")
    specs = lesson_specs(case, "00-start-here")
    for i in range(STUDENTS):
        entries = {}
        for number, spec in enumerate(specs, start=1):
            ex = build_exercise(case, spec, number=number)
            if spec["kind"] == "label":
                for item in range(1, len(ex.items) + 1):
                    ex.answer(item, list(ex.labels)[(i + item) % len(ex.labels)])
            elif spec["kind"] == "choice":
                ex.answer(list(ex.labels)[i % len(ex.labels)])
            elif spec["kind"] == "number":
                ex.answer(2 + i % 3)
            else:
                ex.answer("I would ask who is behind the editorial first.")
            entries[spec["id"]] = saved_entry(ex)
        data = {"format": FORMAT, "student": f"s{i}", "lesson": "00-start-here",
                "case": case.id, "exercises": entries}  # fmt: skip
        (folder / f"s{i:03d}-{file_name('00-start-here', case.id)}").write_text(json.dumps(data))


def figures() -> dict[str, float]:
    from medialit.teacher import write_report

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        save_ms, write_ms = _save_times(folder / "answers")
        _class_folder(folder / "class")
        files = sorted((folder / "class").glob("*.json"))
        started = time.perf_counter()
        write_report([folder / "class"], folder / "report")
        report_s = time.perf_counter() - started
        started = time.perf_counter()
        for path in files:
            json.loads(path.read_text(encoding="utf-8"))
        read_s = time.perf_counter() - started
    print(
        f"answers: save one answer {save_ms:.2f} ms (peer Path.write_text {write_ms:.2f} ms, "
        f"x{save_ms / write_ms:.1f}); report on {STUDENTS} files {report_s:.2f} s "
        f"(peer json.loads only {read_s:.3f} s, x{report_s / read_s:.0f})"
    )
    return {
        "answers_save_ms": save_ms,
        "answers_save_peer_write_text_ms": write_ms,
        "answers_save_ratio": save_ms / write_ms,
        "report_300_s": report_s,
        "report_300_peer_json_read_s": read_s,
        "report_300_ratio": report_s / read_s,
    }


if __name__ == "__main__":
    print(figures())
