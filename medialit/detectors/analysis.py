"""`medialit analyze`: what the kit sees in a text, as a readable report or as JSON.

The JSON shape is documented in the README and kept stable:
{"documents": [{"path", "title", "sentences": [{"id", "text", "causal", "support",
"signals"}], "quantities": [{"text", "value", "unit", "approx"}], "removed": [{"text",
"reason"}], "repeated_passages": [{"text", "count"}], "repaired": [{"garbled", "fixed"}]}]}

`causal`, `support` and `signals` come from `medialit.detectors.causal`: whether the sentence
makes a causal claim (true/false), the support it carries (evidenced, attributed,
hedged, unsupported; given for every sentence) and the signals found, each
{"kind", "words", "start", "end", "name", "tier", "weight", "explanation"} with
`start`/`end` the character span of `words` in the sentence. `quantities` come from
`medialit.detectors.quantities.extract_quantities`, one sentence at a time (`start`/`end` index the
sentence whose id is `sentence`).
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TextIO

from medialit.case import load_case
from medialit.detectors.causal import causal_fields, causal_report
from medialit.detectors.quantities import extract_quantities
from medialit.errors import MedialitError
from medialit.text import Article, collect_paths, display_path, load_article


def analyze_article(article: Article, path: str | None = None) -> dict:
    """One document of `medialit analyze --json`.

    >>> from medialit.text import article_from_text
    >>> doc = analyze_article(article_from_text("Prices doubled. Protests began.", "demo.txt"))
    >>> [s["text"] for s in doc["sentences"]], doc["removed"]
    (['Prices doubled.', 'Protests began.'], [])
    """
    return {
        "path": path if path is not None else display_path(article.path),
        "title": article.title,
        "sentences": [
            {"id": s.id, "text": s.text, **causal_fields(s.text)} for s in article.sentences
        ],
        "quantities": [
            {**q.as_json(), "sentence": s.id}
            for s in article.sentences
            for q in extract_quantities(s.text)
        ],
        "removed": [{"text": r.text, "reason": r.reason} for r in article.removed],
        "repeated_passages": [{"text": r.text, "count": r.count} for r in article.repeated],
        "repaired": [{"garbled": r.garbled, "fixed": r.fixed} for r in article.repaired],
    }


def analyze_each(paths: list[str | Path]) -> Iterator[tuple[dict | None, str | None]]:
    """Analyze files and folders one at a time: `(document, None)` or `(None, error line)`.

    Nothing is kept between files, so a folder of any size takes the memory of one text.

    >>> from medialit.paths import data_dir
    >>> folder = data_dir() / "cases/kazakhstan-2022/articles"
    >>> [doc["title"][:10] for doc, error in analyze_each([folder / "wire-report.md"])]
    ['Kazakh lea']
    """
    for path in collect_paths(paths):
        try:
            yield analyze_article(load_article(path), str(path)), None
        except MedialitError as exc:
            yield None, str(exc)


def analyze(
    paths: list[str | Path] = (), case: str | Path | None = None
) -> Iterator[tuple[dict | None, str | None]]:
    """What `medialit analyze` prints: each file and folder of `paths`, then each text of
    `case` as the case has loaded and checked it, one at a time, as `(document, None)`
    or `(None, error line)`. The case is loaded before anything is analyzed.

    >>> docs = [doc for doc, error in analyze(case="kazakhstan-2022")]
    >>> len(docs), docs[0]["path"].endswith("wire-report.md")
    (10, True)
    """
    if not paths and not case:
        raise MedialitError("give one or more files or folders to analyze, or --case NAME")
    loaded = load_case(case) if case else None

    def each() -> Iterator[tuple[dict | None, str | None]]:
        yield from analyze_each(paths)
        if loaded is not None:
            yield from ((analyze_article(a, str(a.path)), None) for a in loaded.articles.values())

    return each()


def analyze_paths(paths: list[str | Path]) -> tuple[dict, list[str]]:
    """Analyze files and folders; returns the JSON document and one error line per bad file.

    >>> from medialit.paths import data_dir
    >>> doc, errors = analyze_paths([data_dir() / "cases/kazakhstan-2022/articles/wire-report.md"])
    >>> doc["documents"][0]["title"][:10], errors
    ('Kazakh lea', [])
    """
    documents, errors = [], []
    for document, error in analyze_each(paths):
        if error is None:
            documents.append(document)
        else:
            errors.append(error)
    return {"documents": documents}, errors


def repair_note(repaired: list[dict]) -> str:
    """One line on the garbled characters repaired in a document, and how to avoid them.

    >>> repair_note([{"garbled": "Ã©", "fixed": "é"}])
    "repaired 1 garbled run ('Ã©' → 'é', UTF-8 once read as Windows-1252); re-save it as UTF-8"
    """
    first = repaired[0]
    runs = "run" if len(repaired) == 1 else "runs"
    return (
        f"repaired {len(repaired)} garbled {runs} ('{first['garbled']}' → '{first['fixed']}', "
        "UTF-8 once read as Windows-1252); re-save it as UTF-8"
    )


_ENCODE = json.JSONEncoder(ensure_ascii=False).encode  # one encoder for every item


def document_json(document: dict) -> str:
    """One document of `medialit analyze --json`, indented to sit in the "documents" list.

    >>> print(document_json({"path": "a.md", "sentences": [{"id": "a-1"}], "removed": []}))
        {
          "path": "a.md",
          "sentences": [
            {"id": "a-1"}
          ],
          "removed": []
        }
    """

    def field(key: str, value) -> str:
        if isinstance(value, list) and value:
            items = ",\n".join(f"        {_ENCODE(v)}" for v in value)
            return f"      {_ENCODE(key)}: [\n{items}\n      ]"
        return f"      {_ENCODE(key)}: {_ENCODE(value)}"

    return "    {\n" + ",\n".join(field(k, v) for k, v in document.items()) + "\n    }"


def write_json(documents: Iterable[dict], out: TextIO) -> None:
    """Write `{"documents": [...]}` as each document comes, in the layout of `to_json`.

    >>> import sys
    >>> write_json(iter([]), sys.stdout)
    {
      "documents": []
    }
    """
    opened = False
    for document in documents:
        out.write(",\n" if opened else '{\n  "documents": [\n')
        out.write(document_json(document))
        opened = True
    out.write("\n  ]\n}\n" if opened else '{\n  "documents": []\n}\n')


def to_json(document: dict) -> str:
    """`document` as indented JSON with each sentence, removal or quantity on one line.

    The layout of the README's example; far quicker than `json.dumps(..., indent=2)`,
    whose pure-Python encoder took longer than the analysis itself.

    >>> print(to_json({"documents": [{"path": "a.md", "sentences": [{"id": "a-1"}]}]}))
    {
      "documents": [
        {
          "path": "a.md",
          "sentences": [
            {"id": "a-1"}
          ]
        }
      ]
    }
    """
    out = io.StringIO()
    write_json(document["documents"], out)
    return out.getvalue().rstrip("\n")


def _short(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def analysis_report(document: dict, sentences: bool = False) -> str:
    """A readable summary of one analyzed document.

    >>> from medialit.text import article_from_text
    >>> print(analysis_report(analyze_article(article_from_text("One. Two.", "demo.txt"))))
    demo.txt
      Title: demo
      2 sentences, 2 words after cleaning.
      Nothing removed; no repeated passages.
      Causal claims: 0 of 2 sentences.
      No quantities found.
    """
    lines = [document["path"], f"  Title: {document['title']}"]
    words = sum(len(s["text"].split()) for s in document["sentences"])
    lines.append(f"  {len(document['sentences'])} sentences, {words} words after cleaning.")
    removed, repeated = document["removed"], document["repeated_passages"]
    if not removed and not repeated:
        lines.append("  Nothing removed; no repeated passages.")
    if removed:
        lines.append(f"  Removed {len(removed)} piece(s) of page furniture:")
        lines += [f'    - {r["reason"]}: "{_short(r["text"], 70)}"' for r in removed]
    if repeated:
        lines.append("  Repeated passages (kept once in the text):")
        for r in repeated:
            paragraphs = r["text"].count("\n\n") + 1
            lines.append(
                f'    - {r["count"]} times, {paragraphs} paragraph(s): "{_short(r["text"], 60)}"'
            )
    if document.get("repaired"):
        note = repair_note(document["repaired"])
        lines.append(f"  {note[:1].upper()}{note[1:]}.")
    lines += [f"  {line}" for line in causal_report(document["sentences"])]
    quantities = document["quantities"]
    if not quantities:
        lines.append("  No quantities found.")
    else:
        count = f"{len(quantities)} quantit{'y' if len(quantities) == 1 else 'ies'}"
        lines.append(f"  {count} (check them against a ledger with `medialit check`):")
        lines += [
            f'    - "{_short(q["text"], 60)}" = {q["value"]} {q["unit"]}'.rstrip()
            for q in quantities
        ]
    if sentences:
        lines.append("  Sentences:")
        lines += [
            f"    {n:>3}. [{s['id']}] {s['text']}"
            for n, s in enumerate(document["sentences"], start=1)
        ]
    return "\n".join(lines)
