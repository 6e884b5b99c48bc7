"""A word-level diff of a text and its copy, for reading in a notebook or a terminal.

Markdown shows removed words struck through and added words in bold (not colour
alone, so it reads without colour); the plain-text twin uses wdiff's marks:
`[-removed-]{+added+}`. All text is escaped: nothing from a case is ever run.
"""

from __future__ import annotations

from medialit.compare import edits
from medialit.shown import Shown, escape_md
from medialit.text import Article, body_text


def word_diff(a: str | Article, b: str | Article) -> Shown:
    """B's text with every change from A marked: what was removed, what was put in.

    >>> d = word_diff("Security forces kept order.", "Safety powers kept order.")
    >>> print(d.text)
    [-Security-]{+Safety+} [-forces-]{+powers+} kept order.
    >>> d.markdown
    '~~Security~~ **Safety** ~~forces~~ **powers** kept order.'
    >>> print(word_diff("Troops arrived on Thursday morning.", "Troops arrived on Thursday."))
    Troops arrived on Thursday [-morning-].
    """
    tb = body_text(b)
    md, text, at = [], [], 0
    for e in edits(a, b):
        start, end = e.b_span
        md.append(escape_md(tb[at:start]))
        text.append(tb[at:start])
        if not e.to_text and start and not tb[start - 1].isspace():
            md.append(" ")  # a deletion sits where B has no space: give it one
            text.append(" ")
        marks_md = []
        if e.from_text:
            marks_md.append(f"~~{escape_md(e.from_text)}~~")
        if e.to_text:
            marks_md.append(f"**{escape_md(e.to_text)}**")
        md.append(" ".join(marks_md))
        text.append((f"[-{e.from_text}-]" if e.from_text else "")
                    + (f"{{+{e.to_text}+}}" if e.to_text else ""))
        at = end
    md.append(escape_md(tb[at:]))
    text.append(tb[at:])
    return Shown("".join(md), "".join(text))
