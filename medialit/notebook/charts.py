"""Charts for the lessons: colour-blind-safe colours, patterns as well as colour, and a
one-line summary in words under every chart (the summary is also the text twin).

Charts are drawn off-screen (no pyplot state, no display needed) and shown as an
image with its summary; where images cannot show, the summary and the figures
behind it are there as plain text.
"""

from __future__ import annotations

import base64
import io
from typing import TYPE_CHECKING

from medialit.detectors import distinctive_words
from medialit.shown import escape_html, escape_md

if TYPE_CHECKING:
    from medialit.case import Case

# Okabe & Ito (2008), the colour-blind-safe palette the kit uses everywhere.
BLUE, VERMILLION, ORANGE, SKY, GREEN, GREY = (
    "#0072B2",
    "#D55E00",
    "#E69F00",
    "#56B4E9",
    "#009E73",
    "#999999",
)


class Chart:
    """An image with a one-line summary; displays as HTML, PNG or text, whichever works.

    >>> chart = Chart(b"", "Two words stand out.", "bandits 3, protesters 0")
    >>> print(chart)
    Two words stand out.
    bandits 3, protesters 0
    """

    def __init__(self, png: bytes, summary: str, details: str = "", alt: str = ""):
        self.png = png
        self.summary = summary
        self.details = details
        self.alt = alt or summary

    @property
    def text(self) -> str:
        """The chart in words: the summary, then the figures it is drawn from."""
        return "\n".join(x for x in (self.summary, self.details) if x)

    def __repr__(self) -> str:
        return self.text

    def _repr_mimebundle_(self, include=None, exclude=None) -> dict:
        data = base64.b64encode(self.png).decode("ascii")
        image = f'<img src="data:image/png;base64,{data}" alt="{escape_html(self.alt)}">'
        return {
            "text/html": f"<figure>{image}<figcaption><b>{escape_html(self.summary)}</b>"
            "</figcaption></figure>",
            "text/markdown": f"**{escape_md(self.summary)}**\n\n{escape_md(self.details)}",
            "image/png": data,
            "text/plain": self.text,
        }


class Picture:
    """A chart image with alt text and no caption, for a chart whose summary in words is
    shown just under it. (A matplotlib figure displayed as it is becomes a PNG that
    JupyterLab shows with no alt text at all.)

    >>> print(Picture(b"", "Chart: flights, text by text."))
    Chart: flights, text by text.
    """

    def __init__(self, png: bytes, alt: str):
        self.png = png
        self.alt = alt

    def __repr__(self) -> str:
        return self.alt

    def _repr_mimebundle_(self, include=None, exclude=None) -> dict:
        data = base64.b64encode(self.png).decode("ascii")
        image = f'<img src="data:image/png;base64,{data}" alt="{escape_html(self.alt)}">'
        return {"text/html": image, "image/png": data, "text/plain": self.alt}


def render(figure) -> bytes:
    """A matplotlib `Figure` as PNG bytes, drawn off-screen."""
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=96, bbox_inches="tight")
    return buffer.getvalue()


def show_figure(figure, alt: str) -> None:
    """Lay out a pyplot figure, show it as a `Picture` with its alt text, and close it.

    >>> import matplotlib.pyplot as plt
    >>> show_figure(plt.figure(), "Chart: nothing drawn yet.")
    Chart: nothing drawn yet.
    """
    import matplotlib.pyplot as plt
    from IPython.display import display

    figure.tight_layout()
    display(Picture(render(figure), alt))
    plt.close(figure)


def distinctive_chart(case: Case, a_id: str, b_id: str, top: int = 8) -> Chart:
    """The words most typical of each of two texts (log-odds z-scores), as a bar chart.

    >>> from medialit.case.load import load_case
    >>> chart = distinctive_chart(load_case("kazakhstan-2022"), "wire-report", "state-editorial")
    >>> chart.summary.startswith("More typical of Kestrel Wire:")
    True
    """
    from matplotlib.figure import Figure

    a, b = case.article(a_id), case.article(b_id)
    name_a, name_b = case.outlet_name(a), case.outlet_name(b)
    found = distinctive_words(a, b, case.articles.values(), top=top)
    side_a, side_b = found["a"], found["b"]
    rows = [(w.word, w.z, f"{w.count_a} vs {w.count_b}") for w in side_a]
    rows += [(w.word, w.z, f"{w.count_a} vs {w.count_b}") for w in side_b]
    rows.sort(key=lambda r: r[1])
    fig = Figure(figsize=(6.4, 0.32 * max(len(rows), 4) + 1.2))
    ax = fig.subplots()
    colours = [BLUE if z > 0 else VERMILLION for _, z, _ in rows]
    hatches = ["//" if z > 0 else ".." for _, z, _ in rows]
    bars = ax.barh([r[0] for r in rows], [r[1] for r in rows], color=colours, edgecolor="black")
    for bar, hatch in zip(bars, hatches, strict=True):
        bar.set_hatch(hatch)
    ax.axvline(0, color="black", linewidth=0.8)
    for limit in (-1.96, 1.96):
        ax.axvline(limit, color=GREY, linestyle="--", linewidth=0.8)
    ax.set_xlabel(f"← more typical of {name_b}   |   more typical of {name_a} →  (z-score)")
    ax.set_title("Distinctive words (dashed lines: z = ±1.96)")
    words_a = ", ".join(w.word for w in side_a) or "none stand out"
    words_b = ", ".join(w.word for w in side_b) or "none stand out"
    summary = f"More typical of {name_a}: {words_a}. More typical of {name_b}: {words_b}."
    details = "; ".join(f"{w} z={z:+.1f} ({counts})" for w, z, counts in reversed(rows))
    return Chart(render(fig), summary, f"Word, z-score (uses in A vs B): {details}.")
