"""Loading articles: Markdown with front matter, plain text or saved web pages."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from medialit.errors import MedialitError
from medialit.text.cleaning import Removal, Repeat, clean_paragraphs
from medialit.text.files import SUPPORTED, read_text
from medialit.text.frontmatter import split_front_matter
from medialit.text.htmlpage import html_page
from medialit.text.markdown import markdown_paragraphs, text_paragraphs
from medialit.text.mojibake import Repair, repair_mojibake
from medialit.text.pagemeta import html_metadata, text_metadata
from medialit.text.pastes import paste_layout
from medialit.text.sentences import Sentence, split_sentences


@dataclass
class Article:
    """One cleaned text: its metadata, body paragraphs, and what cleaning changed."""

    id: str
    path: Path
    meta: dict
    title: str
    paragraphs: list[str]
    removed: list[Removal] = field(default_factory=list)
    repeated: list[Repeat] = field(default_factory=list)
    repaired: list[Repair] = field(default_factory=list)
    found_in: dict = field(default_factory=dict)  # metadata field -> where the page said it

    @property
    def text(self) -> str:
        """The cleaned body, paragraphs separated by a blank line."""
        return "\n\n".join(self.paragraphs)

    @cached_property
    def sentences(self) -> list[Sentence]:
        """The body's sentences, with ids that survive edits elsewhere in the text."""
        return split_sentences(self.paragraphs, self.id)

    @property
    def word_count(self) -> int:
        """Words in the cleaned body."""
        return sum(len(p.split()) for p in self.paragraphs)

    def sentences_with(self, quote: str) -> list[Sentence]:
        """The sentences that contain `quote` exactly.

        >>> art = article_from_text("Prices doubled. Protests began.", "demo")
        >>> [s.text for s in art.sentences_with("began")]
        ['Protests began.']
        """
        return [s for s in self.sentences if quote in s.text]

    def sentence_with(self, quote: str) -> Sentence:
        """The one sentence that contains `quote`; a one-line error says how to fix the quote.

        >>> art = article_from_text("Prices doubled. Protests began.", "demo")
        >>> art.sentence_with("doubled").text
        'Prices doubled.'
        >>> art.sentence_with("Pr")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        medialit.errors.MedialitError: 'Pr' is in 2 sentences of demo; quote more words ...
        """
        matches = self.sentences_with(quote)
        if len(matches) != 1:
            fix = (
                "copy the words exactly from one sentence of the text"
                if not matches
                else "quote more words so that only one sentence matches"
            )
            raise MedialitError(f"'{quote}' is in {len(matches)} sentences of {self.id}; {fix}")
        return matches[0]


def slug(name: str) -> str:
    """A file name turned into an id: lower case, words joined by hyphens.

    >>> slug("My Saved Page (2)")
    'my-saved-page-2'
    """
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "article"


def display_path(path: Path) -> str:
    """`path` relative to the working folder when it is inside it, for short messages.

    >>> display_path(Path.cwd() / "notes" / "a.md")
    'notes/a.md'
    """
    folder, name = os.path.split(os.fspath(path))
    relative = _relative_folder(folder, os.getcwd())  # one relpath per folder, not per file
    if not name:
        return relative
    return name if relative == "." else os.path.join(relative, name)


@lru_cache(maxsize=64)
def _relative_folder(folder: str, cwd: str) -> str:
    try:
        return os.path.relpath(folder or ".", cwd)
    except ValueError:  # another drive on Windows
        return folder


def _title_line(paragraphs: list[str]) -> str | None:
    """The first paragraph of a plain-text file when it looks like a headline."""
    if paragraphs:
        first = paragraphs[0]
        if len(first.split()) <= 15 and not first.endswith((".", "!", "?", '"', "”", ":")):
            return first
    return None


def _build(
    paragraphs: list[str],
    meta: dict,
    title: str,
    path: Path,
    pre_removed: list = (),
) -> Article:
    cleaned = clean_paragraphs(paragraphs)
    removed = [r if isinstance(r, Removal) else Removal(*r) for r in pre_removed]
    removed += cleaned.removed
    doc_id = str(meta.get("id") or slug(path.stem))
    return Article(doc_id, path, meta, title, cleaned.paragraphs, removed, cleaned.repeated)


def article_from_text(text: str, name: str, suffix: str = ".md") -> Article:
    """An article from text in memory; `suffix` is its file type when `name` has none.

    A Markdown body that opens with a `# Heading` and has no `title:` field takes
    the heading as its title.

    >>> article_from_text("---\\nid: t\\n---\\n# Big news\\n\\nOne. Two.", "demo").title
    'Big news'
    """
    path = Path(name if Path(name).suffix else name + suffix)
    source = display_path(path)
    kind = path.suffix.lower()
    if kind in (".html", ".htm"):
        page = html_page(text)
        meta, found = html_metadata(page)
        meta.pop("title", None)
        removed = [*page.removed, *((text, "headline") for text in page.headlines)]
        article = _build(page.paragraphs, meta, page.title or path.stem, path, removed)
        article.found_in = found
        return article
    meta, body = split_front_matter(text, source)
    if kind == ".txt":
        paragraphs = text_paragraphs(body)
        layout = None if meta.get("title") else paste_layout(paragraphs)
        if layout is not None and layout.title is not None:
            fields, found = text_metadata(paragraphs, layout.title)
            found = {k: v for k, v in found.items() if k == "title" or not meta.get(k)}
            meta = {**{k: v for k, v in fields.items() if k != "title"}, **meta}
            article = _build(layout.paragraphs, meta, layout.title, path, layout.removed)
            article.found_in = found
            return article
        title = meta.get("title") or _title_line(paragraphs)
        if title and paragraphs and paragraphs[0] == title:
            paragraphs = paragraphs[1:]
    else:
        title = meta.get("title")
        heading = re.match(r"\s*#[ \t]+(.+?)[ \t#]*(?:\n|$)", body)
        if not title and heading:
            title, body = heading.group(1), body[heading.end() :]
        paragraphs = markdown_paragraphs(body)
    return _build(paragraphs, meta, str(title or path.stem), path)


def load_article(path: str | Path) -> Article:
    """Load and clean one `.md`, `.txt` or `.html` file.

    >>> from medialit.paths import data_dir
    >>> art = load_article(data_dir() / "cases/kazakhstan-2022/articles/wire-report.md")
    >>> art.id, art.meta["outlet"]
    ('wire-report', 'Kestrel Wire')
    """
    path = Path(path)
    if path.suffix.lower() not in SUPPORTED and path.is_file():
        raise MedialitError(
            f"{display_path(path)}: '{path.suffix or 'no extension'}' files are "
            f"not supported; save the article as one of {', '.join(SUPPORTED)}"
        )
    text, repaired = repair_mojibake(read_text(path))
    article = article_from_text(text, str(path))
    article.path = path
    article.repaired = repaired
    if not article.paragraphs:
        raise MedialitError(
            f"{display_path(path)}: no article text found (only page furniture "
            "or blank lines); check that the file holds the article itself"
        )
    if not any(ch.isalnum() for p in article.paragraphs for ch in p):
        raise MedialitError(
            f"{display_path(path)}: no sentences found, only punctuation or symbols; "
            "check that the file holds the article's words"
        )
    return article


def collect_paths(paths: list[str | Path]) -> list[Path]:
    """Expand folders into the supported files inside them, keeping the given order.

    >>> from medialit.paths import data_dir
    >>> len(collect_paths([data_dir() / "cases/kazakhstan-2022/articles"])) >= 8
    True
    """
    out: list[Path] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*")
                if p.suffix.lower() in SUPPORTED
                and p.is_file()
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            if not found:
                raise MedialitError(
                    f"{display_path(path)}: this folder holds no {', '.join(SUPPORTED)} files"
                )
            out.extend(found)
        else:
            out.append(path)
    return out
