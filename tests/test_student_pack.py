"""The student pack gives feedback without carrying a readable answer."""

from __future__ import annotations

import itertools
import zipfile
from pathlib import Path

import nbformat
import pytest
import yaml

from conftest import CASE
from medialit.case import load_case
from medialit.exercisebank import build_exercise, lesson_specs
from medialit.exercises import LabelExercise, NumberExercise
from medialit.lesson import Lesson
from medialit.studentpack import build_student_pack
from medialit.views import escape_md

FORBIDDEN_KEYS = {"accepted", "why", "why_kind", "wrong_why", "model_answer", "answer", "accept"}


@pytest.fixture(scope="module")
def pack(tmp_path_factory):
    out = tmp_path_factory.mktemp("pack")
    folder, archive = build_student_pack(out, CASE)
    return folder, archive


@pytest.fixture(scope="module")
def packed_case(pack):
    return load_case(pack[0] / "data" / "cases" / CASE)


def _every_text(folder: Path, archive: Path) -> dict[str, str]:
    texts = {
        str(p.relative_to(folder)): p.read_bytes().decode("utf-8", "replace")
        for p in folder.rglob("*")
        if p.is_file()
    }
    with zipfile.ZipFile(archive) as zipped:
        for name in zipped.namelist():
            texts[f"zip:{name}"] = zipped.read(name).decode("utf-8", "replace")
    return texts


def _secrets(case) -> list[str]:
    """Everything that gives an answer away: reasons, model answers, gold notes, kinds' whys."""
    found = [o.why_kind for o in case.outlets.values()]
    found += [n.note for notes in case.annotations.values() for n in notes.sentences.values()]
    for lesson in case.exercises:
        for number, spec in enumerate(lesson_specs(case, lesson), start=1):
            ex = build_exercise(case, spec, number=number, answer_key=True)
            for item in getattr(ex, "items", []):
                found += [getattr(item, "why", ""), *getattr(item, "wrong_why", {}).values()]
            found += [getattr(ex, "why", ""), getattr(ex, "model_answer", "")]
            found += list(getattr(ex, "look_for", []))
    return [s for s in found if s and len(s) > 12]


def _numbers(node, key: str = "") -> set[str]:
    """The keys under which a number appears anywhere in `node`."""
    if isinstance(node, dict):
        return {k for name, v in node.items() for k in _numbers(v, name)}
    if isinstance(node, list):
        return {k for v in node for k in _numbers(v, key)}
    return {key} if isinstance(node, (int, float)) and not isinstance(node, bool) else set()


def _keys_of(node) -> set[str]:
    if isinstance(node, dict):
        return set(node) | {k for v in node.values() for k in _keys_of(v)}
    if isinstance(node, list):
        return {k for v in node for k in _keys_of(v)}
    return set()


def test_the_pack_carries_no_answer_in_readable_form(pack, case):
    folder, archive = pack
    texts = _every_text(folder, archive)
    assert any(name.startswith("zip:") for name in texts) and len(texts) > 40
    everything = "\n".join(texts.values())
    for secret in _secrets(case):
        for form in {secret, escape_md(secret), " ".join(secret.split())}:
            assert form not in everything, secret[:60]
    assert not [name for name in texts if "/annotations/" in name]
    sealed = yaml.safe_load((folder / "data" / "cases" / CASE / "exercises.yml").read_text())
    assert not _keys_of(sealed) & FORBIDDEN_KEYS
    for path in (folder / "data" / "cases").rglob("*.yml"):  # no answer field in the case
        found = _keys_of(yaml.safe_load(path.read_text(encoding="utf-8")))
        assert not found & {"accepted", "support", "answer", "model_answer", "wrong_why"}, path
    cards = yaml.safe_load((folder / "data" / "cases" / CASE / "sources.yml").read_text())
    assert all(card["kind"] == [] and card["why_kind"] == "" for card in cards["outlets"])
    # the only number in a sealed entry is the checking grid's size: never a value of the key
    assert _numbers(sealed) <= {"places"}


def _attempts(ex) -> list[tuple]:
    if isinstance(ex, NumberExercise):
        return [(v,) for v in (ex.value, ex.low, ex.high, ex.high + 1, ex.low - 1, "2.2", 0)]
    if isinstance(ex, LabelExercise) and ex.kind == "choice":
        return [(label,) for label in ex.labels]
    labels = list(ex.labels)
    return [
        (n + 1, labels[(n + shift) % len(labels)])
        for shift, n in itertools.product(range(len(labels)), range(len(ex.items)))
    ]


@pytest.mark.parametrize("lesson", ["00-start-here", "01-meet-the-sources"])
def test_sealed_checks_give_the_same_verdicts_scores_and_reasons(packed_case, case, lesson):
    for number, spec in enumerate(lesson_specs(case, lesson), start=1):
        real = build_exercise(case, spec, number=number)
        sealed = build_exercise(packed_case, lesson_specs(packed_case, lesson)[number - 1])
        if spec["kind"] == "free-text":
            feedback = sealed.answer("I would check who runs the site first.")
            assert "cannot be checked here" in feedback.markdown
            assert "cannot be checked here" in sealed.show().text
            assert real.model_answer not in feedback.markdown
            continue
        assert "the answers are sealed" in sealed.show().text
        for attempt in _attempts(real):
            mine, theirs = sealed.answer(*attempt), real.answer(*attempt)
            assert mine.correct == theirs.correct, (spec["id"], attempt)
            if theirs.correct:  # a right answer unlocks the same reason
                if isinstance(real, NumberExercise):
                    reason = real.why
                elif real.kind == "choice":
                    reason = real.items[0].why
                else:
                    reason = real.items[attempt[0] - 1].why
                assert escape_md(reason) in mine.markdown
        a, b = sealed.score(), real.score()
        fields = ("answered", "right_first_time", "right_now", "hits", "false_alarms", "misses")
        assert [getattr(a, f) for f in fields] == [getattr(b, f) for f in fields], spec["id"]


def test_a_wrong_answer_gets_its_reason_but_never_the_key(packed_case):
    lesson = Lesson("00-start-here", packed_case)
    choice = lesson.exercise("first-question")
    first = choice.answer("share")
    assert first.correct is False and "Sharing before checking" in first.markdown
    second = choice.answer("evidence")
    assert "does not show the answer" in second.markdown and "Who is behind" not in second.markdown


def test_pack_notebooks_carry_nbgrader_metadata_and_run_from_the_pack(pack, tmp_path):
    import papermill as pm

    folder, _ = pack
    nb = nbformat.read(folder / "00-start-here.ipynb", as_version=4)
    grades = [c.metadata["nbgrader"] for c in nb.cells]
    ids = [g["grade_id"] for g in grades]
    assert len(ids) == len(set(ids)) and "00-start-here-backed-or-bare" in ids
    assert all(g["locked"] != g["solution"] for g in grades)
    assert any(g["solution"] for g in grades)  # the typed-answer cells are answer cells
    assert "Student pack" in nb.cells[1].source
    out = tmp_path / "run.ipynb"
    pm.execute_notebook(
        str(folder / "00-start-here.ipynb"),
        str(out),
        parameters={"answers_folder": str(tmp_path / "answers")},
        kernel_name="python3",
        cwd=str(folder),
        progress_bar=False,
    )
    ran = nbformat.read(out, as_version=4)
    shown = "\n".join(
        o.get("data", {}).get("text/plain", "") for c in ran.cells for o in c.get("outputs", [])
    )
    assert "the answers are sealed" in shown and "cannot be checked here" in shown
    assert "This is a student pack" in shown and "No annotations" not in shown


def test_a_pack_of_another_case_points_its_lessons_at_that_case(case_copy, tmp_path):
    renamed = case_copy.rename(case_copy.parent / "kz-copy")
    folder, _ = build_student_pack(tmp_path / "out", str(renamed))
    nb = nbformat.read(folder / "00-start-here.ipynb", as_version=4)
    (params,) = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert 'case = "kz-copy"' in params.source
    packed = load_case(folder / "data" / "cases" / "kz-copy")
    assert packed.annotations == {} and "00-start-here" in packed.exercises
