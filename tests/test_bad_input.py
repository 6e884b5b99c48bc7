"""Bad input, tried and written down: every row of tests/cases/bad-input.json, two ways.

Each file is loaded by the library (`load_article`) and by the command line
(`medialit analyze`); each broken case by `load_case` and `medialit validate`; each
wrong notebook parameter by running the first lesson through papermill. The answer is
always a short message naming the file and what to fix, never a traceback.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import time
import tracemalloc
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import nbformat
import pytest

from conftest import CASES as SHIPPED
from conftest import ROOT
from medialit.case import load_case
from medialit.cli import main
from medialit.errors import CaseError, MedialitError
from medialit.paths import case_dir
from medialit.text import load_article

TABLE = json.loads((Path(__file__).parent / "cases" / "bad-input.json").read_text())
FILES = TABLE["files"]
CASES = TABLE["cases"]
PARAMETERS = TABLE["notebook_parameters"]


def _make(row: dict, folder: Path) -> Path:
    """Write the file a row describes; return its path."""
    path = folder / row["name"]
    if row.get("folder"):
        path.mkdir()
    elif row.get("missing"):
        pass
    elif "hex" in row:
        path.write_bytes(bytes.fromhex(row["hex"]))
    elif "megabytes" in row:
        line = b"Prices rose again in the west of the country, and more people came out.\n"
        with path.open("wb") as out:
            for _ in range(row["megabytes"] * 1_000_000 // len(line) + 1):
                out.write(line)
    else:
        path.write_bytes(row["text"].encode(row.get("encoding", "utf-8")))
    return path


def test_the_table_covers_every_kind_the_readme_lists():
    readme = (ROOT / "README.md").read_text()
    section = readme[readme.index("## Bad input") :]
    section = section[: section.index("\n## ", 4)]
    labels = [row["label"] for row in FILES + CASES + PARAMETERS]
    labels += [row["label"].split(":")[0] for row in TABLE["pathological"]]  # one README row
    for label in labels:
        assert label in section, f"README's 'Bad input' section misses: {label}"


@pytest.mark.parametrize("row", FILES, ids=[r["label"] for r in FILES])
def test_a_bad_file_gets_one_line_naming_it_from_the_library(tmp_path, row):
    path = _make(row, tmp_path)
    if "message" in row:
        with pytest.raises(MedialitError) as caught:
            load_article(path)
        message = str(caught.value)
        assert "\n" not in message and row["name"] in message, message
        for phrase in row["message"]:
            assert phrase in message, message
    else:
        article = load_article(path)
        assert [s.text for s in article.sentences] == row["sentences"]
        assert bool(article.repaired) == ("note" in row)


@pytest.mark.parametrize("row", FILES, ids=[r["label"] for r in FILES])
def test_a_bad_file_gets_one_line_naming_it_from_the_command_line(tmp_path, capsys, row):
    path = _make(row, tmp_path)
    status = main(["analyze", "--json", str(path)])
    out, err = capsys.readouterr()
    if "message" in row:
        assert status == 2
        (line,) = err.splitlines()
        assert line.startswith("medialit: ") and row["name"] in line, err
        assert all(phrase in line for phrase in row.get("cli_message", row["message"])), err
        assert "Traceback" not in out + err
    else:
        assert status == 0, err
        (document,) = json.loads(out)["documents"]
        assert [s["text"] for s in document["sentences"]] == row["sentences"]
        notes = err.splitlines()
        if "note" in row:
            (note,) = notes
            assert row["name"] in note and all(p in note for p in row["note"]), note
        else:
            assert notes == []


def test_a_50_mb_file_is_refused_at_once_without_reading_it(tmp_path):
    (row,) = [r for r in FILES if "megabytes" in r]
    path = _make(row, tmp_path)
    tracemalloc.start()
    started = time.perf_counter()
    with pytest.raises(MedialitError, match="split it"):
        load_article(path)
    elapsed = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert peak < 1_000_000, f"{peak} bytes allocated: the file was read"
    assert elapsed < 5  # a generous bound: refusing is a stat() call, not a read


def _places(case_name: str) -> dict[str, str]:
    """What a row's {placeholders} stand for in a shipped case: its baseline text and its
    last text, so the same broken edits apply to every case."""
    case, folder = load_case(case_name), case_dir(case_name)
    texts = list(case.articles.values())
    baseline = case.articles[case.baseline] if case.baseline else texts[0]
    paths = {"baseline": baseline.path, "last": texts[-1].path}
    places = {key: path.relative_to(folder).as_posix() for key, path in paths.items()}
    return places | {f"{key}_name": path.name for key, path in paths.items()}


def _case_for(row: dict, tmp_path: Path, case_name: str) -> tuple[str, list[str]]:
    """The case a row describes, and the phrases its error must contain."""
    if row["case"] == "@empty-folder":
        (tmp_path / "not-a-case").mkdir()
        return str(tmp_path / "not-a-case"), row["message"]
    if row["case"] != "@copy":
        return row["case"], row["message"]
    places = _places(case_name)
    target = tmp_path / "broken-case"
    shutil.copytree(case_dir(case_name), target)
    for name, (pattern, replacement) in row.get("edit", {}).items():
        path = target / name.format(**places)
        text, count = re.subn(pattern, replacement, path.read_text(), count=1, flags=re.M)
        assert count == 1, f"{row['label']}: the edit found nothing in {path.name}"
        path.write_text(text)
    if "remove" in row:
        (target / row["remove"].format(**places)).unlink()
    if isinstance(row.get("folder"), str):
        (target / row["folder"].format(**places)).mkdir()
    return str(target), [phrase.format(**places) for phrase in row["message"]]


# a broken copy of every shipped case; a row without one runs once
RUNS = [
    (row, name) for row in CASES for name in (SHIPPED if row["case"] == "@copy" else SHIPPED[:1])
]


@pytest.mark.parametrize(
    ("row", "case_name"), RUNS, ids=[f"{r['label']} ({name})" for r, name in RUNS]
)
def test_a_bad_case_says_which_file_and_what_to_fix(tmp_path, capsys, row, case_name):
    case, phrases = _case_for(row, tmp_path, case_name)
    with pytest.raises(MedialitError) as caught:
        load_case(case)
    message = str(caught.value)
    for phrase in phrases:
        assert phrase in message, message
    if isinstance(caught.value, CaseError):  # one problem per line, each naming its file
        assert all(re.match(r"\S+\.(yml|csv|md|html|txt): ", str(p)) for p in caught.value.problems)
    else:
        assert "\n" not in message
    status = main(["validate", case])
    out, err = capsys.readouterr()
    assert status in (1, 2) and "Traceback" not in out + err
    for phrase in phrases:
        assert phrase in out + err, out + err


def _run_lesson(parameters: dict, target: Path) -> nbformat.NotebookNode:
    import papermill as pm

    source = ROOT / "notebooks" / "00-start-here.ipynb"
    with pytest.raises(pm.PapermillExecutionError):
        pm.execute_notebook(
            str(source),
            str(target),
            parameters=parameters,
            kernel_name="python3",
            cwd=str(source.parent),
            progress_bar=False,
        )
    return nbformat.read(target, as_version=4)


def test_a_wrong_notebook_parameter_shows_one_problem_line_not_a_traceback(tmp_path):
    jobs = [(row["parameters"], tmp_path / f"run-{i}.ipynb") for i, row in enumerate(PARAMETERS)]
    with ThreadPoolExecutor(max_workers=2) as pool:
        notebooks = list(pool.map(lambda job: _run_lesson(*job), jobs))
    for row, nb in zip(PARAMETERS, notebooks, strict=True):
        errors = [
            o
            for c in nb.cells
            if c.cell_type == "code"
            for o in c.outputs
            if o.output_type == "error"
        ]
        assert [e.traceback for e in errors] == [[row["message"]]], row["label"]


PATHOLOGICAL = TABLE["pathological"]
READ_ALL = """
import sys, time
from medialit.text.article import load_article
for path in sys.argv[1:]:
    started = time.perf_counter()
    try:
        load_article(path)
    except Exception as exc:  # a MedialitError is a fine answer; anything else is not
        assert type(exc).__name__ == "MedialitError", exc
    print(path, round(time.perf_counter() - started, 2))
"""


def test_markup_that_never_closes_is_read_without_hanging(tmp_path):
    paths = []
    for i, row in enumerate(PATHOLOGICAL):
        for suffix in (".md", ".html"):
            path = tmp_path / f"{i}{suffix}"
            path.write_text(row["piece"] * row["repeat"])
            paths.append(str(path))
    # Each file is 0.2-1 MB; read in linear time they all take a second or two, while the
    # quadratic patterns they were written against took minutes each. The timeout only
    # guards against a hang; speed itself is for `make bench`.
    ran = subprocess.run(
        [sys.executable, "-c", READ_ALL, *paths], capture_output=True, text=True, timeout=120
    )
    assert ran.returncode == 0, ran.stderr[-2000:]
    assert len(ran.stdout.splitlines()) == len(paths)


def test_a_file_that_cannot_be_opened_gets_one_line(tmp_path, monkeypatch):
    path = tmp_path / "locked.md"
    path.write_text("Prices rose.")

    def refuse(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", refuse)  # as root, chmod cannot lock a file
    with pytest.raises(MedialitError) as caught:
        load_article(path)
    message = str(caught.value)
    assert "locked.md" in message and "cannot be opened (Permission denied)" in message
    assert "\n" not in message
