"""Removing page furniture and collapsing a body that a saved page repeats.

The rules are data (`data/lexicons/furniture.yml`) so a teacher can add one; every
removal is reported with its reason, so nothing disappears unexplained.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from medialit.text.lexicons import read_lexicon
from medialit.text.regex_starts import regex_starts

MIN_REPEAT_WORDS = 8  # a repeated block shorter than this is left alone (a slogan, a chorus)


@dataclass(frozen=True)
class Removal:
    """A piece of text the cleaner dropped, and why."""

    text: str
    reason: str


@dataclass(frozen=True)
class Repeat:
    """A block of paragraphs that occurred `count` times; the body keeps it once."""

    text: str
    count: int


@dataclass
class Cleaned:
    """The result of cleaning: the paragraphs kept, what was removed, what repeated."""

    paragraphs: list[str]
    removed: list[Removal] = field(default_factory=list)
    repeated: list[Repeat] = field(default_factory=list)


@dataclass(frozen=True)
class _Rule:
    reason: str
    pattern: re.Pattern
    max_words: int | None
    where: str


@lru_cache(maxsize=1)
def _rules() -> tuple[tuple[_Rule, ...], tuple[tuple[str, re.Pattern], ...]]:
    spec = read_lexicon("furniture.yml")
    rules = []
    for rule in spec.get("paragraphs", []):
        joined = "|".join(f"(?:{p})" for p in rule["patterns"])
        rules.append(
            _Rule(
                rule["reason"],
                re.compile(joined, re.I),
                rule.get("max_words"),
                rule.get("where", "anywhere"),
            )
        )
    inline = tuple(
        (rule["reason"], re.compile("|".join(f"(?:{p})" for p in rule["patterns"]), re.I))
        for rule in spec.get("inline", [])
    )
    return tuple(rules), inline


@lru_cache(maxsize=1)
def _any_rule() -> tuple[re.Pattern, re.Pattern]:
    """Every paragraph rule and every inline rule as one pattern each: most paragraphs
    match none, and one test says so (the per-rule loop runs only after a hit)."""
    rules, inline = _rules()
    paragraph = "|".join(f"(?:{r.pattern.pattern})" for r in rules) or "(?!)"
    leftovers = "|".join(f"(?:{p.pattern})" for _, p in inline) or "(?!)"
    return re.compile(paragraph, re.I), re.compile(leftovers, re.I)


def _needed_words(pattern: str) -> frozenset[str] | None:
    r"""Lower-case words one of which every match of `pattern` contains, or None.

    Read from the pattern itself: the longest run of plain characters it always passes
    through, else one run from each branch of a choice it always passes through.

    >>> sorted(_needed_words(r".{0,40}\b(we use cookies|this (site|website) uses cookies)"))
    [' uses cookies', 'we use cookies']
    >>> _needed_words(r".{0,9}(a|\w+)") is None
    True
    """
    from re import _constants as c
    from re import _parser

    def needs(items) -> frozenset[str] | None:
        runs, run, choice = [], "", None
        for op, av in [*items, (None, None)]:
            if op is c.LITERAL:
                run += chr(av).lower()
                continue
            runs.append(run)
            run = ""
            if choice is None and op is c.SUBPATTERN:
                choice = needs(av[3])
            elif choice is None and op is c.BRANCH:
                branches = [needs(branch) for branch in av[1]]
                if all(branches):
                    choice = frozenset().union(*branches)
        longest = max(runs, key=len)
        return frozenset([longest]) if len(longest) >= 3 else choice

    try:
        return needs(list(_parser.parse(pattern, re.I)))
    except Exception:  # a private API: if it changes, the quick look is skipped
        return None


@lru_cache(maxsize=1)
def _quick_rules() -> tuple[dict[str, re.Pattern], re.Pattern, tuple[re.Pattern, tuple]]:
    """The paragraph rules for a first look: patterns that may start anywhere in the
    first N characters (`.{0,N}...`), each with the words it needs; and the rest as one
    regex per first character of an ASCII paragraph (the alternatives that can start
    with it), plus one regex of them all for other text. Most paragraphs fail at their
    first word, and a regex of twenty alternatives fails sooner than one of a hundred;
    one search for every needed word at once says that most need no closer look."""
    anchored, anywhere = [], []
    for rule in read_lexicon("furniture.yml").get("paragraphs", []):
        for pattern in rule["patterns"]:
            words = _needed_words(pattern) if pattern.startswith(".{0,") else None
            if words and all(word.isascii() for word in words):
                anywhere.append((words, re.compile(pattern, re.I)))
            else:
                anchored.append((regex_starts(pattern, re.I)[0], f"(?:{pattern})"))
    everything = re.compile("|".join(p for _, p in anchored) or "(?!)", re.I)
    by_first: dict[str, re.Pattern] = {}
    for code in range(128):
        char = chr(code).lower()
        if char in by_first:
            continue
        parts = [p for first, p in anchored if first is None or char in first]
        by_first[char] = re.compile("|".join(parts) or "(?!)", re.I)
    any_word = _trie({w for words, _ in anywhere for w in words})
    return by_first, everything, (any_word, tuple(anywhere))


def _trie(words: set[str]) -> re.Pattern:
    """One regex for any of `words`, as a tree of their letters (the engine follows one
    branch at each place instead of trying every word there).

    >>> [bool(_trie({"share", "sign up"}).search(t)) for t in ("please sign up", "shore")]
    [True, False]
    """
    tree: dict = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        branches = [re.escape(char) + pattern(sub) for char, sub in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return re.compile(pattern(tree) or "(?!)")


def _might_be_furniture(paragraph: str) -> bool:
    """Whether a paragraph rule could match `paragraph` (the rules themselves decide).

    Most paragraphs hold none of the words a `.{0,N}` pattern needs: a plain search
    says so at once, where the regex would try each of the first N places. The words
    are compared in lower case, which is what the regex's case-insensitive matching
    does on ASCII text; other text goes straight to the regex. The other rules are
    tried only if they can start with the paragraph's first character (an ASCII one:
    case-insensitive matching also lets "ſ" match "s", so other text meets them all).
    """
    by_first, everything, (any_word, anywhere) = _quick_rules()
    first = paragraph[:1]
    anchored = by_first[first.lower()] if first and first.isascii() else everything
    if anchored.match(paragraph):
        return True
    lowered = paragraph.lower() if paragraph.isascii() else None
    if lowered is not None and not any_word.search(lowered):
        return False  # none of the words any `.{0,N}` rule needs
    return any(
        (lowered is None or any(word in lowered for word in words)) and pattern.match(paragraph)
        for words, pattern in anywhere
    )


_SPACES = re.compile(r"\s{2,}")
_SPACE_BEFORE_MARK = re.compile(r"\s+([,.;:!?])")
# Two spaces, or a space before a mark; a regex that starts with `\s` lets the engine
# skip quickly to the next space. (`_untidy` adds a space at either end.)
_UNTIDY_INSIDE = re.compile(r"\s[\s,.;:!?]")


def _untidy(paragraph: str) -> bool:
    """Whether tidying would change `paragraph`: a space at an end, two spaces, or a
    space before a mark.

    >>> _untidy("Prices rose ."), _untidy(" Prices rose."), _untidy("Prices rose.")
    (True, True, False)
    """
    return (
        paragraph[:1].isspace()
        or paragraph[-1:].isspace()
        or _UNTIDY_INSIDE.search(paragraph) is not None
    )


@lru_cache(maxsize=1)
def _menu_words() -> frozenset[str]:
    words = read_lexicon("furniture.yml").get("menu_words") or []
    return frozenset(str(w).casefold() for w in words)


_MENU_LINE = re.compile(r"(?:[A-Z][\w'’&-]*|&|\||·|•)(?:\s+(?:[A-Z][\w'’&-]*|&|\||·|•)){2,13}")


def menu_line(paragraph: str) -> bool:
    """Whether `paragraph` is a line of a site's menu: three to fourteen capitalised words
    and nothing else, at least half of them words a menu shows (`menu_words` in
    `data/lexicons/furniture.yml`).

    >>> menu_line("Home About Contact"), menu_line("Heatwave Warning Issued As Temperatures Rise")
    (True, False)
    """
    if not _MENU_LINE.fullmatch(paragraph):
        return False
    words = [w for w in paragraph.split() if w[0].isalpha()]
    menu = _menu_words()
    return sum(w.casefold() in menu for w in words) * 2 >= len(words)


def furniture_reason(paragraph: str, position: float = 0.5) -> str | None:
    """Why `paragraph` is page furniture, or None when it is part of the article.

    `position` is where the paragraph sits on the page, from 0 (top) to 1 (foot).

    >>> furniture_reason("Subscribe to our newsletter for weekly analysis.")
    'newsletter prompt'
    >>> furniture_reason("Protesters gathered in the main square on Tuesday.") is None
    True
    """
    if _might_be_furniture(paragraph):
        words = len(paragraph.split())
        for rule in _rules()[0]:
            if rule.max_words is not None and words > rule.max_words:
                continue
            if rule.where == "head" and position > 0.3:
                continue
            if rule.where == "foot" and position < 0.6:
                continue
            if rule.pattern.match(paragraph):
                return rule.reason
    if paragraph[:1].isupper() and menu_line(paragraph):
        return "site navigation"
    return None


def strip_furniture(paragraphs: list[str]) -> tuple[list[str], list[Removal]]:
    """Drop furniture paragraphs and inline template leftovers; report each removal.

    >>> page = ["[ad_1]", "Prices doubled {that a} overnight.", "Source link"]
    >>> kept, removed = strip_furniture(page)
    >>> kept
    ['Prices doubled overnight.']
    >>> [r.reason for r in removed]
    ['ad marker', 'template leftover', 'source-link stub']
    """
    kept: list[str] = []
    removed: list[Removal] = []
    last = max(len(paragraphs) - 1, 1)
    for index, paragraph in enumerate(paragraphs):
        reason = furniture_reason(paragraph, index / last)
        if reason:
            removed.append(Removal(paragraph, reason))
            continue
        found = False
        # a removal can close up a new leftover: "{ {that a} }" leaves "{ }"
        while _any_rule()[1].search(paragraph):
            matches = sorted(
                (m.start(), m.group(0), inline_reason)
                for inline_reason, pattern in _rules()[1]
                for m in pattern.finditer(paragraph)
                if m.group(0)
            )
            if not matches:
                break
            found = True
            removed += [Removal(text, inline_reason) for _, text, inline_reason in matches]
            for _, pattern in _rules()[1]:
                paragraph = pattern.sub("", paragraph)
            paragraph = _SPACES.sub(" ", paragraph).strip()
            paragraph = _SPACE_BEFORE_MARK.sub(r"\1", paragraph)
        if _untidy(paragraph):  # the readers' paragraphs are tidy already
            paragraph = _SPACES.sub(" ", paragraph).strip()
            paragraph = _SPACE_BEFORE_MARK.sub(r"\1", paragraph)
        # what is left may be furniture itself ("Share this: [ad_1]", or 41 words now 40)
        changed = found or paragraph != paragraphs[index]
        reason = furniture_reason(paragraph, index / last) if changed and paragraph else None
        if reason:
            removed.append(Removal(paragraph, reason))
            continue
        if paragraph:
            kept.append(paragraph)
    return kept, removed


def _key(paragraph: str) -> str:
    return " ".join(paragraph.casefold().split())


def collapse_repeats(paragraphs: list[str]) -> tuple[list[str], list[Repeat]]:
    """Keep each repeated run of paragraphs once and count how often it occurred.

    A saved page that shows its whole body three times gives one `Repeat` with
    count 3, not one per paragraph.

    >>> body = ["First paragraph of the story, long enough to count.", "Second one."]
    >>> kept, repeats = collapse_repeats(body * 3)
    >>> kept == body, [r.count for r in repeats]
    (True, [3])
    """
    keys = [_key(p) for p in paragraphs]
    first_seen: dict[str, int] = {}
    kept: list[str] = []
    counts: dict[tuple[int, int], int] = {}  # (start, length) of the first copy -> count
    i = 0
    while i < len(paragraphs):
        start = first_seen.get(keys[i])
        if start is not None:
            length = 0
            while (
                i + length < len(keys)
                and start + length < i
                and keys[i + length] == keys[start + length]
            ):
                length += 1
            words = sum(len(p.split()) for p in paragraphs[start : start + length])
            if words >= MIN_REPEAT_WORDS:
                counts[(start, length)] = counts.get((start, length), 1) + 1
                i += length
                continue
        first_seen.setdefault(keys[i], i)
        kept.append(paragraphs[i])
        i += 1
    repeats = [
        Repeat("\n\n".join(paragraphs[s : s + n]), c) for (s, n), c in sorted(counts.items())
    ]
    return kept, repeats


def clean_paragraphs(paragraphs: list[str]) -> Cleaned:
    """Strip furniture, then collapse repeated blocks.

    >>> cleaned = clean_paragraphs(["Share this: Facebook | X", "The government resigned."])
    >>> cleaned.paragraphs, [r.reason for r in cleaned.removed]
    (['The government resigned.'], ['share prompt'])
    """
    kept, removed = strip_furniture(paragraphs)
    kept, repeated = collapse_repeats(kept)
    # Cleaning a cleaned text must change nothing, but a rule for the head or the foot of a
    # page judges a paragraph by where it sits, and removals move paragraphs up or down.
    # So strip again until nothing more goes (only when something went: most texts have
    # no furniture and need one pass).
    for _ in range(len(paragraphs)):
        if kept == paragraphs:
            break
        again, more = strip_furniture(kept)
        if not more and again == kept:
            break
        removed += more
        kept, more_repeats = collapse_repeats(again)
        repeated += more_repeats
    return Cleaned(kept, removed, repeated)
