"""What students read in a lesson: the case in brief, its timeline, texts, cards and dossier.

Every function returns a `Shown` (Markdown plus plain text); everything that
comes from a case file is escaped, so a hostile page stays inert.
"""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

from medialit.case import is_composite
from medialit.shown import Shown, escape_md, nice_date, shown

if TYPE_CHECKING:
    from medialit.case import Case
    from medialit.text import Article




def case_summary(case: Case) -> Shown:
    """The case in two minutes: what happened and what the texts are.

    >>> from medialit.case.load import load_case
    >>> "CSTO" in case_summary(load_case("kazakhstan-2022")).text
    True
    """
    note = f"\n\n> {escape_md(case.composite_note)}" if case.composite_note else ""
    return shown(f"### {escape_md(case.title)}\n\n{escape_md(case.summary)}{note}")


def timeline(case: Case) -> Shown:
    """The dated events of the ledger as a table, with a one-line summary first.

    >>> from medialit.case.load import load_case
    >>> print(timeline(load_case("kazakhstan-2022")).text.splitlines()[0])
    Timeline: 21 dated events from 17 Dec 2021 to 19 Jan 2022, each with who reported it.
    """
    events = case.timeline()
    if not events:
        return shown("*This case's ledger has no dated events.*")
    head = (
        f"Timeline: {len(events)} dated events from {nice_date(events[0].value)} to "
        f"{nice_date(events[-1].value)}, each with who reported it."
    )
    rows = [
        f"| {nice_date(f.value)} | {escape_md(f.claim)} | {escape_md(f.reported_by)} |"
        for f in events
    ]
    markdown = "\n".join(
        [f"**{head}**", "", "| Date | What happened | Reported by |", "|---|---|---|", *rows]
    )
    text = "\n".join(
        [head, *(f"{nice_date(f.value)}: {f.claim} ({f.reported_by})" for f in events)]
    )
    return Shown(markdown, text)


def _made_of(case: Case) -> str:
    """Whether the texts are composites written for a kit, real articles, or both.

    >>> from medialit.case.load import load_case
    >>> _made_of(load_case("kazakhstan-2022"))
    'all are composites written for the kit: all outlets and authors are invented.'
    """
    made = [is_composite(a) for a in case.articles.values()]
    composites, real = made.count(True), made.count(False)
    if made and composites == len(made):
        return "all are composites written for the kit: all outlets and authors are invented."
    if made and real == len(made):
        return "all are real articles, with their outlets, authors and links as published."
    parts = [f"{composites} composite(s) written for a kit (invented outlets and authors)"
             if composites else "", f"{real} real article(s) (outlets and links as published)"
             if real else "", f"{made.count(None)} not yet marked (`composite:` in the front "
             "matter)" if None in made else ""]  # fmt: skip
    return "; ".join(p for p in parts if p) + "."


def texts_table(case: Case) -> Shown:
    """The case's texts: number, headline, outlet, kind, date and length.

    >>> from medialit.case.load import load_case
    >>> "Kestrel Wire" in texts_table(load_case("kazakhstan-2022")).text
    True
    """
    kinds = case.labels.text_kinds
    rows, lines = [], []
    for n, art in enumerate(case.articles.values(), start=1):
        kind = art.meta.get("kind", "")
        rows.append(
            f"| {n} | `{art.id}` | {escape_md(art.title)} | "
            f"{escape_md(art.meta.get('outlet', ''))} "
            f"| {escape_md(kind)} | {nice_date(art.meta.get('date', ''))} | {art.word_count} |"
        )
        lines.append(
            f"{n}. {art.id}: {art.title} ({art.meta.get('outlet', '')}, {kind}, "
            f"{nice_date(art.meta.get('date', ''))}, {art.word_count} words)"
        )
    head = f"{len(rows)} texts about one event; {_made_of(case)}"
    made = [is_composite(a) for a in case.articles.values()]
    outlet_head = "Outlet (invented)" if made and all(made) else "Outlet"
    kinds_used = sorted({a.meta.get("kind", "") for a in case.articles.values()} & set(kinds))
    legend = "\n".join(f"- *{k}*: {escape_md(kinds[k])}" for k in kinds_used)
    markdown = "\n".join(
        [
            f"**{head}**",
            "",
            f"| # | id | Headline | {outlet_head} | Kind | Date | Words |",
            "|---|---|---|---|---|---|---|",
            *rows,
            "",
            legend,
        ]
    )
    return Shown(markdown, "\n".join([head, *lines]))


def article_view(case: Case | None, article: Article, paragraphs: int | None = None) -> Shown:
    """One text, escaped, with the note that it is a composite written for the kit.

    >>> from medialit.case.load import load_case
    >>> case = load_case("kazakhstan-2022")
    >>> view = article_view(case, case.article("wire-report"), paragraphs=1)
    >>> "composite" in view.text
    True
    """
    meta = article.meta
    note = meta.get("composite") or (case.composite_note if case else "")
    modelled = f" Modelled on: {meta['modelled_on']}." if meta.get("modelled_on") else ""
    if is_composite(article) is False:  # a real article: say so, keep its outlet and link
        link = f" Published at {meta['link']}." if meta.get("link") else ""
        outlet = meta.get("outlet") or "its outlet"
        note, modelled = f"A real article, as {outlet} published it.", link
    byline = " · ".join(escape_md(str(x)) for x in (meta.get("outlet"), meta.get("author")) if x)
    date = nice_date(meta.get("date", "")) if meta.get("date") else ""
    body = article.paragraphs if paragraphs is None else article.paragraphs[:paragraphs]
    more = len(article.paragraphs) - len(body)
    tail = (
        f'\n\n*… {more} more paragraphs. To read it all, run* `L.read("{article.id}")`'
        if more > 0
        else ""
    )
    parts = []
    if note:
        parts.append(f"> **About this text:** {escape_md(str(note).strip())}{escape_md(modelled)}")
    parts.append(f"### {escape_md(article.title)}")
    if byline or date:
        parts.append(f"*{byline}{' · ' if byline and date else ''}{date}*")
    parts += [escape_md(p) for p in body]
    markdown = "\n\n".join(parts) + tail
    return shown(markdown)


def source_cards(case: Case, ids: list[str] | None = None) -> Shown:
    """The source cards: who runs each outlet, how it is paid for, its record.

    The card's kind is left out: sorting outlets by kind is an exercise.

    >>> from medialit.case.load import load_case
    >>> "Who runs it" in source_cards(load_case("kazakhstan-2022"), ["kestrel-wire"]).text
    True
    """
    chosen = [case.outlets[i] for i in ids] if ids else list(case.outlets.values())
    blocks = []
    for outlet in chosen:
        titles = [
            f"“{escape_md(case.articles[t].title)}”" for t in outlet.texts if t in case.articles
        ]
        real = any(is_composite(case.articles[t]) is False for t in outlet.texts
                   if t in case.articles)  # fmt: skip
        invented = " (invented)" if outlet.invented and not real else ""
        blocks.append(
            "\n".join(
                [
                    f"#### {escape_md(outlet.name)}{invented}",
                    f"- **Who runs it:** {escape_md(outlet.runs_it)}",
                    f"- **How it is paid for:** {escape_md(outlet.funding)}",
                    f"- **Its record:** {escape_md(outlet.record)}",
                    f"- **In this case:** {', '.join(titles) or 'no texts'}",
                    f"- **Modelled on:** {escape_md(outlet.modelled_on)}",
                ]
            )
        )
    return shown("\n\n".join(blocks))


def dossier(case: Case, section: str | None = None) -> Shown:
    """The lateral-reading dossier, whole or one section whose heading contains `section`.

    >>> from medialit.case.load import load_case
    >>> "Global Engagement Center" in dossier(load_case("kazakhstan-2022")).text
    True
    """
    text = html.escape(case.dossier, quote=False)  # the dossier is Markdown; never raw HTML
    if not text.strip():
        return shown("*This case has no dossier yet.*")
    if section:
        parts = re.split(r"(?m)^(?=## )", text)
        found = [
            p
            for p in parts
            if p.startswith("## ") and section.casefold() in p.splitlines()[0].casefold()
        ]
        if not found:
            headings = [p.splitlines()[0][3:] for p in parts if p.startswith("## ")]
            return shown(
                f"*No section matches '{escape_md(section)}'. Sections:* "
                + "; ".join(escape_md(h) for h in headings)
            )
        text = "\n".join(found)
    return shown(text)
