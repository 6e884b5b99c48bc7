"""Several accounts of one event, side by side: texts in columns, one topic across texts,
and a claim that loses its hedge when it is retold.

Every function returns a `Shown` (Markdown plus a plain-text twin); everything from
a case file is escaped, so a hostile text stays inert.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from medialit.compare import edits, find_hedge_drift, hedges_in
from medialit.errors import MedialitError
from medialit.shown import Shown, escape_md, nice_date

if TYPE_CHECKING:
    from medialit.case import Case
    from medialit.text import Article


def _role(case: Case, article: Article) -> str:
    framing = article.meta.get("framing", "")
    return "baseline" if article.id == case.baseline else f"{framing} framing"


def _heading(case: Case, article: Article) -> str:
    date = nice_date(article.meta.get("date", ""))
    return f"{case.outlet_name(article)} · {_role(case, article)} · {date}"


def side_by_side(case: Case, ids: list[str], paragraphs: int | None = 5) -> Shown:
    """Texts in columns, paragraph by paragraph, with a one-line summary first.

    >>> from medialit.case.load import load_case
    >>> view = side_by_side(load_case("kazakhstan-2022"), ["wire-report", "critical-oped"], 1)
    >>> view.text.splitlines()[0]
    '2 accounts side by side: Kestrel Wire (baseline), The Steppe Dispatch (critic framing).'
    """
    if len(ids) < 2:
        raise MedialitError("name at least two texts to put side by side")
    articles = [case.article(i) for i in ids]
    roles = [f"{case.outlet_name(a)} ({_role(case, a)})" for a in articles]
    head = f"{len(articles)} accounts side by side: {', '.join(roles)}."
    longest = max(len(a.paragraphs) for a in articles)
    shown_count = longest if paragraphs is None else min(paragraphs, longest)
    header = " | ".join(escape_md(_heading(case, a)) for a in articles)
    rows = [f"| ¶ | {header} |", "|---|" + "---|" * len(articles)]
    rows.append("| | " + " | ".join(f"**{escape_md(a.title)}**" for a in articles) + " |")
    for n in range(shown_count):
        cells = [
            escape_md(" ".join(a.paragraphs[n].split())) if n < len(a.paragraphs) else ""
            for a in articles
        ]
        rows.append(f"| {n + 1} | " + " | ".join(cells) + " |")
    more = (
        f"\n\n*First {shown_count} paragraphs of each. To read one text whole, run* "
        f'`L.read("{articles[0].id}")`.'
        if shown_count < longest
        else ""
    )
    markdown = f"**{escape_md(head)}**\n\n" + "\n".join(rows) + more
    text = [head]
    for article in articles:
        text.append(f"\n{_heading(case, article)}: {article.title}")
        text += [f"  {n + 1}. {p}" for n, p in enumerate(article.paragraphs[:shown_count])]
    return Shown(markdown, "\n".join(text))


def _mark(sentence: str, phrase: str) -> tuple[str, str]:
    """The sentence with every match of `phrase` in bold (Markdown) and in [brackets] (text)."""
    pattern = re.compile(re.escape(phrase), re.IGNORECASE)
    parts, plain, last = [], [], 0
    for match in pattern.finditer(sentence):
        parts.append(escape_md(sentence[last : match.start()]))
        parts.append(f"**{escape_md(match.group())}**")
        plain.append(sentence[last : match.start()] + f"[{match.group()}]")
        last = match.end()
    parts.append(escape_md(sentence[last:]))
    plain.append(sentence[last:])
    return "".join(parts), "".join(plain)


def sentences_about(case: Case, phrase: str, ids: list[str]) -> Shown:
    """Every sentence that mentions `phrase`, text by text: one topic across the accounts.

    >>> from medialit.case.load import load_case
    >>> view = sentences_about(load_case("kazakhstan-2022"), "Geneva", ["wire-report"])
    >>> view.text.splitlines()[0]
    "'Geneva' is in 1 of 1 texts (2 sentences)."
    """
    if not isinstance(phrase, str) or not phrase.strip():
        raise MedialitError('say what to look for, in quotes: L.find("20,000")')
    phrase = phrase.strip()
    blocks, lines, found_in, total = [], [], 0, 0
    for text_id in ids:
        article = case.article(text_id)
        hits = [s.text for s in article.sentences if phrase.casefold() in s.text.casefold()]
        total += len(hits)
        found_in += bool(hits)
        name = escape_md(_heading(case, article))
        if not hits:
            blocks.append(f"**{name}**: *not mentioned*")
            lines.append(f"{_heading(case, article)}: not mentioned")
            continue
        marked = [_mark(s, phrase) for s in hits]
        blocks.append(f"**{name}**\n" + "\n".join(f"- {md}" for md, _ in marked))
        lines.append(f"{_heading(case, article)}:")
        lines += [f"  - {text}" for _, text in marked]
    noun = "sentence" if total == 1 else "sentences"
    head = f"'{phrase}' is in {found_in} of {len(ids)} texts ({total} {noun})."
    return Shown(f"**{escape_md(head)}**\n\n" + "\n\n".join(blocks), "\n".join([head, *lines]))


def _word_changes(before: str, after: str) -> tuple[list[str], list[str]]:
    """Words dropped from and added to a sentence when it was retold."""
    dropped = [e.from_text for e in edits(before, after) if e.from_text]
    added = [e.to_text for e in edits(before, after) if e.to_text]
    return dropped, added


def _what_changed(before: str, after: str) -> str:
    """The hedges a retelling dropped or added, else the words it changed, in a few words."""
    lost = [h for h in hedges_in(before) if h not in hedges_in(after)]
    gained = [h for h in hedges_in(after) if h not in hedges_in(before)]
    if lost or gained:
        parts = [f"hedge dropped: {', '.join(repr(h) for h in lost)}"] if lost else []
        parts += [f"hedge added: {', '.join(repr(h) for h in gained)}"] if gained else []
        return "; ".join(parts)
    dropped, added = _word_changes(before, after)
    if sum(len(w.split()) for w in dropped + added) > 6:
        return "the sentence was rewritten around the claim"
    change = "dropped: " + ", ".join(f"'{w}'" for w in dropped) if dropped else ""
    if added:
        change += ("; " if change else "") + "added: " + ", ".join(f"'{w}'" for w in added)
    return change


def retelling_drift(case: Case, a_id: str, b_id: str) -> Shown:
    """Every sentence of A whose retelling in B dropped or added a hedge (found automatically).

    >>> from medialit.case.load import load_case
    >>> case = load_case("kazakhstan-2022")
    >>> print(retelling_drift(case, "column-mission", "column-mission-republished").text)
    ... # doctest: +NORMALIZE_WHITESPACE
    1 retold sentence of The Polycentric Review changes its hedges in Open Horizons Digest.
    1. hedge to fact (hedge dropped: 'appear to')
      Before: Still, the facts on the ground appear to support him.
      After: Still, the facts on the ground support him.
    """
    a, b = case.article(a_id), case.article(b_id)
    found = find_hedge_drift(a, b)
    noun = "sentence" if len(found) == 1 else "sentences"
    verb = "changes its" if len(found) == 1 else "change their"
    head = (
        f"{len(found)} retold {noun} of {case.outlet_name(a)} {verb} hedges in "
        f"{case.outlet_name(b)}."
    )
    md, text = [f"**{escape_md(head)}**"], [head]
    for n, d in enumerate(found, start=1):
        md.append(
            f"{n}. **{escape_md(d.kind)}** ({escape_md(d.why)})  \n"
            f"   Before: {escape_md(d.a)}  \n   After: {escape_md(d.b)}"
        )
        text += [f"{n}. {d.kind} ({d.why})", f"  Before: {d.a}", f"  After: {d.b}"]
    return Shown("\n".join(md), "\n".join(text))


def case_drift_view(case: Case) -> Shown:
    """Each claim of the case's drift list: the sentence before and after, and what changed.

    >>> from medialit.case.load import load_case
    >>> print(case_drift_view(load_case("kazakhstan-2022")).text.splitlines()[0])
    2 claims that lose a hedge or an attribution when they are retold.
    """
    drift = case.claims.drift if case.claims else []
    if not drift:
        return Shown(
            "*This case lists no hedge-to-fact drift (see claims.yml).*",
            "This case lists no hedge-to-fact drift (see claims.yml).",
        )
    head = f"{len(drift)} claims that lose a hedge or an attribution when they are retold."
    blocks, lines = [f"**{head}**"], [head]
    for n, d in enumerate(drift, start=1):
        before, after = case.article(d.from_text), case.article(d.to_text)
        change = _what_changed(d.from_sentence, d.to_sentence)
        blocks.append(
            "\n".join(
                [
                    f"#### {n}. {escape_md(d.claim)}",
                    f"- **Before** · {escape_md(_heading(case, before))}: "
                    f"{escape_md(d.from_sentence)}",
                    f"- **After** · {escape_md(_heading(case, after))}: {escape_md(d.to_sentence)}",
                    f"- **What changed:** {escape_md(change or 'see the note')}. "
                    f"{escape_md(d.note)}",
                ]
            )
        )
        lines += [
            f"{n}. {d.claim}",
            f"  Before · {_heading(case, before)}: {d.from_sentence}",
            f"  After · {_heading(case, after)}: {d.to_sentence}",
            f"  What changed: {change or 'see the note'}. {d.note}",
        ]
    return Shown("\n\n".join(blocks), "\n".join(lines))


def claim_matrix_view(case: Case, reveal: bool = False) -> Shown:
    """Every claim of the case's matrix; with `reveal`, every cell's stances and reasons too.

    Students see the claims (rows) and texts (columns) only; the answer key shows it all.

    >>> from medialit.case.load import load_case
    >>> print(claim_matrix_view(load_case("kazakhstan-2022")).text.splitlines()[0])
    The whole claim matrix: 8 claims x 5 texts. The stances are in the answer key.
    """
    matrix = case.claims
    if matrix is None or not matrix.claims:
        line = (
            "This case has no claim matrix (claims.yml), so there is no table of claims here. "
            "To add one, list the key claims and where each text stands on them in claims.yml "
            "(see data/README.md, 'Claim matrix'); meanwhile, look claims up with L.find(...)."
        )
        return Shown(f"*{line}*", line)
    names = [case.outlet_name(case.article(t)) for t in matrix.texts]
    shown_how = (
        "Every stance an expert accepts, and why" if reveal else "The stances are in the answer key"
    )
    head = f"The whole claim matrix: {len(matrix.claims)} claims x {len(names)} texts. {shown_how}."
    header = ["Claim", *names]
    md = [
        f"**{escape_md(head)}**",
        "",
        "| " + " | ".join(escape_md(h) for h in header) + " |",
        "|" + "---|" * len(header),
    ]
    text, reasons = [head], []
    for row, claim in enumerate(matrix.claims.values(), start=1):
        stances = [
            " / ".join(claim.cells[t].stances) if t in claim.cells else "" for t in matrix.texts
        ]
        cells = [escape_md(s) if reveal else "" for s in stances]
        md.append(f"| {row}. {escape_md(claim.text)} | " + " | ".join(cells) + " |")
        line = f"{row}. {claim.text}"
        if reveal:
            line += " " + "; ".join(f"{n}: {s}" for n, s in zip(names, stances, strict=True))
            reasons += [
                (f"{row} · {names[col]}", stances[col], claim.cells[t].why)
                for col, t in enumerate(matrix.texts)
                if t in claim.cells
            ]
        text.append(line)
    if reveal:
        md.append("")
        md += [f"- **{escape_md(w)}**: {escape_md(s)}. {escape_md(y)}" for w, s, y in reasons]
        text += [f"  {w}: {s}. {y}" for w, s, y in reasons]
    return Shown("\n".join(md), "\n".join(text))
