"""Words and where they sit: the one tokenizer every comparison and word-level detector uses.

>>> [(w.key, w.start) for w in words("Tokayev’s troops")]
[("tokayev's", 0), ('troops', 10)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from medialit.text.article import Article

WORD = re.compile(r"\w+(?:['’.,\-]\w+)*")


@dataclass(frozen=True)
class Word:
    """One word of a text and where it sits (`start`, `end` character offsets)."""

    text: str
    start: int
    end: int

    @property
    def key(self) -> str:
        """The form used for matching: lower case, curly apostrophes straightened."""
        return self.text.lower().replace("’", "'")


def words(text: str) -> list[Word]:
    """The words of `text` with their positions; numbers like 2,030 stay one word.

    >>> [(w.text, w.start) for w in words("Tokayev's 2,030 troops.")]
    [("Tokayev's", 0), ('2,030', 10), ('troops', 16)]
    """
    return [Word(m.group(), m.start(), m.end()) for m in WORD.finditer(text)]


def body_text(text: str | Article) -> str:
    """The text to compare: an Article's cleaned body, or a string as it is.

    >>> body_text("Plain words.")
    'Plain words.'
    """
    return text.text if isinstance(text, Article) else text


