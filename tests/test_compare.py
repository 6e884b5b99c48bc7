"""Shared passages, similarity and the edits of a near-copy: cases in tests/cases/compare.json."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medialit.compare import edits, shared_passages, similarity, substitutions
from medialit.text import words

DATA = json.loads((Path(__file__).parent / "cases" / "compare.json").read_text())


def planted_copy(text: str, swaps: list[list[str]]) -> str:
    for old, new in swaps:
        pattern = re.compile(rf"\b{re.escape(old)}\b")
        assert pattern.search(text), f"swap source {old!r} is not in the paragraph"
        text = pattern.sub(new, text, count=1)
    return text


def is_listed(swap: list[str], found: list[tuple[str, str]]) -> bool:
    """A planted swap is listed whole, word by word, or inside a longer listed swap."""
    old, new = swap
    pairs = list(zip(old.split(), new.split(), strict=False))
    if len(old.split()) == len(new.split()) and all(p in found for p in pairs):
        return True
    return any(old in f and new in t for f, t in found)


@pytest.mark.parametrize("spec", DATA["swaps"], ids=[c["label"] for c in DATA["swaps"]])
def test_planted_swaps_are_listed(case, spec):
    original = case.articles[spec["article"]].paragraphs[spec["paragraph"]]
    copy = planted_copy(original, spec["swaps"])
    found = [(s.from_text, s.to_text) for s in substitutions(original, copy)]
    listed = [swap for swap in spec["swaps"] if is_listed(swap, found)]
    assert len(listed) >= spec["min_found"], (found, spec["swaps"])
    # reading order: the listed swaps come in the order they appear in the original
    starts = [s.a_span[0] for s in substitutions(original, copy)]
    assert starts == sorted(starts)


@pytest.mark.parametrize("spec", DATA["passages"], ids=[c["label"] for c in DATA["passages"]])
def test_shared_passage_is_found(case, spec):
    a, b = case.articles[spec["a"]], case.articles[spec["b"]]
    passages = shared_passages(a, b)
    hits = [p for p in passages if spec["contains"] in p.text]
    assert hits, [p.text for p in passages]
    for p in hits:
        assert a.text[p.a_span[0] : p.a_span[1]] == p.text
        assert b.text[p.b_span[0] : p.b_span[1]] == p.b_text
        assert spec["contains"] in p.b_text


@pytest.mark.parametrize("spec", DATA["no_passages"], ids=[c["label"] for c in DATA["no_passages"]])
def test_no_false_passage(spec):
    assert shared_passages(spec["a"], spec["b"]) == []


def test_talking_point_is_exact_and_columns_are_not_near_copies(case):
    a, b = case.articles["column-mission"], case.articles["column-briefing-republished"]
    assert similarity(a, b) < 0.5
    talking = [p for p in shared_passages(a, b) if p.words >= 20]
    assert len(talking) == 1 and talking[0].exact


def test_spun_copy_is_near_and_its_swaps_include_the_mangled_name(case):
    a, b = case.articles["critical-oped"], case.articles["content-farm-copy"]
    assert similarity(a, b) > 0.7
    swaps = {(s.from_text, s.to_text) for s in substitutions(a, b)}
    assert ("Security", "Safety") in swaps and ("Organization", "Group") in swaps
    assert ("city", "metropolis") in swaps and ("hall", "corridor") in swaps


def test_identical_texts_have_no_edits_and_similarity_one(case):
    text = case.articles["wire-report"].text
    assert edits(text, text) == []
    assert similarity(text, text) == 1.0
    (only,) = shared_passages(text, text)
    assert only.exact and only.a_span == only.b_span and only.a_span[0] == 0


def test_insertions_and_deletions_have_positions():
    a = "Troops arrived in Almaty on Thursday morning."
    b = "Foreign troops arrived in Almaty on Thursday."
    found = [(e.kind, e.from_text, e.to_text, e.a_span, e.b_span) for e in edits(a, b)]
    assert found == [
        ("insertion", "", "Foreign", (0, 0), (0, 7)),
        ("deletion", "morning", "", (37, 44), (44, 44)),
    ]


TEXT = st.text(alphabet=st.sampled_from("ab cd. ,xyz’'-\n"), max_size=120)


@settings(max_examples=150, deadline=None)
@given(TEXT, TEXT)
def test_compare_never_crashes_and_spans_stay_inside(a, b):
    score = similarity(a, b)
    assert 0.0 <= score <= 1.0
    for p in shared_passages(a, b, min_words=2):
        assert 0 <= p.a_span[0] < p.a_span[1] <= len(a)
        assert 0 <= p.b_span[0] < p.b_span[1] <= len(b)
        assert a[p.a_span[0] : p.a_span[1]] == p.text
    for e in edits(a, b):
        assert 0 <= e.a_span[0] <= e.a_span[1] <= len(a)
        assert 0 <= e.b_span[0] <= e.b_span[1] <= len(b)
        assert a[e.a_span[0] : e.a_span[1]] == e.from_text
        assert b[e.b_span[0] : e.b_span[1]] == e.to_text


@settings(max_examples=100, deadline=None)
@given(TEXT)
def test_a_text_compared_with_itself_has_no_edits(a):
    assert edits(a, a) == []
    assert similarity(a, a) == 1.0 or not words(a)


def test_the_command_lists_nine_of_ten_planted_swaps(case, tmp_path, capsys):
    import json as _json

    from medialit.cli import main

    spec = DATA["swaps"][1]
    original = case.articles[spec["article"]].paragraphs[spec["paragraph"]]
    (tmp_path / "a.txt").write_text(original + "\n")
    (tmp_path / "b.txt").write_text(planted_copy(original, spec["swaps"]) + "\n")
    assert main(["compare", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--json"]) == 0
    doc = _json.loads(capsys.readouterr().out)
    found = [(s["from"], s["to"]) for s in doc["substitutions"]]
    assert sum(is_listed(swap, found) for swap in spec["swaps"]) >= 9
