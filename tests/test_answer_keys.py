"""`make keys`: one key per lesson, built from the lesson notebooks, readable with no kernel."""

from __future__ import annotations

import html
import re

import pytest

from conftest import CASES, ROOT
from medialit.case import load_case
from medialit.exercises import build_exercise, lesson_specs
from medialit.shown import plain
from medialit.teacher import build_keys, lesson_notebooks

NOTEBOOKS = lesson_notebooks()
LESSONS = [nb.stem for nb in NOTEBOOKS]


@pytest.fixture(scope="module", params=CASES)
def case_name(request) -> str:
    """Every test here runs on each shipped case's keys (`make keys CASE=...`)."""
    return request.param


@pytest.fixture(scope="module")
def case(case_name):
    return load_case(case_name)


@pytest.fixture(scope="module")
def keys(tmp_path_factory, case_name):
    out = tmp_path_factory.mktemp("keys")
    pages = build_keys(out, case_name)
    return out, pages


def _words(text: str) -> str:
    """Text with spaces normalised (a closing tag leaves a space before a full stop)."""
    return re.sub(r"\s+([.,;:!?)])", r"\1", " ".join(text.split()))


def _page_text(page: str) -> str:
    body = page[page.index("<body") :]
    return _words(html.unescape(re.sub(r"<[^>]+>", " ", body)))


def _key_lines(exercise) -> list[str]:
    """Every line of an exercise's key as plain text, without list, quote or table marks."""
    lines = []
    for line in plain(exercise._key_markdown()).splitlines():
        if re.fullmatch(r"\s*\|?[\s:|-]*\|?\s*", line):  # blank, or a table's rule line
            continue
        line = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", line)  # a link shows its words
        line = re.sub(r"^\s*(?:>\s*)*(?:[-*+]|\d+\.)?\s+", "", line)
        for cell in line.split("|"):  # each table cell on its own
            if cell.strip():
                lines.append(_words(cell.strip()))
    return lines


def test_every_lesson_notebook_gets_a_key_and_an_index(keys):
    out, pages = keys
    assert [p.name for p in pages] == [f"{lesson}-key.html" for lesson in LESSONS]
    assert {p.stem for p in out.glob("*-key.ipynb")} == {f"{lesson}-key" for lesson in LESSONS}
    index = (out / "index.html").read_text(encoding="utf-8")
    assert all(f'href="{lesson}-key.html"' in index for lesson in LESSONS)
    assert not list(ROOT.glob("notebooks/*-key.*"))  # nothing written beside the lessons


@pytest.mark.parametrize("lesson", LESSONS)
def test_each_html_key_shows_every_answer_and_reason_as_text(keys, case, lesson):
    out, _ = keys
    page = (out / f"{lesson}-key.html").read_text(encoding="utf-8")
    assert "<script" not in page.lower() and "cdnjs" not in page  # no kernel, no internet
    text = _page_text(page)
    assert "ANSWER KEY" in text
    specs = lesson_specs(case, lesson)
    for number, spec in enumerate(specs, start=1):
        number = spec.get("number", number)  # its place: a thin place before it has none
        exercise = build_exercise(case, spec, number=number, answer_key=True)
        for line in _key_lines(exercise):
            assert line in text, f"{spec['id']}: {line[:70]}"
        reasons = [getattr(i, "why", "") for i in getattr(exercise, "items", [])]
        reasons += [getattr(exercise, "why", ""), getattr(exercise, "model_answer", "")]
        for reason in filter(None, reasons):
            assert _words(reason) in text, reason[:60]
