"""The words the clause checks read: the word classes of `data/lexicons/causal-structure.yml`,
a `Sentence` cut into tokens, and cheap guesses about one word (a verb? a noun's head?).

No tagger, no model: each guess is a rule over small word lists, and can be wrong.
`clauses.py` builds its checks on these.

>>> s = Sentence("The cuts probably triggered a strike.")
>>> s.prev_word(s.at(18))
(1, 'cuts')
>>> finite_verb("triggered"), event_noun("strike")
(True, True)
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from medialit.text import read_lexicon

_TOKEN = re.compile(r"\w+(?:['’]\w+)*(?:-\w+)*|n['’]t|[^\w\s]")
_SUFFIX_NOUN = re.compile(
    r"(?:tion|sion|ment|ness|ity|ship|ism|ance|ence|ure|age|ery|ist|ogy|hood|dom)s?$"
)


@lru_cache(maxsize=1)
def words() -> dict[str, frozenset[str]]:
    """The word classes of `data/lexicons/causal-structure.yml`, as frozen sets."""
    spec = read_lexicon("causal-structure.yml")
    return {name: frozenset(str(w).lower() for w in items) for name, items in spec.items()}


class Sentence:
    """A sentence cut into words and marks, each with its place, for the checks."""

    __slots__ = ("lowered", "starts", "text", "tokens")

    def __init__(self, text: str, lowered: str | None = None):
        self.text = text
        self.lowered = lowered if lowered is not None else text.lower()
        found = list(_TOKEN.finditer(self.lowered))
        self.tokens = [m[0] for m in found]
        self.starts = [m.start() for m in found]

    def at(self, char: int) -> int:
        """Index of the first token starting at or after character `char`."""
        return bisect_left(self.starts, char)

    def capital(self, i: int) -> bool:
        """Whether token i starts with a capital in the text (a name, mid-sentence)."""
        return i > 0 and i < len(self.starts) and self.text[self.starts[i]].isupper()

    def word(self, i: int) -> str:
        return self.tokens[i] if 0 <= i < len(self.tokens) else ""

    def prev_word(self, i: int, skip_adverbs: bool = True) -> tuple[int, str]:
        """The word before token i, stepping over adverbs such as 'probably'."""
        j = i - 1
        while (
            j >= 0
            and skip_adverbs
            and (self.tokens[j] in words()["adverbs"] or ly_word(self.tokens[j]))
        ):
            j -= 1
        return j, self.word(j)

    def next_word(self, i: int, skip_adverbs: bool = True) -> tuple[int, str]:
        j = i
        while (
            j < len(self.tokens)
            and skip_adverbs
            and (self.tokens[j] in words()["adverbs"] or ly_word(self.tokens[j]))
        ):
            j += 1
        return j, self.word(j)

    def clause_start(self, i: int) -> int:
        """Where the clause holding token i starts: after ; : or a 'that'/'because'."""
        j = i - 1
        while j >= 0:
            t = self.tokens[j]
            if t in (";", ":", "—", "(", '"', "“", "”") or t in (
                "that",
                "because",
                "since",
                "although",
                "though",
                "while",
                "whereas",
                "but",
                "which",
                "who",
            ):
                return j + 1
            j -= 1
        return 0

    def clause_end(self, i: int) -> int:
        j = i
        while j < len(self.tokens) and self.tokens[j] not in (";", ":", "—", ")", "?", "!"):
            j += 1
        return j


def ly_word(word: str) -> bool:
    return len(word) > 4 and word.endswith("ly") and word not in ("only", "early", "july")


def is_word(t: str) -> bool:
    return t[:1].isalpha()


def function_word(t: str) -> bool:
    w = words()
    return (
        t in w["determiners"]
        or t in w["pronouns"]
        or t in w["prepositions"]
        or t in w["conjunctions"]
        or t in w["auxiliaries"]
    )


def finite_verb(t: str, before: str = "") -> bool:
    """Looks like a verb that makes a clause (is, had, rose, closed ...)."""
    w = words()
    if t in w["auxiliaries"] or t in w["irregular_past"]:
        return True
    return t.endswith("ed") and len(t) > 3 and before not in w["determiners"]


def lexical_verb(s: Sentence, m: int) -> bool:
    """Token m looks like a verb of action (not 'is' or 'has' alone): 'closed', 'cut',
    'lowering', 'will close', 'he closes'."""
    w = words()
    t, before = s.tokens[m], s.word(m - 1)
    if not is_word(t) or t in w["auxiliaries"] or function_word(t):
        return False
    if t in w["irregular_past"] or (t.endswith("ed") and len(t) > 3):
        return before not in w["determiners"]
    if t.endswith("ing") and len(t) > 4 and t not in w["ing_nouns"]:
        return before not in w["determiners"]
    if before in w["modals"] or before in ("do", "does", "did", "to"):
        return True
    return t.endswith("s") and before in ("he", "she", "it", "who", "which", "that", "they")


def has_verb(s: Sentence, lo: int, hi: int) -> bool:
    return any(finite_verb(s.tokens[k], s.word(k - 1)) for k in range(max(lo, 0), hi))


def base_verb(t: str) -> bool:
    """Could `t`, right after 'to', be a verb in its base form ('to curb', 'to be')?"""
    w = words()
    if not t or not t[0].isalpha() or t in w["bare_nouns_after_to"]:
        return False
    if t in ("be", "have", "do", "get", "go"):
        return True
    if function_word(t) or t.endswith(("ing", "ed")) or _SUFFIX_NOUN.search(t):
        return False
    return not (t.endswith("s") and not t.endswith(("ss", "us", "is")))


def is_passive(s: Sentence, i: int) -> bool:
    _j, before = s.prev_word(i)
    return before in words()["be"]


def noun_head(s: Sentence, i: int, limit: int = 5) -> tuple[int, str]:
    """The first content word from token i on, over determiners and adjectives."""
    w = words()
    j = i
    while j < min(len(s.tokens), i + limit):
        t = s.tokens[j]
        if not is_word(t):
            return j, ""
        if t in w["prepositions"] or t in w["conjunctions"]:
            return j, ""
        if t in w["determiners"] or t in words()["adverbs"] or ly_word(t):
            j += 1
            continue
        if (
            j + 1 < len(s.tokens)
            and is_word(s.tokens[j + 1])
            and not function_word(s.tokens[j + 1])
            and not finite_verb(s.tokens[j + 1], t)
        ):
            j += 1  # an adjective or a noun used as one: 'the communal hearth'
            continue
        return j, t
    return j, ""


def event_noun(t: str) -> bool:
    return t in words()["event_nouns"] or bool(re.search(r"(?:tion|sion|ment|ure|ance|ence)s?$", t))
