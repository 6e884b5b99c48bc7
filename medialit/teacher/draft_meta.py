"""The front matter `medialit draft` fills: a text's empty fields, the case's title and summary.

Only empty fields are filled, each with a comment that starts `drafted:` and says why
(the words or the metadata the guess rests on), so the teacher sees what to check.
A field the teacher filled, or marked `checked`, is never touched. The baseline is
never drafted: it is the teacher's choice (`medialit validate` warns when there is none).
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from medialit.case import Case
from medialit.detectors import find_loaded_words
from medialit.teacher.keyfile import field_comment, set_field
from medialit.text import Article

DRAFTED = "drafted"
REAL = "No: a real article, for classroom use only"
_FIRST_PERSON = re.compile(r"\b(I|I'm|I've|my|me|we|our)\b")
_OFFICIAL = re.compile(r"\b(city of|council|ministry|government|office of|mayor)\b", re.I)
# the framing each kind of text gets until the teacher says otherwise
FRAMING_OF_KIND = {
    "news-report": "baseline",
    "briefing-summary": "baseline",
    "government-account": "government",
}


def guess_kind(article: Article, copy_kind: str | None) -> tuple[str, str]:
    """The kind of text an article seems to be, and the words the guess rests on.

    >>> from medialit.text.article import article_from_text
    >>> guess_kind(article_from_text("I saw it. My street was shut. We left.", "a"), None)[0]
    'blog-post'
    """
    if copy_kind:
        return copy_kind, "it copies another text of the case (see copy_of)"
    meta = article.meta
    official = _OFFICIAL.search(f"{meta.get('outlet') or ''} {meta.get('author') or ''}")
    if official:
        return "government-account", f"published by an official body ('{official.group()}')"
    first = _FIRST_PERSON.findall(article.text)
    if len(first) * 100 >= max(1, article.word_count):  # one in a hundred words or more
        return "blog-post", f"written in the first person ({', '.join(sorted(set(first)))})"
    loaded = [w.text for w in find_loaded_words(article)]
    title = str(meta.get("title") or "")
    if title.lower().startswith("opinion") or len(loaded) >= 3:
        words = ", ".join(f"'{w}'" for w in loaded[:4]) or "'Opinion' in the title"
        if not meta.get("author") or meta.get("author") == "unsigned":
            return "editorial", f"argues without a byline (loaded words: {words})"
        return "opinion-column", f"signed and argues (loaded words: {words})"
    return "news-report", "no first person, official voice or loaded words found"


def _fill(path: Path, meta: dict, name: str, value: object, why: str) -> int:
    if meta.get(name) or field_comment(path, name).startswith("checked"):
        return 0
    set_field(path, name, value, f"{DRAFTED}: {why}; check it")
    meta[name] = value
    return 1


def _article_fields(article: Article) -> int:
    path, meta = article.path, article.meta
    filled = _fill(path, meta, "author", "unsigned", "no byline was found on the page")
    copy_kind = meta.get("kind") or None
    kind, why = guess_kind(article, copy_kind if meta.get("copy_of") else None)
    filled += _fill(path, meta, "kind", kind, why)
    kind = str(meta.get("kind") or kind)
    framing = FRAMING_OF_KIND.get(kind, "critic")
    filled += _fill(path, meta, "framing", framing, f"from its kind, {kind}")
    filled += _fill(
        path, meta, "stands_for", f"a {kind.replace('-', ' ')}", f"from its kind, {kind}"
    )
    where = ", ".join(str(meta[k]) for k in ("outlet", "date", "link") if meta.get(k))
    filled += _fill(
        path, meta, "modelled_on", where or "a real article", "from its outlet, date and link"
    )
    filled += _fill(path, meta, "composite", REAL, "it was imported from a saved page")
    return filled


def draft_front_matter(case: Case, files: list[Path]) -> Counter:
    """Fill the empty front-matter fields of every text, and the case's title and summary.

    >>> from medialit.case import load_case
    >>> draft_front_matter(load_case("kazakhstan-2022"), [])  # all filled in: nothing written
    Counter()
    """
    filled: Counter = Counter()
    for article in case.articles.values():
        count = _article_fields(article)
        if count:
            filled["front matter"] += count
            files.append(article.path)
    manifest = case.path / "case.yml"
    texts = list(case.articles.values())
    reports = [a for a in texts if a.meta.get("kind") == "news-report"] or texts
    if texts and (not case.title.strip() or case.title == case.path.name):
        first = reports[0]
        set_field(
            manifest,
            "title",
            str(first.meta.get("title") or first.id),
            f"{DRAFTED}: the headline of {first.id}; say what the case is about",
        )
        filled["case"] += 1
    if texts and not case.summary.strip():
        summary = " ".join(s.text for s in reports[0].sentences[:3])
        set_field(
            manifest,
            "summary",
            summary,
            f"{DRAFTED}: the first sentences of {reports[0].id}; rewrite for students",
        )
        filled["case"] += 1
    if filled["case"]:
        files.append(manifest)
    return filled
