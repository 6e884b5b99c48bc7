"""A broken case gets one line per problem: the file, the field, and what to fix."""

from __future__ import annotations

import re

import pytest

from conftest import CASES
from medialit.case import load_case
from medialit.errors import CaseError, MedialitError
from medialit.paths import case_dir
from medialit.teacher import validate_case


def _edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize("name", CASES)
def test_every_shipped_case_is_sound(name):
    assert validate_case(name) == []


def test_a_case_by_path_and_an_unknown_name(case_copy):
    assert load_case(case_copy).id == "kazakhstan-2022"
    with pytest.raises(MedialitError) as unknown:
        case_dir("atlantis")
    assert f"unknown case 'atlantis'; use one of: {', '.join(CASES)} " in str(unknown.value)


@pytest.mark.parametrize(
    "file, old, new, expected",
    [
        (
            "articles/wire-report.md",
            "date: 2022-01-11",
            "date: 11 Jan",
            "articles/wire-report.md: date: '11 Jan' is not a date; write it as YYYY-MM-DD",
        ),
        (
            "articles/wire-report.md",
            "kind: news-report",
            "kind: news",
            "articles/wire-report.md: kind: 'news' is not one of",
        ),
        (
            "articles/wire-report.md",
            "framing: baseline\n",
            "",
            "articles/wire-report.md: framing: missing",
        ),
        (
            "articles/wire-report.md",
            "outlet: Kestrel Wire",
            "outlet: Kestrel Wires",
            "articles/wire-report.md: outlet: 'Kestrel Wires' has no source card",
        ),
        (
            "facts.csv",
            "id,claim,value,unit,as_of,reported_by,status,note",
            "id,claim,value,unit,as_of,status,note",
            "facts.csv: header: missing column(s) reported_by",
        ),
        (
            "facts.csv",
            "2030,personnel,2022-01-10",
            "2,030x,personnel,2022-01-10",
            "facts.csv: line",
        ),
        (
            "facts.csv",
            ",withdrawn,",
            ",retracted,",
            "status: 'retracted' is not one of current, superseded, withdrawn",
        ),
        (
            "annotations/state-editorial.yml",
            "Such speed would indicate",
            "Such pace would indicate",
            "annotations/state-editorial.yml: sentences[",
        ),
        (
            "annotations/state-editorial.yml",
            "support: [unsupported]",
            "support: [baseless]",
            "support 'baseless' is not one of: evidenced, attributed, hedged, unsupported",
        ),
        (
            "annotations/wire-report.yml",
            "facts: [csto-personnel",
            "facts: [csto-staff",
            "'csto-staff' is not an id in facts.csv",
        ),
        (
            "sources.yml",
            "kind: [news-agency]",
            "kind: [wire]",
            "sources.yml: outlets[0].kind: 'wire'",
        ),
        (
            "exercises.yml",
            '{article: western-briefing, quote: "The protests were peaceful from first to last"}',
            '{article: western-briefings, quote: "The protests were peaceful from first to last"}',
            "exercises.yml: 00-start-here.backed-or-bare: case 'kazakhstan-2022' has no text "
            "'western-briefings'",
        ),
        (
            "exercises.yml",
            "accepted: [weigh]",
            "accepted: [trust]",
            "exercises.yml: 01-meet-the-sources.weigh-the-assessor: 'trust' is not one of the "
            "options",
        ),
        ("case.yml", "baseline: wire-report", "baseline: [unclosed", "case.yml: line"),
    ],
)
def test_each_problem_names_file_field_and_fix(case_copy, file, old, new, expected):
    _edit(case_copy / file, old, new)
    problems = [str(p) for p in validate_case(case_copy)]
    assert problems, "the broken case should not validate"
    assert any(expected in p for p in problems), problems
    assert all("\n" not in p for p in problems)
    assert all(str(case_copy.name) in p for p in problems)  # every line names the file


def test_load_case_lists_every_problem_one_per_line(case_copy):
    _edit(case_copy / "articles/wire-report.md", "date: 2022-01-11", "date: soon")
    _edit(case_copy / "facts.csv", ",withdrawn,", ",gone,")
    with pytest.raises(CaseError) as caught:
        load_case(case_copy)
    lines = str(caught.value).splitlines()
    assert lines[0] == f"case '{case_copy}' has 2 problems:"
    assert len(lines) == 3 and "date" in lines[1] + lines[2] and "status" in lines[1] + lines[2]


def test_a_missing_file_named_in_the_manifest(case_copy):
    (case_copy / "articles/personal-blog.md").unlink()
    problems = [str(p) for p in validate_case(case_copy)]
    assert any("personal-blog.md" in p and "no such file" in p for p in problems)


def test_annotation_for_a_text_that_does_not_exist(case_copy):
    (case_copy / "annotations/ghost.yml").write_text("article: ghost\n", encoding="utf-8")
    assert any("there is no text 'ghost'" in str(p) for p in validate_case(case_copy))


def test_a_quote_that_matches_two_sentences(case_copy):
    path = case_copy / "annotations/wire-report.yml"
    path.write_text(re.sub(r"(?m)^(  - quote: ).*$", r"\1Tokayev", path.read_text(), count=1))
    problems = [str(p) for p in validate_case(case_copy)]
    assert any("'Tokayev' is in" in p and "quote more words" in p for p in problems), problems


@pytest.mark.parametrize("blank", ["author:", 'author: ""', "author: null"])
def test_a_field_that_is_there_but_empty_is_called_empty_not_missing(case_copy, blank):
    _edit(case_copy / "articles/wire-report.md", "author: Kestrel Wire staff", blank)
    _edit(case_copy / "articles/wire-report.md", "framing: baseline\n", "")
    problems = [str(p) for p in validate_case(case_copy)]
    (author,) = [p for p in problems if ": author: " in p]
    assert author.endswith("wire-report.md: author: is empty; fill it in (see data/README.md)")
    assert any(p.endswith("articles/wire-report.md: framing: missing from the front matter; see "
                          "data/README.md") for p in problems)  # fmt: skip
