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

from medialit.text import regex_starts


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
