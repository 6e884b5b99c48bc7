"""Markdown and plain text to paragraphs of plain text."""

from __future__ import annotations

import re

_LIST_ITEM = re.compile(r"^\s{0,3}(?:[-*+]|\d{1,3}[.)])\s+")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+|\s+#+\s*$")
_QUOTE = re.compile(r"^\s{0,3}>\s?")
_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
# Every pattern stops at the next mark of its kind, so a text full of unclosed marks
# ("[[[[", "*a *a *a") costs linear time, not minutes: no span runs across a "[", a
# "*" or a "_" of its own kind, and a link's address has no spaces (a title in quotes may
# follow it).
_IMAGE = re.compile(r"!\[([^\[\]]*)\]\([^()\s]*(?:\s+\"[^\"]*\")?\)")
_LINK = re.compile(r"\[([^\[\]]+)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"]*\")?\)")
_REF_LINK = re.compile(r"\[([^\[\]]+)\]\[[^\[\]]*\]")
_EMPHASIS = re.compile(
    r"(\*\*|\*)(?=[^\s*])([^*]+?)(?<=\S)\1|(?<!\w)(__|_)(?=[^\s_])([^_]+?)(?<=\S)\3(?!\w)"
)
_CODE = re.compile(r"`([^`]+)`")
_SPACE = re.compile(r"\s+")


def strip_comments(text: str) -> str:
    """Remove `<!-- ... -->` comments; one left open is kept as text (linear time).

    >>> strip_comments("a<!-- note -->b <!-- open")
    'ab <!-- open'
    """
    pieces, at = [], 0
    while (start := text.find("<!--", at)) >= 0:
        end = text.find("-->", start + 4)
        if end < 0:
            break
        pieces.append(text[at:start])
        at = end + 3
    pieces.append(text[at:])
    return "".join(pieces)


def _inline(text: str) -> str:
    # each pattern runs only when its mark is present: most sentences have none
    if "[" in text:
        text = _IMAGE.sub(r"\1", text)
        text = _LINK.sub(r"\1", text)
        text = _REF_LINK.sub(r"\1", text)
    if "`" in text:
        text = _CODE.sub(r"\1", text)
    if "*" in text or "_" in text:
        for _ in range(2):  # bold inside italics and the reverse
            text = _EMPHASIS.sub(lambda m: m.group(2) or m.group(4), text)
    return _SPACE.sub(" ", text).strip()


def markdown_paragraphs(body: str) -> list[str]:
    """The paragraphs of a Markdown body as plain text, in order.

    Headings, list items and quotes become paragraphs of their own; links keep
    their words; emphasis marks go.

    >>> markdown_paragraphs("# Title\\n\\nSome *very* [good](https://x.example) news.\\n\\n- one")
    ['Title', 'Some very good news.', 'one']
    """
    body = strip_comments(body.replace("\r\n", "\n").replace("\r", "\n"))
    paragraphs: list[str] = []
    for block in re.split(r"\n[ \t]*\n", body):
        lines = [line for line in block.split("\n") if line.strip()]
        if not lines:
            continue
        if all(_LIST_ITEM.match(line) for line in lines) or all(
            _HEADING.match(line) for line in lines
        ):
            pieces = lines  # each list item or heading is its own paragraph
        else:
            pieces = [" ".join(lines)]
        for piece in pieces:
            if _RULE.match(piece):
                continue
            if "#" in piece:
                piece = _HEADING.sub("", piece)
            if ">" in piece:
                piece = _QUOTE.sub("", piece)
            piece = _LIST_ITEM.sub("", piece)
            if ">" in piece:  # a quote inside a quote, or one in a joined line
                piece = " ".join(_QUOTE.sub("", part) for part in piece.split(" > "))
            text = _inline(piece)
            if text:
                paragraphs.append(text)
    return paragraphs


UNWRAPPED = 150  # a line this long was not wrapped by hand: each line is a paragraph


def text_paragraphs(text: str) -> list[str]:
    """The paragraphs of a plain-text file: blocks between blank lines.

    A file with no blank lines at all (text copied from a web page often comes
    that way) is read as one paragraph per line, and so is a file whose paragraphs
    run on one long line each (at least two lines over `UNWRAPPED` characters): its
    short lines are menu items, labels and buttons, not a paragraph wrapped by hand.

    >>> text_paragraphs("One line\\nwrapped.\\n\\nSecond paragraph.")
    ['One line wrapped.', 'Second paragraph.']
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    blocks = re.split(r"\n[ \t]*\n", text)
    if (len(blocks) == 1 and text.count("\n") >= 2) or _unwrapped(text):
        blocks = text.split("\n")
    paragraphs = (_SPACE.sub(" ", block).strip() for block in blocks)
    return [p for p in paragraphs if p]


def _unwrapped(text: str) -> bool:
    """Whether paragraphs in `text` run on one line each: two lines over `UNWRAPPED`
    characters, and a block of several lines somewhere (else nothing would change)."""
    if "\n" not in text:
        return False
    long_lines = 0
    for line in text.split("\n"):
        if len(line) > UNWRAPPED:
            long_lines += 1
            if long_lines >= 2:
                return re.search(r"\S[ \t]*\n[ \t]*\S", text) is not None
    return False
