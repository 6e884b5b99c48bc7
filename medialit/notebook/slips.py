"""A student's own Python slips in a lesson cell, said in one line with how to type it.

A missing quote, bracket or comma, a word typed without quotes, a name that does not
exist yet: Python answers with a traceback that tells a newcomer little. `slip_line`
turns the slips a student makes in their own cell into one friendly line that shows the
line as it should be typed. Errors raised inside the kit or a library are not slips:
it returns None for them, so the full traceback stays visible.

>>> print(slip_line(NameError("name 'bare' is not defined", name="bare"),
...     'q1.answer(1, bare)', in_cell=True).split(": ")[1])
`q1.answer(1, "bare")`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

EXAMPLE = 'q1.answer(1, "bare")'
HANDLE = re.compile(r"\b(q\d+)\b")


def _usage(line: str, names: Mapping[str, object], default: str = EXAMPLE) -> str:
    """How the exercise the line talks about takes a typed answer (else `default`)."""
    for handle in HANDLE.findall(line):
        usage = getattr(names.get(handle), "usage", None)
        if callable(usage):
            return f"{handle}.{usage()}"
    return default


def _closed_quote(line: str) -> str:
    """The line with its missing closing quotation mark put back, if that makes it Python.

    >>> _closed_quote('q1.answer(1, "bare)'), _closed_quote("q1.answer(1, bare)")
    ('q1.answer(1, "bare")', '')
    """
    for mark in ('"', "'"):
        if line.count(mark) % 2:
            at = line.rfind(")") if line.rstrip().endswith(")") else len(line)
            candidate = f"{line[:at]}{mark}{line[at:]}"
            try:
                compile(candidate, "<slip>", "exec")
            except SyntaxError:
                continue
            return candidate
    return ""


def _syntax_line(error: SyntaxError, names: Mapping[str, object]) -> str:
    line = (error.text or "").strip()
    where = f"line {error.lineno}" if error.lineno else "this cell"
    how = _usage(line, names)
    message = (error.msg or "").lower()
    if "unterminated string" in message or "eol while scanning" in message:
        how = _closed_quote(line) or how
        what = f"a quotation mark is missing in {where}: text goes between two of them"
    elif any(w in message for w in ("never closed", "unmatched", "does not match", "incomplete")):
        what = f"a bracket is missing or extra in {where}: each ( needs its )"
    elif "forgot a comma" in message:
        what = f"a comma is missing in {where}: put one between the parts of the answer"
    elif "indent" in message:
        what = f"{where} starts with spaces Python does not expect: start it at the left edge"
    else:
        what = f"Python could not read {where}: check the quotes, brackets and commas"
    return f"{what[:1].upper()}{what[1:]}. Type it like this: `{how}`."


def slip_line(
    error: BaseException,
    line: str = "",
    *,
    in_cell: bool,
    names: Mapping[str, object] | None = None,
) -> str | None:
    """One friendly line for a slip in a student's own cell, or None when it is not one.

    `line` is the cell line that failed, `in_cell` whether the error was raised by the
    student's own code (not inside the kit), `names` the notebook's variables.

    >>> slip = SyntaxError("unterminated string literal", ("c", 1, 14, 'q1.answer(1, "bare)'))
    >>> for part in slip_line(slip, in_cell=True).split(". "):
    ...     print(part)
    A quotation mark is missing in line 1: text goes between two of them
    Type it like this: `q1.answer(1, "bare")`.
    >>> slip_line(NameError("name 'q3' is not defined", name="q3"), "q3.answer(2)", in_cell=True)
    'There is no `q3` yet: run the cell that makes it (`q3 = L.exercise(...)`) first.'
    >>> slip_line(TypeError("bad operand"), "", in_cell=False) is None
    True
    """
    names = names or {}
    if isinstance(error, SyntaxError):
        return _syntax_line(error, names) if in_cell else None
    if not in_cell:
        return None
    if isinstance(error, NameError):
        name = getattr(error, "name", None) or "".join(re.findall(r"'([^']+)'", str(error))[:1])
        if name == "L":
            return "There is no `L` yet: run the lesson's first code cell (`L = start(...)`) first."
        if HANDLE.fullmatch(name or ""):
            makes = f"`{name} = L.exercise(...)`"
            return f"There is no `{name}` yet: run the cell that makes it ({makes}) first."
        fixed = re.sub(rf"(?<![\"'\w]){re.escape(name)}(?![\"'\w])", f'"{name}"', line.strip())
        how = fixed if fixed and fixed != line.strip() else _usage(line, names)
        return (
            f"Python does not know the word `{name}`. Words you give as answers go in quotes: "
            f"`{how}`."
        )
    if isinstance(error, (AttributeError, TypeError)):
        how = _usage(line, names, "")
        if how:
            return f"Python says: {error}. Type it like this: `{how}`."
        return f"Python says: {error}. Numbers need no quotes; words and sentences need them."
    return None
