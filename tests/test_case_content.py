"""What the Kazakhstan case's brief asks of it: the kinds of text, their length, the copies,
the figures. The promises every shipped case keeps are in test_every_case.py."""

from __future__ import annotations

import pytest

REQUIRED_KINDS = {
    "news-report",
    "government-account",
    "editorial",
    "opinion-column",
    "republication",
    "op-ed",
    "content-farm-copy",
    "blog-post",
    "briefing-summary",
}


def test_at_least_eight_texts_of_every_required_kind(case):
    assert len(case.articles) >= 8
    assert {a.meta["kind"] for a in case.articles.values()} >= REQUIRED_KINDS


def test_every_text_is_400_to_900_words_after_cleaning(case):
    counts = {a.id: a.word_count for a in case.articles.values()}
    assert all(400 <= n <= 900 for n in counts.values()), counts


def test_copies_point_at_their_originals(case):
    copies = {a.id: a.meta.get("copy_of") for a in case.articles.values() if a.meta.get("copy_of")}
    assert copies == {
        "column-mission-republished": "column-mission",
        "content-farm-copy": "critical-oped",
    }
    shared = (
        "An alliance that answers a member's call for help is doing exactly what its "
        "founding treaty promises"
    )
    holders = [a.id for a in case.articles.values() if shared in a.text]
    assert {"column-mission", "column-briefing-republished"} <= set(holders)


def test_every_text_is_annotated_with_causal_claims_and_quantities(case):
    assert set(case.annotations) == set(case.articles)
    for article_id, notes in case.annotations.items():
        assert notes.causal_ids(), article_id
        assert notes.quantities, article_id
        assert any(not n.causal for n in notes.sentences.values()), f"{article_id}: no look-alikes"


def test_some_sentences_accept_more_than_one_label(case):
    multi = [
        n
        for notes in case.annotations.values()
        for n in notes.sentences.values()
        if len(n.support) > 1
    ]
    assert len(multi) >= 10


def test_the_ledger_holds_the_figures_that_changed_over_time(case):
    facts = case.facts
    deaths = sorted(
        (f.as_of_end, int(f.low), f.status)
        for f in facts.values()
        if f.id.startswith("deaths-total")
    )
    assert [d[1] for d in deaths] == [44, 164, 225, 230, 238]
    assert dict((d[1], d[2]) for d in deaths)[164] == "withdrawn"
    assert [d[2] for d in deaths][-1] == "current"
    assert (facts["injured-total"].low, facts["injured-security"].low) == (4353, 3393)
    assert facts["detained-interior"].low == 9900
    assert facts["csto-troops-early"].status == "superseded"
    assert all(f.reported_by for f in facts.values())


@pytest.mark.parametrize(
    "figure",
    [
        2500,
        2030,
        250,
        100,
        26,
        18,
        164,
        225,
        19,
        230,
        238,
        4353,
        3393,
        9900,
        2000,
        1237,
        120,
        50,
        2724900,
        551700,
        643800,
        6,
        3,
        20000,
        19190000,
        2030000,
    ],
)
def test_every_figure_of_the_brief_is_in_the_ledger(case, figure):
    assert any(f.low is not None and f.low <= figure <= f.high for f in case.facts.values())


def test_the_saved_page_is_the_editorial_three_times(case):
    (page,) = case.pages
    assert page.copy_of == "state-editorial"
    assert page.article.paragraphs == case.article("state-editorial").paragraphs
    assert [r.count for r in page.article.repeated] == [3]


def test_texts_standing_for_saved_pages_carry_furniture_and_the_baseline_does_not(case):
    for article_id in (
        "column-briefing-republished",
        "column-mission-republished",
        "content-farm-copy",
        "personal-blog",
    ):
        assert case.article(article_id).removed, article_id
    assert case.article(case.baseline).removed == []


def test_every_technique_and_support_label_is_taught_somewhere(case):
    notes = [n for a in case.annotations.values() for n in a.sentences.values()]
    used_techniques = {t for n in notes for t in n.techniques}
    used_support = {s for n in notes for s in n.support}
    assert used_techniques == set(case.labels.techniques)
    assert used_support == set(case.labels.support)
    verdicts = {v for a in case.annotations.values() for q in a.quantities for v in q.verdict}
    assert verdicts == set(case.labels.verdicts)
