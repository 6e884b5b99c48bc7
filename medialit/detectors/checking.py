"""`medialit check`: every figure of some texts checked against a ledger.

`check` takes what the command line takes (files and folders, a case, or a ledger
file) and returns the JSON document documented in the README, `{"documents":
[{"path", "checks": [...]}]}`, with one error line per file that could not be read;
`check_report` makes one document readable. Checking one figure is
`medialit.detectors.factcheck`.
"""

from __future__ import annotations

from pathlib import Path

from medialit.case import Fact, load_case, load_ledger
from medialit.detectors.factcheck import check_article
from medialit.errors import MedialitError
from medialit.paths import DEFAULT_CASE
from medialit.text import (
    Article,
    article_from_text,
    collect_paths,
    display_path,
    load_article,
)


def check(
    paths: list[str | Path] = (),
    case: str | Path | None = None,
    facts: str | Path | None = None,
) -> tuple[dict, list[str]]:
    """Check texts against a ledger: the ledger file `facts`, else the ledger of `case`
    (the kit's first case when neither is given). With `case` and no `paths`, the
    case's own texts are checked. Returns the JSON document and one error line per file
    that could not be read, as `medialit check` prints them.

    >>> doc, errors = check(case="kazakhstan-2022")
    >>> len(doc["documents"]), doc["documents"][0]["checks"][0]["verdict"], errors
    (10, 'consistent', [])
    """
    if case and facts:
        raise MedialitError("give a case or a ledger file (facts), not both")
    articles: list[Article] = []
    if facts:
        if not Path(facts).is_file():
            raise MedialitError(f"no ledger file '{facts}'; give the path to a facts.csv")
        ledger, problems = load_ledger(Path(facts), str(facts))
        if problems:
            raise MedialitError(f"{facts} has problems: {problems[0]}")
    else:
        loaded = load_case(case or DEFAULT_CASE)
        ledger = loaded.facts
        if case and not paths:  # no texts named: check the case's own texts
            articles = list(loaded.articles.values())
    if not paths and not articles:
        raise MedialitError("give one or more files or folders to check, or --case NAME")
    return check_against_ledger(paths, ledger, articles)


def check_against_ledger(
    paths: list[str | Path], facts: dict[str, Fact], articles: list[Article] = ()
) -> tuple[dict, list[str]]:
    """Check texts (files, folders, or loaded articles) against a ledger.

    Returns the JSON document `{"documents": [{"path", "checks": [...]}]}` and one
    error line per file that could not be read.

    >>> from medialit.case import load_case
    >>> from medialit.paths import case_dir
    >>> facts = load_case("kazakhstan-2022").facts
    >>> doc, errors = check_against_ledger(
    ...     [case_dir("kazakhstan-2022") / "articles/wire-report.md"], facts)
    >>> doc["documents"][0]["checks"][1]["verdict"], errors
    ('consistent', [])
    """
    documents, errors = [], []
    loaded: list[tuple[str, Article]] = [(display_path(a.path), a) for a in articles]
    for path in collect_paths(list(paths)) if paths else []:
        try:
            loaded.append((str(path), load_article(path)))
        except MedialitError as exc:
            errors.append(str(exc))
    for shown, article in loaded:
        checks = check_article(article, facts)
        documents.append({"path": shown, "checks": [c.as_json() for c in checks]})
    return {"documents": documents}, errors


def check_figure(
    text: str, figure: str, facts: dict[str, Fact], date: str | None = None
) -> dict | None:
    """Check a short text dated `date` as `medialit check` would, and give the check (as
    JSON) of its first figure whose words contain `figure`, or None if no figure does.

    >>> from medialit.case import load_case
    >>> facts = load_case("kazakhstan-2022").facts
    >>> check_figure("The CSTO has six member states.", "six", facts, "2022-01-11")["verdict"]
    'consistent'
    """
    front = f"---\nid: figure\ndate: {date}\n---\n\n" if date else ""
    article = article_from_text(front + text + "\n", "figure.md")
    found = [c for c in check_article(article, facts) if figure.lower() in c.quantity.text.lower()]
    return found[0].as_json() if found else None


def check_report(document: dict) -> str:
    """A readable report of one checked document: one line per figure.

    >>> print(check_report({"path": "demo.md", "checks": []}))
    demo.md
      No figures found.
    """
    lines = [document["path"]]
    if not document["checks"]:
        lines.append("  No figures found.")
    for item in document["checks"]:
        lines.append(f'  [{item["verdict"]}] "{item["quantity"]}": {item["reason"]}')
    return "\n".join(lines)
