"""Charts for comparing texts, each with a one-line text summary for screen readers.

Colours are Okabe-Ito (colour-blind safe), and the two sides also differ by side of
the axis and by hatching, so the chart reads in grey too.
"""

from __future__ import annotations

from dataclasses import dataclass

from medialit.vocabulary import DistinctiveWord

BLUE, VERMILLION = "#0072B2", "#D55E00"  # Okabe-Ito


@dataclass
class Chart:
    """A matplotlib figure and the one-line summary that says what it shows."""

    figure: object
    summary: str

    def _repr_png_(self):  # shown as the figure in a notebook
        import io

        buffer = io.BytesIO()
        self.figure.savefig(buffer, format="png", bbox_inches="tight")
        return buffer.getvalue()

    def __repr__(self) -> str:
        return self.summary


def distinctive_chart(
    distinctive: dict[str, list[DistinctiveWord]], a_name: str = "A", b_name: str = "B"
) -> Chart:
    """A bar chart of each side's most distinctive words by z-score, with a text summary.

    >>> from medialit.vocabulary import distinctive_words
    >>> d = distinctive_words("Bandits attacked. Bandits burned. Bandits, bandits.",
    ...                       "Protesters marched. Protesters asked. Protesters, protesters.",
    ...                       min_z=0.5)
    >>> distinctive_chart(d, "government", "critic").summary
    'Words more typical of government: bandits (z=+0.7). Of critic: protesters (z=-0.7).'
    """
    import matplotlib.pyplot as plt

    a, b = distinctive.get("a", []), distinctive.get("b", [])
    rows = [(w.word, w.z, BLUE, "") for w in a] + [(w.word, w.z, VERMILLION, "//") for w in b]
    rows.sort(key=lambda r: r[1])
    fig, ax = plt.subplots(figsize=(6, max(2.0, 0.35 * len(rows) + 1)))
    for y, (_, z, colour, hatch) in enumerate(rows):
        ax.barh(y, z, color=colour, hatch=hatch, edgecolor="white")
    ax.set_yticks(range(len(rows)), [r[0] for r in rows])
    ax.axvline(0, color="black", linewidth=0.8)
    for edge in (-1.96, 1.96):
        ax.axvline(edge, color="grey", linestyle=":", linewidth=0.8)
    ax.set_xlabel(f"z-score: left, more typical of {b_name}; right, of {a_name}")
    ax.set_title("Distinctive words (dotted lines: |z| = 1.96)")
    fig.tight_layout()
    plt.close(fig)

    def listed(words: list[DistinctiveWord]) -> str:
        return ", ".join(f"{w.word} (z={w.z:+.1f})" for w in words[:5]) or "none stand out"

    summary = f"Words more typical of {a_name}: {listed(a)}. Of {b_name}: {listed(b)}."
    return Chart(fig, summary)
