"""Copy forensics for lessons: how much two texts share, what a copy changed (word by word),
what a saved page repeats, and what a content farm adds to what it takes.

The findings come from `medialit.compare`; these functions only lay them out for students.
Each returns a `Shown` (Markdown plus plain text), with case text escaped: nothing from a case
is ever run. A word-level diff shows removed words struck through and added words in bold (not
colour alone, so it reads without colour); its plain-text twin uses wdiff's marks,
`[-removed-]{+added+}`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from medialit.compare import (
    NEAR_COPY,
    compare_texts,
    edits,
    find_near_miss_names,
    names_in_case,
    similarity,
    spin_swaps,
    substitutions,
)
from medialit.errors import MedialitError
from medialit.shown import Shown, escape_md
from medialit.text import body_text

if TYPE_CHECKING:
    from medialit.case import Case
    from medialit.text import Article


def _name(case: Case, article: Article) -> str:
    return case.outlet_name(article)


def paragraph_number(article: Article, offset: int) -> int:
    """Which paragraph (counting from 1) of the cleaned body a character offset falls in.

    >>> from medialit.text.article import article_from_text
    >>> art = article_from_text("One.\\n\\nTwo.", "demo")
    >>> paragraph_number(art, 0), paragraph_number(art, 7)
    (1, 2)
    """
    return article.text.count("\n\n", 0, offset) + 1


def _clip(text: str, words: int = 30) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


def _context(text: str, start: int, end: int, width: int = 70) -> tuple[str, str, str]:
    """The words around a span: (before, the span, after), cut at word boundaries."""
    left = text.rfind(" ", 0, max(start - width, 0)) + 1 if start > width else 0
    right = text.find(" ", min(end + width, len(text)))
    right = len(text) if right == -1 else right
    before = text[left:start].split("\n\n")[-1]
    after = text[end:right].split("\n\n")[0]
    return (
        ("…" if left else "") + before,
        text[start:end],
        after + ("…" if right < len(text) else ""),
    )


def compare_view(case: Case, a_id: str, b_id: str, passages: int = 3) -> Shown:
    """How much of B lines up with A, the passages they share, and (for a near-copy) the edits.

    >>> from medialit.case.load import load_case
    >>> case = load_case("kazakhstan-2022")
    >>> view = compare_view(case, "column-mission", "column-mission-republished")
    >>> view.text.splitlines()[0]
    'Open Horizons Digest against The Polycentric Review: 95% of the words line up (a near-copy).'
    """
    a, b = case.article(a_id), case.article(b_id)
    c = compare_texts(a, b, background=case.articles.values())
    kind = "a near-copy" if c.near_copy else "not a near-copy"
    head = (
        f"{_name(case, b)} against {_name(case, a)}: {c.similarity:.0%} of the words line up "
        f"({kind})."
    )
    md = [f"**{escape_md(head)}**", ""]
    text = [head]
    shared = sorted(c.shared_passages, key=lambda p: -p.words)
    md.append(f"Shared passages of 8 words or more: **{len(shared)}**.")
    text.append(f"Shared passages of 8 words or more: {len(shared)}.")
    for p in shared[:passages]:
        where = (
            f"{'word for word' if p.exact else 'nearly word for word'}, {p.words} words, "
            f"paragraph {paragraph_number(a, p.a_span[0])} of A and "
            f"{paragraph_number(b, p.b_span[0])} of B"
        )
        md.append(f"- *{escape_md(where)}*: “{escape_md(_clip(p.text))}”")
        text.append(f"  - {where}: “{_clip(p.text)}”")
    if c.near_copy:
        counts = {k: len(c.edits_of(k)) for k in ("substitution", "insertion", "deletion")}
        line = (
            f"Edits from A to B: {counts['substitution']} words or phrases swapped, "
            f"{counts['insertion']} added, {counts['deletion']} cut."
        )
        md += ["", escape_md(line)]
        text.append(line)
        for e in c.edits[:12]:
            change = {
                "substitution": f"“{e.from_text}” → “{e.to_text}”",
                "insertion": f"added “{_clip(e.to_text, 18)}”",
                "deletion": f"cut “{_clip(e.from_text, 18)}”",
            }[e.kind]
            md.append(f"- {escape_md(change)}")
            text.append(f"  - {change}")
        if len(c.edits) > 12:
            rest = f"… and {len(c.edits) - 12} more edits."
            md.append(f"- {rest}")
            text.append(f"  {rest}")
    return Shown("\n".join(md), "\n".join(text))


def swaps_view(case: Case, a_id: str, b_id: str, limit: int | None = 20) -> Shown:
    """The words a copy swapped, in reading order, each in the copy's own words around it.

    >>> from medialit.case.load import load_case
    >>> view = swaps_view(load_case("kazakhstan-2022"), "critical-oped", "content-farm-copy", 2)
    >>> view.text.splitlines()[1]
    '1. “may” → “could also”: The first days of 2022 [could also] be remembered because the second…'
    """
    a, b = case.article(a_id), case.article(b_id)
    share = similarity(a, b)
    found = substitutions(a, b) if share >= NEAR_COPY else []
    if not found:
        line = (
            f"No swapped words: only {share:.0%} of the words line up, so {_name(case, b)} is "
            f"not a near-copy of {_name(case, a)}."
        )
        return Shown(f"*{escape_md(line)}*", line)
    shown_swaps = found if limit is None else found[:limit]
    head = f"{len(found)} swaps from {_name(case, a)} to {_name(case, b)}, in reading order" + (
        f" (the first {len(shown_swaps)})." if len(shown_swaps) < len(found) else "."
    )
    md = [
        f"**{escape_md(head)}**",
        "",
        "| # | Original | Copy | In the copy |",
        "|---|---|---|---|",
    ]
    text = [head]
    for n, e in enumerate(shown_swaps, start=1):
        before, word, after = _context(b.text, *e.b_span, width=32)
        md.append(
            f"| {n} | {escape_md(e.from_text)} | {escape_md(e.to_text)} | "
            f"{escape_md(before)}**{escape_md(word)}**{escape_md(after)} |"
        )
        text.append(f"{n}. “{e.from_text}” → “{e.to_text}”: {before}[{word}]{after}")
    if len(shown_swaps) < len(found):
        tail = f'To see them all, run `L.swaps("{a_id}", "{b_id}", limit=None)`.'
        md += ["", tail]
        text.append(tail.replace("`", ""))
    return Shown("\n".join(md), "\n".join(text))


def saved_page_view(case: Case, index: int = 0) -> Shown:
    """What the cleaner removed from a saved web page, and the body it found repeated.

    >>> from medialit.case.load import load_case
    >>> print(saved_page_view(load_case("kazakhstan-2022")).text.splitlines()[0])
    ... # doctest: +NORMALIZE_WHITESPACE
    state-editorial-saved.html is a saved copy of “Who gains from the fire?”:
    the body appears 3 times.
    """
    if not case.pages:
        line = (
            "This case has no saved pages. To add one, save a text's page as .html in pages/ "
            "and list it under pages: in case.yml, with copy_of (see data/README.md)."
        )
        return Shown(f"*{line}*", line)
    if not 0 <= index < len(case.pages):
        raise MedialitError(f"pages are numbered 0 to {len(case.pages) - 1}")
    page = case.pages[index]
    original = case.articles.get(page.copy_of)
    title = original.title if original else page.copy_of
    most = max((r.count for r in page.article.repeated), default=1)
    head = (
        f"{page.path.name} is a saved copy of “{title}”: the body appears {most} "
        f"{'time' if most == 1 else 'times'}."
    )
    same = original is not None and page.article.text == original.text
    verdict = (
        "Once cleaned, the page's body is the editorial word for word: one text, not several."
        if same
        else "Once cleaned, the page's body differs from the text in the case; compare them."
    )
    md = [
        f"**{escape_md(head)}**",
        "",
        escape_md(verdict),
        "",
        "What the cleaner removed, and why:",
    ]
    text = [head, verdict, "What the cleaner removed, and why:"]
    for removal in page.article.removed:
        md.append(f"- *{escape_md(removal.reason)}*: {escape_md(_clip(removal.text, 14))}")
        text.append(f"  - {removal.reason}: {_clip(removal.text, 14)}")
    for repeat in page.article.repeated:
        line = (
            f"Repeated block ({repeat.count} times, {len(repeat.text.split())} words), kept once: "
            f"“{_clip(repeat.text, 14)}”"
        )
        md.append(f"- {escape_md(line)}")
        text.append(f"  - {line}")
    return Shown("\n".join(md), "\n".join(text))


def farm_additions_view(case: Case, original_id: str, copy_id: str) -> Shown:
    """Everything a copy adds to its original: words slipped in, and page furniture.

    >>> from medialit.case.load import load_case
    >>> case = load_case("kazakhstan-2022")
    >>> view = farm_additions_view(case, "critical-oped", "content-farm-copy")
    >>> view.text.splitlines()[0]
    'NewsBuzz Daily 24 adds 0 sentences of its own to The Steppe Dispatch.'
    """
    a, b = case.article(original_id), case.article(copy_id)
    changes = edits(a, b)
    inserted = [e.to_text for e in changes if e.kind == "insertion"]
    own = [t for t in inserted if len(t.split()) >= 6]  # a sentence of its own, not filler
    head = (
        f"{_name(case, b)} adds {len(own)} sentence{'s' if len(own) != 1 else ''} of its own "
        f"to {_name(case, a)}."
    )
    lines = [
        f"Words slipped in by the rewriting: {', '.join(f'“{t}”' for t in inserted) or 'none'}.",
        f"Words swapped: {sum(e.kind == 'substitution' for e in changes)}; "
        f"words cut: {sum(e.kind == 'deletion' for e in changes)}.",
        "Page furniture around the copied text (the cleaner removed it):",
    ]
    lines += [f"  - {r.reason}: {r.text}" for r in b.removed]
    author = a.meta.get("author", "")
    lines.append(
        f"Author: the original names {author}; the copy says “{b.meta.get('author', '')}”."
    )
    md = [f"**{escape_md(head)}**", ""] + [
        "  - " + escape_md(line[4:]) if line.startswith("  - ") else "- " + escape_md(line)
        for line in lines
    ]
    return Shown("\n".join(md), "\n".join([head, *lines]))


def near_miss_view(case: Case, text_id: str) -> Shown:
    """Names in a text that look like the case's real names with a word or two swapped.

    >>> from medialit.case.load import load_case
    >>> view = near_miss_view(load_case("kazakhstan-2022"), "content-farm-copy")
    >>> view.text.startswith("2 near-miss names in NewsBuzz Daily 24")
    True
    """
    article = case.article(text_id)
    names = names_in_case(case.path)
    if not names:
        line = (
            "This case has no names.yml, so there are no real names to check against. To "
            "add them, list the case's proper names in names.yml (see data/README.md, 'Names')."
        )
        return Shown(f"*{line}*", line)
    found = find_near_miss_names(article, names)
    what = {n.name: n.what for n in names}
    head = (
        f"{len(found)} near-miss name{'s' if len(found) != 1 else ''} in {_name(case, article)} "
        f"(checked against {len(names)} real names in names.yml)."
    )
    md, text = [f"**{escape_md(head)}**", ""], [head]
    for miss in found:
        about = f" ({what[miss.name]})" if what.get(miss.name) else ""
        line = f"{miss.why}{about}. Search for the real name, not this one."
        md.append(f"- {escape_md(line)}")
        text.append(f"  - {line}")
    return Shown("\n".join(md), "\n".join(text))


def spin_view(text: str, seed: int = 0, rate: float = 1.0) -> Shown:
    """Run the kit's spinner on some words and show what it swapped.

    >>> print(spin_view("Security forces kept the ruler in power.", seed=1).text)
    Spun (seed 1): Safety powers kept the ruler in energy.
    2 swaps: “Security forces” → “Safety powers”, “power” → “energy”.
    """
    if not isinstance(text, str) or not text.strip():
        raise MedialitError('give the spinner some words, in quotes: L.spin("The price rose.")')
    if not isinstance(seed, int) or isinstance(seed, bool):
        raise MedialitError(f"seed must be a whole number, like 1 or 42, not {seed!r}")
    if not isinstance(rate, (int, float)) or not 0 <= rate <= 1:
        raise MedialitError(f"rate must be a number from 0 to 1, not {rate!r}")
    spun, swaps = spin_swaps(text, seed=seed, rate=rate)
    listed = ", ".join(f"“{s.from_text}” → “{s.to_text}”" for s in swaps)
    count = f"{len(swaps)} swap{'s' if len(swaps) != 1 else ''}"
    summary = f"{count}: {listed}." if swaps else "No swaps: the table knows none of these words."
    md = f"**Spun (seed {seed}):** {escape_md(spun)}\n\n{escape_md(summary)}"
    return Shown(md, f"Spun (seed {seed}): {spun}\n{summary}")


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
        text.append(
            (f"[-{e.from_text}-]" if e.from_text else "")
            + (f"{{+{e.to_text}+}}" if e.to_text else "")
        )
        at = end
    md.append(escape_md(tb[at:]))
    text.append(tb[at:])
    return Shown("".join(md), "".join(text))


def diff_view(case: Case, a_id: str, b_id: str, paragraphs: int | None = 2) -> Shown:
    """A copy lined up with its original, word by word: removed words struck, new ones bold.

    >>> from medialit.case.load import load_case
    >>> view = diff_view(load_case("kazakhstan-2022"), "critical-oped", "content-farm-copy", 1)
    >>> view.text.splitlines()[0][:75]
    'NewsBuzz Daily 24 lined up with The Steppe Dispatch, paragraphs 1 to 1 of 9'
    >>> "[-Security-]{+Safety+}" in view.text, "~~Security~~ **Safety**" in view.markdown
    (True, True)
    """
    a, b = case.article(a_id), case.article(b_id)
    total = max(len(a.paragraphs), len(b.paragraphs))
    count = total if paragraphs is None else max(1, min(paragraphs, total))
    diff = word_diff("\n\n".join(a.paragraphs[:count]), "\n\n".join(b.paragraphs[:count]))
    head = f"{_name(case, b)} lined up with {_name(case, a)}, paragraphs 1 to {count} of {total}."
    key_md = "~~struck~~: the original's words; **bold**: what the copy put instead."
    key_text = "[-...-]: the original's words; {+...+}: what the copy put instead."
    more = (
        f'\n\n*To see it all, run* `L.diff("{a_id}", "{b_id}", paragraphs=None)`.'
        if count < total
        else ""
    )
    return Shown(
        f"**{escape_md(head)}** {key_md}\n\n{diff.markdown}{more}",
        f"{head} {key_text}\n{diff.text}",
    )
