"""Bring your own: import a saved news page, scaffold a case, validate it, run lessons on it."""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest

from conftest import ROOT
from medialit.case import import_article, load_case, new_case
from medialit.cli import main
from medialit.errors import MedialitError
from medialit.teacher import validate_case

PAGE = ROOT / "tests" / "cases" / "import" / "saved-news-page.html"
ARTICLE = [  # every paragraph of the story, in order (our own invented text)
    "Harbourside's city council has put off a planned rise in bus fares",
    "The rise would have taken a single adult fare from 2.40 to 2.90 crowns",
    "The council's transport chair, Jonas Brekke, said the delay",
    "Campaigners who organised the petition said",
    "The bus company said in a statement that its costs had risen by 14 per cent",
    "Opposition councillors welcomed the delay",
]
FURNITURE = {  # what must go, and the reason the import gives
    "We use cookies": "cookie notice",
    "Sport": "site header",
    "Home › News › Local": "site navigation",
    "Share this": "share prompt",
    "Tram extension opens two months late": "related links",
    "About time somebody stood up to them": "comments",
    "morning briefing": "newsletter prompt",
    "Read more:": "see-also stub",
    "Storm warning": "sidebar",
    "All rights reserved": "page footer",
    "Tags: Transport": "tags and categories",
    "By Mira Olsen": "byline",
}
NEVER = ["dataLayer", "schema.org", "track(", "Accept all", "Post comment", ".cookie-banner"]


def _fill(path: Path, **fields: str) -> None:
    text = path.read_text(encoding="utf-8")
    for name, value in fields.items():
        text, n = re.subn(rf'(?m)^{name}: ""', f'{name}: "{value}"', text)
        assert n == 1, name
    path.write_text(text, encoding="utf-8")


def test_import_keeps_the_article_and_drops_the_furniture(tmp_path):
    path, article = import_article(PAGE, out=tmp_path)
    assert path == tmp_path / "council-delays-bus-fare-rise-after-9-000.md"
    assert len(article.paragraphs) == len(ARTICLE)
    for paragraph, start in zip(article.paragraphs, ARTICLE, strict=True):
        assert paragraph.startswith(start)
    written = path.read_text(encoding="utf-8")
    body = written.split("\n---\n", 1)[1]
    for words, reason in FURNITURE.items():
        assert words not in body, words
        assert any(r.reason == reason and words in r.text for r in article.removed), words
    assert not [w for w in NEVER if w in written]
    # what the page says is filled in; what only a teacher knows is left blank
    assert 'title: "Council delays bus fare rise after 9,000 sign petition"' in written
    assert 'outlet: "The Harbourside Courier"' in written and 'author: "Mira Olsen"' in written
    assert 'date: "2025-03-14"' in written and 'kind: ""' in written
    with pytest.raises(MedialitError, match="already exists"):
        import_article(PAGE, out=tmp_path)  # never overwrites


def test_a_text_file_imports_too(tmp_path):
    source = tmp_path / "notes.txt"
    source.write_text("Flood warning lifted\n\nThe river fell overnight.\n\nShare this: X | Email")
    _, article = import_article(source, out=tmp_path / "out")
    assert article.title == "Flood warning lifted"
    assert article.paragraphs == ["The river fell overnight."]
    assert [r.reason for r in article.removed] == ["share prompt"]


def test_new_case_lists_what_to_fill_and_validates_once_filled(tmp_path, capsys):
    assert main(["new-case", "harbour-2025", "--in", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "case.yml: title: missing" in out and "case.yml: articles: missing" in out
    folder = tmp_path / "harbour-2025"
    assert main(["import", str(PAGE), "--case", str(folder)]) == 0
    assert "dropped (cookie notice)" in capsys.readouterr().out
    (article,) = (folder / "articles").glob("*.md")
    problems = [str(p) for p in validate_case(folder)]
    for field in ("kind", "framing", "stands_for", "modelled_on"):  # left blank
        assert f"articles/{article.name}: {field}: is empty; fill it in" in "\n".join(problems)
    assert not any(": missing from the front matter" in p for p in problems), problems
    _fill(
        article,
        kind="news-report",
        framing="baseline",
        stands_for="A local news report",
        modelled_on="Invented for the test",
    )
    assert 'composite: "No: a real article' in article.read_text(encoding="utf-8")
    manifest = folder / "case.yml"
    _fill(manifest, title="Harbourside bus fares", summary="The council delayed a fare rise.")
    assert validate_case(folder) == []
    assert main(["validate", str(folder)]) == 0


def test_validate_names_the_file_and_field_of_a_broken_case(tmp_path, capsys):
    folder = new_case("broken", tmp_path)
    import_article(PAGE, case=folder, article_id="fares")
    text = (folder / "articles" / "fares.md").read_text()
    (folder / "articles" / "fares.md").write_text(
        text.replace('date: "2025-03-14"', 'date: "14 March"').replace('kind: ""', 'kind: "news"')
    )
    assert main(["validate", str(folder)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert any(
        line.endswith("articles/fares.md: date: '14 March' is not a date; write it as YYYY-MM-DD")
        for line in lines
    )
    wrong_kind = "articles/fares.md: kind: 'news' is not one of: news-report"
    assert any(wrong_kind in line for line in lines)
    assert any(line.endswith("case.yml: title: missing; see data/README.md") for line in lines)


@pytest.fixture(scope="module")
def bare_case(tmp_path_factory) -> Path:
    """A filled case with one imported article and nothing else: no cards, no exercises."""
    folder = new_case("bare", tmp_path_factory.mktemp("cases"))
    path, _ = import_article(PAGE, case=folder, article_id="fares")
    _fill(path, kind="news-report", framing="baseline", stands_for="A local report",
          modelled_on="Invented for the test")  # fmt: skip
    _fill(folder / "case.yml", title="Bus fares", summary="A fare rise was delayed.")
    assert load_case(folder).annotations == {}
    return folder


@pytest.mark.parametrize("lesson", ["00-start-here", "01-meet-the-sources"])
def test_lessons_00_and_01_run_on_a_bare_case_and_say_what_is_lost(bare_case, lesson, tmp_path):
    import papermill as pm

    notebook = ROOT / "notebooks" / f"{lesson}.ipynb"
    target = tmp_path / "run.ipynb"
    pm.execute_notebook(
        str(notebook),
        str(target),
        parameters={"case": str(bare_case), "answers_folder": str(tmp_path / "answers")},
        kernel_name="python3",
        cwd=str(notebook.parent),
        progress_bar=False,
    )
    nb = nbformat.read(target, as_version=4)
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    text = "\n".join(o.get("data", {}).get("text/plain", "") for o in outputs)
    assert "What this case leaves out:" in text
    assert "No annotations" in text
    assert "This case is too thin for this exercise: " in text  # and it says what to add
    if lesson == "00-start-here":
        assert "Here the lesson uses this case's own texts: 'fares'" in text
        assert "This case has no baseline" in text  # none was chosen, none is made up
    else:
        assert "This case has no source cards" in text and "This case has no dossier" in text
