"""Near-miss names: cases in tests/cases/names.json, the case's own texts, bad lists."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from medialit.compare import find_near_miss_names, load_names, names_in_case
from medialit.errors import MedialitError

CASES = json.loads((Path(__file__).parent / "cases" / "names.json").read_text())["cases"]
NAMES = names_in_case("kazakhstan-2022")


@pytest.mark.parametrize("case", CASES, ids=[c["label"] for c in CASES])
def test_near_miss_cases(case):
    found = find_near_miss_names(case["input"], NAMES)
    assert [[m.text, m.name] for m in found] == case["flags"]
    for m in found:
        assert case["input"][m.span[0] : m.span[1]] == m.text
        assert all(old in m.why and new in m.why for old, new in m.changed)


def test_only_the_spun_copy_has_near_miss_names(case):
    flagged = {a.id: find_near_miss_names(a, NAMES) for a in case.articles.values()}
    assert [a for a, found in flagged.items() if found] == ["content-farm-copy"]
    assert [m.name for m in flagged["content-farm-copy"]] == [
        "Collective Security Treaty Organization",
        "Security Council",
    ]


def test_a_case_without_names_has_none(tmp_path):
    (tmp_path / "case.yml").write_text("id: empty\n")
    assert names_in_case(tmp_path) == []


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("names:\n  - what: no name here\n", "entry 1 needs a 'name:'"),
        ("- Security Council\n", "expected 'names:' followed by a list"),
        ("names: [unclosed\n", "cannot read the list of names"),
    ],
)
def test_bad_names_file_gets_a_one_line_error(tmp_path, content, message):
    path = tmp_path / "names.yml"
    path.write_text(content)
    with pytest.raises(MedialitError, match=message):
        load_names(path)
