"""Errors a teacher or student can act on: one line that names the file and what to fix."""

from __future__ import annotations

from dataclasses import dataclass


class MedialitError(Exception):
    """A problem with input, explained in one line.

    >>> str(MedialitError("notes.md: the file is empty; paste the article text into it"))
    'notes.md: the file is empty; paste the article text into it'
    """


@dataclass(frozen=True)
class Problem:
    """One problem found while validating a case: where it is and what to fix.

    >>> str(Problem("articles/a.md", "date", "'7 Jan' is not a date; write it as YYYY-MM-DD"))
    "articles/a.md: date: '7 Jan' is not a date; write it as YYYY-MM-DD"
    """

    file: str
    field: str
    fix: str

    def __str__(self) -> str:
        where = f"{self.file}: {self.field}: " if self.field else f"{self.file}: "
        return where + self.fix


class CaseError(MedialitError):
    """A case that cannot be loaded, with every problem on a line of its own.

    >>> err = CaseError("demo", [Problem("case.yml", "title", "add a title")])
    >>> print(err)
    case 'demo' has 1 problem:
      case.yml: title: add a title
    """

    def __init__(self, case: str, problems: list[Problem]):
        self.case = case
        self.problems = list(problems)
        noun = "problem" if len(self.problems) == 1 else "problems"
        lines = [f"case '{case}' has {len(self.problems)} {noun}:"]
        lines += [f"  {p}" for p in self.problems]
        super().__init__("\n".join(lines))
