"""How a regex can start: the characters its matches begin with, and the plain texts
they begin with.

The kit puts many patterns into a few regexes (the furniture rules in `cleaning.py`,
the causal signals in `medialit.detectors.signal_regex`) and tries each pattern only
where its text could start; both read the start from the pattern itself, here:
`regex_starts` gives the first characters, `literal_prefixes` the plain texts.

>>> regex_starts(r"(?:led|leads) to")
(frozenset({'l'}), 'le')
"""

from __future__ import annotations

import re


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


def _expand(items, opens: set[str], limit: int) -> tuple[set[str], set[str]]:
    """Walk parsed items from the strings `opens`: (strings still open, strings that
    stop here). Each string is plain text every match starts with; a choice, an
    optional part or a group multiplies them; anything else stops them."""
    from re import _constants as c

    finished: set[str] = set()
    for op, av in items:
        if not opens:
            break
        if op is c.AT or op in (c.ASSERT, c.ASSERT_NOT):
            if opens != {""}:  # past the start: the plain text stops here
                return set(), finished | opens
            continue  # zero-width at the start: the next item decides
        if op is c.LITERAL:
            opens = {o + chr(av) for o in opens}
            continue
        if op is c.SUBPATTERN and not av[1] and not av[2]:  # a group without flags
            more, stops = _expand(av[3], {""}, limit)
        elif op is c.BRANCH:
            more, stops = set(), set()
            for branch in av[1]:
                branch_more, branch_stops = _expand(branch, {""}, limit)
                more |= branch_more
                stops |= branch_stops
        elif op is c.MAX_REPEAT and av[0] == 0 and av[1] == 1:  # optional: with or without
            more, stops = _expand(av[2], {""}, limit)
            more = more | {""}
        else:
            return set(), finished | opens
        finished |= {o + s for o in opens for s in stops}
        opens = {o + m for o in opens for m in more}
        if len(opens) + len(finished) > limit:
            return set(), finished | opens
    return opens, finished


def literal_prefixes(pattern: str, limit: int = 32) -> frozenset[str]:
    """Plain texts one of which every match of `pattern` starts with: its choices spelled
    out (`(?:led|leads) to` gives 'led to' and 'leads to'), up to `limit` of them (more
    are cut back to shorter texts). {""} when a match can start with anything.

    >>> sorted(literal_prefixes(r"(?:the|an?) (?:\\w+ )?(?:cause|root)s? of"))
    ['a ', 'an ', 'the ']
    >>> sorted(literal_prefixes(r"(?<=, )so\\b")), literal_prefixes(r"\\w+ly")
    (['so'], frozenset({''}))
    """
    try:
        from re import _parser

        parsed = _parser.parse(pattern)
        if parsed.state.flags & re.IGNORECASE:  # its letters may match either case
            return frozenset({""})
        opens, finished = _expand(list(parsed), {""}, limit)
    except Exception:  # the private API changed, or the pattern does not parse
        return frozenset({""})
    found = (opens | finished) or {""}
    for length in range(max(map(len, found), default=0), -1, -1):
        if len(found) <= limit:
            break
        found = {f[:length] for f in found}
    shortest: list[str] = []  # 'a ' says all that 'a cause' does
    for text in sorted(found, key=len):
        if not any(text.startswith(short) for short in shortest):
            shortest.append(text)
    return frozenset(shortest)

