"""The word diff: every edit marked once, text escaped, plain twin readable."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from medialit.compare import edits
from medialit.notebook import word_diff


def test_spun_copy_diff_marks_every_edit_and_keeps_b_readable(case):
    a, b = case.articles["critical-oped"], case.articles["content-farm-copy"]
    shown = word_diff(a, b)
    assert shown.text.count("{+") == sum(1 for e in edits(a, b) if e.to_text)
    assert "[-Security-]{+Safety+}" in shown.text
    # removing the marks of removed words and the braces of added ones gives B back
    text = re.sub(r"\[-.*?-\](?=\{\+)", "", shown.text)  # swaps: keep the new words
    text = re.sub(r" \[-.*?-\]", "", text)  # deletions came with a space of their own
    rebuilt = re.sub(r"\{\+(.*?)\+\}", r"\1", text)
    assert rebuilt == b.text


def test_case_text_is_escaped_in_markdown():
    shown = word_diff("a <b>bold</b> claim", "a <i>bold</i> claim")
    assert "<b>" not in shown.markdown and "&lt;" in shown.markdown


def test_identical_texts_have_no_marks():
    shown = word_diff("Nothing changed here.", "Nothing changed here.")
    assert shown.text == "Nothing changed here." and "~~" not in shown.markdown


@settings(max_examples=100, deadline=None)
@given(st.text(st.sampled_from(list("ab cd.,\n")), max_size=60),
       st.text(st.sampled_from(list("ab cd.,\n")), max_size=60))
def test_word_diff_never_crashes(a, b):
    assert isinstance(word_diff(a, b).text, str)
