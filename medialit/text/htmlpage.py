"""A saved web page to a title, metadata and paragraphs of plain text (standard library only).

The page is read into a tree of elements. Elements that are page furniture by their
markup (a tag such as <nav> or <footer>, or a word of their class or id listed in
`data/lexicons/furniture-markup.yml`) are set aside, each with its reason. The article's
main text is then the element that holds most of the page's prose: starting from <body>,
the reader steps into the one child that holds at least `DESCEND` of the prose below it
(prose = blocks of five words or more that are not mostly link text), and stops where the
prose is spread over several children. Text outside that element is reported as removed,
with the reason a furniture rule gives it, else "outside the article". Copies of the
headline are taken out of the text and reported too.
"""

from __future__ import annotations

import json
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
    "param",
    "source",
    "track",
    "wbr",
}
# A <p> cannot hold these: a browser closes the paragraph when one starts.
_CLOSES_P = (_BLOCK - {"br", "dd", "dt", "li", "td", "th", "tr", "body"}) | {"form", "nav", "aside"}
# Items that close an open item of their kind, up to the list or table that holds them.
_ITEM_SCOPE = {"li": {"ul", "ol"}, "dt": {"dl"}, "dd": {"dl"}, "tr": {"table"}, "td": {"tr"}}
_ITEM_SCOPE["th"] = _ITEM_SCOPE["td"]
_SIBLING_ITEMS = {"li": {"li"}, "dt": {"dt", "dd"}, "dd": {"dt", "dd"}, "tr": {"tr"}}
_SIBLING_ITEMS["td"] = _SIBLING_ITEMS["th"] = {"td", "th"}
_SPACE = re.compile(r"\s+")
_NEVER_MARKED = {"html", "body", "main", "article"}

DESCEND = 0.75  # step into a child that holds at least this share of the prose below
PROSE_WORDS = 5  # a block with fewer words is not prose (a label, a button, a menu item)
OUTSIDE = "outside the article"


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
    """What a saved page holds: its title, metadata, body paragraphs and dropped furniture.

    `headlines` are further copies of the title taken out of the text (the first is the
    title itself: a breadcrumb or a headline stranded at the foot); `facts` holds what the
    page says about itself (canonical link, JSON-LD, <time> elements, every visible line
    in order) for `medialit.text.pagemeta`.
    """

    title: str = ""
    meta: dict = field(default_factory=dict)
    paragraphs: list[str] = field(default_factory=list)
    removed: list[tuple[str, str]] = field(default_factory=list)
    headlines: list[str] = field(default_factory=list)
    facts: dict = field(default_factory=dict)


class _Node:
    __slots__ = ("attrs", "blocks", "children", "mark", "own", "parent", "prose", "tag", "total")

    def __init__(self, tag: str, attrs: dict, parent: _Node | None) -> None:
        self.tag = tag
        self.attrs = attrs
        self.parent = parent
        self.children: list = []  # _Node or str
        self.mark: str | None = None  # furniture reason by markup
        self.own = 0.0  # prose weight of the blocks this element owns
        self.blocks = 0  # prose blocks in its subtree
        self.total = 0.0  # prose weight of its subtree
        self.prose = 0.0  # the same, leaving out subtrees that are furniture


class _TreeBuilder(HTMLParser):
    """An element tree, built leniently: stray closing tags are ignored, unclosed ones
    close with their parent, and <p>, <li>, <td> close the way a browser closes them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Node("#root", {}, None)
        self.nodes: list[_Node] = [self.root]  # in document order: parents before children
        self.stack: list[_Node] = [self.root]
        self.open: dict[str, int] = {}  # how many elements of each tag are open
        self.skip_depth = 0
        self.in_title = False
        self.title_parts: list[str] = []
        self.meta: dict[str, str] = {}
        self.links: dict[str, str] = {}
        self.json_ld: list[str] = []
        self.script_type = ""
        self.script_parts: list[str] = []

    def _push(self, node: _Node) -> None:
        self.stack.append(node)
        self.open[node.tag] = self.open.get(node.tag, 0) + 1

    def _pop(self) -> _Node:
        node = self.stack.pop()
        self.open[node.tag] -= 1
        if node.tag in _SKIP:
            self.skip_depth -= 1
            if node.tag == "script" and "ld+json" in self.script_type:
                self.json_ld.append("".join(self.script_parts))
            self.script_parts = []
        elif node.tag == "title":
            self.in_title = False
        return node

    def _close_implied(self, tag: str) -> None:
        top = self.stack[-1]
        if top.tag == "p" and (tag in _CLOSES_P):
            self._pop()
            return
        siblings = _SIBLING_ITEMS.get(tag)
        if siblings and any(self.open.get(s) for s in siblings):
            scope = _ITEM_SCOPE[tag]
            for depth in range(len(self.stack) - 1, 0, -1):
                name = self.stack[depth].tag
                if name in scope:
                    return
                if name in siblings:
                    while len(self.stack) > depth:
                        self._pop()
                    return

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: (v or "") for k, v in attrs}
        if tag == "meta":
            key = a.get("name") or a.get("property") or a.get("itemprop")
            if key and a.get("content"):
                self.meta.setdefault(key.lower(), a["content"].strip())
                if key.lower() != "article:tag":
                    self.meta[key.lower()] = a["content"].strip()
            return
        if tag == "link":
            for rel in a.get("rel", "").lower().split():
                if a.get("href"):
                    self.links.setdefault(rel, a["href"].strip())
            return
        if self.skip_depth:
            node = _Node(tag, a, None)  # inside a script or form control: never text
            if tag not in _VOID:
                self._push(node)
                if tag in _SKIP:
                    self.skip_depth += 1
            return
        if tag not in _VOID:
            self._close_implied(tag)
        parent = self.stack[-1]
        node = _Node(tag, a, parent)
        parent.children.append(node)
        self.nodes.append(node)
        if tag in _VOID:
            return
        self._push(node)
        if tag in _SKIP:
            self.skip_depth += 1
            self.script_type = a.get("type", "").lower() if tag == "script" else ""
        elif tag == "title":
            self.in_title = True

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID and self.stack[-1].tag == tag:
            self._pop()

    def handle_endtag(self, tag: str) -> None:
        if not self.open.get(tag):
            return  # a stray closing tag
        while len(self.stack) > 1:
            if self._pop().tag == tag:
                break

    def handle_data(self, data: str) -> None:
        if self.skip_depth:
            if self.script_type and "ld+json" in self.script_type:
                self.script_parts.append(data)
            return
        if self.in_title:
            self.title_parts.append(data)
            return
        if self.open.get("head") and not self.open.get("body"):
            return
        self.stack[-1].children.append(data)

    def close(self) -> None:
        super().close()
        while len(self.stack) > 1:
            self._pop()


@dataclass
class _Block:
    text: str
    owner: _Node
    links: int  # characters of link text
    heading: str = ""  # h1..h6 when the block is a heading


def _blocks(root: _Node) -> list[_Block]:
    """The page's text as blocks, in reading order: a block ends at every block-level tag
    and at the edges of every element marked as furniture."""
    blocks: list[_Block] = []
    buffer: list[str] = []
    link_chars = 0
    in_link = 0
    headings: list[str] = []
    path: list[_Node] = []

    def flush() -> None:
        nonlocal buffer, link_chars
        text = _SPACE.sub(" ", "".join(buffer)).strip()
        if text:
            heading = next((h for h in reversed(headings)), "")
            blocks.append(_Block(text, path[-1], min(link_chars, len(text)), heading))
        buffer, link_chars = [], 0

    work: list = [(root, False)]
    while work:
        item, leaving = work.pop()
        if isinstance(item, str):
            buffer.append(item)
            if in_link:
                link_chars += len(_SPACE.sub(" ", item).strip())
            continue
        node = item
        boundary = node.tag in _BLOCK or node.mark is not None or node.tag == "hr"
        if leaving:
            if boundary:
                flush()
            if node.tag == "a":
                in_link -= 1
            if node.tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
                headings.pop()
            path.pop()
            continue
        if node.tag in _VOID and node.tag not in ("br", "hr"):
            continue
        if boundary:
            flush()
        if node.tag in _VOID:
            continue
        path.append(node)
        if node.tag == "a":
            in_link += 1
        if node.tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            headings.append(node.tag)
        work.append((node, True))
        work.extend((child, False) for child in reversed(node.children))
    path.append(root)
    flush()
    return blocks


def _weight(block: _Block, position: float) -> float:
    """How much a block counts as the article's prose: its words, if it has enough, is not
    mostly link text and no furniture rule (`data/lexicons/furniture.yml`) matches it."""
    from medialit.text.cleaning import furniture_reason

    words = block.text.count(" ") + 1
    if words < PROSE_WORDS or block.links * 2 > len(block.text):
        return 0.0
    if furniture_reason(block.text, position):
        return 0.0
    return float(words)


def _mark(builder: _TreeBuilder) -> None:
    """Mark furniture elements by tag and markup (an element holding most of the page's
    prose is never furniture, whatever its class says)."""
    for node in builder.nodes[1:]:
        tag = node.tag
        if tag in _SKIP:
            continue
        reason = _FURNITURE.get(tag) or markup_reason(tag, node.attrs)
        if reason is None and tag == "header" and not _inside(node, ("article", "main")):
            reason = "site header"  # a <header> outside the article is the masthead
        node.mark = reason


def _inside(node: _Node, tags: tuple[str, ...]) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.tag in tags:
            return True
        parent = parent.parent
    return False


def _main_element(builder: _TreeBuilder, blocks: list[_Block]) -> _Node:
    """The element that holds the article's text (see the module's docstring)."""
    nodes = builder.nodes
    last = max(len(blocks) - 1, 1)
    for index, block in enumerate(blocks):
        weight = _weight(block, index / last)
        block.owner.own += weight
        block.owner.blocks += weight > 0
    for node in nodes:
        node.total = node.prose = node.own
    for node in reversed(nodes[1:]):  # children before parents
        parent = node.parent
        parent.total += node.total
        parent.blocks += node.blocks
    whole = builder.root.total
    for node in nodes[1:]:
        if node.mark and node.total * 2 >= whole > 0:
            node.mark = None  # it holds the article, whatever its markup says
    for node in reversed(nodes[1:]):
        if not node.mark:
            node.parent.prose += node.prose
    body = next((n for n in nodes if n.tag == "body"), builder.root)
    if body.prose <= 0:
        return body
    here = body
    while True:
        children = [c for c in here.children if isinstance(c, _Node) and not c.mark]
        best = max(children, key=lambda c: c.prose, default=None)
        if best is None or best.prose < DESCEND * here.prose or best.blocks < 2:
            return here
        here = best


def _json_ld(texts: list[str]) -> list:
    found = []
    for text in texts:
        try:
            found.append(json.loads(text))
        except ValueError:
            continue
    return found


def _times(builder: _TreeBuilder) -> list[dict]:
    """Every <time datetime> (and itemprop=datePublished) with the words around it."""
    out = []
    for node in builder.nodes:
        published = node.attrs.get("itemprop", "") == "datePublished"
        stamp = node.attrs.get("datetime") or (
            (node.attrs.get("content") or node.attrs.get("title")) if published else ""
        )
        if not stamp:
            continue
        classes = " ".join(
            n.attrs.get("class", "") + " " + n.attrs.get("itemprop", "")
            for n in (node, node.parent)
            if n is not None
        ).lower()
        label = ""
        parent = node.parent
        if parent is not None:
            at = next((i for i, c in enumerate(parent.children) if c is node), 0)
            before = [c for c in parent.children[:at] if isinstance(c, str)]
            before += [_text_of(c) for c in parent.children[:at] if isinstance(c, _Node)]
            label = " ".join(before)[-40:]
        out.append({"datetime": stamp.strip(), "classes": classes, "label": label.lower()})
    return out


def _text_of(node: _Node) -> str:
    parts: list[str] = []
    work: list = [node]
    while work:
        item = work.pop()
        if isinstance(item, str):
            parts.append(item)
        elif item.tag not in _SKIP:
            work.extend(reversed(item.children))
    return _SPACE.sub(" ", " ".join(parts)).strip()


def _same(a: str, b: str) -> bool:
    return _SPACE.sub(" ", a).strip().casefold() == _SPACE.sub(" ", b).strip().casefold()


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
    forms are dropped and reported in `removed`; so is text outside the element that
    holds the article. The headline becomes the title (its copies go to `headlines`).

    >>> page = html_page("<title>X | Site</title><h1>Big news</h1><p>It rained.</p><nav>Home</nav>")
    >>> page.title, page.paragraphs, page.removed
    ('Big news', ['It rained.'], [('Home', 'site navigation')])
    """
    from medialit.text.cleaning import furniture_reason
    from medialit.text.pagemeta import choose_title

    builder = _TreeBuilder()
    builder.feed(_inert_tail(html))
    builder.close()
    _mark(builder)
    blocks = _blocks(builder.root)
    main = _main_element(builder, blocks)
    page = Page(meta=builder.meta)
    title_tag = _SPACE.sub(" ", "".join(builder.title_parts)).strip()
    json_ld = _json_ld(builder.json_ld)
    headings = [(b.heading, b.text) for b in blocks if b.heading]
    page.title, title_from = choose_title(builder.meta, json_ld, title_tag, headings)

    # Which furniture element (the outermost) and whether the main element holds each node.
    furniture: dict[int, _Node | None] = {id(builder.root): None}
    inside: dict[int, bool] = {id(builder.root): main is builder.root}
    for node in builder.nodes[1:]:
        outer = furniture[id(node.parent)]
        furniture[id(node)] = outer or (node if node.mark else None)
        inside[id(node)] = node is main or inside[id(node.parent)]

    lines = []  # every block, for pagemeta: (text, "text", "headline", "outside", "furniture")
    group: _Node | str | None = None
    pieces: list[str] = []

    def close_group() -> None:
        nonlocal group, pieces
        if group is not None and pieces:
            reason = group.mark if isinstance(group, _Node) else group
            page.removed.append((" ".join(pieces), reason))
        group, pieces = None, []

    seen_headline = False
    # where a block outside the article stands, for the rules kept to a page's top or foot
    text_at = [
        i for i, b in enumerate(blocks) if inside[id(b.owner)] and furniture[id(b.owner)] is None
    ]
    first_text, last_text = (text_at[0], text_at[-1]) if text_at else (0, len(blocks))
    for index, block in enumerate(blocks):
        outer = furniture[id(block.owner)]
        headline = bool(page.title) and _same(block.text, page.title)
        if outer is not None:
            where: _Node | str = outer
        elif headline:
            where = "headline"
        elif inside[id(block.owner)]:
            where = "text"
        else:
            position = 0.0 if index < first_text else 1.0 if index > last_text else 0.5
            where = furniture_reason(block.text, position) or OUTSIDE
        kind = "furniture" if outer is not None else "outside"
        lines.append((block.text, where if where in ("text", "headline") else kind))
        if where == "headline":
            close_group()
            if seen_headline:  # the first copy is the title itself; others are removed
                page.headlines.append(block.text)
            seen_headline = True
        elif where == "text":
            close_group()
            page.paragraphs.append(block.text)
        else:
            if not (where is group or (isinstance(where, str) and where == group)):
                close_group()
                group = where
            pieces.append(block.text)
    close_group()
    page.facts = {
        "title_from": title_from,
        "title_tag": title_tag,
        "canonical": builder.links.get("canonical", ""),
        "json_ld": json_ld,
        "times": _times(builder),
        "lines": lines,
        "headings": headings,
    }
    return page
