"""A deterministic article spinner: the content farm's trick, run in the open.

`spin(text, seed)` swaps words and phrases for "synonyms" from an editable table
(`data/lexicons/synonyms.yml`), the way content farms disguise copied articles. The
same text, seed and table always give the same copy, so a class can compare results,
and the kit's own content-farm copy is made this way (see `make_farm_copy`).
Spinning ignores meaning: "security forces" come out as "safety powers".

`medialit farm-copy kazakhstan-2022` says whether the committed copy is
still what the spinner makes; `--write` remakes it after the table is edited.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

from medialit.errors import MedialitError
from medialit.text import lexicon_error, lexicon_path, load_article, read_lexicon

LETTERS = re.compile(r"[A-Za-z]+")
MAX_PHRASE = 4  # words in the longest key the table may have


@dataclass(frozen=True)
class Swap:
    """One swap the spinner made: the words it replaced (with their place) and the new words."""

    from_text: str
    to_text: str
    span: tuple[int, int]  # where `from_text` sits in the original
    changes_meaning: bool | None = None  # as the table classes it; None if it does not


def synonyms_path() -> Path:
    """Where the spinner's synonym table lives.

    >>> synonyms_path().name
    'synonyms.yml'
    """
    return lexicon_path("synonyms.yml")


def load_synonyms(path: str | Path | None = None) -> dict[str, list[str]]:
    """The synonym table: lower-case word or phrase -> the replacements to choose from.

    >>> load_synonyms()["security forces"]
    ['safety powers']
    """
    return {key: options for key, options, _ in _load(str(path or synonyms_path()))}


def meaning_changers(path: str | Path | None = None) -> frozenset[str]:
    """The table's keys whose swaps change or break the meaning (its `changes_meaning:`).

    >>> "power" in meaning_changers(), "troops" in meaning_changers()
    (True, False)
    """
    return frozenset(key for key, _, changes in _load(str(path or synonyms_path())) if changes)


@lru_cache(maxsize=4)
def _load(name: str) -> tuple[tuple[str, list[str], bool | None], ...]:
    path = Path(name)
    raw = read_lexicon(path) or {}
    if not isinstance(raw, dict):
        raise lexicon_error(path, "expected lines like 'security: [safety]'")
    sections = {"changes_meaning": True, "keeps_meaning": False}
    if set(raw) & set(sections):
        entries = []
        for section, flag in sections.items():
            part = raw.get(section) or {}
            if not isinstance(part, dict):
                fix = f"'{section}:' needs lines like 'security: [safety]'"
                raise lexicon_error(path, fix, section)
            entries += [(key, options, flag, (section, key)) for key, options in part.items()]
    else:
        entries = [(key, options, None, (key,)) for key, options in raw.items()]
    table = []
    for key, options, flag, where in entries:
        if isinstance(options, str):
            options = [options]
        if not isinstance(options, list) or not options:
            fix = f"'{key}' needs a list of replacements, like [safety]"
            raise lexicon_error(path, fix, *where)
        words = str(key).lower().split()
        if not 0 < len(words) <= MAX_PHRASE or not all(LETTERS.fullmatch(w) for w in words):
            fix = f"'{key}' must be 1 to {MAX_PHRASE} words of letters only"
            raise lexicon_error(path, fix, *where)
        table.append((" ".join(words), [str(o) for o in options], flag))
    return tuple(table)


def swap_changes_meaning(from_text: str, to_text: str) -> bool | None:
    """Whether the kit's table classes this swap as changing the meaning (None: not in it).

    >>> swap_changes_meaning("power", "energy"), swap_changes_meaning("troops", "troopers")
    (True, False)
    >>> swap_changes_meaning("moment", "second")  # part of "as the moment"
    True
    >>> swap_changes_meaning("Tokayev", "Tokaev") is None
    True
    """
    def norm(text: str) -> str:
        return " ".join(LETTERS.findall(re.sub(r"['’]s\b", "", text.lower())))

    def inside(part: str, whole: str) -> bool:
        return f" {part} " in f" {whole} "

    key, new = norm(from_text), norm(to_text)
    if not key or not new:
        return None
    table = _load(str(synonyms_path()))
    for entry, options, changes in table:  # the swap itself
        if entry == key and new in (o.lower() for o in options):
            return changes
    for entry, options, changes in table:  # part of a phrase swap ("as the moment")
        if inside(key, entry) and any(inside(new, o.lower()) for o in options):
            return changes
    return None


def _match_case(original: str, new: str) -> str:
    return new[:1].upper() + new[1:] if original[:1].isupper() else new


def spin_swaps(
    text: str, seed: int = 0, rate: float = 1.0, table: dict[str, list[str]] | None = None
) -> tuple[str, list[Swap]]:
    """The spun text and the list of swaps made, in reading order.

    Every table entry found in the text is a candidate; the seeded random generator
    decides whether to swap it (with probability `rate`) and which replacement to use.
    Longer phrases are tried first.

    >>> spun, swaps = spin_swaps("Security forces kept the ruler in power.", seed=1)
    >>> spun
    'Safety powers kept the ruler in energy.'
    >>> [(s.from_text, s.to_text, s.span, s.changes_meaning) for s in swaps]
    [('Security forces', 'Safety powers', (0, 15), True), ('power', 'energy', (34, 39), True)]
    """
    changers = meaning_changers() if table is None else frozenset()
    table = load_synonyms() if table is None else table
    rng = random.Random(seed)
    words = list(LETTERS.finditer(text))
    out, swaps, at, i = [], [], 0, 0
    while i < len(words):
        for n in range(min(MAX_PHRASE, len(words) - i), 0, -1):
            group = words[i : i + n]
            # a phrase is words separated by single spaces, nothing else
            if any(text[x.end() : y.start()] != " " for x, y in pairwise(group)):
                continue
            key = " ".join(w.group().lower() for w in group)
            if key in table:
                break
        else:
            i += 1
            continue
        options = table[key]
        swap_it = rng.random() < rate
        choice = options[rng.randrange(len(options))]
        start, end = group[0].start(), group[-1].end()
        if swap_it and choice.lower() != key:
            new = _match_case(text[start:end], choice)
            out.append(text[at:start] + new)
            changes = (key in changers) if changers else None
            swaps.append(Swap(text[start:end], new, (start, end), changes))
            at = end
        i += n
    out.append(text[at:])
    return "".join(out), swaps


def spin(
    text: str, seed: int = 0, rate: float = 1.0, table: dict[str, list[str]] | None = None
) -> str:
    """`text` with words swapped for synonyms: the same seed always gives the same copy.

    `rate` is the chance that each word or phrase the table knows is swapped (1.0: all).

    >>> spin("The security forces fired on protesters in the city hall.", seed=7)
    'The safety powers fired on protestors in the metropolis corridor.'
    >>> spin("Nothing here is in the table.", seed=7)
    'Nothing here is in the table.'
    """
    return spin_swaps(text, seed, rate, table)[0]


def spin_file(path: str | Path, seed: int = 0, rate: float = 1.0) -> tuple[str, list[Swap]]:
    """What `medialit spin` prints: the text of a .md, .txt or .html file, spun, and the
    swaps made (`spin_swaps` on the article's text).

    >>> from medialit.paths import case_dir
    >>> spun, swaps = spin_file(case_dir("kazakhstan-2022") / "articles/critical-oped.md", 3)
    >>> swaps[0].from_text, swaps[0].to_text
    ('may be remembered', 'could also be remembered')
    """
    if not 0.0 <= rate <= 1.0:
        raise MedialitError(f"--rate {rate}: give a share between 0 and 1, like 0.35")
    return spin_swaps(load_article(path).text, seed, rate)
