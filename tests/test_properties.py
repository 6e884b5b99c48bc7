"""Property tests (hypothesis): cleaning, splitting and reading never crash on any text.

Spans always lie inside the text they index, sentences cover the words in order, and
cleaning a cleaned text changes nothing. The examples are derandomized, so `make test`
gives the same answer on every run; run with a larger `max_examples` to explore further.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from medialit.errors import MedialitError
from medialit.text import (
    clean_paragraphs,
    html_page,
    load_article,
    markdown_paragraphs,
    repair_mojibake,
    sentence_spans,
    split_sentences,
    text_paragraphs,
)

# Pieces that trip splitters and cleaners up, mixed with arbitrary characters.
PIECES = [
    "U.S.",
    "Mr.",
    "Dr.",
    "e.g.",
    "Jan.",
    "2.5",
    "20,000",
    "No.",
    "a.m.",
    "...",
    "?!",
    '"Why?"',
    "“Stop.”",
    "(see p. 4)",
    "St. Petersburg",
    "A.",
    "i.",
    "Share this:",
    "Subscribe to our newsletter",
    "[ad_1]",
    "{that a}",
    "Source link",
    "Leave a Reply",
    "\n",
    "\n\n",
    " ",
    "  ",
    ". ",
    "! ",
    "? ",
    "' ",
    "Protests",
    "began",
    "in",
    "Almaty",
]
words = st.one_of(st.sampled_from(PIECES), st.text(min_size=1, max_size=12))
texts = st.lists(words, max_size=60).map(" ".join)
paragraphs = st.lists(texts.map(lambda t: " ".join(t.split())).filter(bool), max_size=12)
FAST = settings(
    max_examples=300, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)


@FAST
@given(texts)
def test_sentence_spans_lie_inside_the_text_in_order(text):
    spans = sentence_spans(text)
    last = 0
    for start, end in spans:
        assert last <= start < end <= len(text)
        assert text[start:end].strip() == text[start:end]  # no space at either end
        last = end
    covered = "".join(text[a:b] for a, b in spans)
    assert "".join(covered.split()) == "".join(text.split())  # no word lost or doubled


@FAST
@given(paragraphs)
def test_split_sentences_index_the_joined_text_with_unique_ids(paras):
    joined = "\n\n".join(paras)
    sentences = split_sentences(paras, "doc")
    for s in sentences:
        assert joined[s.start : s.end] == s.text
        assert paras[s.paragraph].find(s.text) >= 0
    assert len({s.id for s in sentences}) == len(sentences)


@FAST
@given(paragraphs)
def test_cleaning_is_idempotent_and_only_drops_what_it_reports(paras):
    once = clean_paragraphs(paras)
    twice = clean_paragraphs(once.paragraphs)
    assert twice.paragraphs == once.paragraphs
    assert twice.removed == [] and twice.repeated == []
    assert all(r.reason and r.text for r in once.removed)


@FAST
@given(texts)
def test_readers_never_crash(text):
    for paragraph in markdown_paragraphs(text) + text_paragraphs(text):
        assert paragraph == paragraph.strip() and paragraph
    page = html_page(f"<html><body><p>{text}</p><script>{text}</script></body></html>")
    assert all(p.strip() == p for p in page.paragraphs)


@FAST
@given(st.text(alphabet=st.characters(min_codepoint=0xA0, max_codepoint=0x17F), min_size=1))
def test_mojibake_repair_undoes_utf8_read_as_windows_1252(text):
    garbled = text.encode("utf-8").decode("cp1252", errors="ignore")
    if garbled.encode("cp1252") != text.encode("utf-8"):
        return  # a byte Windows-1252 cannot show: the garbling itself lost information
    fixed, repairs = repair_mojibake(garbled)
    assert fixed == text and repairs
    assert repair_mojibake(fixed) == (fixed, []) or not fixed.isascii()


_FILE_NAMES = st.sampled_from(["a.md", "a.txt", "a.html", "a.markdown", "a.htm"])
_FRONT = st.sampled_from(
    ["", "---\n", "---\ntitle: x\n---\n", "---\n- a\n---\n", "---\n: :\n---\n"]
)


@settings(
    max_examples=300,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    name=_FILE_NAMES, front=_FRONT, body=st.one_of(st.binary(max_size=400), texts.map(str.encode))
)
def test_any_file_loads_or_gets_a_one_line_error(tmp_path, name, front, body):
    path = tmp_path / name
    path.write_bytes(front.encode() + body)
    try:
        article = load_article(path)
    except MedialitError as exc:
        assert "\n" not in str(exc) and name in str(exc)
    else:
        assert article.paragraphs and all(s.text for s in article.sentences)
