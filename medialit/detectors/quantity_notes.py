"""The quantity finder and the ledger check against a case's annotations: what the answer
key says is there, and which verdicts it accepts.

Used by the tests and `bench/bench_numbers.py` to measure the finder and the check on the
case's annotated figures.
"""

from __future__ import annotations

from collections.abc import Iterator

from medialit.detectors.checking import check_figure
from medialit.detectors.factcheck import check_quantity
from medialit.detectors.quantities import Quantity, extract_quantities
from medialit.detectors.verdicts import Check


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


def annotated_checks(case) -> Iterator[tuple[str, object, Check]]:
    """Each annotated quantity of a case checked as `check_article` checks it, in its own
    sentence, with the text's date and the next two sentences: (article id, note, check).

    >>> from medialit.case import load_case
    >>> article_id, note, check = next(annotated_checks(load_case("kazakhstan-2022")))
    >>> check.verdict in note.verdict
    True
    """
    for article_id, notes in case.annotations.items():
        article = case.articles[article_id]
        sentences = article.sentences
        when = str(article.meta.get("date") or "") or None
        for note in notes.quantities:
            (index,) = [i for i, s in enumerate(sentences) if note.quote in s.text]
            sentence = sentences[index].text
            start = sentence.index(note.quote)
            end = start + len(note.quote)
            (q, *_) = [q for q in extract_quantities(sentence) if q.start < end and q.end > start]
            context = " ".join(s.text for s in sentences[index + 1 : index + 3])
            yield article_id, note, check_quantity(q, sentence, case.facts, when, context)


def paraphrase_problems(figure: dict, paraphrase: dict, facts: dict) -> list[str]:
    """What keeps a paraphrase of a figure from reaching the figure's verdict; empty when
    it does. The shapes are those of `tests/cases/number-paraphrases.json`: `figure` gives
    `verdict`, `date`, `fact` (or `facts`, any of which will do) and, for `attributed`,
    `attributed_to`; `paraphrase` gives `text`, `figure` (words of the quantity to check)
    and the `hedge` it must keep, if any.

    >>> from medialit.case import load_case
    >>> facts = load_case("kazakhstan-2022").facts
    >>> figure = {"verdict": "consistent", "fact": "detained-interior", "date": "2022-01-12"}
    >>> text = "Practically 10,000 people have been detained, the Interior Ministry says."
    >>> paraphrase = {"text": text, "figure": "10,000", "hedge": "practically"}
    >>> paraphrase_problems(figure, paraphrase, facts)
    []
    """
    check = check_figure(paraphrase["text"], paraphrase["figure"], facts, figure["date"])
    if check is None:
        return [f"no quantity containing {paraphrase['figure']!r} was found"]
    problems = []
    if check["verdict"] != figure["verdict"]:
        problems.append(f"verdict {check['verdict']}, not {figure['verdict']}: {check['reason']}")
    allowed = figure.get("facts") or [figure.get("fact")]
    if figure.get("fact") and check["fact"] not in allowed:
        problems.append(f"rests on {check['fact']}, not on {' or '.join(allowed)}")
    hedge = paraphrase.get("hedge")
    if hedge and (check["hedge"] or "").lower() != hedge:
        problems.append(f"hedge {check['hedge']!r} instead of {hedge!r}")
    speaker = figure.get("attributed_to")
    if speaker and speaker.lower() not in (check["attributed_to"] or "").lower():
        problems.append(f"attributed to {check['attributed_to']!r}, not {speaker!r}")
    return problems


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
