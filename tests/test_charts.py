"""Charts come with a text summary that matches what they draw."""

from __future__ import annotations

from medialit.charts import distinctive_chart
from medialit.vocabulary import distinctive_words


def test_distinctive_chart_draws_every_word_and_summarises_them(case):
    a, b = case.articles["government-account"], case.articles["critical-oped"]
    d = distinctive_words(a, b, case.articles.values())
    chart = distinctive_chart(d, a.id, b.id)
    (ax,) = chart.figure.axes
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert sorted(labels) == sorted(w.word for w in d["a"] + d["b"])
    assert chart.summary.startswith("Words more typical of government-account: ")
    assert d["a"][0].word in chart.summary and d["b"][0].word in chart.summary
    assert chart._repr_png_()[:4] == b"\x89PNG"


def test_empty_lists_say_so():
    chart = distinctive_chart({"a": [], "b": []})
    assert chart.summary == "Words more typical of A: none stand out. Of B: none stand out."
