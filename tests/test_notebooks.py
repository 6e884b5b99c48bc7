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

from conftest import CASES, ROOT
from medialit.case import load_case
from medialit.exercises import build_exercise, lesson_specs, thin_slots
from medialit.shown import escape_md

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
LESSONS = [nb.stem for nb in NOTEBOOKS]
# (case, lesson) for every shipped case: the lessons must work on each one
RUNS = [(name, lesson) for name in CASES for lesson in LESSONS]
RUN_IDS = [f"{name}/{lesson}" for name, lesson in RUNS]
WIDGET = "application/vnd.jupyter.widget-view+json"
EXERCISE_CALL = re.compile(r'^(q\d+) = L\.exercise\("([\w-]+)"\)$', re.M)


def _execute(job: tuple[str, Path, bool, Path]) -> float:
    import papermill as pm

    case_name, source, answer_key, target = job
    started = time.perf_counter()
    pm.execute_notebook(
        str(source),
        str(target),
        parameters={"case": case_name, "answer_key": answer_key},
        kernel_name="python3",
        cwd=str(source.parent),
        progress_bar=False,
    )
    return time.perf_counter() - started


@pytest.fixture(scope="session")
def executed(tmp_path_factory) -> dict[tuple[str, str, bool], nbformat.NotebookNode]:
    """Each lesson run on each case in both modes, two at a time (the machines have two cores)."""
    out = tmp_path_factory.mktemp("executed")
    jobs = [
        (name, nb, key, out / f"{name}-{nb.stem}-{'key' if key else 'student'}.ipynb")
        for name in CASES
        for nb in NOTEBOOKS
        for key in (False, True)
    ]
    # A session fixture runs before the per-test answers folder is set: give these runs a
    # fresh folder of their own, so answers saved by other tests never show up in them.
    with pytest.MonkeyPatch.context() as patch, ThreadPoolExecutor(max_workers=2) as pool:
        patch.setenv("MEDIALIT_ANSWERS", str(out / "answers"))
        list(pool.map(_execute, jobs))
    return {
        (name, nb.stem, key): nbformat.read(target, as_version=4) for name, nb, key, target in jobs
    }


@pytest.fixture(scope="session")
def cases() -> dict:
    """Every shipped case, loaded once."""
    return {name: load_case(name) for name in CASES}


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


@pytest.mark.parametrize(("case_name", "lesson"), RUNS, ids=RUN_IDS)
def test_code_cells_stay_short_and_exercise_names_match_their_numbers(cases, case_name, lesson):
    case, path = cases[case_name], ROOT / "notebooks" / f"{lesson}.ipynb"
    nb = nbformat.read(path, as_version=4)
    code = [c.source for c in nb.cells if c.cell_type == "code"]
    assert all(len(src.splitlines()) <= 5 for src in code)
    specs = [s["id"] for s in lesson_specs(case, path.stem)]
    calls = EXERCISE_CALL.findall("\n".join(code))
    thin = thin_slots(case, path.stem)  # places the case is too thin for say what to add
    assert [exercise_id for _, exercise_id in calls if exercise_id not in thin] == specs
    assert set(thin) <= {exercise_id for _, exercise_id in calls}  # every exercise, in order
    assert all(handle == f"q{n}" for n, (handle, _) in enumerate(calls, start=1))


@pytest.mark.parametrize(("case_name", "lesson"), RUNS, ids=RUN_IDS)
def test_student_run_shows_exercises_and_no_answers(executed, cases, case_name, lesson):
    case = cases[case_name]
    nb = executed[(case_name, lesson, False)]
    assert not nb.metadata.papermill.get("exception") and nb.metadata.papermill.end_time
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    thin = thin_slots(case, lesson)  # their places say in one line what to add
    exercise_cells = [
        c for c in nb.cells if c.cell_type == "code" and EXERCISE_CALL.search(c.source)
    ]
    exercise_outputs = [
        o for c in exercise_cells if EXERCISE_CALL.search(c.source)[2] not in thin
        for o in c.outputs
    ]  # fmt: skip
    assert len(exercise_outputs) == len(lesson_specs(case, lesson))
    for cell in exercise_cells:
        if EXERCISE_CALL.search(cell.source)[2] in thin:
            (output,) = cell.outputs
            assert "This case is too thin for this exercise: " in output.data["text/markdown"]
    for output in exercise_outputs:
        assert WIDGET in output.data  # buttons where widgets work
        assert "No buttons above?" in output.data["text/markdown"]  # and a typed fallback
        assert "answer key" not in output.data["text/markdown"]
    everything = "\n".join(_strings(nb))
    assert "ANSWER KEY" not in everything
    for answer in _answers(case, lesson):
        assert answer not in everything and escape_md(answer) not in everything, answer[:60]


@pytest.mark.parametrize(("case_name", "lesson"), RUNS, ids=RUN_IDS)
def test_key_run_shows_every_answer_and_reason_as_text(executed, cases, case_name, lesson):
    case = cases[case_name]
    nb = executed[(case_name, lesson, True)]
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


@pytest.mark.parametrize(("case_name", "lesson"), RUNS, ids=RUN_IDS)
def test_the_key_survives_export_to_html(executed, cases, case_name, lesson):
    case = cases[case_name]
    import html

    from nbconvert import HTMLExporter

    page, _ = HTMLExporter().from_notebook_node(executed[(case_name, lesson, True)])
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
        f"Problem: unknown case 'atlantis'; use one of: {', '.join(CASES)} "
        "(or the path to a case folder)"
    ]


# -- no answer before its question (issue 15, item 5)

TAGS = re.compile(r"<[^>]+>")
QUOTED = re.compile(r"'([^']{8,}?)'|\"([^\"]{8,}?)\"|\u2018([^\u2019]{8,}?)\u2019")


def _flat(text: str) -> str:
    return " ".join(TAGS.sub(" ", text).lower().split())


def _output_lines(cell) -> list[str]:
    lines: list[str] = []
    for output in cell.get("outputs", []):
        data = output.get("data", {})
        text = data.get("text/markdown") or data.get("text/plain") or output.get("text", "")
        lines += TAGS.sub(" ", text if isinstance(text, str) else "".join(text)).splitlines()
    return lines


def _gives_away(line: str, prompt: str, answers: list[str]) -> bool:
    """A line that quotes words of the item (or all its first words) and names its answer."""
    words, low = _flat(prompt), _flat(line)
    spans = [_flat(next(g for g in m.groups() if g)) for m in QUOTED.finditer(line)]
    quotes_it = any(len(s.split()) >= 2 and s in words for s in spans) or (
        len(words) >= 25 and words[:60] in low
    )
    return quotes_it and any(
        re.search(rf"\b{re.escape(_flat(a))}\b", low) for a in answers if len(a) > 3
    )


def answers_shown_early(case, lesson: str, nb) -> list[str]:
    """Each item whose accepted answer an output above its exercise already shows."""
    specs = {
        s["id"]: (s.get("number", n), s)
        for n, s in enumerate(lesson_specs(case, lesson), start=1)
        if isinstance(s, dict) and s.get("id")
    }
    above: list[str] = []
    found = []
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        for _, exercise_id in EXERCISE_CALL.findall(cell.source):
            if exercise_id not in specs:  # a place the case is too thin for: no items
                continue
            number, spec = specs[exercise_id]
            ex = build_exercise(case, spec, number=number, answer_key=True)
            labels = getattr(ex, "labels", {})
            for item in getattr(ex, "items", []):
                answers = [name for key in item.accepted for name in {key, labels.get(key, key)}]
                # an answer the item's own words say ("possibly") is given by the item itself
                answers = [
                    a for a in answers
                    if not re.search(rf"\b{re.escape(_flat(a))}\b", _flat(item.prompt))
                ]  # fmt: skip
                found += [
                    f"{exercise_id}: {item.prompt[:50]!r} answered above by {line[:90]!r}"
                    for line in above
                    if _gives_away(line, item.prompt, answers)
                ]
        above += _output_lines(cell)
    return found


def test_a_line_that_quotes_an_item_and_names_its_answer_gives_it_away():
    prompt = '"Zas said the contingent numbered about 2,500 troops." (published 8 January)'
    line = "- **consistent** · the text says 'about 2,500 troops', the ledger has 2,500 troops"
    assert _gives_away(line, prompt, ["consistent", "Consistent with the ledger"])
    assert not _gives_away(line, prompt, ["conflicts"])  # another verdict is no answer
    withheld = "- **?** · 'about 2,500 troops': you judge this figure yourself in an exercise"
    assert not _gives_away(withheld, prompt, ["consistent"])


@pytest.mark.parametrize(("case_name", "lesson"), RUNS, ids=RUN_IDS)
def test_no_output_answers_an_exercise_before_students_meet_it(executed, cases, case_name, lesson):
    case = cases[case_name]
    assert answers_shown_early(case, lesson, executed[(case_name, lesson, False)]) == []
