"""What `medialit validate` warns about: what is weak in a case, not what is broken.

A warning never stops a lesson and never makes validate fail: no baseline, an empty
ledger, a `copy_of` pair whose texts are not alike, a framing with no sound or no
unsound claim in the key, a saved page without most of its text's words, an exercise
whose items are all flagged, proposals of `medialit draft` still unreviewed (or
accepted unchecked).
"""

from __future__ import annotations

from collections import defaultdict

from medialit.case import Case, key_drafted
from medialit.compare import NEAR_COPY, similarity
from medialit.errors import MedialitError, Problem
from medialit.exercises import lesson_exercise, lesson_specs
from medialit.teacher.answerkeys import lesson_notebooks
from medialit.teacher.keyfile import drafted_fields
from medialit.text import body_text, display_path, words

SOUND = ("evidenced", "attributed", "hedged")
REVIEW = "notebooks/teacher/review-a-case.ipynb"
PAGE_SHARE = 0.8  # a text's own saved page has nearly all its words; another text about half


def _copy_pairs(case: Case) -> list[Problem]:
    warnings = []
    for article in case.articles.values():
        original = article.meta.get("copy_of")
        if not original or original not in case.articles:
            continue
        share = similarity(case.articles[original], article)
        if share < NEAR_COPY:
            warnings.append(
                Problem(
                    display_path(article.path),
                    "copy_of",
                    f"these two share {share:.0%} of their words: is one really a copy of "
                    f"the other ({original})?",
                )
            )
    return warnings


def _kept_share(article, page) -> float:
    """The share of a text's distinct words that its saved page also has."""
    mine = {w.key for w in words(body_text(article))}
    theirs = {w.key for w in words(body_text(page))}
    return len(mine & theirs) / len(mine) if mine else 1.0


def _saved_pages(case: Case) -> list[Problem]:
    warnings = []
    for page in case.pages:
        if page.copy_of not in case.articles:
            continue
        share = _kept_share(case.articles[page.copy_of], page.article)
        if share < PAGE_SHARE:
            warnings.append(
                Problem(
                    display_path(page.path),
                    "copy_of",
                    f"this saved page has only {share:.0%} of the words of {page.copy_of}: "
                    "is it really that text's page?",
                )
            )
    return warnings


def _framings(case: Case) -> list[Problem]:
    sound: dict[str, int] = defaultdict(int)
    unsound: dict[str, int] = defaultdict(int)
    texts: dict[str, list[str]] = defaultdict(list)
    for article in case.articles.values():
        framing = str(article.meta.get("framing") or "")
        if not framing:
            continue
        texts[framing].append(article.id)
        notes = case.annotations.get(article.id)
        for note in notes.sentences.values() if notes else []:
            if "unsupported" in note.support:
                unsound[framing] += 1
            elif set(note.support) & set(SOUND):
                sound[framing] += 1
        for q in notes.quantities if notes else []:
            bad = set(q.verdict) & {"conflicts", "unverifiable"}
            (unsound if bad else sound)[framing] += 1
    warnings = []
    shown = display_path(case.path / "case.yml")
    for framing, ids in texts.items():
        for what, counts in (("sound", sound), ("unsound", unsound)):
            if not counts[framing]:
                warnings.append(
                    Problem(
                        shown,
                        f"framing {framing}",
                        f"no {what} claim in the key of its texts ({', '.join(ids)}); every "
                        "framing needs both, so students judge the method, not the side",
                    )
                )
    return warnings


def _one_sided_exercises(case: Case) -> list[Problem]:
    warnings = []
    for lesson in (nb.stem for nb in lesson_notebooks()):
        for number, spec in enumerate(lesson_specs(case, lesson), start=1):
            try:
                exercise = lesson_exercise(case, lesson, spec, number=number)
            except MedialitError:
                continue  # validate reports it as a problem
            flag, items = getattr(exercise, "flag", None), getattr(exercise, "items", [])
            if flag and items and all(flag in item.accepted for item in items):
                warnings.append(
                    Problem(
                        lesson,
                        str(spec.get("id", number)),
                        f"all {len(items)} items are '{flag}': add fair items, so a student "
                        "who flags everything does not score full marks",
                    )
                )
    return warnings


def _proposals(case: Case) -> list[Problem]:
    shown = display_path(case.path / "case.yml")
    found = []
    paths = [case.path / "case.yml", *(a.path for a in case.articles.values())]
    fields = sum(len(drafted_fields(path)) for path in paths)
    if fields:
        found.append(
            Problem(
                shown,
                "front matter",
                f"{fields} field(s) filled by medialit draft are not checked yet "
                f"(# drafted: ...); check them with {REVIEW} or in the files",
            )
        )
    waiting = sum(n.proposed_count() for n in case.annotations.values())
    if case.claims:
        waiting += sum(c.proposed for c in case.claims.claims.values())
    if waiting:
        found.append(
            Problem(
                shown,
                "proposals",
                f"{waiting} proposal(s) of medialit draft are not reviewed yet "
                f"(proposed: true); review them with {REVIEW}",
            )
        )
    elif key_drafted(case):
        found.append(
            Problem(
                shown,
                "key_status",
                "drafted: the key was accepted unchecked, and every lesson says so; "
                f"check it with {REVIEW}, then delete the line",
            )
        )
    return found


def weak_spots(case: Case) -> list[Problem]:
    """Warnings about a loaded case: what makes its lessons weaker, one line each.

    >>> from medialit.case import load_case
    >>> weak_spots(load_case("kazakhstan-2022"))
    []
    """
    shown = display_path(case.path / "case.yml")
    warnings = []
    if not case.baseline:
        warnings.append(
            Problem(
                shown,
                "baseline",
                "none: choose the text the others are held against (a news report, not an "
                "opinion piece); lessons 00 and 02 work without that column until then",
            )
        )
    if not case.facts:
        warnings.append(
            Problem(
                shown,
                "ledger",
                "empty: add the facts and figures you check against (facts.csv), each with "
                "who reported it; until then every figure is 'unverifiable'",
            )
        )
    return (
        warnings
        + _copy_pairs(case)
        + _saved_pages(case)
        + _framings(case)
        + _one_sided_exercises(case)
        + _proposals(case)
    )
