"""Building a name-the-technique exercise from its entry: the key comes from the annotations.

An entry lists the techniques to choose from (`labels`, each with a short title) and its
passages by text and quote. Each passage's key is the `techniques:` the case's annotations
record for that sentence (none recorded: a fair sentence, keyed `none`), so the key stays in
step with the data. `also` adds reasonable alternatives the annotation does not list.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from medialit.errors import MedialitError
from medialit.exercises.annotated import annotated_sentence, need
from medialit.exercises.technique import NONE, Passage, TechniqueExercise

if TYPE_CHECKING:
    from medialit.case import Case


def _passage(case: Case, raw: object, labels: dict[str, str], number: int) -> Passage:
    if not isinstance(raw, dict):
        raise MedialitError(f"passage {number} needs article and quote")
    sentence, note, where = annotated_sentence(case, raw)
    if note is None:
        raise MedialitError(
            f"passage {number}: the sentence with '{raw['quote']}' has no note in "
            f"annotations/{raw['article']}.yml; annotate it first (techniques: [] for a fair one)"
        )
    also = tuple(raw.get("also") or ())
    for key in (*note.techniques, *also):
        if key not in labels:
            raise MedialitError(
                f"passage {number} is keyed '{key}', which is not one of the labels "
                f"{', '.join(labels)}; add it to labels"
            )
    return Passage(
        sentence.text,
        note.techniques,
        note.note,
        str(raw.get("hint") or ""),
        where,
        also=also,
        signals=note.signals,
    )


def build_technique_exercise(case: Case, spec: dict, common: dict) -> TechniqueExercise:
    """A name-the-technique exercise from its entry; a `MedialitError` says what is wrong.

    >>> from medialit.case import load_case
    >>> spec = {"labels": {"who-benefits": "Who gains?", "motive-attribution": "Mind-reading"},
    ...     "items": [{"article": "state-editorial", "quote": "Such haste is the mark"}]}
    >>> ex = build_technique_exercise(load_case("kazakhstan-2022"), spec,
    ...     {"id": "t", "title": "T", "prompt": "P"})
    >>> ex.items[0].techniques, ex.answer(1, "mind").correct
    (('motive-attribution',), True)
    """
    labels = need(spec, "labels", dict)
    for key in labels:
        if key != NONE and key not in case.labels.techniques:
            raise MedialitError(
                f"label '{key}' is not a technique in data/labels.yml; use one of "
                f"{', '.join(case.labels.techniques)}"
            )
    raw_items = need(spec, "items", list)
    items = [_passage(case, raw, labels, n) for n, raw in enumerate(raw_items, start=1)]
    return TechniqueExercise(labels=dict(labels), items=items, **common)
