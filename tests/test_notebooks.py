"""Every lesson runs through papermill in student and answer-key mode.

The student run shows exercises (widgets plus a text fallback) and no answer; the
key run shows every answer and reason as text that survives export to HTML.
"""

from __future__ import annotations

import re
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import nbformat
import pytest

from conftest import CASE, ROOT
from medialit.exercises import build_exercise, lesson_specs
from medialit.shown import escape_md

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
LESSONS = [nb.stem for nb in NOTEBOOKS]
WIDGET = "application/vnd.jupyter.widget-view+json"
EXERCISE_CALL = re.compile(r'^(q\d+) = L\.exercise\("([\w-]+)"\)$', re.M)


def _execute(job: tuple[Path, bool, Path]) -> float:
    import papermill as pm

    source, answer_key, target = job
    started = time.perf_counter()
    pm.execute_notebook(
        str(source),
        str(target),
        parameters={"case": CASE, "answer_key": answer_key},
        kernel_name="python3",
        cwd=str(source.parent),
        progress_bar=False,
    )
    return time.perf_counter() - started


@pytest.fixture(scope="session")
def executed(tmp_path_factory) -> dict[tuple[str, bool], nbformat.NotebookNode]:
    """Each lesson run in both modes, two at a time (the machines have two cores)."""
    out = tmp_path_factory.mktemp("executed")
    jobs = [
        (nb, key, out / f"{nb.stem}-{'key' if key else 'student'}.ipynb")
        for nb in NOTEBOOKS
        for key in (False, True)
    ]
    # A session fixture runs before the per-test answers folder is set: give these runs a
    # fresh folder of their own, so answers saved by other tests never show up in them.
    with pytest.MonkeyPatch.context() as patch, ThreadPoolExecutor(max_workers=2) as pool:
        patch.setenv("MEDIALIT_ANSWERS", str(out / "answers"))
        list(pool.map(_execute, jobs))
    return {(nb.stem, key): nbformat.read(target, as_version=4) for nb, key, target in jobs}


def _strings(node) -> list[str]:
    """Every string anywhere in a notebook: outputs, metadata, widget state."""
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [s for value in node.values() for s in _strings(value)]
    if isinstance(node, list):
        return [s for value in node for s in _strings(value)]
    return []


def _answers(case, lesson: str) -> list[str]:
    """The reasons and model answers of a lesson's exercises: what a student must not see."""
    found: list[str] = []
    for number, spec in enumerate(lesson_specs(case, lesson), start=1):
        ex = build_exercise(case, spec, number=number, answer_key=True)
        for item in getattr(ex, "items", []):
            found.append(item.why)
            found += list(item.wrong_why.values())
        found += [getattr(ex, "why", ""), getattr(ex, "model_answer", "")]
    return [a for a in found if a]


def test_there_are_lessons():
    assert LESSONS[:2] == ["00-start-here", "01-meet-the-sources"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=LESSONS)
def test_notebooks_are_committed_clean_with_a_kernel_and_parameters(path):
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    assert nb.metadata.kernelspec.name == "python3"  # no "pick a kernel" prompt
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, "clear outputs first"
    (params,) = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert 'case = "kazakhstan-2022"' in params.source and "answer_key = False" in params.source
    assert "answers_folder = None" in params.source  # every lesson saves where it is told


@pytest.mark.parametrize("path", NOTEBOOKS, ids=LESSONS)
def test_code_cells_stay_short_and_exercise_names_match_their_numbers(path, case):
    nb = nbformat.read(path, as_version=4)
    code = [c.source for c in nb.cells if c.cell_type == "code"]
    assert all(len(src.splitlines()) <= 5 for src in code)
    specs = [s["id"] for s in lesson_specs(case, path.stem)]
    calls = EXERCISE_CALL.findall("\n".join(code))
    assert [exercise_id for _, exercise_id in calls] == specs  # every exercise, in order
    assert all(handle == f"q{n}" for n, (handle, _) in enumerate(calls, start=1))


@pytest.mark.parametrize("lesson", LESSONS)
def test_student_run_shows_exercises_and_no_answers(executed, case, lesson):
    nb = executed[(lesson, False)]
    assert not nb.metadata.papermill.get("exception") and nb.metadata.papermill.end_time
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    exercise_outputs = [
        o
        for c in nb.cells
        if c.cell_type == "code" and EXERCISE_CALL.search(c.source)
        for o in c.outputs
    ]
    assert len(exercise_outputs) == len(lesson_specs(case, lesson))
    for output in exercise_outputs:
        assert WIDGET in output.data  # buttons where widgets work
        assert "No buttons above?" in output.data["text/markdown"]  # and a typed fallback
        assert "answer key" not in output.data["text/markdown"]
    everything = "\n".join(_strings(nb))
    assert "ANSWER KEY" not in everything
    for answer in _answers(case, lesson):
        assert answer not in everything and escape_md(answer) not in everything, answer[:60]


@pytest.mark.parametrize("lesson", LESSONS)
def test_key_run_shows_every_answer_and_reason_as_text(executed, case, lesson):
    nb = executed[(lesson, True)]
    assert not nb.metadata.papermill.get("exception") and nb.metadata.papermill.end_time
    markdown = "\n".join(
        o.data.get("text/markdown", "")
        for c in nb.cells
        if c.cell_type == "code"
        for o in c.outputs
        if "data" in o
    )
    assert "ANSWER KEY" in markdown
    assert WIDGET not in "\n".join(_strings([c.outputs for c in nb.cells if c.cell_type == "code"]))
    for answer in _answers(case, lesson):
        assert escape_md(answer) in markdown, answer[:60]


@pytest.mark.parametrize("lesson", LESSONS)
def test_the_key_survives_export_to_html(executed, case, lesson):
    import html

    from nbconvert import HTMLExporter

    page, _ = HTMLExporter().from_notebook_node(executed[(lesson, True)])
    body = page[page.index("<body") :]
    text = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", body)).split())
    for answer in _answers(case, lesson):
        assert " ".join(answer.split()) in text, answer[:60]


def test_a_bad_parameter_shows_one_line_not_a_traceback(tmp_path):
    import papermill as pm

    target = tmp_path / "bad.ipynb"
    with pytest.raises(pm.PapermillExecutionError):
        pm.execute_notebook(
            str(NOTEBOOKS[0]),
            str(target),
            parameters={"case": "atlantis"},
            kernel_name="python3",
            cwd=str(NOTEBOOKS[0].parent),
            progress_bar=False,
        )
    nb = nbformat.read(target, as_version=4)
    (error,) = [
        o for c in nb.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"
    ]
    assert error.traceback == [
        "Problem: unknown case 'atlantis'; use one of: kazakhstan-2022 "
        "(or the path to a case folder)"
    ]
