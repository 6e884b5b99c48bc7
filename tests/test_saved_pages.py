"""Saved pages as students meet them: the article's element, pasted pages, and what a page
says about itself (title, outlet, author, date, link) as `medialit import` writes it.

The collection of saved pages written for the tests (`furniture-pages/`, with gold.json)
runs when it is there: MEDIALIT_FURNITURE_PAGES, else tests/cases/furniture-pages.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from conftest import ROOT
from medialit.case import import_article, new_case
from medialit.teacher import validate_case
from medialit.text import article_from_text, html_page

PROSE = [
    "The council voted on Tuesday to close the old bridge for a year of repairs, officials said.",
    "Works will cost four million crowns and the county will pay most of it, the leader said.",
    "Shop owners near the bridge said they feared losing trade while it was closed to traffic.",
]


def _page(head: str, article: str, around: str = "") -> str:
    return (
        f"<html><head>{head}</head><body><header class='site-header'><a href='/'>Town News"
        "</a><nav><a href='/'>Home</a> <a href='/a'>About</a></nav></header>"
        f"<main><article>{article}</article></main>{around}<footer>© 2025 Town News</footer>"
        "</body></html>"
    )


def test_the_article_is_the_element_with_most_of_the_prose():
    body = "".join(f"<p>{p}</p>" for p in PROSE)
    page = html_page(
        _page(
            "<title>Bridge to close for a year | Town News</title>",
            "<div class='kicker'>Transport</div><h1>Bridge to close for a year</h1>"
            f"<p class='meta'>By Ann Lee</p><div class='story-text'>{body}</div>"
            "<div class='more'><h2>More stories</h2><p><a href='/x'>Parking fees to rise "
            "again in the town centre next spring</a></p></div>",
            "<div class='widget'><p><a href='/y'>Storm warning for the weekend</a></p></div>",
        )
    )
    assert page.title == "Bridge to close for a year"
    assert page.paragraphs == PROSE
    reasons = dict((text, reason) for text, reason in page.removed)
    assert reasons["Transport"] == "outside the article"
    assert reasons["By Ann Lee"] == "byline"
    assert any("Storm warning for the weekend" in text for text in reasons)
    assert all(reason for reason in reasons.values())


def test_a_class_that_says_furniture_never_drops_the_article():
    body = "".join(f"<p>{p}</p>" for p in PROSE)
    page = html_page(f"<body><form id='aspnetForm'><div id='main'>{body}</div></form></body>")
    assert page.paragraphs == PROSE


def test_a_copy_of_the_headline_at_the_foot_is_removed_as_headline():
    body = "".join(f"<p>{p}</p>" for p in PROSE)
    text = _page(
        "", f"<h1>Bridge to close for a year</h1><div>{body}</div>",
        "<div class='print'><p>Bridge to close for a year</p></div>",
    )  # fmt: skip
    article = article_from_text(text, "page.html")
    assert article.paragraphs == PROSE
    assert [r.reason for r in article.removed if r.text == article.title] == ["headline"]


def test_metadata_from_json_ld_graph_and_time():
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "NewsArticle", "headline": "Bridge to close for a year",
             "author": [{"@id": "#a"}, {"@type": "Person", "name": "Bo Park"}],
             "publisher": {"@type": "Organization", "name": "Town News"}},
            {"@type": "Person", "@id": "#a", "name": "Ann Lee"},
        ],
    }  # fmt: skip
    head = (
        f"<script type='application/ld+json'>{json.dumps(graph)}</script>"
        "<link rel='canonical' href='https://town.example/bridge'>"
    )
    article_html = (
        "<h1>Bridge to close for a year</h1><time class='updated' datetime='2025-03-15'>"
        "15 March</time><time datetime='2025-03-14T08:00:00+01:00'>14 March</time>"
        + "".join(f"<p>{p}</p>" for p in PROSE)
    )
    article = article_from_text(_page(head, article_html), "bridge.html")
    assert article.meta["outlet"] == "Town News"
    assert article.meta["author"] == "Ann Lee and Bo Park"
    assert article.meta["date"] == "2025-03-14"
    assert article.meta["link"] == "https://town.example/bridge"
    assert article.found_in["author"] == "the JSON-LD author"
    assert article.found_in["date"] == "<time datetime>"


def test_a_guess_never_beats_an_empty_field():
    head = "<title>[ad_1] Editorial © Photo: A. Person / Agency</title>"
    head += "<meta name='author' content='admin'>"
    text = "<html><head>" + head + "</head><body>" + "".join(f"<p>{p}</p>" for p in PROSE)
    article = article_from_text(text + "</body></html>", "saved-page-2.html")
    assert "title" not in article.found_in and "author" not in article.meta
    assert article.title == "saved-page-2"  # shown, but an import leaves the field blank


def test_a_pasted_page_keeps_its_article_and_says_who_wrote_it():
    lines = [
        "Skip to content", "Town News", "Home About Contact", "Bridge to close for a year",
        "Posted on March 14, 2025 by Ann Lee", *PROSE, "Share this:", "Related",
        "Parking fees to rise", "© 2025 Town News. All rights reserved.",
    ]  # fmt: skip
    article = article_from_text("\n".join(lines), "paste.txt")
    assert article.title == "Bridge to close for a year"
    assert article.paragraphs == PROSE
    assert (article.meta["outlet"], article.meta["author"], article.meta["date"]) == (
        "Town News", "Ann Lee", "2025-03-14",
    )  # fmt: skip
    assert all(r.reason for r in article.removed)


def test_import_says_where_each_field_came_from_and_keeps_a_repeating_page(tmp_path):
    saved = ROOT / "data" / "cases" / "kazakhstan-2022" / "pages" / "state-editorial-saved.html"
    folder = new_case("saved", tmp_path)
    path, article = import_article(saved, case=folder, article_id="editorial")
    written = path.read_text(encoding="utf-8")
    assert 'outlet: "Eurasian Strategy Review"   # from og:site_name' in written
    assert 'date: "2022-01-07"   # from article:published_time' in written
    assert re.search(r'^link: "https://eurasianstrategy\.example/.*"   # from <link', written, re.M)
    assert 'author: ""' in written  # the page names no author: left for the teacher
    assert [r.count for r in article.repeated] == [3]
    assert (folder / "pages" / "editorial-saved.html").read_bytes() == saved.read_bytes()
    manifest = (folder / "case.yml").read_text(encoding="utf-8")
    assert "  - path: pages/editorial-saved.html\n    copy_of: editorial" in manifest
    problems = [str(p) for p in validate_case(folder)]
    assert not [p for p in problems if "pages" in p], problems  # the page loads, copy_of holds


def _collection() -> Path | None:
    for candidate in (
        os.environ.get("MEDIALIT_FURNITURE_PAGES"),
        ROOT / "tests/cases/furniture-pages",
    ):
        if candidate and (Path(candidate) / "gold.json").is_file():
            return Path(candidate)
    return None


@pytest.mark.skipif(_collection() is None, reason="no furniture-pages collection")
def test_the_saved_pages_collection_keeps_the_articles_and_drops_the_furniture():
    from medialit.text import load_article

    folder = _collection()
    tp = fp = fn = 0
    for page in json.loads((folder / "gold.json").read_text(encoding="utf-8"))["pages"]:
        article = load_article(folder / page["file"])
        got = [" ".join(p.split()) for p in article.paragraphs]
        want = set(page["body"])
        tp += sum(g in want for g in got)
        fp += sum(g not in want for g in got)
        fn += sum(w not in set(got) for w in want)
        assert all(r.reason and r.text for r in article.removed), page["file"]
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    assert 2 * precision * recall / (precision + recall) >= 0.95
