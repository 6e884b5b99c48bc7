"""Page furniture and repeated bodies: cases as data in tests/cases/furniture.json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from medialit.text import (
    clean_paragraphs,
    collapse_repeats,
    furniture_reason,
    strip_furniture,
)

CASES = json.loads((Path(__file__).parent / "cases" / "furniture.json").read_text())["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["label"] for c in CASES])
def test_furniture_reason(case):
    assert furniture_reason(case["input"], case.get("position", 0.5)) == case["reason"]


def test_inline_leftovers_are_removed_and_reported():
    kept, removed = strip_furniture(["The price doubled {that a} overnight [ad_1] in Aktau."])
    assert kept == ["The price doubled overnight in Aktau."]
    assert [(r.text, r.reason) for r in removed] == [
        ("{that a}", "template leftover"),
        ("[ad_1]", "ad marker"),
    ]


def test_body_repeated_three_times_is_kept_once_with_count_three():
    body = [
        f"Paragraph {i} of the editorial, with enough words to count as prose." for i in range(5)
    ]
    kept, repeats = collapse_repeats(body + body + body)
    assert kept == body
    assert len(repeats) == 1 and repeats[0].count == 3
    assert repeats[0].text == "\n\n".join(body)


def test_repeats_separated_by_furniture_still_collapse():
    body = [
        "The first paragraph says something long enough.",
        "The second one does too, at length.",
    ]
    pages = [*body, "See also: a stub", *body, "Share this: Facebook | X", *body]
    cleaned = clean_paragraphs(pages)
    assert cleaned.paragraphs == body
    assert [r.count for r in cleaned.repeated] == [3]
    assert sorted(r.reason for r in cleaned.removed) == ["see-also stub", "share prompt"]


def test_short_repeated_lines_are_not_collapsed():
    kept, repeats = collapse_repeats(["Why?", "Because.", "Why?", "Because."])
    assert repeats == [] and kept == ["Why?", "Because.", "Why?", "Because."]


def test_a_repeat_inside_the_text_is_reported_with_its_own_count():
    story = [
        "Opening paragraph of a column that is long enough.",
        "A slogan paragraph that the author repeats for effect, at length.",
        "Middle paragraph with its own content and words.",
    ]
    kept, repeats = collapse_repeats([*story, story[1]])
    assert kept == story
    assert [(r.text, r.count) for r in repeats] == [(story[1], 2)]


def test_cleaning_is_idempotent_on_the_shipped_pages(case):
    for article in [*case.articles.values(), *(p.article for p in case.pages)]:
        again = clean_paragraphs(article.paragraphs)
        assert again.paragraphs == article.paragraphs, article.id
        assert again.removed == [] and again.repeated == [], article.id


def test_cleaning_a_cleaned_text_changes_nothing_even_when_tidying_shortens_a_paragraph():
    # 41 words, one of them a stray " ."; tidied it is 40 words, inside the newsletter rule
    paragraph = "Subscribe to our newsletter " + " ".join(["U.S."] * 36) + " ."
    once = clean_paragraphs([paragraph, "Protests began in Zhanaozen on 2 January."])
    assert [r.reason for r in once.removed] == ["newsletter prompt"]
    twice = clean_paragraphs(once.paragraphs)
    assert twice.paragraphs == once.paragraphs and twice.removed == []
