"""How a regex can start: the characters its matches begin with, and the plain letters
they always begin with.

The kit puts many patterns into a few regexes (the furniture rules in `cleaning.py`,
the causal signals in `medialit.detectors.signal_regex`) and tries each pattern only
where its text could start; both read the start from the pattern itself, here.

>>> regex_starts(r"(?:led|leads) to")
(frozenset({'l'}), 'le')
"""

from __future__ import annotations


def _chars(op, av) -> set[str] | None:
    """The characters one item can be (lower case), or None for almost any."""
    from re import _constants as c

    if op is c.LITERAL:
        return {chr(av).lower()}
    if op is c.IN:
        found: set[str] = set()
        for kind, value in av:
            if kind is c.LITERAL:
                found.add(chr(value).lower())
            elif kind is c.RANGE and value[1] - value[0] < 128:
                found.update(chr(v).lower() for v in range(value[0], value[1] + 1))
            else:  # a negation, a category such as \w, a wide range
                return None
        return found
    return None


def _firsts(items) -> tuple[set[str] | None, bool]:
    """(first characters or None for almost any, whether the items can match nothing)"""
    from re import _constants as c

    found: set[str] = set()
    for op, av in items:
        if op is c.AT or op in (c.ASSERT, c.ASSERT_NOT):
            continue  # zero-width: the next item decides
        if op is c.SUBPATTERN:
            sub, empty = _firsts(av[3])
        elif op is c.BRANCH:
            sub, empty = set(), False
            for branch in av[1]:
                part, part_empty = _firsts(branch)
                if part is None:
                    return None, False
                sub |= part
                empty = empty or part_empty
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
            sub, empty = _firsts(av[2])
            empty = empty or av[0] == 0
        else:
            sub, empty = _chars(op, av), False
        if sub is None:
            return None, False
        found |= sub
        if not empty:
            return found, False
    return found, True


def regex_starts(pattern: str, flags: int = 0) -> tuple[frozenset[str] | None, str]:
    """The characters (lower case) a match of `pattern` can start with, or None when it
    may start with almost any (a `.`, a negated class, `\\w`) or match nothing at all;
    and the plain characters every match starts with (up to six, after any anchor or
    look-around; "" when it starts with a choice).

    Read with the regex module's own parser (a private API: if it changes, or the
    pattern does not parse, the answer is None and "", and callers try the pattern
    everywhere).

    >>> sorted(regex_starts(r"(share|tweet)( this)?:")[0]), regex_starts(r".{0,9}x")
    (['s', 't'], (None, ''))
    """
    try:
        from re import _constants as c
        from re import _parser

        items = [
            item
            for item in _parser.parse(pattern, flags)
            if item[0] not in (c.AT, c.ASSERT, c.ASSERT_NOT)
        ]
        found, empty = _firsts(items)
    except Exception:
        return None, ""
    if found is None or empty:
        return None, ""
    prefix = ""
    for op, av in items[:6]:
        if op is not c.LITERAL:
            break
        prefix += chr(av)
    return frozenset(found), prefix
