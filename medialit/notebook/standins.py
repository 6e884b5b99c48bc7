"""Stand-in texts: a lesson written for one case, run on a teacher's own case.

The lessons name the texts of the kit's first case ("wire-report", "critical-oped").
On another case each missing text is replaced by the case's text that plays the same
part: the same framing and kind as the named text (read from the kit's case), or a
copy and its original where the lesson compares a copy with its source. Every view
that uses a stand-in says so in one line.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import combinations

from medialit.case import Case, load_case
from medialit.compare import similarity
from medialit.errors import MedialitError
from medialit.paths import DEFAULT_CASE
from medialit.shown import Shown, escape_md, plain
from medialit.text import Article

COPY_KINDS = ("republication", "content-farm-copy")
OPINION_KINDS = ("editorial", "opinion-column", "op-ed", "blog-post")
SIMILAR_ENOUGH = 0.5  # below this, two texts are not treated as a copy and its original
BASELINE = "baseline"  # a lesson's name for the text the teacher chose in case.yml


@lru_cache(maxsize=1)
def _reference_articles() -> dict[str, Article]:
    """The texts of the case the lessons were written for (empty if it is not there)."""
    try:
        return load_case(DEFAULT_CASE).articles
    except MedialitError:
        return {}


def _ordered(case: Case) -> list[str]:
    ids = list(case.articles)
    if case.baseline in case.articles:
        ids.remove(case.baseline)
        ids.insert(0, case.baseline)
    return ids


def _fit(named: Article | None, candidate: Article) -> int:
    if named is None:
        return 0
    same = [named.meta.get(k) == candidate.meta.get(k) for k in ("framing", "kind")]
    is_copy = [bool(a.meta.get("copy_of")) or a.meta.get("kind") in COPY_KINDS
               for a in (named, candidate)]  # fmt: skip
    return 2 * same[0] + same[1] + 2 * (is_copy[0] == is_copy[1])


def stand_ins(
    case: Case, text_ids: list[str], earlier: dict[str, str] | None = None
) -> tuple[list[str], str]:
    """The case's texts for the texts a lesson names, and a note if any were replaced.

    Only the texts the lessons name (those of the kit's case) get stand-ins; any other
    name is a typing mistake, and the error lists the case's texts. `earlier` remembers
    the stand-ins a lesson has used, so a named text keeps its stand-in from cell to cell
    and a new one gets a text not shown yet where possible.

    >>> ids, note = stand_ins(load_case("kazakhstan-2022"), ["wire-report"])
    >>> ids, note
    (['wire-report'], '')
    >>> stand_ins(load_case("kazakhstan-2022"), ["wire"])  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    medialit.errors.MedialitError: case 'kazakhstan-2022' has no text 'wire'; its texts are: ...
    """
    earlier = {} if earlier is None else earlier
    chosen: list[str] = []
    if BASELINE in text_ids and case.baseline in case.articles:
        text_ids = [case.baseline if t == BASELINE else t for t in text_ids]
    for text_id in text_ids:
        if text_id in case.articles:
            chosen.append(text_id)
            continue
        reference = _reference_articles()
        if reference and text_id not in reference and text_id != BASELINE:
            case.article(text_id)  # a name no lesson uses: say which texts there are
        if earlier.get(text_id) in case.articles and earlier[text_id] not in chosen:
            chosen.append(earlier[text_id])
            continue
        free = [a for a in _ordered(case) if a not in chosen and a not in text_ids]
        free = free or _ordered(case)
        if not free:
            raise MedialitError(f"case '{case.id}' has no texts yet; add one with medialit import")
        named = reference.get(text_id)
        if text_id == BASELINE:
            named = reference.get(load_case(DEFAULT_CASE).baseline or "") if reference else None
            free = [a for a in free if not _opinion(case.articles[a])] or free
        used = set(earlier.values())
        best = max(free, key=lambda a: (_fit(named, case.articles[a]), a not in used))
        earlier.setdefault(text_id, best)
        chosen.append(best)
    return chosen, _note(case, text_ids, chosen)


def copy_pair(case: Case) -> tuple[str, str] | None:
    """The case's clearest copy and its original: a text's `copy_of`, else the most
    similar pair of texts if they are similar enough to be one copied from the other.

    >>> copy_pair(load_case("kazakhstan-2022"))
    ('column-mission', 'column-mission-republished')
    """
    for article_id, article in case.articles.items():
        if article.meta.get("copy_of") in case.articles:
            return article.meta["copy_of"], article_id
    scored = [
        (similarity(case.articles[a], case.articles[b]), a, b)
        for a, b in combinations(case.articles, 2)
    ]
    best = max(scored, default=None)
    return (best[1], best[2]) if best and best[0] >= SIMILAR_ENOUGH else None


def stand_in_pair(case: Case, a: str, b: str) -> tuple[str, str, str]:
    """Two texts for a comparison: as named, or the case's own pair that plays the part.

    Where the lesson's B copies its A, the stand-ins are the case's copy and original.

    >>> stand_in_pair(load_case("kazakhstan-2022"), "critical-oped", "content-farm-copy")
    ('critical-oped', 'content-farm-copy', '')
    """
    if a in case.articles and b in case.articles:
        return a, b, ""
    named = _reference_articles().get(b)
    if named is not None and named.meta.get("copy_of") == a:
        pair = copy_pair(case)
        if pair:
            return pair[0], pair[1], _note(case, [a, b], list(pair))
        (x, y), note = stand_ins(case, [a, b])
        return x, y, note + (
            "*This case has no copy of another text (no `copy_of` in any article's front "
            "matter, and no two texts alike), so these two are not a copy and its original.*"
            "\n\n"
        )
    (x, y), note = stand_ins(case, [a, b])
    return x, y, note


def _opinion(article: Article) -> bool:
    """An opinion piece, which a lesson never takes as its baseline."""
    return article.meta.get("kind") in OPINION_KINDS


def _note(case: Case, wanted: list[str], chosen: list[str]) -> str:
    swaps = [(w, c) for w, c in zip(wanted, chosen, strict=True) if w != c]
    if not swaps:
        return ""
    said = ", ".join(f"'{escape_md(c)}'" for _, c in swaps)
    note = f"*Here the lesson uses this case's own texts: {said}.*\n\n"
    if BASELINE in wanted and case.baseline not in case.articles:
        note += (
            "*This case has no baseline: the teacher has not chosen one (`baseline:` in "
            "case.yml). Where the lesson holds texts against a baseline, read this text as "
            "one account among the others, not as the reference.*\n\n"
        )
    if len(set(chosen)) < len(chosen):
        note += (
            "*This case has fewer texts than this step needs, so one text appears twice. "
            f"Add texts with `medialit import FILE --case {escape_md(case.id)}`.*\n\n"
        )
    return note


def with_note(note: str, result):
    """`result` (a view or a chart) with a note above it; unchanged when there is no note.

    >>> print(with_note("*Here it uses 'a' for 'b'.*\\n\\n", Shown("**Hi**", "Hi")))
    Here it uses 'a' for 'b'.
    <BLANKLINE>
    Hi
    """
    if not note:
        return result
    if isinstance(result, Shown):
        return Shown(note + result.markdown, plain(note) + result.text)
    result.summary = f"{plain(note).strip()} {result.summary}"  # a chart: its summary line
    return result
