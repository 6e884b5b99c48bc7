"""What a lesson's example cells use on a case whose notes give none.

A lesson's example cells (a phrase to find, a sentence to spin, the ledger rows to
chart) take their words from the case's notes (`notes/<lesson>.md`, part
`examples`). A case without them gets examples from its own texts and ledger, so
the cells show something of this case and never of another.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from medialit.shown import shown

if TYPE_CHECKING:
    from medialit.case import Case
    from medialit.shown import Shown

# A figure ("6,800", "1.5") or a run of capitalised words not opening a sentence.
PHRASE = re.compile(r"\d[\d,.]*\d|\d|(?<=\w )(?:[A-Z][a-z]+)(?: [A-Z][a-z]+)*")


def shared_phrases(case: Case) -> list[str]:
    """Figures and names that several texts of the case use, those in most texts first.

    >>> from medialit.case.load import load_case
    >>> "Almaty" in shared_phrases(load_case("kazakhstan-2022"))[:5]
    True
    """
    in_texts: Counter[str] = Counter()
    for article in case.articles.values():
        found = {m.group(0) for p in article.paragraphs for m in PHRASE.finditer(p)}
        in_texts.update(p for p in found if len(p) > 2)
    ranked = sorted(in_texts.items(), key=lambda kv: (-kv[1], kv[0]))
    return [p for p, n in ranked if n >= 2] or [p for p, _ in ranked]


def first_sentence(case: Case) -> str:
    """The first sentence of the baseline, or of the first text when there is no baseline."""
    text_id = case.baseline if case.baseline in case.articles else next(iter(case.articles), "")
    sentences = case.articles[text_id].sentences if text_id else []
    return sentences[0].text if sentences else "Type a sentence here."


def example_words(case: Case, name: str, given: dict[str, str]) -> str:
    """The words an example cell uses: the case's own (`given`), else found in its texts.

    `find-2` is the second most shared figure or name; `spin` a sentence to spin;
    `withdrawn` a figure the ledger marks withdrawn or superseded that a text uses.

    >>> from medialit.case.load import load_case
    >>> example_words(load_case("kazakhstan-2022"), "find-1", {"find-1": "20,000"})
    '20,000'
    """
    if name in given:
        return given[name]
    if name.startswith("spin"):
        return first_sentence(case)
    if name == "withdrawn":  # a figure the ledger marks withdrawn or replaced, if texts use it
        for fact in case.facts.values():
            if fact.status in ("withdrawn", "superseded") and fact.low and not fact.is_date:
                figure = f"{fact.low:,.0f}" if fact.low == int(fact.low) else fact.value
                if any(figure in a.text for a in case.articles.values()):
                    return figure
    number = int(name.rsplit("-", 1)[1]) if name[-1:].isdigit() else 1
    phrases = shared_phrases(case)
    return phrases[(number - 1) % len(phrases)] if phrases else "the"


def ledger_rows(case: Case, given: dict[str, str]) -> tuple[tuple[str, ...], str]:
    """The ledger rows a chart shows, and its title: the case's own, else the count that
    most texts give a figure for."""
    if given.get("chart"):
        rows = tuple(r.strip() for r in given["chart"].split(","))
        return rows, given.get("chart-title") or "One figure, text by text"
    from medialit.notebook.numbers import case_checks

    counted = Counter(c.fact.id for _, c in case_checks(case) if c.fact and not c.fact.is_date)
    if not counted:
        return (), "One figure, text by text"
    fact = case.facts[counted.most_common(1)[0][0]]
    return (fact.id,), f"{fact.claim}, text by text"


def case_note(notes: dict[str, str], slot: str) -> Shown:
    """A part of the case's notes for this lesson, or nothing when the case has none."""
    return shown(notes.get(slot, ""))

