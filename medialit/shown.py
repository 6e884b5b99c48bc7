"""Showing text safely in notebooks: everything from a case is escaped, never run.

A `Shown` object carries Markdown for JupyterLab and exported HTML, and the same
content as plain text for screen readers, terminals and text exports.
"""

from __future__ import annotations

import datetime as dt
import html
import re

_MD_SPECIAL = re.compile(r"([\\`*_\[\]{}|#~])")


def escape_md(text: str) -> str:
    """Text made inert inside Markdown: HTML is escaped and Markdown marks lose their power.

    >>> escape_md('<img src=x onerror=alert(1)> *bold*')
    '&lt;img src=x onerror=alert(1)&gt; \\\\*bold\\\\*'
    """
    return _MD_SPECIAL.sub(r"\\\1", html.escape(str(text), quote=False))


def escape_html(text: str) -> str:
    """Text made inert inside HTML.

    >>> escape_html('<script>alert("x")</script>')
    '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'
    """
    return html.escape(str(text), quote=True)


class Shown:
    """Something to display: Markdown plus a plain-text twin.

    >>> Shown("**Hi**", "Hi")
    Hi
    """

    def __init__(self, markdown: str, text: str):
        self.markdown = markdown
        self.text = text

    def _repr_markdown_(self) -> str:
        return self.markdown

    def __repr__(self) -> str:
        return self.text

    def __str__(self) -> str:
        return self.text


def plain(markdown: str) -> str:
    """A rough plain-text version of the kit's own Markdown (for the text twin).

    >>> plain("**Right.** See \\\\*this\\\\* &amp; `that`")
    'Right. See *this* & that'
    """
    text = re.sub(r"\*\*(.+?)\*\*", r"\1", markdown)
    text = re.sub(r"(?<![\\\w])\*(?!\s)(.+?)(?<![\s\\])\*(?!\w)", r"\1", text)
    text = re.sub(r"^#+\s*", "", text, flags=re.M)
    text = re.sub(r"(?<!\\)`([^`]+?)(?<!\\)`", r"\1", text)
    text = re.sub(r"\\([\\`*_\[\]{}|#~])", r"\1", text)
    return html.unescape(text)


def shown(markdown: str) -> Shown:
    """A `Shown` whose text twin is derived from the Markdown.

    >>> print(shown("### Title\\n**Key:** bare"))
    Title
    Key: bare
    """
    return Shown(markdown, plain(markdown))


def nice_date(value: object) -> str:
    """A date as people write it: `5 Jan 2022`; anything else unchanged.

    >>> nice_date("2022-01-05"), nice_date("2022")
    ('5 Jan 2022', '2022')
    """
    try:
        day = value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))
    except ValueError:
        return str(value)
    return f"{day.day} {day:%b %Y}"


def format_number(number: float, digits: int = 3) -> str:
    """A number as people read it: thousands separated, whole numbers without decimals,
    anything else to `digits` significant digits.

    >>> format_number(2500.0), format_number(4.25), format_number(1 / 3)
    ('2,500', '4.25', '0.333')
    >>> format_number(1234.5, digits=10)
    '1,234.5'
    """
    if float(number).is_integer():
        return f"{number:,.0f}"
    return f"{number:,.{digits}g}"
