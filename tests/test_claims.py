"""The claim matrix (claims.yml): loaded with the case, every problem on one line."""

from __future__ import annotations

import re

import pytest

from medialit.teacher import validate_case


def _edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_the_matrix_loads_with_the_case(case):
    matrix = case.claims
    assert matrix.texts[0] == case.baseline and 5 <= len(matrix.claims) <= 8
    framings = {case.articles[t].meta["framing"] for t in matrix.texts}
    # one text per framing the case's texts have, the baseline included
    assert framings == {a.meta["framing"] for a in case.articles.values()}
    for claim in matrix.claims.values():
        assert set(claim.cells) == set(matrix.texts)
        for cell in claim.cells.values():
            assert cell.stances and set(cell.stances) <= set(case.labels.stances)
            if cell.quote:
                assert cell.quote in cell.sentence


def test_every_why_quotes_its_text(case):
    for claim in case.claims.claims.values():
        for text_id, cell in claim.cells.items():
            body = " ".join(case.articles[text_id].paragraphs)
            quoted = re.findall(r'"([^"]{12,}?)"(?=[\s:;,.)]|$)', cell.why)
            pieces = [p.strip(" .") for q in quoted for p in q.split("...")]
            if cell.stances[0] != "omits":
                assert quoted, (claim.id, text_id)
            for piece in pieces:
                assert piece in body, (claim.id, text_id, piece)


def test_drift_pairs_lose_a_hedge_or_an_attribution(case):
    drift = case.claims.drift
    assert drift
    first = drift[0]
    assert case.articles[first.to_text].meta["copy_of"] == first.from_text  # a real retelling
    assert "appear to" in first.from_sentence and "appear" not in first.to_sentence


@pytest.mark.parametrize(
    "old, new, expected",
    [
        (
            "stance: [hedges]",
            "stance: [suggests]",
            "claims.yml: claims.fuel-trigger.cells.western-briefing.stance: 'suggests' is not a "
            "stance",
        ),
        (
            "quote: bandits set fire to Almaty city hall",
            "quote: bandits set fire to Almaty town hall",
            "claims.yml: claims.who-burned.cells.government-account.quote: 'bandits set fire to "
            "Almaty town hall' is in 0 sentences of government-account",
        ),
        (
            "texts: [wire-report, government-account,",
            "texts: [wire-reports, government-account,",
            "claims.yml: texts: 'wire-reports' is not one of the case's texts",
        ),
        (
            "texts: [wire-report, government-account,",
            "texts: [government-account,",
            "claims.yml: texts: add the baseline 'wire-report'",
        ),
        (
            "      critical-oped:\n        stance: [asserts]\n        quote: but the fuel",
            "      critical-op:\n        stance: [asserts]\n        quote: but the fuel",
            "claims.yml: claims.fuel-trigger.cells: no cell for 'critical-oped'",
        ),
        (
            "        quote: Moscow engineered the invitation\n",
            "",
            "claims.yml: claims.moscow-invitation.cells.western-briefing.quote: missing",
        ),
        (
            'quote: "Still, the facts on the ground support him"',
            'quote: "Still, the facts support him"',
            "claims.yml: drift[0].to.quote: 'Still, the facts support him' is in 0 sentences",
        ),
    ],
)
def test_each_claims_problem_names_file_field_and_fix(case_copy, old, new, expected):
    _edit(case_copy / "claims.yml", old, new)
    problems = [str(p) for p in validate_case(case_copy)]
    assert any(expected in p for p in problems), problems
    assert all("\n" not in p for p in problems)


@pytest.mark.parametrize(
    "old, new, expected",
    [
        (
            "given: [wire-report, fuel-trigger,",
            "given: [wire-report, tuel-trigger,",
            "exercises.yml: 02-same-event-different-stories.claim-matrix: given 'tuel-trigger' "
            "is not a text or claim",
        ),
        (
            "claims: [fuel-trigger, asked-for-help,",
            "claims: [fuel-triggers, asked-for-help,",
            "'fuel-triggers' is not one of the claims in claims.yml",
        ),
    ],
)
def test_a_broken_matrix_exercise_names_the_lesson_and_exercise(case_copy, old, new, expected):
    _edit(case_copy / "exercises.yml", old, new)
    problems = [str(p) for p in validate_case(case_copy)]
    assert any(expected in p for p in problems), problems


def test_an_option_yaml_reads_as_true_gets_one_line(case_copy):
    _edit(
        case_copy / "exercises.yml",
        "      truth: Whether its claims",
        "      true: Whether its claims",
    )
    problems = [str(p) for p in validate_case(case_copy)]
    assert any(
        "what-a-tone-score-says: an option key True is not text" in p and "put it in quotes" in p
        for p in problems
    ), problems


def test_a_case_without_claims_loads_but_its_matrix_exercise_says_what_is_missing(case_copy):
    _edit(case_copy / "case.yml", "claims: claims.yml", "")
    problems = [str(p) for p in validate_case(case_copy)]
    assert len(problems) == 1 and problems[0].endswith(
        "exercises.yml: 02-same-event-different-stories.claim-matrix: this case has no claim "
        "matrix; add claims.yml and name it in case.yml"
    )


def test_any_shape_of_claims_file_gives_problems_not_a_crash(case):
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from medialit.case import read_claims

    leaves = st.none() | st.booleans() | st.integers() | st.text(max_size=12)
    texts = st.sampled_from([*case.articles, "nope"])
    cells = st.dictionaries(
        texts,
        st.dictionaries(
            st.sampled_from(["stance", "quote", "why", "hint"]),
            leaves | st.lists(leaves, max_size=3),
        ),
        max_size=3,
    )
    claim = st.fixed_dictionaries(
        {}, optional={"id": leaves, "claim": leaves, "cells": cells | leaves}
    )
    raw = (
        st.fixed_dictionaries(
            {},
            optional={
                "texts": st.lists(texts, max_size=4) | leaves,
                "claims": st.lists(claim, max_size=3) | leaves,
                "drift": st.lists(
                    leaves
                    | st.dictionaries(st.sampled_from(["claim", "from", "to", "note"]), leaves),
                    max_size=2,
                ),
            },
        )
        | leaves
    )

    @settings(max_examples=150, deadline=None)
    @given(raw)
    def check(data):
        problems = []
        matrix = read_claims(
            data, case.articles, case.labels, "claims.yml", problems, "wire-report"
        )
        assert all("\n" not in str(p) and str(p).startswith("claims.yml") for p in problems)
        for claim in matrix.claims.values():
            assert set(claim.cells) <= set(matrix.texts)

    check()


def test_with_the_baseline_column_hidden_the_flag_still_compares_with_it(case):
    from medialit.exercises import build_exercise, lesson_specs

    spec = dict(lesson_specs(case, "02-same-event-different-stories")[0])
    spec["texts"] = ["government-account", "critical-oped"]
    spec["given"] = ["fuel-trigger"]
    ex = build_exercise(case, spec)
    assert ex.baseline is None and ex.columns == ["The Republic Courier", "The Steppe Dispatch"]
    assert ex.answer("A3", "asserts").correct  # the paper builds on the 20,000: a hit
    miss = ex.answer("B3", "omits")  # the op-ed denies it: a miss
    assert "A miss: The Steppe Dispatch goes further here than the baseline" in miss.markdown
    assert (ex.score().hits, ex.score().misses) == (1, 1)
