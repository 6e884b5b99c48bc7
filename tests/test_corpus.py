"""Loading texts: Markdown with front matter, plain text, saved pages, and bad input."""

from __future__ import annotations

import pytest

from medialit.errors import MedialitError
from medialit.text import (
    article_from_text,
    collect_paths,
    html_page,
    load_article,
    split_front_matter,
)


def test_markdown_with_front_matter(tmp_path):
    path = tmp_path / "note.md"
    path.write_text(
        "---\nid: note\ntitle: A *title*\noutlet: Demo\n---\n\n"
        "First paragraph with a [link](https://x.example). Second sentence.\n\n"
        "## A subheading\n\n- item one\n- item two\n",
        encoding="utf-8",
    )
    article = load_article(path)
    assert article.id == "note" and article.title == "A *title*"
    assert article.meta["outlet"] == "Demo"
    assert article.paragraphs == [
        "First paragraph with a link. Second sentence.",
        "A subheading",
        "item one",
        "item two",
    ]
    assert [s.text for s in article.sentences][:2] == [
        "First paragraph with a link.",
        "Second sentence.",
    ]


def test_plain_text_takes_a_headline_as_title(tmp_path):
    path = tmp_path / "Saved Story.txt"
    path.write_text(
        "Troops leave Kazakhstan\n\nThe first units left on 13 January.\n", encoding="utf-8"
    )
    article = load_article(path)
    assert article.title == "Troops leave Kazakhstan"
    assert article.paragraphs == ["The first units left on 13 January."]
    assert article.id == "saved-story"


def test_windows_1252_and_latin_1_text_is_read(tmp_path):
    path = tmp_path / "old.txt"
    path.write_bytes(
        "The \u201ccap\u201d ended \u2014 prices rose in Aktau caf\u00e9s.".encode("cp1252")
    )
    assert load_article(path).paragraphs == [
        "The \u201ccap\u201d ended \u2014 prices rose in Aktau caf\u00e9s."
    ]


def test_html_page_drops_scripts_and_furniture_and_keeps_text_inert():
    page = html_page(
        "<html><head><title>T | Site</title><script>alert('x')</script></head>"
        "<body><nav>Home News</nav><h1>Headline</h1>"
        "<p>Body with &lt;script&gt; as text.</p><img src=x onerror=alert(1)>"
        "<aside>See also: more</aside><footer>© Site</footer></body></html>"
    )
    assert page.title == "Headline"
    assert page.paragraphs == ["Body with <script> as text."]
    assert [reason for _, reason in page.removed] == ["site navigation", "sidebar", "page footer"]
    assert all("alert" not in p for p in page.paragraphs)


def test_saved_page_with_repeated_body_and_furniture(case):
    page = case.pages[0].article
    original = case.article(case.pages[0].copy_of)
    assert page.paragraphs == original.paragraphs
    assert [r.count for r in page.repeated] == [3]
    reasons = {r.reason for r in page.removed}
    assert {"site header", "sidebar", "page footer", "share prompt", "byline"} <= reasons
    assert sum("See also" in r.text for r in page.removed) == 3


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("empty.md", b"", "the file is empty"),
        ("blank.txt", b"   \n\n  ", "the file is empty"),
        ("binary.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary file"),
        (
            "only-furniture.txt",
            b"Share this: Facebook | X\n\nLeave a Reply\n\nPost Comment\n",
            "no article text found",
        ),
        ("broken.md", b"---\ntitle: [unclosed\n---\nBody.", "front matter"),
        ("unclosed.md", b"---\ntitle: x\nBody with no closing fence.", "never closes"),
        ("notes.docx", b"PK\x03\x04 binary", "not supported"),
    ],
)
def test_bad_input_gets_one_line_naming_the_file(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(MedialitError) as caught:
        load_article(path)
    text = str(caught.value)
    assert message in text and name in text and "\n" not in text


def test_missing_path_and_folder(tmp_path):
    with pytest.raises(MedialitError, match="no such file"):
        load_article(tmp_path / "nowhere.md")
    with pytest.raises(MedialitError, match="this is a folder"):
        load_article(tmp_path)
    with pytest.raises(MedialitError, match="holds no"):
        collect_paths([tmp_path])


def test_front_matter_error_gives_the_line():
    with pytest.raises(MedialitError, match=r"x\.md: front matter line 3"):
        split_front_matter("---\ntitle: ok\ndate: [2022\n---\nBody", "x.md")


def test_article_from_text_in_memory():
    article = article_from_text("Prices doubled. Protests began.", "memo.txt")
    assert [s.text for s in article.sentences] == ["Prices doubled.", "Protests began."]


def test_a_markdown_heading_becomes_the_title_when_there_is_none():
    article = article_from_text("# Troops leave\n\nThe first units left on 13 January.", "n.md")
    assert article.title == "Troops leave"
    assert article.paragraphs == ["The first units left on 13 January."]


def test_folders_are_searched_but_hidden_files_skipped_even_from_a_relative_path(
    tmp_path, monkeypatch
):
    (tmp_path / "case" / ".ipynb_checkpoints").mkdir(parents=True)
    (tmp_path / "case" / "a.md").write_text("One.")
    (tmp_path / "case" / ".ipynb_checkpoints" / "a-checkpoint.md").write_text("One.")
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path / "elsewhere")
    assert [p.name for p in collect_paths(["../case"])] == ["a.md"]
