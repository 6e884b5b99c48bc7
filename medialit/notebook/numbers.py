"""What lesson 05 (check the numbers) shows: figure tables, charts against the ledger.

Every chart comes with a one-line text summary, and colours are Okabe-Ito with a
marker shape per verdict, so colour is never the only cue.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from medialit.case import Case, figures_of_one_thing
from medialit.detectors import (
    Check,
    check_article,
    extract_quantities,
    vague_ranges,
)
from medialit.notebook.charts import show_figure
from medialit.notebook.guesses import no_key_line
from medialit.shown import Shown, escape_md, nice_date, shown
from medialit.text import loose_text

COLOURS = {  # Okabe-Ito
    "consistent": "#0072B2",
    "close": "#E69F00",
    "conflicts": "#D55E00",
    "unverifiable": "#999999",
    "attributed": "#CC79A7",
}
MARKERS = {
    "consistent": "o",
    "close": "s",
    "conflicts": "X",
    "unverifiable": "^",
    "attributed": "D",
}


def _outlet(case: Case, article_id: str) -> str:
    return case.outlet_name(case.articles[article_id])


def case_checks(case: Case) -> list[tuple[str, Check]]:
    """Every figure in every text of the case, checked: (article id, check).

    >>> from medialit.case.load import load_case
    >>> checks = case_checks(load_case("kazakhstan-2022"))
    >>> sorted({c.verdict for _, c in checks})
    ['attributed', 'close', 'conflicts', 'consistent', 'unverifiable']
    """
    return [(aid, c) for aid, art in case.articles.items() for c in check_article(art, case.facts)]


def figure_table(case: Case, text_id: str) -> Shown:
    """One text's figures as a table: as written, value, unit, hedge, the check's verdict.

    >>> from medialit.case.load import load_case
    >>> print(figure_table(load_case("kazakhstan-2022"), "state-editorial").text.splitlines()[2])
    | Figure as written | Value | Unit | Hedge | Kit's verdict |
    """
    article = case.article(text_id)
    rows = ["| Figure as written | Value | Unit | Hedge | Kit's verdict |", "|---|---|---|---|---|"]
    for c in check_article(article, case.facts):
        q = c.quantity
        value = f"{q.value:,.10g}" if q.value is not None else f"{q.low:,.10g}–{q.high:,.10g}"
        rows.append(
            f"| {escape_md(q.text)} | {value} | {escape_md(q.unit)} | "
            f"{escape_md(q.hedge or '')} | {c.verdict} |"
        )
    title = f"**{escape_md(article.title)}** ({escape_md(_outlet(case, text_id))})\n\n"
    if not case.annotations:
        title += f"*{escape_md(no_key_line('number checker'))}*\n\n"
    return shown(title + "\n".join(rows))


def vague_words() -> Shown:
    """How the kit reads vague words: each as a range (from data/lexicons/quantities.yml).

    >>> print(vague_words().text.splitlines()[2])
    | tens of thousands | 20,000 | 99,999 |
    """
    rows = ["| Words | From | To |", "|---|---|---|"]
    rows += [
        f"| {escape_md(w)} | {lo:,.0f} | {hi:,.0f} |" for w, (lo, hi) in vague_ranges().items()
    ]
    return shown("\n".join(rows))


def explain(case: Case, text_id: str, withheld: Sequence[str] = ()) -> Shown:
    """Why the kit gave each verdict for one text, one line per figure.

    A figure whose words or sentence are in one of the `withheld` prompts (an exercise
    still to come asks students to judge it, here or in another text, or in the pre/post
    check) keeps its words but not its verdict.

    >>> from medialit.case.load import load_case
    >>> print(explain(load_case("kazakhstan-2022"), "column-mission").text[:49])
    - consistent · the text says 'about 2,500 troops'
    >>> later = ['"Zas said the contingent numbered about 2,500 troops."']
    >>> print(explain(load_case("kazakhstan-2022"), "column-mission", later).text[:61])
    - ? · 'about 2,500 troops': you judge this figure yourself in
    """
    prompts = [loose_text(p) for p in withheld]
    lines = []
    for c in check_article(case.article(text_id), case.facts):
        sentence, figure = loose_text(c.sentence)[:60], loose_text(c.quantity.text)
        if any(sentence in p or figure in p for p in prompts):
            lines.append(
                f"- **?** · '{escape_md(c.quantity.text)}': you judge this figure yourself in "
                "an exercise (below, or in the pre/post check), so its verdict is not shown here"
            )
        else:
            lines.append(f"- **{c.verdict}** · {escape_md(c.reason)}")
    return shown("\n".join(lines) or "*No figures found.*")


WORDING = ("prompt", "items", "text", "why")  # where an entry gives the figures it asks about


def _strings(node: object) -> list[str]:
    """The strings of an exercise's entry that state its figures (not hints), in order."""
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [s for key in WORDING for s in _strings(node.get(key))]
    if isinstance(node, list):
        return [s for value in node for s in _strings(value)]
    return []


def _quoted_rows(case: Case, item: object, figures: dict) -> list[str]:
    """The rows the checker holds an item's figure against, for an item that points at a
    figure in a text (`article` and `quote`, as the kit's own exercises do)."""
    if not isinstance(item, dict) or item.get("article") not in case.articles:
        return []
    quote = " ".join(str(item.get("quote") or "").split())
    checks = check_article(case.articles[item["article"]], case.facts) if quote else []
    return [
        c.fact.id
        for c in checks
        if c.fact is not None and c.fact.id in figures
        and (c.quantity.text in quote or quote in c.quantity.text)
    ]


def referred_facts(case: Case, specs: Sequence[dict]) -> list[str]:
    """The ledger rows (not dates) that exercises refer to, in the order they first do: rows
    named by id in an entry's wording, rows whose value a figure of 10 or more there gives
    exactly, and the rows the checker holds an item's quoted figure against.

    >>> from medialit.case.load import load_case
    >>> case = load_case("kazakhstan-2022")
    >>> spec = {"prompt": "The toll was 238 (deaths-total-238) in 19,190,000 people."}
    >>> referred_facts(case, [spec])
    ['deaths-total-238', 'kazakhstan-population']
    """
    figures = {f.id: f for f in case.facts.values() if not f.is_date}
    found: list[str] = []
    for spec in specs:
        for text in _strings(spec):
            named = [
                (m.start(), fid)
                for fid in figures
                for m in re.finditer(rf"(?<![\w-]){re.escape(fid)}(?![\w-])", text)
            ]
            for q in extract_quantities(text):
                named += [
                    (q.start, f.id)
                    for f in figures.values()
                    if q.low is not None and q.high >= 10 and f.low == q.low and f.high == q.high
                ]
            found += [fid for _, fid in sorted(named)]
        for item in spec.get("items") or [] if isinstance(spec, dict) else []:
            found += _quoted_rows(case, item, figures)
    return list(dict.fromkeys(found))


def exercise_ledger(case: Case, specs: Sequence[dict], intro: str = "") -> Shown:
    """The ledger rows that exercises refer to, as a table: what was counted, the value, its
    unit, when and who reported it. It gives no verdict: judging the figures is the exercise.
    `intro` replaces the line above the table.

    >>> from medialit.case.load import load_case
    >>> case = load_case("kazakhstan-2022")
    >>> view = exercise_ledger(case, [{"prompt": "Of 4,353 injured (injured-total) ..."}])
    >>> print(view.text.splitlines()[0])
    The ledger rows the exercises below refer to (1, from facts.csv). ...
    """
    rows = referred_facts(case, specs)
    if not rows:
        return shown(
            "*The exercises below refer to no row of this case's ledger (facts.csv) that the "
            "kit can find: name a row's id in an exercise to show it here.*"
        )
    lines = [
        intro
        or f"The ledger rows the exercises below refer to ({len(rows)}, from facts.csv). Compare "
        "each figure with its row.",
        "",
        "| Row | What was counted | Value | Unit | As of | Reported by | Status |",
        "|---|---|---|---|---|---|---|",
    ]
    for fid in rows:
        f = case.facts[fid]
        cells = [fid, f.claim, f.value, f.unit, nice_date(f.as_of), f.reported_by, f.status]
        lines.append("| " + " | ".join(escape_md(str(c)) for c in cells) + " |")
    return shown("\n".join(lines))


def _facts(case: Case, fact_ids: tuple[str, ...]) -> list:
    return [case.facts[f] for f in fact_ids if f in case.facts]


def chart_against_ledger(case: Case, fact_ids: tuple[str, ...], title: str) -> Shown:
    """Each outlet's figure for one thing, on one chart, with the ledger's figures marked.

    >>> from medialit.case.load import load_case
    >>> summary = chart_against_ledger(load_case("kazakhstan-2022"), ("csto-flights",), "Flights")
    Chart: Flights. ...
    >>> print(summary.text[:45])
    Summary: 2 figures from the texts against the
    """
    import matplotlib.pyplot as plt

    checks = [
        (aid, c)
        for aid, c in case_checks(case)
        if c.fact and (c.fact.id in fact_ids or set(c.related) & set(fact_ids))
    ]
    if not checks and not _facts(case, fact_ids):
        return _no_rows(case, fact_ids)
    fig, ax = plt.subplots(figsize=(8, 0.42 * len(checks) + 1.8))
    top = max([c.quantity.high for _, c in checks] + [f.high for f in _facts(case, fact_ids)])
    for row, (_, c) in enumerate(checks):
        q = c.quantity
        xs = [q.low, q.high] if q.low != q.high else [q.low]
        ax.plot(
            xs,
            [row] * len(xs),
            marker=MARKERS[c.verdict],
            color=COLOURS[c.verdict],
            markersize=9,
            linewidth=3,
            linestyle="-",
        )
        ax.annotate(f"  {q.text} ({c.verdict})", (q.high, row), fontsize=8, va="center")
    for fact in _facts(case, fact_ids):
        style = "-" if fact.status == "current" else "--"
        ax.axvline(
            fact.low,
            color="black",
            linestyle=style,
            linewidth=1,
            label=f"ledger: {fact.low:,.0f} {fact.unit} ({fact.status}, {fact.as_of})",
        )
    for verdict in dict.fromkeys(c.verdict for _, c in checks):
        ax.plot(
            [], [], marker=MARKERS[verdict], color=COLOURS[verdict], linestyle="", label=verdict
        )
    ax.legend(loc="lower right", fontsize=8)
    ax.set_yticks(range(len(checks)), [_outlet(case, aid) for aid, _ in checks], fontsize=8)
    ax.set_xlim(0, top * 1.45)
    ax.set_ylim(-0.7, len(checks) + 0.6)
    ax.set_title(title)
    ax.set_xlabel("figure given; vertical lines: the ledger (solid: current, dashed: replaced)")
    alt = (
        f"Chart: {title}. Each outlet's figure is a marker on its own line; vertical lines "
        "are the ledger's figures. The summary under the chart gives the numbers."
    )
    show_figure(fig, alt)
    refs = _facts(case, fact_ids)
    counts: dict[str, int] = {}
    for _, c in checks:
        counts[c.verdict] = counts.get(c.verdict, 0) + 1
    ref_text = ", ".join(f"{f.low:,.0f} {f.unit} ({f.status}, {f.as_of})" for f in refs)
    tally = ", ".join(f"{n} {v}" for v, n in counts.items())
    return shown(
        f"*Summary:* {len(checks)} figures from the texts against the ledger's {ref_text}: {tally}."
    )


def _no_rows(case: Case, fact_ids: tuple[str, ...]) -> Shown:
    rows = ", ".join(f.id for f in case.facts.values() if not f.is_date) or "none yet"
    return shown(
        f"*This case's ledger (facts.csv) has no rows {escape_md(', '.join(fact_ids))}, so "
        "there is no chart here. To chart one thing text by text, put its rows' ids in the "
        f"cell above. This case's rows with figures: {escape_md(rows)}.*"
    )


def changed_figures(case: Case) -> Shown:
    """The ledger's figures that were replaced or taken back, and the texts that use them;
    then the figures of one thing that differ between sources or dates (`figures_of_one_thing`).

    >>> from medialit.case.load import load_case
    >>> print(changed_figures(load_case("kazakhstan-2022")).text.splitlines()[0][:48])
    Figures in this case's ledger that were replaced
    """
    changed = [f for f in case.facts.values() if f.status in ("superseded", "withdrawn")]
    groups = figures_of_one_thing(case.facts)
    if not (changed or groups):
        return shown(
            "*No figure in this case's ledger (facts.csv) was replaced or withdrawn, and no two "
            "rows give different figures for one thing, so there is no timeline of changing "
            "figures here. Mark one with status superseded or withdrawn, or give two sources' "
            "figures for one thing the same claim (see data/README.md), to show it.*"
        )
    used: dict[str, set[str]] = {}
    for aid, c in case_checks(case):
        if c.fact:
            used.setdefault(c.fact.id, set()).add(_outlet(case, aid))
    lines = []
    if changed:
        head = "Figures in this case's ledger that were replaced or withdrawn, and who gave them."
        lines.append(f"**{head}**")
    for f in changed:
        said = ", ".join(sorted(used.get(f.id, ()))) or "no text"
        lines.append(
            f"- {escape_md(f.claim)}: {_figure(f)} {escape_md(f.unit)} ({f.status}, "
            f"{escape_md(nice_date(f.as_of))}, {escape_md(f.reported_by)}). "
            f"{escape_md(f.note)} Texts that use it: {escape_md(said)}."
        )
    if groups:
        lines.append(
            "\n**One thing, different figures: each source's own count or estimate, or a count "
            "that was updated.**"
        )
    for group in groups:
        figures = "; ".join(
            f"{escape_md(f.value)} ({escape_md(f.reported_by)}, {escape_md(nice_date(f.as_of))}"
            f"{'' if f.status == 'current' else ', ' + f.status})"
            for f in group
        )
        lines.append(f"- {escape_md(group[0].claim)} ({escape_md(group[0].unit)}): {figures}.")
    return shown("\n".join(lines))


def _figure(fact) -> str:
    """A row's value as the lines show it: a count with separators, a date or year as written.

    >>> from medialit.case import Fact
    >>> _figure(Fact("a", "", "2030", "troops", "2022", "", "current", "", 2030, 2030))
    '2,030'
    >>> _figure(Fact("b", "", "2020", "year", "2023", "", "withdrawn", ""))
    '2020'
    """
    return f"{fact.low:,.10g}" if fact.low is not None and not fact.is_date else fact.value


def _derived(fact) -> bool:
    """True for a ledger row the kit worked out itself ("derived from ..." in reported_by).

    >>> from types import SimpleNamespace
    >>> _derived(SimpleNamespace(reported_by="derived from a and b")), _derived(
    ...     SimpleNamespace(reported_by="Reuters"))
    (True, False)
    """
    return fact.reported_by.strip().lower().startswith("derived from")


def death_toll_timeline(case: Case) -> Shown:
    """The official death toll over time, with the withdrawn figure marked, and who gave it.

    A case with no death-toll rows (ids starting `deaths-total`) gets `changed_figures`.

    >>> from medialit.case.load import load_case
    >>> summary = death_toll_timeline(load_case("kazakhstan-2022"))
    Chart: the official death toll, as it was given. ...
    >>> "164 (9 Jan 2022, withdrawn)" in summary.text
    True
    >>> "44 (7 Jan 2022, superseded, our own sum of published figures" in summary.text
    True
    """
    import matplotlib.pyplot as plt

    tolls = sorted(
        (f for f in case.facts.values() if f.id.startswith("deaths-total")),
        key=lambda f: f.as_of_end,
    )
    if not tolls:
        return changed_figures(case)
    fig, ax = plt.subplots(figsize=(7.5, 3.2))
    for i, f in enumerate(tolls):
        verdict = (
            "conflicts"
            if f.status == "withdrawn"
            else "consistent"
            if f.status == "current"
            else "close"
        )
        ax.scatter(i, f.low, marker=MARKERS[verdict], color=COLOURS[verdict], s=90)
        star = "*" if _derived(f) else ""
        ax.annotate(f" {f.low:,.0f}{star} ({f.status})", (i, f.low), fontsize=8)
    ax.set_xticks(range(len(tolls)), [f.as_of for f in tolls], fontsize=8)
    if any(_derived(f) for f in tolls):
        note = "* our own sum of published figures, not a published total"
        ax.text(0.01, 0.95, note, transform=ax.transAxes, fontsize=7, va="top")
    ax.set_ylabel("deaths")
    ax.set_ylim(0, max(f.high for f in tolls) * 1.15)
    ax.set_xlabel("when the figure was given (in order, not to scale)")
    ax.set_title("The official death toll, as it was given (X = withdrawn)")
    alt = (
        "Chart: the official death toll, as it was given. One marker per figure, in the "
        "order given; the withdrawn figure is an X. The summary under the chart lists them."
    )
    show_figure(fig, alt)
    steps = " → ".join(
        f"{f.low:,.0f} ({nice_date(f.as_of)}, {f.status}"
        f"{', our own sum of published figures, not a published total' if _derived(f) else ''})"
        for f in tolls
    )
    mentions = sorted(
        {
            _outlet(case, aid)
            for aid, c in case_checks(case)
            if c.fact and c.fact.status == "withdrawn"
        }
    )
    said = ", ".join(mentions) or "no text"
    return shown(f"*Summary:* {steps}. Texts that mention the withdrawn figure: {said}.")


def mentions(case: Case, words: str) -> Shown:
    """Every sentence in the case that contains `words`, with the sentence after it.

    >>> from medialit.case.load import load_case
    >>> print(mentions(load_case("kazakhstan-2022"), "164").text[:40])
    - Kestrel Wire: On 9 January a governmen
    """
    lines = []
    for aid, article in case.articles.items():
        sentences = article.sentences
        for i, sentence in enumerate(sentences):
            if words in sentence.text:
                after = " ".join(s.text for s in sentences[i + 1 : i + 3])
                lines.append(
                    f"- **{escape_md(_outlet(case, aid))}**: {escape_md(sentence.text)} "
                    f"*Next:* {escape_md(after)}"
                )
    return shown("\n".join(lines) or f"*No sentence contains {escape_md(words)}.*")
