"""Every lesson runs on a teacher's own case: four imported texts, a ledger, nothing else.

The case is built with the kit's own `new-case` and `import` (tests/barecase.py). It has
no annotations, exercises, claim matrix, names, spin recipe, source cards or dossier,
so every lesson must finish without an error, list in its first cell what the case
leaves out, use the case's own texts where a cell names another case's, and label the
detectors' view as a guess where an answer key would be.
"""

from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import nbformat
import pytest
from barecase import add_own_exercises, build_bare_case

from conftest import ROOT
from medialit.case import load_case
from medialit.exercises import lesson_specs, thin_slots
from medialit.teacher import validate_case

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
LESSONS = [nb.stem for nb in NOTEBOOKS]
NO_KEY = "No answer key for this case: this is what the kit's"
STAND_IN = "Here the lesson uses this case's own texts"
NO_BASELINE = "This case has no baseline: the teacher has not chosen one"
THIN = "This case is too thin for this exercise: "
# What each lesson must show on the bare case: the detectors' view, and where it came from.
EXPECTED = {
    "02-same-event-different-stories": [
        STAND_IN + ": 'norvik-wire', 'council-statement', 'estuary-blog'",
        NO_BASELINE,  # the baseline is the teacher's choice: none is made up
        "This case has no claim matrix (claims.yml)",
        THIN + "it needs a claim matrix: claims.yml",
        NO_KEY + " hedge detector",
        "Some 60 firefighters",  # the hedge detector on the case's copy and its original
    ],
    "03-copies-rewrites-content-farms": [
        STAND_IN + ": 'norvik-wire', 'buzz-copy'",  # the copy and its original
        "DailyBuzzHub against Northline Press",  # the copy found through copy_of
        "not a near-copy",  # the council's statement is not a copy of the wire
        "This case has no names.yml",
        "This case has no saved pages",
    ],
    "04-because-i-said-so": [
        NO_KEY + " causal-claim detector",
        THIN + "it needs causal claims and sentences that are not",
        "The fire was caused by the depot",
        "signal: 'caused'",
        "Because the council acted quickly",
    ],
    "05-check-the-numbers": [
        NO_KEY + " number checker",
        STAND_IN + ": 'council-statement'",  # a second text, not the first again
        "about 140 residents",
        THIN + "it needs figures whose `verdict:` is `conflicts`",
        "Residents looked after at Millbank School overnight: 200 people (superseded",
    ],
}
# Names of the kit's own case that must not appear when a lesson runs on another case.
FOREIGN = ["Kestrel Wire", "kazakhstan-2022", "Tokayev"]


@pytest.fixture(scope="module")
def bare(tmp_path_factory) -> Path:
    folder = build_bare_case(tmp_path_factory.mktemp("cases"))
    assert validate_case(folder) == []
    case = load_case(folder)
    assert len(case.articles) == 4 and len(case.facts) == 8
    assert not (case.annotations or case.exercises or case.claims or case.outlets)
    return folder


def _run(job: tuple[Path, Path, bool, Path]) -> None:
    import papermill as pm

    notebook, case, key, target = job
    pm.execute_notebook(
        str(notebook),
        str(target),
        parameters={
            "case": str(case),
            "answer_key": key,
            "answers_folder": str(target.parent / "answers"),
        },
        kernel_name="python3",
        cwd=str(notebook.parent),
        progress_bar=False,
    )


@pytest.fixture(scope="module")
def runs(bare, tmp_path_factory) -> dict[tuple[str, bool], nbformat.NotebookNode]:
    out = tmp_path_factory.mktemp("bare-runs")
    jobs = [
        (nb, bare, key, out / f"{nb.stem}-{'key' if key else 'student'}.ipynb")
        for nb in NOTEBOOKS
        for key in (False, True)
    ]
    with ThreadPoolExecutor(max_workers=2) as pool:
        list(pool.map(_run, jobs))
    assert not (out / "answers").exists()  # nothing was answered, so nothing was written
    return {(nb.stem, key): nbformat.read(target, as_version=4) for nb, _, key, target in jobs}


def _outputs(nb) -> list:
    return [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]


def _text(outputs) -> str:
    return "\n".join(
        o.get("text", "") + o.get("data", {}).get("text/plain", "")
        + o.get("data", {}).get("text/markdown", "")
        for o in outputs
    )  # fmt: skip


@pytest.mark.parametrize("key", [False, True], ids=["student", "key"])
@pytest.mark.parametrize("lesson", LESSONS)
def test_every_lesson_runs_on_a_bare_case_and_says_what_it_leaves_out(runs, lesson, key):
    nb = runs[(lesson, key)]
    assert not nb.metadata.papermill.get("exception")
    outputs = _outputs(nb)
    assert not [o for o in outputs if o.output_type == "error"]
    assert "Traceback" not in _text(outputs)
    start = next(c for c in nb.cells if c.cell_type == "code" and "lesson.start(" in c.source)
    banner = _text(start.outputs)
    assert "What this case leaves out:" in banner
    assert "No annotations" in banner
    # the kit builds some for any case; 06 needs annotated texts, and its places say what to add
    assert ("No exercises for this lesson" in banner) is lesson.startswith("06-")
    assert "No source cards" in banner and "No dossier" in banner
    assert ("ANSWER KEY" in banner) is key
    assert ("No claim matrix (claims.yml)" in banner) is lesson.startswith("02-")
    assert ("No names (names.yml)" in banner) is lesson.startswith("03-")
    assert ("No saved web pages" in banner) is lesson.startswith("03-")


@pytest.mark.parametrize("key", [False, True], ids=["student", "key"])
@pytest.mark.parametrize("lesson", [n for n in LESSONS if "02" <= n[:2] <= "05"])
def test_lessons_02_to_05_use_the_cases_own_texts_and_label_the_detectors(
    bare, runs, lesson, key
):
    nb = runs[(lesson, key)]
    text = _text(_outputs(nb))
    for expected in EXPECTED[lesson]:
        assert expected in text, expected
    for foreign in FOREIGN:
        assert foreign not in text, foreign
    # every exercise the lesson opens is built from the case, or is one line on what to add
    calls = re.findall(r'^q\d+ = L\.exercise\("([\w-]+)"\)$', "\n".join(
        c.source for c in nb.cells if c.cell_type == "code"), re.M)  # fmt: skip
    case = load_case(bare)
    built = {s["id"] for s in lesson_specs(case, lesson)}
    thin = thin_slots(case, lesson)
    assert calls and all((c in built) != (c in thin) for c in calls)
    assert text.count(THIN) >= len(thin)  # every slot the case cannot fill says what to add
    if lesson != "04-because-i-said-so":  # 04 names no text of the kit's case
        assert STAND_IN in text


def test_a_case_with_one_text_still_runs_the_comparisons(tmp_path):
    """Fewer texts than a lesson names: stand-ins repeat, and nothing crashes."""
    from medialit.lesson import start

    folder = build_bare_case(tmp_path)
    manifest = folder / "case.yml"
    lines = manifest.read_text(encoding="utf-8").splitlines()
    manifest.write_text(
        "\n".join(x for x in lines if "articles/" not in x or "norvik-wire" in x) + "\n",
        encoding="utf-8",
    )
    L = start("03-copies-rewrites-content-farms", case=str(folder), answer_key=True)
    assert list(L.case.articles) == ["norvik-wire"]
    for view in (
        L.compare("wire-report", "government-account"),
        L.side_by_side("wire-report", "government-account"),
    ):
        assert "fewer texts than this step needs" in view.text
    assert "no copy of another text" in L.diff("critical-oped", "content-farm-copy").text
    assert "has no copy of another text to compare" in L.drift().text


def test_a_teachers_own_exercise_is_offered_where_the_lessons_one_is_missing(tmp_path):
    import papermill as pm

    folder = build_bare_case(tmp_path)
    add_own_exercises(
        folder,
        "04-because-i-said-so:\n"
        "  - id: council-claim\n"
        "    kind: free-text\n"
        "    title: What would the council need?\n"
        "    prompt: What evidence would the council need for its claim about the cause?\n"
        "    model_answer: The fire service's finding on the cause, once it is published.\n",
    )
    assert validate_case(folder) == []
    notebook = ROOT / "notebooks" / "04-because-i-said-so.ipynb"
    pm.execute_notebook(
        str(notebook),
        str(tmp_path / "run.ipynb"),
        parameters={"case": str(folder), "answers_folder": str(tmp_path / "answers")},
        kernel_name="python3",
        cwd=str(notebook.parent),
        progress_bar=False,
    )
    nb = nbformat.read(tmp_path / "run.ipynb", as_version=4)
    text = _text(_outputs(nb))
    assert not [o for o in _outputs(nb) if o.output_type == "error"]
    assert THIN + "it needs bare causal claims" in text
    assert 'Its own exercises for this lesson: `L.exercise("council-claim")`' in text
    assert "No exercises for this lesson" not in text
