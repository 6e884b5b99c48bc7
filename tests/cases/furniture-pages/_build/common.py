"""Shared helpers for the furniture-pages builder (written for the test collection)."""
import re
from html.parser import HTMLParser

SKIP = {"script", "style", "noscript", "template", "head", "svg", "iframe"}
BLOCK = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "br",
         "section", "article", "aside", "header", "footer", "nav", "figure",
         "figcaption", "blockquote", "table", "tr", "td", "th", "form", "main",
         "dl", "dt", "dd", "hr", "pre", "address", "body", "html", "option",
         "select", "textarea", "fieldset", "legend", "button", "label"}
VOID = {"br", "img", "input", "meta", "link", "hr", "source", "wbr", "area", "col", "embed", "param", "track"}


class _Vis(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP and tag not in VOID:
            self.skip += 1
        elif tag in BLOCK or tag == "img":
            self.out.append(" ")

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.out.append(" ")

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK:
            self.out.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def vis(html):
    """Visible text of an HTML fragment, entities decoded, whitespace collapsed."""
    p = _Vis()
    p.feed(html)
    p.close()
    return " ".join("".join(p.out).split())


TYPO_NUMERIC = {"\u2019": "&#8217;", "\u2018": "&#8216;", "\u201c": "&#8220;",
                "\u201d": "&#8221;", "\u2014": "&#8212;", "\u2013": "&#8211;",
                "\u2026": "&#8230;"}
TYPO_NAMED = {"\u2019": "&rsquo;", "\u2018": "&lsquo;", "\u201c": "&ldquo;",
              "\u201d": "&rdquo;", "\u2014": "&mdash;", "\u2013": "&ndash;",
              "\u2026": "&hellip;", "\u00a3": "&pound;", "\u00e9": "&eacute;"}


def esc(text, style="raw"):
    """Escape a text-with-inline-markup string for HTML. style: raw|numeric|named."""
    text = re.sub(r"&(?!#?\w+;)", "&amp;", text)
    table = {"numeric": TYPO_NUMERIC, "named": TYPO_NAMED}.get(style, {})
    for k, v in table.items():
        text = text.replace(k, v)
    return text


def attr(text):
    """Escape plain text for an attribute value."""
    return (text.replace("&", "&amp;").replace('"', "&quot;")
            .replace("<", "&lt;").replace(">", "&gt;"))


class Recorder:
    """Collects furniture pieces as a template renders them."""

    def __init__(self):
        self.items = []

    def __call__(self, kind, html):
        t = vis(html)
        if t:
            self.items.append({"text": t, "kind": kind})
            # position marker, removed by build.py after the page is assembled
            return f"\x00F{len(self.items) - 1}\x00" + html
        return html
