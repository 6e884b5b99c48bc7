"""No pattern to learn in which items are flagged (issue 15, item 6).

When every text of an exercise gives exactly one flagged and one fair sentence, students
learn to flag "the other one" instead of reading. Every label exercise with a flag (the
label that raises a concern: bare, loaded, claims a cause, ...) is built from the shipped
case, and its items are counted per text and per side (the text's framing): flagged when
the key's first label is the flag, fair otherwise.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from teachercase import build_teacher_case

from medialit.case import load_case
from medialit.exercises import LabelExercise, build_exercise, lesson_specs

ONE_AND_ONE = (1, 1)


LESSONS = sorted(p.stem for p in (Path(__file__).parent.parent / "notebooks").glob("0*.ipynb"))


def _flagged_exercises(case):
    """(name, spec, exercise) for every label exercise with a flag, in every lesson: the
    case's own (exercises.yml) and those the kit builds from the case."""
    for lesson in LESSONS:
        for number, spec in enumerate(lesson_specs(case, lesson), 1):
            if spec.get("kind") == "label" and spec.get("flag"):
                exercise = build_exercise(case, spec, number=number)
                assert isinstance(exercise, LabelExercise)
                yield f"{lesson}.{spec['id']}", spec, exercise


def _text_of(case, raw: dict, source: str) -> str:
    """The text an item comes from: its `article:`, else the outlet its source names."""
    if raw.get("article"):
        return raw["article"]
    named = [o for o in case.outlets.values() if o.name in source and o.texts]
    return named[0].texts[0] if named else ""


def patterns(case, spec: dict, exercise: LabelExercise, by: str = "text") -> dict:
    """(flagged, fair) per text, or per framing with `by="framing"`; items from no text
    (statements a `given` key makes up) are left out."""
    counts: dict[str, list[int]] = {}
    for raw, item in zip(spec["items"], exercise.items, strict=True):
        text = _text_of(case, raw, item.source)
        if text not in case.articles:
            continue
        group = text if by == "text" else str(case.articles[text].meta.get("framing"))
        tally = counts.setdefault(group, [0, 0])
        tally[0 if item.accepted[0] == exercise.flag else 1] += 1
    return {group: tuple(tally) for group, tally in counts.items()}


def pattern_problems(found: dict) -> list[str]:
    """What makes a text's share of flagged items guessable, for three or more texts."""
    if len(found) < 3:
        return []
    problems = []
    if len(set(found.values())) == 1:
        problems.append(f"every one gives {found[next(iter(found))]} (flagged, fair)")
    one_and_one = sorted(g for g, p in found.items() if p == ONE_AND_ONE)
    if len(one_and_one) > len(found) / 2:
        problems.append(f"one flagged and one fair from most of them: {', '.join(one_and_one)}")
    return problems


def test_the_check_catches_one_flagged_and_one_fair_from_every_text(case):
    """An exercise built like the old ones, from the annotations: one bare and one
    sourced sentence from each of four texts, is caught, per text and per side."""
    spec = next(s for s in lesson_specs(case, "00-start-here") if s["id"] == "backed-or-bare")
    items = []
    for text in ("wire-report", "government-account", "western-briefing", "critical-oped"):
        notes = case.annotations[text].sentences.values()
        bare = next(n for n in notes if n.support and n.support[0] == "unsupported")
        fair = next(n for n in notes if n.support and "unsupported" not in n.support)
        items += [{"article": text, "quote": bare.quote}, {"article": text, "quote": fair.quote}]
    old = {**spec, "items": items}
    exercise = build_exercise(case, old)
    for by in ("text", "framing"):
        found = patterns(case, old, exercise, by=by)
        assert set(found.values()) == {ONE_AND_ONE}
        assert len(pattern_problems(found)) == 2, found
    varied = {"a": (2, 0), "b": (0, 2), "c": (1, 1), "d": (1, 2)}
    assert pattern_problems(varied) == []
    assert pattern_problems({"a": (1, 1), "b": (1, 1)}) == []  # two texts: no pattern yet


def test_the_scan_covers_the_exercises_that_flag_sentences(case):
    names = {name for name, _, _ in _flagged_exercises(case)}
    wanted = ["backed-or-bare", "whose-words", "loaded-or-plain", "cause-or-order", "claim-sorter"]
    assert all(any(name.endswith(f".{w}") for name in names) for w in wanted), names


@pytest.mark.parametrize("by", ["text", "framing"])
def test_no_exercise_gives_the_same_flagged_and_fair_pattern_for_every_text(case, by):
    problems = []
    for name, spec, exercise in _flagged_exercises(case):
        found = patterns(case, spec, exercise, by=by)
        problems += [f"{name} by {by}: {p}" for p in pattern_problems(found)]
    assert not problems, problems


def test_every_flagged_exercise_has_flagged_and_fair_items(case):
    for name, _, exercise in _flagged_exercises(case):
        keys = [item.accepted for item in exercise.items]
        flagged = sum(k[0] == exercise.flag for k in keys)
        fair = sum(exercise.flag not in k for k in keys)
        assert flagged >= 1 and fair >= 1, (name, flagged, fair)


def test_every_side_has_a_sound_and_an_unsound_item_in_each_lesson_that_flags(case):
    """Method, not verdicts: patterns vary per text, yet in each lesson that flags bare or
    loaded sentences every framing still gives one the key flags and one it leaves alone."""
    seen: dict[str, set] = {}
    for name, spec, exercise in _flagged_exercises(case):
        if exercise.flag not in {"bare", "loaded"}:
            continue  # "claims a cause", "changes the meaning": no verdict on soundness
        lesson = seen.setdefault(name.split(".")[0], set())
        for raw, item in zip(spec["items"], exercise.items, strict=True):
            text = _text_of(case, raw, item.source)
            if text in case.articles:
                side = case.articles[text].meta.get("framing")
                lesson.add((side, exercise.flag in item.accepted))
    assert {"00-start-here", "02-same-event-different-stories", "04-because-i-said-so"} <= set(seen)
    for lesson, found in seen.items():
        for side in ("government", "state-aligned", "western-official", "critic"):
            assert {(side, True), (side, False)} <= found, (lesson, side)


@pytest.fixture(scope="module")
def five_texts(tmp_path_factory) -> Path:
    """The teacher's case from six saved pages, less its last text: five texts, as many as
    the flagged items of a ten-item exercise, which spread one per text used to give every
    text one flagged and one fair item."""
    folder = build_teacher_case(tmp_path_factory.mktemp("cases"))
    manifest = folder / "case.yml"
    lines = manifest.read_text(encoding="utf-8").splitlines()
    last = [line for line in lines if line.strip().startswith("- articles/")][-1]
    (folder / "annotations" / f"{Path(last.split()[-1]).stem}.yml").unlink()
    kept = [line for line in lines if line != last and not line.startswith("claims:")]
    manifest.write_text("\n".join(kept) + "\n", encoding="utf-8")
    return folder


def test_exercises_built_from_any_case_vary_the_pattern_too(five_texts):
    case = load_case(five_texts)
    assert len(case.articles) == 5
    found = {name: patterns(case, spec, ex) for name, spec, ex in _flagged_exercises(case)}
    assert any(sum(map(sum, f.values())) == 10 and len(f) == 5 for f in found.values()), found
    problems = {name: pattern_problems(f) for name, f in found.items() if pattern_problems(f)}
    assert not problems, (problems, found)
    for name, f in found.items():  # still as many flagged items as fair ones
        assert sum(a for a, _ in f.values()) == sum(b for _, b in f.values()), name
