"""What the builders share: a required field of an entry, and an annotated sentence found again.

`build.py` and `build_technique.py` both take an item's sentence by its article and quote,
with the teacher's note on it and where it appeared.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from medialit.case import is_composite
from medialit.errors import MedialitError
from medialit.shown import nice_date

if TYPE_CHECKING:
    from medialit.case import Case
    from medialit.text import Article


def need(spec: dict, name: str, kind: type | tuple = str):
    """A field an entry must have, not empty; a one-line `MedialitError` when it is missing.

    >>> need({"id": "x"}, "id")
    'x'
    >>> need({"id": ""}, "id")
    Traceback (most recent call last):
    ...
    medialit.errors.MedialitError: 'id' is missing or empty
    """
    value = spec.get(name)
    if (
        value is None
        or not isinstance(value, kind)
        or (isinstance(value, (str, dict, list)) and not value)
    ):
        raise MedialitError(f"'{name}' is missing or empty")
    return value


def annotated_sentence(case: Case, raw: dict):
    """The item's sentence, its note in the annotations (or None) and where it appeared.

    >>> from medialit.case import load_case
    >>> raw = {"article": "state-editorial", "quote": "Such haste is the mark"}
    >>> sentence, note, where = annotated_sentence(load_case("kazakhstan-2022"), raw)
    >>> note.techniques, where
    (('motive-attribution',), 'Eurasian Strategy Review (invented), 7 Jan 2022')
    """
    article = case.article(need(raw, "article"))
    sentence = article.sentence_with(need(raw, "quote"))
    notes = case.annotations.get(article.id)
    note = notes.sentences.get(sentence.id) if notes else None
    return sentence, note, where_published(case, article)


def where_published(case: Case, article: Article) -> str:
    """The outlet that published a text, marked when it is invented, and the text's date.

    >>> from medialit.case import load_case
    >>> case = load_case("kazakhstan-2022")
    >>> where_published(case, case.article("wire-report"))
    'Kestrel Wire (invented), 11 Jan 2022'
    """
    outlet = case.outlet_of(article)
    invented = " (invented)" if outlet and outlet.invented and is_composite(article) else ""
    return f"{case.outlet_name(article)}{invented}, {nice_date(article.meta.get('date', ''))}"
