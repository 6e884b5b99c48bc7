"""A saved web page to a title and paragraphs of plain text (standard library only)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from html.parser import HTMLParser

from medialit.text.lexicons import lexicon_path, read_lexicon

# Never text: code, styling and embedded objects.
_SKIP = {
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "iframe",
    "object",
    "canvas",
    "select",
    "option",
    "button",
    "textarea",
}
# Page furniture by its markup: dropped, and reported with this reason.
_FURNITURE = {"nav": "site navigation", "footer": "page footer", "aside": "sidebar", "form": "form"}
_BLOCK = {
    "address",
    "article",
    "blockquote",
    "br",
    "dd",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "td",
    "th",
    "tr",
    "ul",
    "body",
}
_VOID = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "source",
    "track",
    "wbr",
}
_SPACE = re.compile(r"\s+")
_NEVER_MARKED = {"html", "body", "main", "article"}


@lru_cache(maxsize=1)
def _markup_rules() -> tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]:
    """Furniture by tag, class or id words, from `data/lexicons/furniture-markup.yml`."""
    path = lexicon_path("furniture-markup.yml")
    if not path.is_file():
        return ()
    spec = read_lexicon(path) or {}
    return tuple(
        (str(reason), tuple(tuple(str(w).lower().split("-")) for w in words))
        for reason, words in spec.items()
    )


def markup_reason(tag: str, attrs: dict) -> str | None:
    """Why an element is page furniture, judged by its tag, class and id; None if it is not.

    >>> markup_reason("div", {"class": "cookie-banner"}), markup_reason("div", {"id": "scooter"})
    ('cookie notice', None)
    """
    if tag in _NEVER_MARKED:
        return None
    names = [tag, *(attrs.get("class") or "").split(), attrs.get("id") or ""]
    word_lists = [re.split(r"[-_]+", n.lower()) for n in names if n]
    for reason, patterns in _markup_rules():
        for pattern in patterns:
            size = len(pattern)
            for words in word_lists:
                if any(tuple(words[i : i + size]) == pattern for i in range(len(words))):
                    return reason
    return None


@dataclass
class Page:
    """What a saved page holds: its title, metadata, body paragraphs and dropped furniture."""

    title: str = ""
    meta: dict = field(default_factory=dict)
    paragraphs: list[str] = field(default_factory=list)
    removed: list[tuple[str, str]] = field(default_factory=list)


class _Extractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = Page()
        self.stack: list[str] = []
        self.skip_depth = 0
        self.furniture: list[tuple[str, list[str]]] = []  # (reason, text pieces) per open element
        self.buffer: list[str] = []
        self.in_title = False
        self.title_parts: list[str] = []
        self.h1: str | None = None
        self.h1_parts: list[str] | None = None
        self.marked: list[int] = []  # stack depths of elements dropped for their markup

    # -- helpers
    def _flush(self) -> None:
        text = _SPACE.sub(" ", "".join(self.buffer)).strip()
        self.buffer = []
        if not text:
            return
        if self.furniture:
            self.furniture[-1][1].append(text)
        else:
            self.page.paragraphs.append(text)

    # -- parser callbacks
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "meta":
            a = {k: (v or "") for k, v in attrs}
            key = a.get("name") or a.get("property")
            if key and a.get("content"):
                self.page.meta[key.lower()] = a["content"].strip()
            return
        if tag in _VOID:
            if tag in _BLOCK:
                self._flush()
            return
        self.stack.append(tag)
        marked = None
        if tag not in _SKIP and tag not in _FURNITURE and not self.skip_depth:
            marked = markup_reason(tag, {k: (v or "") for k, v in attrs})
        if marked:
            self._flush()
            self.furniture.append((marked, []))
            self.marked.append(len(self.stack))
        elif tag in _SKIP:
            self.skip_depth += 1
        elif tag == "title":
            self.in_title = True
        elif tag in _FURNITURE or (tag == "header" and not {"article", "main"} & set(self.stack)):
            # a <header> outside the article is the site's masthead, not the story
            self._flush()
            self.furniture.append((_FURNITURE.get(tag, "site header"), []))
        elif tag in _BLOCK:
            self._flush()
            if tag == "h1" and self.h1 is None:
                self.h1_parts = []

    def handle_endtag(self, tag: str) -> None:
        if tag not in self.stack:
            return  # a stray closing tag
        while self.stack:
            open_tag = self.stack.pop()
            self._close(open_tag)
            if open_tag == tag:
                break

    def _close(self, tag: str) -> None:
        if self.marked and self.marked[-1] == len(self.stack) + 1:
            self.marked.pop()
            self._end_furniture()
        elif tag in _SKIP:
            self.skip_depth -= 1
        elif tag == "title":
            self.in_title = False
        elif tag in _FURNITURE or (
            tag == "header" and self.furniture and self.furniture[-1][0] == "site header"
        ):
            self._end_furniture()
        elif tag in _BLOCK:
            if tag == "h1" and self.h1_parts is not None:
                self.h1 = _SPACE.sub(" ", "".join(self.h1_parts)).strip()
                self.h1_parts = None
            self._flush()

    def _end_furniture(self) -> None:
        self._flush()
        reason, pieces = self.furniture.pop()
        text = " ".join(pieces).strip()
        if text:
            if self.furniture:
                self.furniture[-1][1].append(text)
            else:
                self.page.removed.append((text, reason))

    def handle_data(self, data: str) -> None:
        if self.skip_depth:
            return
        if self.in_title:
            self.title_parts.append(data)
            return
        if "head" in self.stack and "body" not in self.stack:
            return
        if self.h1_parts is not None:
            self.h1_parts.append(data)
        self.buffer.append(data)

    def close(self) -> None:
        super().close()
        while self.stack:
            self._close(self.stack.pop())
        self._flush()


def _inert_tail(html: str) -> str:
    """Escape every `<` after the last `>`: no tag can close there, and Python's parser
    takes quadratic time over unclosed tags and comments (CVE-2025-6069; fixed in the 2025
    security releases, not in every Python a school runs).

    >>> _inert_tail("<p>ok</p><a <a <!-- x")
    '<p>ok</p>&lt;a &lt;a &lt;!-- x'
    """
    last = html.rfind(">")
    tail = html[last + 1 :]
    return html[: last + 1] + tail.replace("<", "&lt;") if "<" in tail else html


def html_page(html: str) -> Page:
    """Extract the title, metadata and paragraphs of a saved web page.

    Scripts and styles are dropped unread; navigation, footers, sidebars and
    forms are dropped and reported in `removed`. The headline becomes the title.

    >>> page = html_page("<title>X | Site</title><h1>Big news</h1><p>It rained.</p><nav>Home</nav>")
    >>> page.title, page.paragraphs, page.removed
    ('Big news', ['It rained.'], [('Home', 'site navigation')])
    """
    parser = _Extractor()
    parser.feed(_inert_tail(html))
    parser.close()
    page = parser.page
    meta = page.meta
    title_tag = _SPACE.sub(" ", "".join(parser.title_parts)).strip()
    page.title = meta.get("og:title") or parser.h1 or title_tag
    if page.paragraphs and page.title and page.paragraphs[0] == page.title:
        page.paragraphs.pop(0)
    return page
