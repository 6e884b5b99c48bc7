"""Near-duplicate search: planted copies found, look-alikes left alone, the case's copies."""

from __future__ import annotations

from medialit.compare import copied_paragraphs, near_duplicates, spin


def test_planted_copies_are_found_and_nothing_else(case):
    paragraphs = [p for a in ("wire-report", "personal-blog") for p in case.articles[a].paragraphs]
    n = len(paragraphs)
    exact = paragraphs[3]
    edited = paragraphs[5].replace("January", "Jan.", 1) + " Officials declined to comment."
    spun = spin(paragraphs[8], seed=2)
    assert spun != paragraphs[8]
    found = {(d.i, d.j): d for d in near_duplicates([*paragraphs, exact, edited, spun])}
    for original, copy in ((3, n), (5, n + 1), (8, n + 2)):
        assert (original, copy) in found
    assert found[3, n].kind == "exact"
    planted = {(3, n), (5, n + 1), (8, n + 2)}
    others = {pair for pair in found if pair not in planted}
    # several texts of the case retell the wire report's facts in close wording (the
    # western briefing's paragraph on the force's size is a near-copy), but the blog does not
    assert others == set()


def test_negatives():
    assert near_duplicates([]) == []
    assert near_duplicates(["Tokayev spoke.", "Zas spoke."]) == []
    unrelated = [
        "The price of liquefied gas doubled when the cap ended on the first of January.",
        "Transport planes from the alliance landed at an airfield near the capital city.",
        "The price of bread rose in the shops of the capital over the winter months.",
    ]
    assert near_duplicates(unrelated) == []


def test_copied_paragraphs_across_the_case(case):
    found = copied_paragraphs(case.articles.values())
    pairs = {(c.a, c.b) for c in found}
    assert ("column-mission", "column-mission-republished") in pairs
    assert ("critical-oped", "content-farm-copy") in pairs
    republished = [
        c for c in found if (c.a, c.b) == ("column-mission", "column-mission-republished")
    ]
    assert len(republished) >= 8 and all(c.similarity > 0.75 for c in republished)
    assert not any(c.a == c.b for c in found)
