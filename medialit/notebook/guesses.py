"""What a lesson shows where the case has no answer key: the kit's detectors, labelled.

A teacher's own case may have no annotations, no claim matrix and no exercises. The
lessons then show what the kit's detectors find in the case's texts, every flag with
the words that triggered it, and say plainly that this is a guess, not an answer key.
"""

from __future__ import annotations

from medialit.case import Case
from medialit.detectors import explain_causal
from medialit.notebook.side_by_side import retelling_drift
from medialit.notebook.standins import copy_pair
from medialit.shown import Shown, escape_md, shown

NO_KEY = "No answer key for this case: this is what the kit's {detector} sees, and it can be wrong."


def no_key_line(detector: str) -> str:
    """The one line that labels a detector's view on a case without an answer key.

    >>> no_key_line("hedge detector")
    "No answer key for this case: this is what the kit's hedge detector sees, and it can be wrong."
    """
    return NO_KEY.format(detector=detector)


def causal_claims_in_case(case: Case, limit: int = 12) -> Shown:
    """The sentences of the case's texts the causal-claim detector flags, with its reasons.

    >>> from medialit.case.load import load_case
    >>> view = causal_claims_in_case(load_case("kazakhstan-2022"), limit=2)
    >>> print(view.text.splitlines()[0])  # doctest: +ELLIPSIS
    No answer key for this case: this is what the kit's causal-claim detector sees, ...
    """
    found = [
        (article_id, reading)
        for article_id, article in case.articles.items()
        for reading in map(explain_causal, (s.text for s in article.sentences))
        if reading.causal
    ]
    head = no_key_line("causal-claim detector")
    count = (
        f"It flags {len(found)} sentence{'s' if len(found) != 1 else ''} of this case's "
        f"{len(case.articles)} texts as causal claims"
        + (f"; here are the first {limit}." if len(found) > limit else ".")
    )
    rows = []
    for n, (article_id, reading) in enumerate(found[:limit], start=1):
        why = "; ".join(escape_md(x) for x in reading.explanations()) or "no signal named"
        rows.append(
            f"{n}. **{escape_md(case.outlet_name(case.articles[article_id]))}**: "
            f"{escape_md(reading.text)}  \n"
            f"   Detector: causal claim, {escape_md(reading.support)}: {why}"
        )
    ask = (
        "For each one, ask: is it really a claim that one thing caused another, and what "
        "supports it? Where you disagree with the detector, say why. It also misses claims: "
        "read the texts for causes it did not flag."
    )
    return shown("\n\n".join([f"**{escape_md(head)}**", count, *rows, ask]))


def drift_guess(case: Case) -> Shown:
    """Where the case lists no drift (claims.yml), the hedge detector on its copy and original.

    >>> from medialit.case.load import load_case
    >>> print(drift_guess(load_case("kazakhstan-2022")).text.splitlines()[0])
    ... # doctest: +NORMALIZE_WHITESPACE
    This case lists no hedge-to-fact drift of its own (the drift: list in claims.yml; see
    data/README.md). No answer key for this case: this is what the kit's hedge detector
    sees, and it can be wrong.
    """
    pair = copy_pair(case)
    head = (
        "This case lists no hedge-to-fact drift of its own (the drift: list in claims.yml; "
        f"see data/README.md). {no_key_line('hedge detector')}"
    )
    if pair is None:
        return shown(f"*{escape_md(head)}* This case has no copy of another text to compare.")
    found = retelling_drift(case, *pair)
    return Shown(f"*{escape_md(head)}*\n\n{found.markdown}", f"{head}\n{found.text}")
