"""Splitting text into sentences offline, with stable ids.

Uses nltk's Punkt algorithm with the kit's abbreviation list
(`data/lexicons/abbreviations.txt`); nothing is downloaded.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache

from medialit.paths import data_dir

# A split is undone when the next piece starts in lower case: `"Why?" she asked.`
_CONTINUES = re.compile(r"[\"'“‘(\[]*[a-z]")


@dataclass(frozen=True)
class Sentence:
    """One sentence: a stable id, its place in the text (`start`, `end`) and its words."""

    id: str
    index: int
    paragraph: int
    start: int
    end: int
    text: str


@lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    """The abbreviations the splitter will not break after.

    >>> "u.s" in abbreviations()
    True
    """
    path = data_dir() / "lexicons" / "abbreviations.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(
        w.strip().lower().rstrip(".") for w in lines if w.strip() and not w.startswith("#")
    )


@lru_cache(maxsize=1)
def _punkt():
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    params = PunktParameters()
    params.abbrev_types = set(abbreviations())
    return PunktSentenceTokenizer(params)


def sentence_spans(paragraph: str) -> list[tuple[int, int]]:
    """Character spans of the sentences in one paragraph.

    >>> text = 'The U.S. denied it. "Why?" she asked. Prices rose 2.5 times.'
    >>> [text[a:b] for a, b in sentence_spans(text)]
    ['The U.S. denied it.', '"Why?" she asked.', 'Prices rose 2.5 times.']
    """
    spans: list[tuple[int, int]] = []
    for start, end in _punkt().span_tokenize(paragraph):
        if spans and _CONTINUES.match(paragraph, start):
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


def sentence_id(doc_id: str, text: str) -> str:
    """A sentence's id: the document's id and a short hash of its words.

    The id stays the same when other sentences of the text are edited.

    >>> sentence_id("wire-report", "Protests began on 2 January.")
    'wire-report-4945bd'
    """
    words = " ".join(text.casefold().split())
    return f"{doc_id}-{hashlib.blake2b(words.encode(), digest_size=3).hexdigest()}"


def split_sentences(paragraphs: list[str], doc_id: str) -> list[Sentence]:
    """Split paragraphs into sentences; spans index into the paragraphs joined by a blank line.

    >>> [s.text for s in split_sentences(["One. Two.", "Three."], "doc")]
    ['One.', 'Two.', 'Three.']
    """
    sentences: list[Sentence] = []
    seen: dict[str, int] = {}
    offset = 0
    for p_index, paragraph in enumerate(paragraphs):
        for start, end in sentence_spans(paragraph):
            text = paragraph[start:end]
            sid = sentence_id(doc_id, text)
            seen[sid] = seen.get(sid, 0) + 1
            if seen[sid] > 1:
                sid = f"{sid}-{seen[sid]}"
            sentences.append(
                Sentence(sid, len(sentences) + 1, p_index, offset + start, offset + end, text)
            )
        offset += len(paragraph) + 2
    return sentences
