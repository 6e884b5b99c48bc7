"""Splitting text into sentences offline, with stable ids.

One compiled regular expression finds every candidate end (a run of `.`, `?` or `!`,
closing quotes or brackets, then a space); three rules from the kit's data keep the
candidates that are not ends:

- the word before a single full stop is an abbreviation in
  `data/lexicons/abbreviations.txt` ("U.S.", "Mr.", "Jan.");
- the full stops are an ellipsis ("...");
- the next sentence would start in lower case (`"Why?" she asked.`, "2.5 times").

These are the decisions nltk's Punkt makes with the same abbreviation list and no
training data (the kit used it until it proved four times too slow), except that a
curly closing quote now ends a sentence too (`“Stop.” Then`), which Punkt missed.
Nothing is downloaded.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache

from medialit.text.lexicons import read_word_list

# A candidate end: the end marks, closing quotes or brackets, then spaces.
_END = re.compile(r"([.?!]+)[\"'”’)\]}]*(\s+)")
# The word before a full stop, to look it up among the abbreviations. Only the last
# `_WORD_WINDOW` characters are looked at (a longer word is no abbreviation), so a run of
# "Mr. Mr. Mr. ..." costs linear time.
_WORD_BEFORE = re.compile(r"\S*\Z")
_WORD_WINDOW = 64
# A split is undone when the next piece starts in lower case: `"Why?" she asked`.
_CONTINUES = re.compile(r"[\"'“‘(\[]*[a-z]")
# What Punkt strips from the front of a word before looking it up as an abbreviation.
_LEADING = "(\"`{[:;&#*@)}]-,'“‘"


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
    return frozenset(w.lower().rstrip(".") for w in read_word_list("abbreviations.txt"))


def _is_abbreviation(word: str, known: frozenset[str]) -> bool:
    word = word.lstrip(_LEADING).lower()
    return word in known or word.rsplit("-", 1)[-1] in known


def sentence_spans(paragraph: str) -> list[tuple[int, int]]:
    """Character spans of the sentences in one paragraph.

    >>> text = 'The U.S. denied it. "Why?" she asked. Prices rose 2.5 times.'
    >>> [text[a:b] for a, b in sentence_spans(text)]
    ['The U.S. denied it.', '"Why?" she asked.', 'Prices rose 2.5 times.']
    """
    known = abbreviations()
    spans: list[tuple[int, int]] = []
    start = len(paragraph) - len(paragraph.lstrip())
    for match in _END.finditer(paragraph, start):
        following = match.end()
        if following == len(paragraph) or _CONTINUES.match(paragraph, following):
            continue
        marks = match.group(1)
        if marks == ".":
            low = max(start, match.start() - _WORD_WINDOW)
            word = _WORD_BEFORE.search(paragraph, low, match.start())
            whole = word.start() > low or low == start or paragraph[low - 1].isspace()
            if whole and _is_abbreviation(word.group(0), known):
                continue
        elif len(marks) > 1 and set(marks) == {"."}:  # an ellipsis
            continue
        spans.append((start, match.start(2)))
        start = following
    end = len(paragraph.rstrip())
    if start < end:
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
