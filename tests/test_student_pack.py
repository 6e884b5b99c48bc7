"""The student pack gives feedback without carrying a readable answer."""

from __future__ import annotations

import itertools
import re
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import nbformat
import pytest
import yaml

from conftest import CASES, ROOT
from medialit.case import load_case
from medialit.exercises import (
    CHECK_FILE,
    FORMS,
    LabelExercise,
    MatrixExercise,
    NumberExercise,
    build_check,
    build_exercise,
    lesson_specs,
)
from medialit.lesson import Lesson, start
from medialit.shown import escape_md
from medialit.teacher import build_student_pack

FORBIDDEN_KEYS = {"accepted", "why", "why_kind", "wrong_why", "model_answer", "answer", "accept"}


@pytest.fixture(scope="module", params=CASES)
def case_name(request) -> str:
    """Every test here runs on each shipped case's pack."""
    return request.param


@pytest.fixture(scope="module")
def case(case_name):
    return load_case(case_name)


@pytest.fixture(scope="module")
def pack(tmp_path_factory, case_name):
    out = tmp_path_factory.mktemp("pack")
    folder, archive = build_student_pack(out, case_name)
    return folder, archive


@pytest.fixture(scope="module")
def packed_case(pack, case_name):
    return load_case(pack[0] / "data" / "cases" / case_name)


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
    """Everything that gives an answer away: reasons, model answers, gold notes, outlet kinds'
    whys and what each text stands for (it names its outlet's kind),
    the claim matrix's reasons and hints for every cell that is not a worked example, and
    the teacher's notes on the drift pairs (one explains an exercise's answer), and the
    reasons of the pre/post check's items."""
    found = [o.why_kind for o in case.outlets.values()]
    found += [str(a.meta.get("stands_for") or "") for a in case.articles.values()]  # kinds
    found += [n.note for notes in case.annotations.values() for n in notes.sentences.values()]
    for lesson in case.exercises:
        for number, spec in enumerate(lesson_specs(case, lesson), start=1):
            ex = build_exercise(case, spec, number=number, answer_key=True)
            for item in getattr(ex, "items", []):  # a matrix's items: the cells to fill
                found += [getattr(item, "why", ""), *getattr(item, "wrong_why", {}).values()]
                found += [item.hint] if isinstance(ex, MatrixExercise) else []
            found += [getattr(ex, "why", ""), getattr(ex, "model_answer", "")]
            found += list(getattr(ex, "look_for", []))
    given = _given_cells(case)
    for claim in case.claims.claims.values():  # the extension's rows are answers too
        for text_id, cell in claim.cells.items():
            if (claim.id, text_id) not in given:
                found += [cell.why, cell.hint]
    found += [d.note for d in case.claims.drift]
    for form in FORMS:  # the pre/post check's reasons (sealed in the pack's check.yml)
        found += [item.why for item in build_check(case, form).items]
    return [s for s in found if s and len(s) > 12]


def _given_cells(case) -> set[tuple[str, str]]:
    from medialit.exercises import given_claim_cells

    return {
        cell
        for lesson in case.exercises
        for spec in lesson_specs(case, lesson)
        if spec.get("kind") == "matrix"
        for cell in given_claim_cells(case, spec)
    }


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


def test_the_pack_carries_no_answer_in_readable_form(pack, case, case_name):
    folder, archive = pack
    texts = _every_text(folder, archive)
    assert any(name.startswith("zip:") for name in texts) and len(texts) > 40
    everything = "\n".join(texts.values())
    for secret in _secrets(case):
        for form in {secret, escape_md(secret), " ".join(secret.split())}:
            assert form not in everything, secret[:60]
    assert not [name for name in texts if "/annotations/" in name]
    sealed = yaml.safe_load((folder / "data" / "cases" / case_name / "exercises.yml").read_text())
    assert not _keys_of(sealed) & FORBIDDEN_KEYS
    check = yaml.safe_load((folder / "data" / "cases" / case_name / CHECK_FILE).read_text())
    assert sorted(check["forms"]) == list(FORMS) and not _keys_of(check) & FORBIDDEN_KEYS
    for path in (folder / "data" / "cases").rglob("*.yml"):  # no answer field in the case
        found = _keys_of(yaml.safe_load(path.read_text(encoding="utf-8")))
        assert not found & {"accepted", "support", "answer", "model_answer", "wrong_why"}, path
    # the claim matrix: worked examples as they are, every other cell sealed, no drift note
    raw = yaml.safe_load((folder / "data" / "cases" / case_name / "claims.yml").read_text())
    given = _given_cells(case)
    assert given and len(raw["claims"]) == len(case.claims.claims)
    for claim in raw["claims"]:
        for text_id, cell in claim["cells"].items():
            if (claim["id"], text_id) in given:
                assert cell["stance"] == list(
                    case.claims.claims[claim["id"]].cells[text_id].stances
                )
            else:
                assert cell == "sealed", (claim["id"], text_id)
    kept = yaml.safe_load((case.path / "claims.yml").read_text(encoding="utf-8"))["drift"]
    assert len(raw["drift"]) == len(kept) > 0 and all("left out" in d["note"] for d in raw["drift"])
    (matrix,) = [e for e in sealed["02-same-event-different-stories"] if e["seals"] == "matrix"]
    for name, cell in matrix["cells"].items():
        assert set(cell) <= {"lock", "hint", "wrong", "watch"} or set(cell) == {"example"}, name
    assert sum("example" in c for c in matrix["cells"].values()) == len(given)
    cards = yaml.safe_load((folder / "data" / "cases" / case_name / "sources.yml").read_text())
    assert all(card["kind"] == [] and card["why_kind"] == "" for card in cards["outlets"])
    # the only numbers in a sealed entry are the checking grid's size, how many sealed cues
    # a free-text point needs and the exercise's place in its lesson: never a value
    # of the key
    assert _numbers(sealed) <= {"places", "need", "number"}
    free = [e for lesson in sealed.values() for e in lesson if e.get("was") == "free-text"]
    assert free and all(e["look_for"] for e in free)  # the points travel, as locks
    # how many of a point's words an answer needs: a count, at most half a long point's words
    assert all(isinstance(p["need"], int) and 1 <= p["need"] <= 8 for e in free
               for p in e["look_for"])  # fmt: skip


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


LESSONS = sorted(nb.stem for nb in (ROOT / "notebooks").glob("*.ipynb"))


def test_every_lesson_has_sealed_exercises(case):
    assert len(LESSONS) == 7 and all(lesson_specs(case, lesson) for lesson in LESSONS)


@pytest.mark.parametrize("lesson", LESSONS)
def test_sealed_checks_give_the_same_verdicts_scores_and_reasons(packed_case, case, lesson):
    for number, spec in enumerate(lesson_specs(case, lesson), start=1):
        real = build_exercise(case, spec, number=number)
        sealed = build_exercise(packed_case, lesson_specs(packed_case, lesson)[number - 1])
        if spec["kind"] == "matrix":  # test_the_sealed_matrix_...
            continue
        if spec["kind"] == "free-text":  # both ask for evidence, and agree on what is some
            weak = sealed.answer("I do not know lol")
            assert weak.correct is False and real.answer("I do not know lol").correct is False
            assert "in quotation marks" in weak.markdown
            feedback = sealed.answer(real.model_answer)
            assert feedback.correct and real.answer(real.model_answer).correct
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


def _matrix_pair(case, packed_case):
    lesson = "02-same-event-different-stories"
    (number,) = [n for n, s in enumerate(lesson_specs(case, lesson), 1) if s["kind"] == "matrix"]
    real = build_exercise(case, lesson_specs(case, lesson)[number - 1], number=number)
    sealed = build_exercise(packed_case, lesson_specs(packed_case, lesson)[number - 1])
    return real, sealed


FLAG_NOTES = ("A false alarm", "A miss", "A hit")


def test_the_sealed_matrix_gives_the_same_verdicts_scores_and_reasons(case, packed_case):
    real, _ = _matrix_pair(case, packed_case)
    names = [real.cell_name(c.row, c.col) for c in real._to_fill()]
    stances = list(real.labels)
    assert len(names) == len(real.cells) - sum(c.given for c in real.cells.values())
    assert len(stances) == 5
    totals = {"hits": 0, "false_alarms": 0, "misses": 0, "correct_passes": 0}
    for shift in range(len(stances)):  # every cell gets every stance as its first answer
        real, sealed = _matrix_pair(case, packed_case)
        assert "the answers are sealed" in sealed.show().text
        for n, name in enumerate(names):
            stance = stances[(n + shift) % len(stances)]
            mine, theirs = sealed.answer(name, stance), real.answer(name, stance)
            assert mine.correct == theirs.correct, (name, stance)
            for note in FLAG_NOTES:
                assert (note in mine.markdown) == (note in theirs.markdown), (name, stance)
            if theirs.correct:
                cell = real._find(name)
                assert escape_md(cell.item.why) in mine.markdown
            else:
                again = sealed.answer(name, stance)  # a second try still never shows the key
                assert "does not show the answer" in again.markdown
                assert "The key says" not in mine.markdown + again.markdown
        a, b = sealed.score(), real.score()
        fields = ("answered", "right_first_time", "right_now", *totals)
        assert [getattr(a, f) for f in fields] == [getattr(b, f) for f in fields], shift
        assert len(a.mixups) == len(b.mixups) and a.flag == b.flag
        for field in totals:
            totals[field] += getattr(b, field)
    assert all(totals.values()), totals  # every kind of outcome was compared at least once


def _hinted_cell(real) -> tuple[str, str, str, str]:
    """A cell to fill whose key accepts one stance and gives a hint: its name, that stance,
    a wrong stance and the name of a worked example (Kazakhstan: C3, bandits in the review)."""
    for cell in real._to_fill():
        if len(cell.item.accepted) == 1 and cell.item.hint:
            wrong = next(k for k in real.labels if k not in cell.item.accepted)
            given = next(c for c in real.cells.values() if c.given)
            return (real.cell_name(cell.row, cell.col), cell.item.accepted[0], wrong,
                    real.cell_name(given.row, given.col))  # fmt: skip
    raise AssertionError("no cell with one accepted stance and a hint")


def test_the_sealed_matrix_hints_only_after_a_wrong_stance(case, packed_case):
    real, sealed = _matrix_pair(case, packed_case)
    name, right, wrong, example = _hinted_cell(real)
    first = sealed.answer(name, wrong)
    assert first.correct is False and escape_md(real._find(name).item.hint) in first.markdown
    assert sealed.answer(name, right).correct is True
    assert "filled in already" in sealed.answer(example, right).markdown
    assert "is not a stance" in sealed.answer(name, "maybe").markdown


def _answer_lines(packed_case, lesson: str, handles: dict[str, str]) -> list[str]:
    """One typed answer for every exercise of a pack notebook, printed with its feedback."""
    specs = {s["id"]: s for s in lesson_specs(packed_case, lesson)}
    lines = []
    for handle, exercise_id in handles.items():
        if exercise_id not in specs:  # a place the case is too thin for: nothing to answer
            continue
        spec = specs[exercise_id]
        args = {
            "label": f'1, "{next(iter(spec.get("labels") or {}), "")}"',
            "summative": f'1, "{next(iter(spec.get("labels") or {}), "")}", \'It says "no".\'',
            "choice": f'"{next(iter(spec.get("options") or {}), "")}"',
            "number": "1",
            "technique": '1, "none"',
            "unchecked": """'The headline "Who gains from the fire?" needs a second source.'""",
        }.get(spec["seals"])
        if spec["seals"] == "matrix":
            to_fill = [n for n, c in spec["cells"].items() if "example" not in c]
            args = f'"{to_fill[0]}", "asserts"'
        lines.append(f"print({handle}.answer({args}).markdown)")
    return lines


@pytest.fixture(scope="module")
def pack_runs(pack, packed_case, tmp_path_factory):
    """Every pack notebook run from inside the pack, two at a time, each exercise answered
    once by a typed answer in a cell added at the end (the answers go to a temp folder)."""
    import papermill as pm

    folder, _ = pack
    out = tmp_path_factory.mktemp("pack-runs")
    jobs = []
    for source in sorted(folder.glob("*.ipynb")):
        nb = nbformat.read(source, as_version=4)
        handles = dict(EXERCISE_CALL.findall("\n".join(c.source for c in nb.cells)))
        lines = _answer_lines(packed_case, source.stem, handles)
        if "L.detector_beside(q2)" in "".join(c.source for c in nb.cells):
            lines.append("print(L.detector_beside(q2).text)")
        nb.cells.append(nbformat.v4.new_code_cell("\n".join(lines)))
        nbformat.write(nb, out / f"in-{source.name}")
        jobs.append((out / f"in-{source.name}", out / source.name))

    def run(job):
        # resources' path sets the kernel's folder; papermill's own cwd= changes the
        # folder of this whole process, which two threads at once would race on
        pm.execute_notebook(
            str(job[0]),
            str(job[1]),
            kernel_name="python3",
            progress_bar=False,
            resources={"metadata": {"path": str(folder)}},
        )

    with ThreadPoolExecutor(max_workers=2) as pool:
        list(pool.map(run, jobs))
    return {target.stem: nbformat.read(target, as_version=4) for _, target in jobs}


EXERCISE_CALL = re.compile(r'^(q\d+) = L\.exercise\("([\w-]+)"\)', re.M)


def _outputs(cell) -> str:
    found = []
    for output in cell.get("outputs", []):
        found.append(output.get("text", ""))
        found += [str(v) for v in output.get("data", {}).values()]
    return "\n".join(found)


def test_every_pack_notebook_runs_and_gives_sealed_feedback(pack_runs, case):
    assert sorted(pack_runs) == LESSONS
    secrets = _secrets(case)
    for lesson, nb in pack_runs.items():
        code = [c for c in nb.cells if c.cell_type == "code"]
        shown = [_outputs(c) for c in code]
        everything = "\n".join(shown)
        assert "This is a student pack" in everything, lesson  # the pack's own kit and case
        assert not [o for c in nb.cells for o in c.get("outputs", []) if o.output_type == "error"]
        exercises = [  # a place the case is too thin for says so in one line: nothing sealed
            s for c, s in zip(code, shown, strict=True)
            if EXERCISE_CALL.search(c.source) and "nothing to check here" not in s
        ]  # fmt: skip
        assert exercises and all(
            "the answers are sealed" in s or "cannot be checked here" in s for s in exercises
        ), lesson
        feedback = [line for line in shown[-1].splitlines() if line.startswith("**")]
        assert len(feedback) == len(exercises), lesson
        assert all(
            re.match(r"\*\*(Right|Not quite|Saved for your teacher|\w+ · .*: (right|not quite))", f)
            for f in feedback
        ), feedback
        lesson_shows = "\n".join(shown[:-1])  # the lesson's own cells, before any answer
        for secret in secrets:
            for form in {secret, escape_md(secret)}:
                assert form not in lesson_shows, (lesson, secret[:60])
        assert "The key says" not in everything and "Key:" not in everything


def test_lesson_04_sets_the_detector_beside_the_student_not_the_key(pack_runs):
    last = _outputs(pack_runs["04-because-i-said-so"].cells[-1])
    assert "the key is sealed" in last and "You: " in last and "Detector: " in last
    assert "agrees with the key" not in last and "differs from the key" not in last


def test_lesson_02_keeps_its_look_ups_and_drift_pairs_in_the_pack(pack_runs, case, tmp_path):
    shown = "\n".join(_outputs(c) for c in pack_runs["02-same-event-different-stories"].cells)
    kit = start("02-same-event-different-stories", case=case.id, answers_folder=str(tmp_path))
    heads = [view.text.splitlines()[0] for view in (
        kit.find(kit.example("find-1")),  # L.find still searches the matrix's texts
        kit.drift(),  # "2 claims that lose a hedge ..." on Kazakhstan
        kit.claim_matrix(),  # "The whole claim matrix: 8 claims x 5 texts ..."
    )]  # fmt: skip
    assert "claims that lose a hedge" in heads[1] and "claims x" in heads[2]
    assert all(head in shown for head in heads), heads
    assert "left out of the student pack" in shown


def test_pack_notebooks_carry_nbgrader_metadata_and_run_from_the_pack(pack, pack_runs):
    folder, _ = pack
    nb = nbformat.read(folder / "00-start-here.ipynb", as_version=4)
    grades = [c.metadata["nbgrader"] for c in nb.cells]
    ids = [g["grade_id"] for g in grades]
    assert len(ids) == len(set(ids)) and "00-start-here-backed-or-bare" in ids
    assert all(g["locked"] != g["solution"] for g in grades)
    assert any(g["solution"] for g in grades)  # the typed-answer cells are answer cells
    assert "Student pack" in nb.cells[1].source
    ran = pack_runs["00-start-here"]
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
    for check_case in (None, "kz-copy", packed.id):  # its check: by the folder's name or id
        check = Lesson("00-start-here", packed).check("A", check_case)
        assert check.about == {"form": "A", "case": packed.id, "when": "pre"} and check.items


def test_the_pack_notebooks_promise_nothing_the_pack_does_not_do(pack):
    folder, _ = pack
    for path in sorted(folder.glob("*.ipynb")):
        text = "\n".join(
            c.source for c in nbformat.read(path, as_version=4).cells if c.cell_type == "markdown"
        )
        assert "model answer appears after" not in text and "shows the key" not in text, path
    readme = (folder / "README.md").read_text(encoding="utf-8")
    assert "claim matrix" in readme and "detector_beside" in readme


def test_the_sealed_matrix_widget_and_saved_answers_work(case, packed_case):
    real, sealed = _matrix_pair(case, packed_case)
    name, right, wrong, _ = _hinted_cell(real)
    real.widget()
    real._choosers[name].value = right  # a widget answer is kept (and saved) like a typed one
    assert real.history == [{"args": [name, right], "correct": True}]
    sealed.widget()
    sealed._choosers[name].value = wrong  # a student picks a stance in the widget
    assert "not quite" in sealed._marks[name].value and sealed.first == {name: wrong}
    sealed._choosers[name].value = right
    assert "right" in sealed._marks[name].value
    assert f"Answered 1 of {len(real._to_fill())}" in sealed.score().summary()
    others = [c for c in real._to_fill() if real.cell_name(c.row, c.col) != name][:2]
    _ = [sealed.answer(real.cell_name(c.row, c.col), "asserts") for c in others]
    _, again = _matrix_pair(case, packed_case)  # the notebook opened again: answers come back
    again.restore(sealed.history)
    fields = ("answered", "right_first_time", "right_now", "hits", "false_alarms", "misses")
    assert [getattr(again.score(), f) for f in fields] == [
        getattr(sealed.score(), f) for f in fields
    ]
    assert "Your answers so far" in again.show().text
