"""Stand-in texts: which of a teacher's texts plays the part of a text a lesson names."""

from __future__ import annotations

import pytest
from barecase import build_bare_case, fill

from medialit.case import load_case
from medialit.errors import MedialitError
from medialit.notebook import copy_pair, stand_in_pair, stand_ins


@pytest.fixture
def bare(tmp_path):
    return build_bare_case(tmp_path)


# (named by a lesson, the bare case's text with the same part, why)
PARTS = [
    ("wire-report", "norvik-wire", "news report, baseline framing"),
    ("government-account", "council-statement", "the government's own account"),
    ("critical-oped", "estuary-blog", "the critics' framing"),
    ("content-farm-copy", "buzz-copy", "a content-farm copy"),
]


@pytest.mark.parametrize(("named", "expected", "why"), PARTS, ids=[p[0] for p in PARTS])
def test_a_named_text_gets_the_text_that_plays_its_part(bare, named, expected, why):
    (chosen,), note = stand_ins(load_case(bare), [named])
    assert chosen == expected, why
    assert f"'{expected}'" in note and named not in note  # the other case's id is not shown


def test_a_name_keeps_its_stand_in_and_a_new_name_gets_a_text_not_shown_yet(bare):
    case, earlier = load_case(bare), {}
    assert stand_ins(case, ["state-editorial"], earlier)[0] == ["norvik-wire"]
    assert stand_ins(case, ["personal-blog"], earlier)[0] != ["norvik-wire"]
    assert stand_ins(case, ["state-editorial"], earlier)[0] == ["norvik-wire"]


def test_texts_the_case_has_are_used_as_named_with_no_note(bare):
    assert stand_ins(load_case(bare), ["buzz-copy", "norvik-wire"]) == (
        ["buzz-copy", "norvik-wire"],
        "",
    )


def test_a_name_no_lesson_uses_is_a_typing_mistake_not_a_stand_in(bare):
    with pytest.raises(MedialitError, match="has no text 'norvik-wir'; its texts are: norvik"):
        stand_ins(load_case(bare), ["norvik-wir"])


def test_a_copy_and_its_original_stand_in_for_a_copy_and_its_original(bare):
    case = load_case(bare)
    assert stand_in_pair(case, "critical-oped", "content-farm-copy")[:2] == (
        "norvik-wire",
        "buzz-copy",
    )
    # two texts the lesson holds side by side (not a copy) get two independent texts
    assert stand_in_pair(case, "wire-report", "government-account")[:2] == (
        "norvik-wire",
        "council-statement",
    )


def test_without_copy_of_the_copy_is_found_by_its_likeness(bare):
    path = bare / "articles" / "buzz-copy.md"
    path.write_text(path.read_text().replace('copy_of: "norvik-wire"', "copy_of: null"))
    assert copy_pair(load_case(bare)) == ("norvik-wire", "buzz-copy")


def test_texts_that_are_not_alike_are_no_copy(tmp_path):
    folder = build_bare_case(tmp_path)
    manifest = folder / "case.yml"
    manifest.write_text(manifest.read_text().replace("  - articles/buzz-copy.md\n", ""))
    case = load_case(folder)
    assert "buzz-copy" not in case.articles and copy_pair(case) is None
    a, b, note = stand_in_pair(case, "critical-oped", "content-farm-copy")
    assert a != b and "so these two are not a copy and its original" in note


def test_fill_only_fills_blanks(tmp_path):
    path = tmp_path / "a.md"
    path.write_text('kind: ""\ncopy_of: null\ntitle: "Set"\n')
    fill(path, kind="news-report", copy_of="x")
    assert path.read_text() == 'kind: "news-report"\ncopy_of: "x"\ntitle: "Set"\n'
    with pytest.raises(AssertionError):
        fill(path, title="Again")
