"""A case's offline search index (`search.yml`): what a lateral-reading search would find.

Each page answers queries about one outlet or one claim. It lists several results from
assessors of differing reliability and interest (a reference work, a press-freedom monitor,
a bias rater, a rival outlet, a site that looks official and is not, the outlet's own
"About us"). Each result has what a results page shows (title, site, snippet), the text
shown when it is opened, how good it is as a first click and why, and how much weight it
deserves and why. A query finds a page by its `match` words, forgivingly: any case, any
word order, part of a name, a small typo.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path

from medialit.errors import MedialitError, Problem
from medialit.text import display_path, read_word_list, words

SEARCH_FILE = "search.yml"
ASSESSORS = {
    "reference": "a reference work written by others",
    "press-freedom-monitor": "a group that tracks press freedom",
    "bias-rater": "a service that rates outlets for bias and accuracy",
    "rival": "a rival outlet with a stake in the question",
    "look-alike": "a site that looks official and is not",
    "own-page": "the outlet's own page about itself",
    "fact-check": "a fact-checking group",
    "news": "a news report",
}
FIRST_CLICKS = ("good", "fair", "weak")  # good and fair are right first clicks; weak is a miss
WEIGHTS = {
    "lean": "Lean on it: independent, and it shows its evidence",
    "care": "Weigh it with care: it has a stake, or shows little evidence",
    "drop": "Set it aside: it is not what it seems",
}


@dataclass(frozen=True)
class SearchResult:
    """One result on a results page, and what the key says about it."""

    id: str
    title: str
    site: str
    assessor: str
    snippet: str
    text: str
    first: str
    first_why: str
    weigh: tuple[str, ...]
    weigh_why: str
    look_for: tuple[str, ...] = ()
    locks: dict = field(default_factory=dict)  # a student pack's: the key fields, sealed


@dataclass(frozen=True)
class SearchPage:
    """What a search about one outlet or claim finds."""

    id: str
    about: str
    match: tuple[str, ...]
    results: tuple[SearchResult, ...]


def query_words(text: str) -> list[str]:
    """The words of a query that count: lower case, no punctuation, no small words.

    >>> query_words("Who runs the Eurasian Strategy-Review?"), query_words("20,000 attackers")
    (['runs', 'eurasian', 'strategy', 'review'], ['20000', 'attackers'])
    """
    quiet = set(read_word_list("function-words.txt"))
    keys = [w.key.replace(",", "") for w in words(text.replace("-", " "))]
    return [k for k in keys if k not in quiet]


def _word_fits(wanted: str, typed: list[str]) -> bool:
    """True when a typed word is `wanted`, its start (3+ letters) or a near spelling."""
    for word in typed:
        if word == wanted or (len(word) >= 3 and wanted.startswith(word)):
            return True
        if len(word) >= 5 and difflib.SequenceMatcher(None, word, wanted).ratio() >= 0.8:
            return True
    return False


def _fit(page: SearchPage, typed: list[str]) -> tuple[float, int]:
    """How well a query fits a page (0 when it does not), and how many words fitted.

    A query fits when it has every word of one match phrase, or at least half of them and
    two or more, or when more than half of its own words belong to one match phrase (a
    part of a name: "steppe").
    """
    best = (0.0, 0)
    for phrase in (page.about, *page.match):
        words = query_words(phrase)
        if not words or not typed:
            continue
        found = sum(_word_fits(w, typed) for w in words)
        used = sum(_word_fits(t, words) for t in typed) / len(typed)
        share = found / len(words)
        if share == 1 or (share >= 0.5 and found >= 2) or used > 0.5:
            best = max(best, (max(share, used), found))
    return best


@dataclass
class SearchIndex:
    """Every page of a case's offline search index (a student pack's has a salt: sealed)."""

    pages: list[SearchPage]
    salt: str = ""

    def find(self, query: str) -> tuple[SearchPage | None, list[str]]:
        """The page a query finds, or None and what to search for instead.

        A word fits when it is whole, started (3+ letters) or nearly spelled. When two
        pages fit equally well, or none fits, the second value lists what to try.

        >>> index = SearchIndex([SearchPage("x", "Eurasian Strategy Review",
        ...     ("eurasian strategy review",), ())])
        >>> index.find("review strategy EURASIAN")[0].id, index.find("eurasain")[0].id
        ('x', 'x')
        >>> index.find("weather in Almaty")
        (None, ['Eurasian Strategy Review'])
        """
        typed = query_words(query)
        fits = sorted(((_fit(p, typed), i) for i, p in enumerate(self.pages)), reverse=True)
        good = [(fit, i) for fit, i in fits if fit[0] > 0]
        if good and (len(good) == 1 or good[0][0] > good[1][0]):
            return self.pages[good[0][1]], []
        near = [self.pages[i].about for _, i in good] or [p.about for p in self.pages]
        return None, near


def _text(raw: dict, name: str, where: str, file: str, problems: list[Problem]) -> str:
    value = raw.get(name)
    if not isinstance(value, str) or not value.strip():
        problems.append(Problem(file, f"{where}.{name}", "missing or empty; write it as text"))
        return ""
    return value.strip()


def _texts(raw: dict, name: str, where: str, file: str, problems: list[Problem]) -> tuple:
    value = raw.get(name) or []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        problems.append(Problem(file, f"{where}.{name}", "must be a list like [a, b]"))
        return ()
    return tuple(v.strip() for v in value)


SEALED_KEYS = ("first", "first_why", "weigh", "weigh_why")  # what a student pack seals


def _result(
    raw: object, where: str, file: str, problems: list[Problem], sealed: bool = False
) -> SearchResult | None:
    if not isinstance(raw, dict):
        problems.append(Problem(file, where, "each result needs id, title, site, snippet, ..."))
        return None
    if sealed:  # a student pack's result: the key is in `locks`, opened a layer up
        raw = {**raw, "first": "good", "first_why": "sealed", "weigh": ["lean"], "weigh_why": "-"}
    before = len(problems)
    fields = {
        n: _text(raw, n, where, file, problems)
        for n in ("id", "title", "site", "snippet", "text", "first_why", "weigh_why")
    }
    assessor, first = raw.get("assessor"), raw.get("first")
    if assessor not in ASSESSORS:
        problems.append(
            Problem(file, f"{where}.assessor", f"'{assessor}' is not one of {', '.join(ASSESSORS)}")
        )
    if first not in FIRST_CLICKS:
        problems.append(
            Problem(file, f"{where}.first", f"'{first}' is not one of {', '.join(FIRST_CLICKS)}")
        )
    weigh = _texts(raw, "weigh", where, file, problems)
    wrong = [w for w in weigh if w not in WEIGHTS]
    if wrong or not weigh:
        problems.append(
            Problem(file, f"{where}.weigh", f"give one or more of {', '.join(WEIGHTS)}")
        )
    look_for = _texts(raw, "look_for", where, file, problems)
    if len(problems) > before:
        return None
    locks = dict(raw.get("locks") or {}) if sealed else {}
    return SearchResult(
        assessor=str(assessor),
        first=str(first),
        weigh=weigh,
        look_for=look_for,
        locks=locks,
        **fields,
    )


def _page(
    raw: object, where: str, file: str, problems: list[Problem], sealed: bool = False
) -> SearchPage | None:
    if not isinstance(raw, dict):
        problems.append(Problem(file, where, "each page needs id, about, match and results"))
        return None
    before = len(problems)
    page_id, about = (
        _text(raw, "id", where, file, problems),
        _text(raw, "about", where, file, problems),
    )
    match = _texts(raw, "match", where, file, problems)
    raw_results = raw.get("results")
    if not isinstance(raw_results, list) or len(raw_results) < 3:
        problems.append(Problem(file, f"{where}.results", "give at least three results"))
        raw_results = []
    results = [
        _result(r, f"{where}.results[{i}]", file, problems, sealed)
        for i, r in enumerate(raw_results)
    ]
    kept = [r for r in results if r is not None]
    ids = [r.id for r in kept]
    if len(set(ids)) < len(ids):
        problems.append(Problem(file, f"{where}.results", "two results share an id"))
    firsts = {r.first for r in kept}
    if kept and not sealed and not ({"good", "fair"} & firsts and "weak" in firsts):
        problems.append(
            Problem(
                file,
                f"{where}.results",
                "give at least one good (or fair) first click and one weak one, so the "
                "choice means something",
            )
        )
    if len(problems) > before:
        return None
    return SearchPage(page_id, about, match, tuple(kept))


def read_search_index(folder: Path) -> tuple[SearchIndex | None, list[Problem]]:
    """A case folder's search index and its problems (None, [] when the case has none).

    >>> from medialit.paths import case_dir
    >>> index, problems = read_search_index(case_dir("kazakhstan-2022"))
    >>> len(index.pages) >= 3, problems
    (True, [])
    """
    import yaml

    path = Path(folder) / SEARCH_FILE
    if not path.is_file():
        return None, []
    file, problems = display_path(path), []
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f"line {mark.line + 1}" if mark is not None else ""
        return None, [Problem(file, line, "not valid YAML; check indentation and quotes")]
    pages = raw.get("pages") if isinstance(raw, dict) else None
    if not isinstance(pages, list) or not pages:
        return None, [Problem(file, "pages", "expected a list of pages, like '- id: ...'")]
    salt = str(raw.get("salt") or "")
    read = [_page(p, f"pages[{i}]", file, problems, bool(salt)) for i, p in enumerate(pages)]
    ids = [p.id for p in read if p is not None]
    if len(set(ids)) < len(ids):
        problems.append(Problem(file, "pages", "two pages share an id"))
    return SearchIndex([p for p in read if p is not None], salt), problems


def check_search_index(folder: Path) -> list[Problem]:
    """The problems in a case's `search.yml` (none when it is sound or absent).

    >>> from medialit.paths import case_dir
    >>> check_search_index(case_dir("kazakhstan-2022"))
    []
    """
    return read_search_index(folder)[1]


def load_search_index(folder: Path) -> SearchIndex | None:
    """A case's search index (None when it has none); a broken one is a one-line error.

    >>> from medialit.paths import case_dir
    >>> load_search_index(case_dir("kazakhstan-2022")).pages[0].results[0].title != ""
    True
    """
    index, problems = read_search_index(folder)
    if problems:
        more = (
            f" (and {len(problems) - 1} more; run `medialit validate`)" if len(problems) > 1 else ""
        )
        raise MedialitError(f"{problems[0]}{more}")
    return index
