"""The kit's glossary (`data/glossary.yml`): every word, one word, and links to first uses.

`L.glossary()` shows every term and `L.glossary("hedge")` one (any case, any listed form,
a near spelling). A lesson links each glossary word where it first appears to a "Words in
this lesson" cell at its end: `glossary_cell` writes that cell, with one `### term` heading
per word, and `link_first_uses` turns the first use of each word in the lesson's Markdown
into `[word](#term)`. A heading's anchor is its text with spaces as hyphens, the same in
JupyterLab, in HTML exported by nbconvert and on GitHub, so the links work in all three;
lower-case terms without punctuation keep the anchors identical everywhere.
"""

from __future__ import annotations

import difflib
import functools
import re
from dataclasses import dataclass

from medialit.errors import MedialitError
from medialit.paths import data_dir
from medialit.shown import Shown, escape_md, plain

GLOSSARY_FILE = "glossary.yml"
CELL_HEADING = "## Words in this lesson"


@dataclass(frozen=True)
class Term:
    """One glossary entry: the word, its other forms, what it means and an example."""

    term: str
    forms: tuple[str, ...]
    means: str
    example: str

    @property
    def anchor(self) -> str:
        """The anchor of the entry's heading in a lesson.

        >>> Term("causal claim", (), "", "").anchor
        'causal-claim'
        """
        return self.term.replace(" ", "-")

    def markdown(self, level: str = "###") -> str:
        """The entry as Markdown: a heading, the meaning and the example."""
        return (
            f"{level} {escape_md(self.term)}\n\n{escape_md(self.means)}\n\n"
            f"*Example:* {escape_md(self.example)}"
        )


@functools.cache
def glossary() -> dict[str, Term]:
    """Every glossary entry by its term, in the file's order.

    >>> glossary()["hedge"].forms[:2]
    ('hedges', 'hedged')
    """
    import yaml

    path = data_dir() / GLOSSARY_FILE
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    terms = {}
    for entry in raw.get("terms") or []:
        term = Term(
            str(entry["term"]).strip(),
            tuple(str(f) for f in entry.get("forms") or ()),
            " ".join(str(entry["means"]).split()),
            " ".join(str(entry["example"]).split()),
        )
        terms[term.term] = term
    return terms


def find_term(word: object) -> Term:
    """The entry for a word (any case, any listed form); a one-line error names near ones.

    >>> find_term("Hedged").term, find_term("ATTRIBUTE").term
    ('hedge', 'attribution')
    >>> find_term("hegde")
    Traceback (most recent call last):
    ...
    medialit.errors.MedialitError: 'hegde' is not in the glossary; did you mean "hedge"?
    """
    if not isinstance(word, str) or not word.strip():
        raise MedialitError(f'give a word in quotes, like L.glossary("hedge"), not {word!r}')
    wanted = " ".join(word.casefold().split())
    names: dict[str, Term] = {}
    for term in glossary().values():
        for name in (term.term, *term.forms):
            names.setdefault(name.casefold(), term)
    if wanted in names:
        return names[wanted]
    near = difflib.get_close_matches(wanted, list(names), n=3, cutoff=0.7)
    offer = ", ".join(f'"{t}"' for t in dict.fromkeys(names[n].term for n in near))
    hint = f"did you mean {offer}?" if near else "run L.glossary() to see every word."
    raise MedialitError(f"'{word}' is not in the glossary; {hint}")


def glossary_view(word: str | None = None) -> Shown:
    """The whole glossary, or one entry.

    >>> print(glossary_view("whataboutism").text.splitlines()[0])
    whataboutism
    """
    if word is not None:
        markdown = find_term(word).markdown("####")
    else:
        entries = sorted(glossary().values(), key=lambda t: t.term)
        markdown = "#### Glossary\n\n" + "\n\n".join(t.markdown("#####") for t in entries)
    return Shown(markdown, plain(markdown))


def _pattern(term: Term) -> re.Pattern:
    names = sorted((term.term, *term.forms), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, names)) + r")(?![\w-])", re.I)


def _free_spans(text: str) -> list[tuple[int, int]]:
    """Where a link may go: not in code, an existing link, a heading or an HTML tag."""
    taken = [
        m.span() for m in re.finditer(r"`[^`]*`|\[[^\]]*\]\([^)]*\)|<[^>]+>|^#.*$", text, re.M)
    ]
    free, start = [], 0
    for begin, end in taken:
        free.append((start, begin))
        start = end
    free.append((start, len(text)))
    return free


def terms_in(markdown: str) -> list[Term]:
    """The glossary terms a text uses, in the order they first appear.

    >>> [t.term for t in terms_in("A hedge, then a baseline, then the hedges again.")]
    ['hedge', 'baseline']
    """
    found = []
    for term in glossary().values():
        match = _pattern(term).search(markdown)
        if match:
            found.append((match.start(), term))
    return [term for _, term in sorted(found, key=lambda pair: pair[0])]


def glossary_link(word: str, shown_as: str | None = None) -> str:
    """A Markdown link from a word to its entry in the lesson's "Words in this lesson" cell.

    >>> glossary_link("hedged"), glossary_link("causal claim")
    ('[hedged](#hedge)', '[causal claim](#causal-claim)')
    """
    return f"[{shown_as or word}](#{find_term(word).anchor})"


def link_first_uses(cells: list[str]) -> list[str]:
    """A lesson's Markdown cells with the first use of each glossary word linked to its entry.

    Code, headings, HTML and existing links are left alone; a word linked already is not
    linked again, so running it twice changes nothing.

    >>> link_first_uses(["## Hedge", "A `hedge` here.", "This hedge and that hedge."])
    ['## Hedge', 'A `hedge` here.', 'This [hedge](#hedge) and that hedge.']
    """
    cells = list(cells)
    for term in glossary().values():
        pattern = _pattern(term)
        if any(f"](#{term.anchor})" in text for text in cells):  # linked already
            continue
        done = False
        for i, text in enumerate(cells):
            for begin, end in _free_spans(text):
                match = pattern.search(text, begin, end)
                if match:
                    link = glossary_link(term.term, match.group(0))
                    cells[i] = text[: match.start()] + link + text[match.end() :]
                    done = True
                    break
            if done:
                break
    return cells


def glossary_cell(cells: list[str]) -> str:
    """The "Words in this lesson" Markdown cell for a lesson: an entry per glossary word used.

    >>> print(glossary_cell(["Look for the hedge."]).splitlines()[2])
    ### hedge
    """
    used = terms_in("\n\n".join(cells))
    entries = "\n\n".join(t.markdown("###") for t in used)
    return f"{CELL_HEADING}\n\n{entries}\n"
