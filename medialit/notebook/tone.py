"""Tone per paragraph for a lesson: a chart with its summary in words, and the cases where
the tone scorer (VADER) gets it wrong, scored live so the failures are shown, not hidden.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from medialit.detectors import paragraph_tones, tone_caveats
from medialit.errors import MedialitError
from medialit.notebook.charts import BLUE, GREEN, GREY, ORANGE, VERMILLION, Chart, render
from medialit.shown import Shown, escape_md

if TYPE_CHECKING:
    from medialit.case import Case

STYLES = [(BLUE, "o", "-"), (VERMILLION, "s", "--"), (GREEN, "^", ":"), (ORANGE, "D", "-.")]


def tone_chart(case: Case, ids: list[str]) -> Chart:
    """VADER's tone for every paragraph of up to four texts, with a one-line summary.

    >>> from medialit.case.load import load_case
    >>> chart = tone_chart(load_case("kazakhstan-2022"), ["wire-report"])
    >>> chart.summary.startswith("Tone per paragraph (VADER, -1 to +1): Kestrel Wire averages")
    True
    """
    from matplotlib.figure import Figure

    if not 1 <= len(ids) <= len(STYLES):
        raise MedialitError(f"chart the tone of 1 to {len(STYLES)} texts at a time")
    fig = Figure(figsize=(7.0, 3.4))
    ax = fig.subplots()
    parts, details, extremes = [], [], []
    for text_id, (colour, marker, line) in zip(ids, STYLES, strict=False):
        article = case.article(text_id)
        name = case.outlet_name(article)
        tones = paragraph_tones(article)
        xs = [t.paragraph + 1 for t in tones]
        ys = [t.compound for t in tones]
        ax.plot(xs, ys, color=colour, marker=marker, linestyle=line, label=name)
        mean = sum(ys) / len(ys) if ys else 0.0
        parts.append(f"{name} averages {mean:+.2f}")
        details.append(
            f"{name}: " + ", ".join(f"¶{x} {y:+.2f}" for x, y in zip(xs, ys, strict=True))
        )
        extremes += [(t.compound, name, t.paragraph + 1, t.why) for t in tones]
    ax.axhline(0, color=GREY, linewidth=0.8)
    ax.set_ylim(-1.05, 1.05)
    ax.set_xlabel("Paragraph")
    ax.set_ylabel("VADER compound score")
    ax.set_title("Tone per paragraph: word feelings, not truth")
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.2), ncol=len(ids), fontsize="small")
    low, high = min(extremes), max(extremes)
    summary = (
        f"Tone per paragraph (VADER, -1 to +1): {'; '.join(parts)}. Most negative: {low[1]} "
        f"¶{low[2]} ({low[0]:+.2f}: {low[3]}); most positive: {high[1]} ¶{high[2]} "
        f"({high[0]:+.2f}: {high[3]})."
    )
    return Chart(render(fig), summary, "Scores by paragraph. " + " | ".join(details))


def tone_failures() -> Shown:
    """Sentences VADER scores wrongly, each scored now, with what a reader hears and why.

    >>> print(tone_failures().text.splitlines()[0])  # doctest: +ELLIPSIS
    VADER gets ... of ... test sentences wrong: ...
    """
    caveats = tone_caveats()
    wrong = [c for c in caveats if c.vader.label != c.reader]
    head = (
        f"VADER gets {len(wrong)} of {len(caveats)} test sentences wrong: "
        f"{', '.join(sorted({c.problem for c in wrong}))}."
    )
    md = [
        f"**{escape_md(head)}**",
        "",
        "| Sentence | A reader hears | VADER says | The words it counted | What goes wrong |",
        "|---|---|---|---|---|",
    ]
    text = [head]
    for c in caveats:
        said = f"{c.vader.label} ({c.vader.compound:+.2f})"
        md.append(
            f"| {escape_md(c.text)} | {escape_md(c.reader)} | {escape_md(said)} | "
            f"{escape_md(c.vader.why)} | {escape_md(c.why)} |"
        )
        text.append(f"- {c.text} Reader: {c.reader}. VADER: {said} ({c.vader.why}). {c.why}")
    return Shown("\n".join(md), "\n".join(text))
