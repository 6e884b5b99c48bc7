"""Bring your own article: a saved web page or text file turned into a case article.

The main text is extracted and cleaned the way `medialit analyze` does it
(`medialit.text.htmlpage` and `medialit.text.cleaning`): scripts and styles are never read;
navigation, cookie notices, share buttons, related links, comments, newsletter
prompts and the like are dropped, each with its reason. The article is written
as Markdown with the front matter a case needs, filled where the page says
(title, outlet, author, date, link: `medialit.text.pagemeta`, each with a comment
saying where it came from) and left empty, with a comment saying what to write,
where only a teacher can say. A page whose body repeats (a broken template) is also
kept as it was saved, in the case's `pages/` with `copy_of`, for the lesson on copies.
`medialit validate CASE` then lists what is left to fill, one line each.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

from medialit.case.labels import load_labels
from medialit.errors import MedialitError
from medialit.paths import case_dir
from medialit.text import Article, display_path, load_article, slug

REAL_ARTICLE = "No: a real article, for classroom use only"


def short_id(title: str, limit: int = 40) -> str:
    """An id from a headline: its first words, joined by hyphens, at most `limit` letters.

    >>> short_id("Council delays bus fare rise after 9,000 sign petition")
    'council-delays-bus-fare-rise-after-9-000'
    """
    words: list[str] = []
    for word in slug(title).split("-"):
        if words and len("-".join([*words, word])) > limit:
            break
        words.append(word)
    return "-".join(words)[:limit].strip("-")


def _quoted(value: object) -> str:
    return json.dumps(str(value), ensure_ascii=False)  # a JSON string is a YAML string


def front_matter(article: Article, source_name: str, article_id: str) -> str:
    """The front matter for an imported article: what the page says, and blanks to fill.

    >>> from medialit.text.article import article_from_text
    >>> art = article_from_text("<h1>Rain</h1><p>It rained all day.</p>", "page.html")
    >>> print(front_matter(art, "page.html", "rain").splitlines()[3])
    id: rain
    """
    labels = load_labels()
    meta = article.meta
    found = article.found_in
    date = str(meta.get("date") or "")
    today = dt.date.today().isoformat()

    def filled(name: str, value: str, blank: str) -> str:
        """A field the page filled says where from; an empty one says what to write."""
        if value and name in found:
            return f"{name}: {_quoted(value)}   # from {found[name]}"
        return f"{name}: {_quoted(value)}   # {blank}"

    title = article.title if "title" in found or article.path.suffix == ".md" else ""
    lines = [
        "---",
        f"# Imported by `medialit import` from {source_name} on {today}.",
        "# Fill in every empty field; `medialit validate CASE` lists what is left.",
        f"id: {article_id}",
        filled("title", title, "not found on the page: copy the headline"),
        filled(
            "outlet",
            meta.get("outlet") or "",
            "the outlet's name; must match a source card if the case has sources.yml",
        ),
        filled("author", meta.get("author") or "", 'or "unsigned"'),
        filled("date", date, "YYYY-MM-DD"),
        filled("link", meta.get("link") or "", "the article's address, if it has one"),
        f'kind: ""   # one of: {", ".join(labels.text_kinds)}',
        f'framing: ""   # one of: {", ".join(labels.framings)}',
        'stands_for: ""   # a few words: what kind of text this is, e.g. "a local news report"',
        'modelled_on: ""   # a real article: where and when it was published, and its address',
        "copy_of: null   # the id of the text this copies, if that text is in the case",
        "first_published: null",
        f"composite: {_quoted(REAL_ARTICLE)}   # imported from a page: a real article, "
        'so its outlet and link are kept; for a text written for a kit, describe it instead',
    ]
    if article.removed:
        lines.append("# The import dropped this page furniture (check nothing real went):")
        for removal in article.removed:
            words = " ".join(removal.text.split())
            words = words if len(words) <= 70 else words[:67] + "..."
            lines.append(f"#   {removal.reason}: {words}")
    lines.append("---")
    return "\n".join(lines)


def _add_to_manifest(case_folder: Path, rel: str) -> None:
    """Add `rel` to the `articles:` list of case.yml, keeping its comments and layout."""
    manifest = case_folder / "case.yml"
    lines = manifest.read_text(encoding="utf-8").splitlines()
    start = next((i for i, line in enumerate(lines) if re.match(r"articles:", line)), None)
    if start is None:
        lines += ["articles:", f"  - {rel}"]
    else:
        head = re.match(r"articles:\s*(\[\s*\])?\s*(#.*)?$", lines[start])
        if head and head.group(1):  # `articles: []`
            lines[start] = "articles:" + (f"  {head.group(2)}" if head.group(2) else "")
        last, end = start, start + 1
        while end < len(lines) and re.match(r"\s+(-|#)|\s*$", lines[end]):
            if lines[end].strip().startswith("-"):
                last = end
            end += 1
        lines.insert(last + 1, f"  - {rel}")
    manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")


def import_article(
    file: str | Path,
    case: str | Path | None = None,
    out: str | Path | None = None,
    article_id: str | None = None,
) -> tuple[Path, Article]:
    """Write a saved page or text file as a case article; returns its path and the article.

    With `case`, it goes into that case's `articles/` and its `case.yml`; otherwise into
    `out` (default: the current folder). An existing file is never overwritten.

    >>> import tempfile; folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "p.txt").write_text("Rain falls\\n\\nIt rained all day in the city.")
    >>> path, art = import_article(folder / "p.txt", out=folder)
    >>> path.name, art.paragraphs
    ('rain-falls.md', ['It rained all day in the city.'])
    """
    source = Path(file)
    if source.suffix.lower() not in (".html", ".htm", ".txt", ".md"):
        raise MedialitError(
            f"{display_path(source)}: import reads a saved web page (.html) or a text file "
            "(.txt); save the article as one of those"
        )
    article = load_article(source)
    new_id = article_id or short_id(article.title) or slug(source.stem)
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", new_id):
        raise MedialitError(f"'{new_id}' cannot be an id: use lower-case letters, digits, hyphens")
    folder = case_dir(case) / "articles" if case is not None else Path(out or ".")
    target = folder / f"{new_id}.md"
    if target.exists():
        raise MedialitError(
            f"{display_path(target)} already exists; choose another id with --id NAME"
        )
    body = "\n\n".join(article.paragraphs)
    folder.mkdir(parents=True, exist_ok=True)
    text = f"{front_matter(article, source.name, new_id)}\n\n{body}\n"
    target.write_text(text, encoding="utf-8")
    if case is not None:
        _add_to_manifest(case_dir(case), f"articles/{target.name}")
        if repeats_its_body(article):
            keep_saved_page(source, case_dir(case), new_id)
    return target, article


def repeats_its_body(article: Article) -> bool:
    """Whether the page showed its body more than once (a broken template): most of the
    article's words sit in a passage that occurred two or more times.

    >>> from medialit.text.article import article_from_text
    >>> body = "<p>" + "</p><p>".join(f"Paragraph {i} says enough to count." for i in range(4))
    >>> repeats_its_body(article_from_text(body * 3 + "</p>", "page.html"))
    True
    """
    words = sum(len(p.split()) for p in article.paragraphs)
    repeated = sum(len(r.text.split()) for r in article.repeated if r.count >= 2)
    return words > 0 and repeated * 2 >= words


def keep_saved_page(source: Path, case_folder: Path, article_id: str) -> Path:
    """Copy a saved page into the case's `pages/`, listed in case.yml with `copy_of`, so
    the lessons can show it as it was saved (repeats and all) while the article keeps
    one copy of the text. An existing page is never overwritten."""
    pages = case_folder / "pages"
    pages.mkdir(exist_ok=True)
    target = pages / f"{article_id}-saved{source.suffix.lower()}"
    if target.exists():
        raise MedialitError(f"{display_path(target)} already exists; remove it or use --id NAME")
    target.write_bytes(source.read_bytes())
    _add_page_to_manifest(case_folder, f"pages/{target.name}", article_id)
    return target


def _add_page_to_manifest(case_folder: Path, rel: str, copy_of: str) -> None:
    """Add a `pages:` entry (path and copy_of) to case.yml, keeping its comments."""
    manifest = case_folder / "case.yml"
    lines = manifest.read_text(encoding="utf-8").splitlines()
    entry = [f"  - path: {rel}", f"    copy_of: {copy_of}"]
    start = next((i for i, line in enumerate(lines) if re.match(r"pages:", line)), None)
    if start is None:
        at = next((i + 1 for i, line in enumerate(lines) if re.match(r"articles:", line)), None)
        if at is None:
            lines += ["pages:", *entry]
        else:
            while at < len(lines) and re.match(r"\s+(-|#)|\s*$", lines[at]):
                at += 1
            lines[at:at] = ["pages:   # saved web pages as the browser saved them", *entry]
    else:
        head = re.match(r"pages:\s*(\[\s*\])?\s*(#.*)?$", lines[start])
        if head and head.group(1):
            lines[start] = "pages:" + (f"  {head.group(2)}" if head.group(2) else "")
        end = start + 1
        while end < len(lines) and re.match(r"\s+(\S)|\s*$", lines[end]):
            end += 1
        while end > start + 1 and not lines[end - 1].strip():
            end -= 1
        lines[end:end] = entry
    manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")
