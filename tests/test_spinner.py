"""The spinner: deterministic, explainable swaps, and the case's content-farm copy it reproduces."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medialit.compare import (
    committed_copy,
    load_synonyms,
    make_farm_copy,
    spin,
    spin_swaps,
    substitutions,
)
from medialit.errors import MedialitError

CASES = json.loads((Path(__file__).parent / "cases" / "spinner.json").read_text())["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["label"] for c in CASES])
def test_spinner_cases(case):
    assert spin(case["input"], case.get("seed", 0), case.get("rate", 1.0)) == case["output"]


def test_committed_content_farm_copy_is_the_spinners_output():
    copy = make_farm_copy("kazakhstan-2022")
    assert committed_copy(copy) == (copy.title, copy.paragraphs)


def test_farm_copy_command(capsys):
    from medialit.cli import main

    assert main(["farm-copy", "kazakhstan-2022"]) == 0
    assert "exactly what the recipe makes" in capsys.readouterr().out
    assert main(["farm-copy", "atlantis"]) == 2
    assert "unknown case 'atlantis'" in capsys.readouterr().err


def test_another_seed_gives_another_copy_of_the_same_original():
    original = "The government raised the price and people saw the government cut it."
    copies = {spin(original, seed) for seed in range(20)}
    assert len(copies) > 1
    assert all("federal government" in c or "authorities" in c for c in copies)


def test_compare_recovers_the_spinners_swaps(case):
    text = case.articles["wire-report"].text
    spun, swaps = spin_swaps(text, seed=3, rate=0.6)
    assert len(swaps) >= 5
    found = {(s.from_text, s.to_text) for s in substitutions(text, spun)}
    single = [s for s in swaps if len(s.from_text.split()) == len(s.to_text.split())]
    recovered = [s for s in single if all(
        p in found for p in zip(s.from_text.split(), s.to_text.split(), strict=True))]
    assert len(recovered) >= 0.9 * len(single)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("security: safety\nbad key!: [x]\n", "must be 1 to 4 words of letters only"),
        ("security: []\n", "needs a list of replacements"),
        ("- just a list\n", "expected lines like"),
    ],
)
def test_bad_synonym_table_gets_a_one_line_error(tmp_path, content, message):
    path = tmp_path / "synonyms.yml"
    path.write_text(content)
    with pytest.raises(MedialitError, match=message):
        load_synonyms(path)


TEXT = st.text(st.sampled_from(list("security forces power city hall The  .,'\n")), max_size=80)


@settings(max_examples=150, deadline=None)
@given(TEXT, st.integers(0, 10**6), st.floats(0, 1))
def test_spin_is_deterministic_and_its_swaps_rebuild_the_copy(text, seed, rate):
    spun, swaps = spin_swaps(text, seed, rate)
    assert spin(text, seed, rate) == spun == spin_swaps(text, seed, rate)[0]
    rebuilt, at = [], 0
    for s in swaps:
        assert text[s.span[0] : s.span[1]] == s.from_text
        rebuilt.append(text[at : s.span[0]] + s.to_text)
        at = s.span[1]
    assert "".join(rebuilt) + text[at:] == spun


@settings(max_examples=50, deadline=None)
@given(TEXT, st.integers(0, 10**6))
def test_rate_zero_changes_nothing(text, seed):
    assert spin(text, seed, rate=0.0) == text


def test_validate_flags_a_copy_that_no_longer_matches_its_recipe(case_copy):
    from medialit.teacher import validate_case

    copy = case_copy / "articles" / "content-farm-copy.md"
    copy.write_text(copy.read_text().replace("skinny air", "thin air"))
    problems = [str(p) for p in validate_case(case_copy)]
    assert any("content-farm-copy.md" in p and "differs from what spin.yml makes" in p
               for p in problems)


def test_validate_flags_a_broken_names_file(case_copy):
    from medialit.teacher import validate_case

    (case_copy / "names.yml").write_text("names:\n  - what: nameless\n")
    problems = [str(p) for p in validate_case(case_copy)]
    assert any("names.yml" in p and "entry 1 needs a 'name:'" in p for p in problems)


def test_each_swap_says_whether_it_changes_the_meaning(case):
    from medialit.compare import load_recipe

    seed = load_recipe("kazakhstan-2022")["seed"]
    _, swaps = spin_swaps(case.articles["critical-oped"].text, seed)
    by_word = {s.from_text.lower(): s.changes_meaning for s in swaps}
    assert by_word["power"] is True and by_word["security"] is True
    assert by_word["troops"] is False and by_word["foreign"] is False
    assert all(s.changes_meaning in (True, False) for s in swaps)


def test_a_flat_table_of_ones_own_has_no_meaning_classes(tmp_path):
    path = tmp_path / "mine.yml"
    path.write_text("troops: [soldiers]\n")
    _, swaps = spin_swaps("The troops left.", table=load_synonyms(path))
    assert [(s.to_text, s.changes_meaning) for s in swaps] == [("soldiers", None)]


def test_a_section_that_is_not_a_table_gets_a_one_line_error(tmp_path):
    path = tmp_path / "synonyms.yml"
    path.write_text("changes_meaning: [security, safety]\n")
    with pytest.raises(MedialitError, match="'changes_meaning:' needs lines like"):
        load_synonyms(path)


def test_the_copys_swaps_are_classed_by_the_table(case):
    from medialit.compare import compare_texts, swap_changes_meaning

    subs = compare_texts(case.articles["critical-oped"], case.articles["content-farm-copy"])
    flags = [s["changes_meaning"] for s in subs.to_dict()["substitutions"]]
    assert flags.count(None) <= 0.05 * len(flags)
    assert swap_changes_meaning("Eastern", "Japanese") is True
    assert swap_changes_meaning("country's", "nation's") is False
    assert swap_changes_meaning("Tokayev", "Tokaev") is None
