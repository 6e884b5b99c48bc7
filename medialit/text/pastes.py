"""Reading a page copied as text: its headline, the article, and what lay around it.

A paste has no markup, so the headline and the edges of the article are found from the
lines themselves (`data/lexicons/furniture.yml`: `ends_article`, `list_headings`,
`credit_lines`, `comment_lines`); every dropped line keeps its reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from medialit.text.cleaning import Removal, furniture_reason, menu_line
from medialit.text.lexicons import read_lexicon

ABOVE_HEADLINE = "above the headline (site name and menu)"
UNDER_HEADLINE = "between the headline and the text (byline, date, share bar)"
READER_COMMENTS = "reader comments"
BELOW_ARTICLE = "below the article"


@lru_cache(maxsize=1)
def _paste_words() -> tuple[frozenset[str], frozenset[str], re.Pattern]:
    """`ends_article`, `list_headings` and `credit_lines` of `data/lexicons/furniture.yml`."""
    spec = read_lexicon("furniture.yml")
    credits = "|".join(f"(?:{p})" for p in spec.get("credit_lines") or []) or "(?!)"
    return (
        frozenset(spec.get("ends_article") or []),
        frozenset(spec.get("list_headings") or []),
        re.compile(credits, re.I),
    )


_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")


@lru_cache(maxsize=1)
def _comment_line() -> re.Pattern:
    """A line above a reader's comment (`comment_lines` in `data/lexicons/furniture.yml`)."""
    lines = read_lexicon("furniture.yml").get("comment_lines") or ["(?!)"]
    return re.compile("|".join(f"(?:{p})" for p in lines), re.I)


@dataclass
class Layout:
    """A pasted page read as a page: its headline, the text, and what lay around it."""

    title: str | None
    paragraphs: list[str]
    removed: list[Removal] = field(default_factory=list)


def _words(paragraph: str) -> int:
    return paragraph.count(" ") + 1


def _short_line(paragraph: str) -> bool:
    """A menu item, a name, a label or a link's title: few words and no sentence end."""
    return _words(paragraph) <= 12 and not _SENTENCE_END.search(paragraph)


def _headline_like(paragraph: str, first: bool) -> bool:
    """A headline: three to thirty words, a capital (or a figure or a quote mark) first
    and no full stop at the end; the first line of a text needs no more than fifteen
    words and no end mark at all (a title line as the kit always read it)."""
    from medialit.text.pagemeta import clean_title

    if first:
        return (
            3 <= _words(paragraph) <= 15
            and not paragraph.endswith((".", "!", "?", '"', "”", ":"))
            and clean_title(paragraph) == paragraph
        )
    return (
        3 <= _words(paragraph) <= 30
        and (paragraph[0].isupper() or paragraph[0].isdigit() or paragraph[0] in "\"'“‘")
        and not paragraph.endswith((".", ":", ";", ","))
        and clean_title(paragraph) == paragraph
        and not menu_line(paragraph)
    )


def paste_layout(paragraphs: list[str]) -> Layout:
    """Find the headline of a page copied as text, and drop what lay above and below the
    article: the site's name and menu before the headline, short lines (a name, a label)
    between it and the first paragraph of prose, and, after the last one, a block that
    starts with a furniture line (everything below it: related titles, reader comments).
    Lines a furniture rule matches stay for `clean_paragraphs`, which removes them with
    that rule's reason. `title` is None when no line looks like a headline above the
    first paragraph of prose; then nothing is dropped.

    >>> from medialit.text.cleaning import clean_paragraphs
    >>> page = ["Skip to content", "Town News", "Home About Contact", "Bridge to close for a year",
    ...         "By Ann Lee", "The bridge will close in May, the council said on Tuesday.",
    ...         "Works will cost 4 million, paid by the county.", "Related", "Parking fees to rise"]
    >>> layout = paste_layout(page)
    >>> layout.title, len(clean_paragraphs(layout.paragraphs).paragraphs)
    ('Bridge to close for a year', 2)
    >>> [r.reason for r in layout.removed]
    ['above the headline (site name and menu)', 'byline', 'see-also stub']
    """
    count = len(paragraphs)
    last = max(count - 1, 1)
    reasons = [furniture_reason(p, i / last) for i, p in enumerate(paragraphs)]
    ends, lists, credit_line = _paste_words()
    credit = [bool(credit_line.match(p)) for p in paragraphs] + [False]
    prose = [
        reasons[i] is None
        and _words(p) >= 6
        and bool(_SENTENCE_END.search(p))
        and not (credit[i + 1] and _words(p) <= 20)  # a photo's caption above its credit
        for i, p in enumerate(paragraphs)
    ]
    if True not in prose:
        return Layout(None, paragraphs)
    first = prose.index(True)
    candidates = [  # a headline is nothing a rule for the top of a page would drop either
        i
        for i in range(first)
        if reasons[i] is None
        and furniture_reason(paragraphs[i], 0.0) is None
        and not credit[i + 1]
        and _headline_like(paragraphs[i], i == 0)
    ]
    if not candidates:
        return Layout(None, paragraphs)
    # the longest: a site's name and its tagline stand above the headline, and are shorter
    title = max(candidates, key=lambda i: (_words(paragraphs[i]), -i))
    drop: dict[int, str] = {}  # what a furniture rule matches is left to the rules
    for i in range(count - 1):  # a short line right above a photo credit is its caption
        if reasons[i] is None and _words(paragraphs[i]) <= 20 and credit[i + 1]:
            drop[i] = "photo caption"
    for i in range(first):
        if reasons[i] or i in drop or i == title:
            continue
        top = furniture_reason(paragraphs[i], 0.0)  # above the text is a page's top
        if top:
            drop[i] = top
        elif i < title:
            drop[i] = ABOVE_HEADLINE
        elif i > title and title > 0 and _short_line(paragraphs[i]) and _words(paragraphs[i]) <= 6:
            drop[i] = UNDER_HEADLINE  # a paste with a site above its headline: name, label
    # readers' comments: prose under a comment line (a commenter, a time) near the foot
    comments: set[int] = set()
    for i in range(first + 1, count):
        j = i
        while j > first and prose[j] and i - j < 4:
            j -= 1
        if prose[i] and j > first and j / last >= 0.5 and _comment_line().match(paragraphs[j]):
            comments.add(i)
    # the foot: above it, the last long paragraph of prose that is no comment; it starts at
    # the first line after that which ends an article (a share bar, tags, a comment form,
    # a copyright line...), if all that follows is furniture, comments and short lines
    # (a sentence no rule names might be the article's: then the rules alone decide)
    sentence = [  # a sentence of three words or more ("Pieter V." is a name)
        reasons[i] is None and _words(p) >= 3 and bool(_SENTENCE_END.search(p))
        for i, p in enumerate(paragraphs)
    ]
    i = count - 1
    while i > first and (not prose[i] or _words(paragraphs[i]) <= 12 or i in comments):
        i -= 1
    foot = count
    for k in range(i + 1, count):
        if reasons[k] in ends:
            if not any(sentence[n] and n not in comments for n in range(k + 1, count)):
                foot = k
            break
    anchor = None
    for k in range(foot, count):
        if k in comments:
            drop[k] = READER_COMMENTS
        elif reasons[k]:
            anchor = reasons[k]
        else:  # the titles under "Related", "Most read" or "Articles by ..." share its reason
            drop[k] = anchor if anchor in lists else BELOW_ARTICLE
    kept = [p for k, p in enumerate(paragraphs) if k != title and k not in drop]
    removed = [Removal(paragraphs[k], drop[k]) for k in sorted(drop)]
    return Layout(paragraphs[title], kept, removed)
