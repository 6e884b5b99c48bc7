"""The quantity finder against a case's annotations: what the answer key says is there.

Used by the tests and `bench/bench_numbers.py` to measure the finder on the case's
annotated figures.
"""

from __future__ import annotations

from collections.abc import Iterator

from medialit.detectors.quantities import Quantity, extract_quantities


def annotated_quantities(case) -> Iterator[tuple[object, list[Quantity]]]:
    """Each annotated quantity of a case with the quantities found overlapping its quote.

    >>> from medialit.case import load_case
    >>> note, found = next(annotated_quantities(load_case("kazakhstan-2022")))
    >>> any(matches_note(q, note) for q in found)
    True
    """
    for article_id, notes in case.annotations.items():
        article = case.articles[article_id]
        for note in notes.quantities:
            (sentence,) = article.sentences_with(note.quote)
            start = sentence.text.index(note.quote)
            end = start + len(note.quote)
            found = [
                q for q in extract_quantities(sentence.text) if q.start < end and q.end > start
            ]
            yield note, found


def matches_note(quantity: Quantity, note) -> bool:
    """Whether an extracted quantity has an annotation's value (or range) and hedge.

    >>> from types import SimpleNamespace
    >>> (q,) = extract_quantities("about 2,500 troops")
    >>> matches_note(q, SimpleNamespace(low=2500, high=2500, hedge="about"))
    True
    """
    return (quantity.low, quantity.high) == (note.low, note.high) and (
        quantity.hedge or ""
    ).lower() == (note.hedge or "").lower()
