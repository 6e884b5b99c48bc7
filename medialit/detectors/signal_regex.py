"""One regex for all of a lexicon's signal patterns, arranged so that it stays fast.

`combined_regex` puts hundreds of patterns into one regex, a tree of their first
letters, so a word only tries the patterns that begin like it (`medialit.text.
regex_starts` says which characters a pattern can start with, for the tree and for
`causal.py`'s quick finder of the places where a signal starts).

>>> regex = combined_regex([(0, ["because"]), (1, ["due to", "owing to"])])
>>> [(m.start(), m.lastgroup) for m in regex.finditer("late due to rain, because")]
[(5, 'e1_2'), (18, 'e0_1')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from medialit.text import literal_prefixes, regex_starts


def _plain_groups(pattern: str) -> str:
    """Turn capturing groups into non-capturing ones, so group names stay the entries'."""
    return re.sub(r"(?<!\\)\((?!\?)", "(?:", pattern)


# Letters that English words most often start with, most common first: trying the
# branches in this order makes most words find theirs in a few steps.
_COMMON_FIRST = "taosiwcbphfmdrelngu"


def _lowered(pattern: str) -> str:
    """A pattern in lower case, leaving escapes alone (`\\b` stays, `\\B` would too)."""
    return re.sub(r"\\.|[^\\]+", lambda m: m[0] if m[0][0] == "\\" else m[0].lower(), pattern)


@dataclass
class _Node:
    """One step of the prefix tree: patterns that start with the letters so far."""

    children: dict[str, _Node]
    here: list[str]


def _render(node: _Node, depth: int) -> str:
    if ENOUGH in node.here:
        return ""  # the letters so far are enough (`start_finder`'s `enough`)
    parts = [
        re.escape(char) + _render(child, depth + 1)
        for char, child in sorted(
            node.children.items(), key=lambda kv: _COMMON_FIRST.find(kv[0]) % 99
        )
    ]
    if node.here:
        # step back over the letters matched so far, try the patterns there, step on again
        parts.append(f"(?<=(?=(?:{'|'.join(node.here)})){'.' * depth})")
    return "(?:" + "|".join(parts) + ")"


OPENING = r"(?=\b(?:"  # how `combined_regex` opens a combined regex
ENOUGH = ""  # in a node's patterns: its plain letters say enough (see `start_finder`)
# Plain prefixes at least this long are few and rare in text: the quick finder takes
# them as they are instead of trying their patterns (`start_finder`'s `enough`). Shorter
# limits make its regex smaller, so quicker to compile once, but slower on every text.
PREFIX_ENOUGH = 8


def combined_regex(groups: list[tuple[int, list[str]]]) -> re.Pattern:
    """One regex for many entries, arranged as a tree of the patterns' first letters.

    Every match is zero-width, so signals may overlap. The regex runs on the sentence
    in lower case. Each branch starts with a plain letter, which the regex engine
    skips in one step when it does not fit, so a word only tries the patterns that
    begin like it; that keeps the detector fast with hundreds of patterns.
    """
    root = _Node({}, [])
    anywhere: list[str] = []
    n = 0
    for entry, patterns in groups:
        for pattern in patterns:
            pattern = _lowered(pattern)
            chars, prefix = regex_starts(pattern)
            for char in sorted(chars) if chars is not None else [None]:
                n += 1
                named = f"(?P<e{entry}_{n}>{_plain_groups(pattern)})"
                if char is None:
                    anywhere.append(named)
                    continue
                node = root.children.setdefault(char, _Node({}, []))
                for letter in prefix[1:] if prefix[:1] == char else "":
                    node = node.children.setdefault(letter, _Node({}, []))
                node.here.append(named)
    parts = [_render(root, 0)[3:-1]] if root.children else []
    if anywhere:
        parts.append("|".join(anywhere))
    return re.compile(OPENING + "|".join(parts) + "))", re.DOTALL)


_NAMED = re.compile(r"(?<!\\)\(\?P<e\d+_\d+>")


def entry_patterns(combined: str) -> list[str]:
    """The patterns inside the text of a regex made by `combined_regex`, each once.

    >>> sorted(entry_patterns(combined_regex([(0, ["because"]), (1, ["[]a-z] to"])]).pattern))
    ['[]a-z] to', 'because']
    """
    found: dict[str, None] = {}
    for opening in _NAMED.finditer(combined):
        depth, i = 1, opening.end()
        while depth:
            char = combined[i]
            if char == "\\":
                i += 1
            elif char == "[":  # a class: its brackets and marks are plain
                i += 2 if combined[i + 1] == "^" else 1
                i += 1 if combined[i] == "]" else 0
                while combined[i] != "]":
                    i += 2 if combined[i] == "\\" else 1
            elif char == "(":
                depth += 1
            elif char == ")":
                depth -= 1
            i += 1
        found.setdefault(combined[opening.end() : i - 1])
    return list(found)


def start_finder(
    patterns: list[str], limit: int = 32, enough: int | None = None
) -> tuple[str, bool]:
    """Regex text that matches (zero-width) at every place where one of `patterns` matches
    at a word start, as `combined_regex` does, and nowhere else; and whether every match
    starts with a letter or digit. With `enough`, a plain prefix of that many characters
    or more is taken alone, without its pattern: the regex then also matches at a few
    places where the rest of the pattern does not follow, and the caller asks the
    combined regex there (a far smaller regex, which compiles in half the time).

    Unlike `combined_regex`, which must try the patterns in the lexicon's order, this
    regex only says where some pattern matches, so it can file each pattern under the
    plain texts its matches start with (`literal_prefixes`: "the ", "a ", "an " for
    `(?:the|an?) ...`) instead of under its first letter: a word then tries only the
    patterns that can start with that word. No named groups: each costs the engine time.

    >>> text, letters = start_finder(["(?:the|an?) cause of", "because"])
    >>> [m.start() for m in re.finditer(text, "an ant, the cause of it, because")], letters
    ([8, 25], True)
    >>> text, _ = start_finder([r"because of\\b"], enough=7)  # 'because of' is taken alone
    >>> [m.start() for m in re.finditer(text, "because of it, because often")]
    [0, 15]
    """
    root = _Node({}, [])
    letters = True
    for pattern in patterns:
        chars, _ = regex_starts(pattern)
        letters = letters and chars is not None and all(re.fullmatch(r"\w", c) for c in chars)
        for prefix in sorted(literal_prefixes(pattern, limit)):
            node = root
            for char in prefix:
                node = node.children.setdefault(char, _Node({}, []))
            take_alone = enough is not None and len(prefix) >= enough
            node.here.append(ENOUGH if take_alone else f"(?:{pattern})")
    return r"(?=\b" + _render(root, 0) + ")", letters
