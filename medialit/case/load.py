"""Loading a case folder into a `Case`: its manifest, texts, ledger, source cards,
dossier, annotations, claim matrix and exercise entries.

The texts under `unseen:` (lesson 06's, `unseen/*.md`) are loaded and checked like the
others but kept apart, with their annotations and the source cards of their outlets
(`Case.unseen`, `unseen_annotations`, `unseen_outlets`), so that no earlier lesson,
which reads `Case.articles`, can show them.

`read_case` returns the case and every problem with its data, one line each
(file, field, what to fix); `load_case` raises them as one `CaseError`. Loading
checks the data model only: it builds no exercise. `medialit.teacher.validate_case`
adds the checks that need more than the model (exercises, names, farm copies).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from medialit.case.annotations import Annotations, read_annotations
from medialit.case.charts import read_charts
from medialit.case.claims import read_claims
from medialit.case.labels import Labels, load_labels, not_in_vocabulary
from medialit.case.ledger import COLUMNS as LEDGER_COLUMNS
from medialit.case.ledger import Fact, load_ledger
from medialit.case.model import ARTICLE_FIELDS, Case, SavedPage
from medialit.case.sources import CARD_FIELDS, Outlet, outlet_from_dict
from medialit.errors import CaseError, MedialitError, Problem
from medialit.paths import case_dir
from medialit.text import Article, display_path, load_article


def _yaml(path: Path, shown: str, problems: list[Problem]):
    import yaml

    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        problems.append(Problem(shown, "", "file not found; create it or fix the path in case.yml"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f"line {mark.line + 1}" if mark is not None else ""
        problems.append(
            Problem(
                shown,
                line,
                f"{getattr(exc, 'problem', None) or 'not valid YAML'};"
                " check indentation and put quotes around text with a colon",
            )
        )
    return None


def _check_article(article: Article, shown: str, labels: Labels, problems: list[Problem]) -> None:
    meta = article.meta
    for name in ARTICLE_FIELDS:
        if name not in meta:
            problems.append(
                Problem(shown, name, "missing from the front matter; see data/README.md")
            )
        elif not meta[name]:
            problems.append(Problem(shown, name, "is empty; fill it in (see data/README.md)"))
    if meta.get("id") and meta["id"] != article.path.stem:
        problems.append(
            Problem(shown, "id", f"'{meta['id']}' should match the file name '{article.path.stem}'")
        )
    date = meta.get("date")
    if date and not isinstance(date, dt.date):
        try:
            dt.date.fromisoformat(str(date))
        except ValueError:
            problems.append(
                Problem(shown, "date", f"'{date}' is not a date; write it as YYYY-MM-DD")
            )
    for name, vocabulary in (("kind", labels.text_kinds), ("framing", labels.framings)):
        fix = not_in_vocabulary(meta[name], vocabulary) if meta.get(name) else None
        if fix:
            problems.append(Problem(shown, name, fix))


def _load_outlets(raw, shown: str, labels: Labels, problems: list[Problem]) -> dict[str, Outlet]:
    outlets: dict[str, Outlet] = {}
    cards = raw.get("outlets") if isinstance(raw, dict) else None
    if not isinstance(cards, list):
        problems.append(
            Problem(shown, "outlets", "expected a list of source cards under 'outlets:'")
        )
        return outlets
    for i, card in enumerate(cards):
        where = f"outlets[{i}]"
        if not isinstance(card, dict):
            problems.append(Problem(shown, where, "each card needs " + ", ".join(CARD_FIELDS)))
            continue
        missing = [f for f in CARD_FIELDS if f not in card]
        if missing:
            problems.append(Problem(shown, where, f"missing {', '.join(missing)}"))
            continue
        kinds = card["kind"] if isinstance(card["kind"], list) else [card["kind"]]
        card = {**card, "kind": kinds}
        for kind in kinds:
            fix = not_in_vocabulary(kind, labels.outlet_kinds)
            if fix:
                problems.append(Problem(shown, f"{where}.kind", fix))
        outlet = outlet_from_dict(card)
        if outlet.id in outlets:
            problems.append(Problem(shown, f"{where}.id", f"'{outlet.id}' is used twice"))
        outlets[outlet.id] = outlet
    return outlets


def _not_a_text(file: str, field_name: str, name: str) -> Problem:
    return Problem(file, field_name, f"'{name}' is not one of the case's texts")


def _load_file_problem(exc: MedialitError, file: str) -> Problem:
    """A loading error re-worded as a problem of `file` (the message starts with the path)."""
    return Problem(file, "", str(exc).split(": ", 1)[-1])


def _load_articles(
    folder: Path, manifest: dict, labels: Labels, problems: list[Problem], key: str = "articles"
) -> dict[str, Article]:
    """The texts listed under `key` in case.yml: `articles`, or `unseen` (lesson 06's own)."""
    articles: dict[str, Article] = {}
    listed = manifest.get(key) or []
    if not isinstance(listed, list):
        shown_manifest = display_path(folder / "case.yml")
        problems.append(Problem(shown_manifest, key, "expected a list of files, like - x/y.md"))
        listed = []
    for rel in listed:
        shown = display_path(folder / str(rel))
        try:
            article = load_article(folder / str(rel))
        except MedialitError as exc:
            problems.append(_load_file_problem(exc, shown))
            continue
        _check_article(article, shown, labels, problems)
        if article.id in articles:
            problems.append(Problem(shown, "id", f"'{article.id}' is used by another text"))
        articles[article.id] = article
    for article in articles.values():
        copy_of = article.meta.get("copy_of")
        if copy_of and copy_of not in articles:
            problem = _not_a_text(display_path(article.path), "copy_of", copy_of)
            if key == "unseen":  # a copy of a text the lessons show would not be unseen
                problem = Problem(problem.file, "copy_of", "an unseen text may copy only another "
                                  f"unseen text, not '{copy_of}'")  # fmt: skip
            problems.append(problem)
    return articles


def _check_unseen(articles: dict, unseen: dict, problems: list[Problem]) -> None:
    """An unseen text must be new: not one of the case's articles under another file."""
    for text in unseen.values():
        if text.id in articles:
            problems.append(
                Problem(display_path(text.path), "id", f"'{text.id}' is also one of the case's "
                        "articles; give the unseen text an id of its own")
            )  # fmt: skip


def _load_pages(
    folder: Path, manifest: dict, articles: dict, problems: list[Problem]
) -> list[SavedPage]:
    pages: list[SavedPage] = []
    shown_manifest = display_path(folder / "case.yml")
    for i, entry in enumerate(manifest.get("pages") or []):
        if not isinstance(entry, dict) or "path" not in entry:
            problems.append(Problem(shown_manifest, f"pages[{i}]", "write 'path:' and 'copy_of:'"))
            continue
        try:
            page = load_article(folder / entry["path"])
        except MedialitError as exc:
            problems.append(_load_file_problem(exc, display_path(folder / entry["path"])))
            continue
        copy_of = str(entry.get("copy_of") or "")
        if copy_of and copy_of not in articles:
            problems.append(_not_a_text(shown_manifest, f"pages[{i}].copy_of", copy_of))
        pages.append(SavedPage(page.path, copy_of, page))
    return pages


def _load_facts(folder: Path, manifest: dict, problems: list[Problem]) -> dict[str, Fact]:
    ledger = folder / str(manifest.get("ledger") or "facts.csv")
    if not ledger.is_file():
        problems.append(
            Problem(
                display_path(ledger),
                "",
                "the ledger is missing; create it with the columns " + ",".join(LEDGER_COLUMNS),
            )
        )
        return {}
    facts, ledger_problems = load_ledger(ledger, display_path(ledger))
    problems += ledger_problems
    return facts


def _load_sources(
    folder: Path, manifest: dict, articles: dict, labels: Labels, problems: list[Problem]
) -> dict[str, Outlet]:
    """The source cards; `articles` holds the unseen texts too (see `_unseen_outlets`)."""
    if not manifest.get("sources"):
        return {}
    rel = str(manifest["sources"])
    shown = display_path(folder / rel)
    raw = _yaml(folder / rel, shown, problems)
    outlets = _load_outlets(raw, shown, labels, problems) if raw is not None else {}
    for outlet in outlets.values():
        for text in outlet.texts:
            if text not in articles:
                problems.append(_not_a_text(shown, f"{outlet.id}.texts", text))
    names = {o.name for o in outlets.values()}
    for article in articles.values():
        if outlets and article.meta.get("outlet") not in names:
            problems.append(
                Problem(
                    display_path(article.path),
                    "outlet",
                    f"'{article.meta.get('outlet')}' has no source card in {rel}",
                )
            )
    return outlets


def _split(found: dict, unseen: dict, texts_of=None) -> tuple[dict, dict]:
    """`found` split in two: what belongs to the lessons' texts, and what to the unseen ones
    (an outlet belongs to the unseen ones when every text on its card is unseen)."""
    def is_unseen(key, value) -> bool:
        texts = texts_of(value) if texts_of else [key]
        return bool(texts) and all(t in unseen for t in texts)

    seen = {k: v for k, v in found.items() if not is_unseen(k, v)}
    return seen, {k: v for k, v in found.items() if is_unseen(k, v)}


def _load_annotations(
    folder: Path,
    manifest: dict,
    articles: dict,
    labels: Labels,
    facts: dict,
    problems: list[Problem],
) -> dict[str, Annotations]:
    annotations: dict[str, Annotations] = {}
    notes_dir = folder / str(manifest.get("annotations") or "annotations")
    for path in sorted(notes_dir.glob("*.yml")) if notes_dir.is_dir() else []:
        shown = display_path(path)
        if path.stem not in articles:
            problems.append(Problem(shown, "", f"there is no text '{path.stem}' to annotate"))
            continue
        raw = _yaml(path, shown, problems)
        if raw is None:
            continue
        notes, note_problems = read_annotations(raw, articles[path.stem], labels, set(facts), shown)
        annotations[path.stem] = notes
        problems += note_problems
    return annotations


def _read_optional(folder: Path, manifest: dict, key: str, problems: list[Problem]) -> object:
    """The text (dossier) or YAML (exercises) a manifest field names, if it names one."""
    if not manifest.get(key):
        return None
    path = folder / str(manifest[key])
    if path.suffix in (".yml", ".yaml"):
        return _yaml(path, display_path(path), problems)
    if not path.is_file():
        problems.append(
            Problem(display_path(path), "", "file not found; create it or fix the path in case.yml")
        )
        return None
    return path.read_text(encoding="utf-8")


TECHNIQUE_FILE = "technique-exercises.yml"  # optional: name-the-technique exercises


def _with_technique_exercises(folder: Path, exercises: dict, problems: list[Problem]) -> dict:
    """The exercises with the case's technique-exercises.yml added after each lesson's own."""
    path = folder / TECHNIQUE_FILE
    if not path.is_file():
        return exercises
    extra = _yaml(path, display_path(path), problems) or {}
    if not isinstance(extra, dict):
        problems.append(Problem(display_path(path), "", "expected one entry per lesson"))
        return exercises
    merged = dict(exercises)
    for lesson, specs in extra.items():
        if not isinstance(specs, list):
            problems.append(Problem(display_path(path), str(lesson), "expected a list"))
            continue
        own = merged.get(lesson)
        merged[lesson] = [*(own if isinstance(own, list) else []), *specs]
    return merged


def _check_manifest(folder: Path, manifest: dict, articles: dict, problems: list[Problem]) -> None:
    shown = display_path(folder / "case.yml")
    for name in ("id", "title", "summary", "articles"):
        if not manifest.get(name):
            problems.append(Problem(shown, name, "missing; see data/README.md"))
    timeline_from = str(manifest.get("timeline_from") or "")
    if timeline_from:
        try:
            dt.date.fromisoformat(timeline_from)
        except ValueError:
            problems.append(
                Problem(
                    shown,
                    "timeline_from",
                    f"'{timeline_from}' is not a date; write it as YYYY-MM-DD",
                )
            )
    status = manifest.get("key_status")
    if status not in (None, "", "drafted", "reviewed"):
        problems.append(
            Problem(shown, "key_status", f"'{status}' should be drafted or reviewed (or left out)")
        )
    baseline = manifest.get("baseline")
    if baseline and baseline not in articles:
        problems.append(_not_a_text(shown, "baseline", baseline))


def read_case(case: str | Path) -> tuple[Case | None, list[Problem]]:
    """A case by name or folder, with every problem in its data (None when there is no case).

    >>> case, problems = read_case("kazakhstan-2022")
    >>> case.id, problems
    ('kazakhstan-2022', [])
    """
    folder = case_dir(case)
    problems: list[Problem] = []
    labels = load_labels()
    manifest = _yaml(folder / "case.yml", display_path(folder / "case.yml"), problems)
    if not isinstance(manifest, dict):
        if manifest is not None:
            problems.append(
                Problem(display_path(folder / "case.yml"), "", "expected fields like 'title:'")
            )
        return None, problems

    articles = _load_articles(folder, manifest, labels, problems)
    unseen = _load_articles(folder, manifest, labels, problems, key="unseen")
    _check_unseen(articles, unseen, problems)
    _check_manifest(folder, manifest, articles, problems)
    pages = _load_pages(folder, manifest, articles, problems)
    facts = _load_facts(folder, manifest, problems)
    every_text = {**unseen, **articles}
    outlets, unseen_outlets = _split(
        _load_sources(folder, manifest, every_text, labels, problems), unseen, lambda o: o.texts
    )
    annotations, unseen_annotations = _split(
        _load_annotations(folder, manifest, every_text, labels, facts, problems), unseen
    )
    dossier = _read_optional(folder, manifest, "dossier", problems) or ""
    claims_raw = _read_optional(folder, manifest, "claims", problems)
    claims = (
        read_claims(
            claims_raw,
            articles,
            labels,
            display_path(folder / str(manifest["claims"])),
            problems,
            manifest.get("baseline"),
        )
        if claims_raw is not None
        else None
    )
    charts_raw = _read_optional(folder, manifest, "charts", problems)
    charts = (
        read_charts(charts_raw, articles, facts, display_path(folder / str(manifest["charts"])),
                    problems)
        if charts_raw is not None
        else {}
    )  # fmt: skip
    exercises = _read_optional(folder, manifest, "exercises", problems) or {}
    if not isinstance(exercises, dict):
        problems.append(
            Problem(
                display_path(folder / str(manifest["exercises"])),
                "",
                "expected one entry per lesson, like '00-start-here:'",
            )
        )
        exercises = {}
    exercises = _with_technique_exercises(folder, exercises, problems)

    loaded = Case(
        id=str(manifest.get("id") or folder.name),
        path=folder,
        title=str(manifest.get("title") or folder.name),
        summary=str(manifest.get("summary") or ""),
        composite_note=str(manifest.get("composite_note") or ""),
        baseline=manifest.get("baseline"),
        articles=articles,
        pages=pages,
        facts=facts,
        outlets=outlets,
        dossier=str(dossier),
        annotations=annotations,
        exercises=exercises,
        labels=labels,
        timeline_from=str(manifest.get("timeline_from") or ""),
        claims=claims,
        exercises_file=str(manifest.get("exercises") or "exercises.yml"),
        key_status=str(manifest.get("key_status") or ""),
        charts=charts,
        unseen=unseen,
        unseen_annotations=unseen_annotations,
        unseen_outlets=unseen_outlets,
    )
    return loaded, problems


def load_case(case: str | Path) -> Case:
    """Load a case by name or folder, raising `CaseError` (one line per problem) if it is broken.

    >>> load_case("kazakhstan-2022").baseline
    'wire-report'
    """
    loaded, problems = read_case(case)
    if problems or loaded is None:
        raise CaseError(str(case), problems)
    return loaded
