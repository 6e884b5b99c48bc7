"""Lessons 02 and 03: the side-by-side and copy displays, and the data their exercises rest on."""

from __future__ import annotations

import re

import pytest

from medialit.case import load_case
from medialit.compare import compare_texts, similarity, substitutions
from medialit.errors import MedialitError
from medialit.exercises import lesson_specs
from medialit.lesson import start
from medialit.notebook import BLUE, VERMILLION, Chart

EVIL = "<script>alert(1)</script> | *x* [link](http://evil.example)"


@pytest.fixture(scope="module")
def lesson02():
    return start("02-same-event-different-stories")


@pytest.fixture(scope="module")
def lesson03():
    return start("03-copies-rewrites-content-farms")


def _spec(case, lesson, exercise_id):
    return next(s for s in lesson_specs(case, lesson) if s["id"] == exercise_id)


def test_side_by_side_puts_texts_in_columns_with_a_summary(lesson02):
    view = lesson02.side_by_side("wire-report", "government-account", paragraphs=2)
    header = view.markdown.splitlines()[2]
    assert "Kestrel Wire · baseline" in header and "The Republic Courier · government" in header
    assert view.markdown.count("\n| 2 |") == 1 and "\n| 3 |" not in view.markdown
    assert "First 2 paragraphs of each" in view.markdown
    assert view.text.startswith("2 accounts side by side: Kestrel Wire (baseline)")
    with pytest.raises(MedialitError, match="at least two texts"):
        lesson02.side_by_side("wire-report")
    with pytest.raises(MedialitError, match="has no text 'wire'"):
        lesson02.side_by_side("wire", "government-account")


def test_case_text_is_escaped_in_every_display(case_copy):
    path = case_copy / "articles/wire-report.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("He said their withdrawal", f"{EVIL} He said their withdrawal"))
    case = load_case(case_copy)
    lesson = start("02-same-event-different-stories", case=str(case_copy))
    shown = [
        lesson.side_by_side("wire-report", "government-account", paragraphs=1).markdown,
        lesson.find("alert").markdown,
        lesson.compare("wire-report", "government-account").markdown,
    ]
    for markdown in shown:
        assert "<script>" not in markdown and "](http" not in markdown
    assert case.articles["wire-report"].paragraphs[0].count("|") == 1
    assert "\\|" in shown[0]  # a table cell cannot be broken by a '|' in the text


def test_find_marks_the_phrase_in_every_text_and_counts(lesson02):
    view = lesson02.find("20,000")
    assert view.text.splitlines()[0] == "'20,000' is in 5 of 5 texts (6 sentences)."
    assert '"[20,000] bandits"' in view.text and "**20,000**" in view.markdown
    none = lesson02.find("Transnistria", "wire-report")
    assert "not mentioned" in none.text and "in 0 of 1 texts" in none.text
    with pytest.raises(MedialitError, match="say what to look for"):
        lesson02.find("  ")


def test_drift_shows_the_hedge_the_retelling_dropped(lesson02, case):
    view = lesson02.drift()
    assert "What changed: hedge dropped: 'appear to'." in view.text
    assert "appear to support him" in view.text and "ground support him" in view.text
    pair = case.claims.drift[0]
    before = case.annotations[pair.from_text]
    after = case.annotations[pair.to_text]
    (old,) = [n for n in before.sentences.values() if "appear to support him" in n.signals]
    (new,) = [n for n in after.sentences.values() if "support him" in n.signals]
    assert "hedged" in old.support and "hedged" not in new.support  # the annotations agree


def test_distinctive_chart_has_an_image_a_summary_and_safe_colours(lesson02):
    chart = lesson02.distinctive("government-account", "critical-oped")
    assert isinstance(chart, Chart) and chart.png.startswith(b"\x89PNG")
    bundle = chart._repr_mimebundle_()
    assert {"text/html", "image/png", "text/plain", "text/markdown"} <= set(bundle)
    assert "<figcaption>" in bundle["text/html"] and chart.summary in bundle["text/plain"]
    summary = chart.summary
    assert summary.startswith("More typical of The Republic Courier:")
    # the notebook's words about this chart must stay true
    a_words, b_words = summary.split("More typical of The Steppe Dispatch:")
    assert "said" in a_words and "president" in a_words
    assert "foreign" in b_words and "own" in b_words
    assert (BLUE, VERMILLION) == ("#0072B2", "#D55E00")  # Okabe-Ito


def test_chart_colours_are_the_okabe_ito_pair(monkeypatch, case):
    from matplotlib.axes import Axes

    from medialit.notebook import distinctive_chart

    seen = {}
    original = Axes.barh

    def spy(self, *args, **kwargs):
        seen["colours"] = set(kwargs["color"])
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Axes, "barh", spy)
    distinctive_chart(case, "wire-report", "state-editorial")
    assert seen["colours"] <= {BLUE, VERMILLION}


def test_compare_view_reports_the_copies_the_lesson_names(lesson03):
    repost = lesson03.compare("column-mission", "column-mission-republished").text
    assert "95% of the words line up (a near-copy)" in repost and "cut “appear to”" in repost
    talking_point = lesson03.compare("column-mission", "column-briefing-republished").text
    assert "not a near-copy" in talking_point
    assert (
        "word for word, 26 words" in talking_point and "founding treaty promises" in talking_point
    )


def test_swaps_list_every_substitution_in_reading_order(lesson03, case):
    found = substitutions(case.articles["critical-oped"], case.articles["content-farm-copy"])
    view = lesson03.swaps("critical-oped", "content-farm-copy", limit=None)
    rows = [line for line in view.text.splitlines() if re.match(r"\d+\. ", line)]
    assert len(rows) == len(found)
    assert rows[3].startswith("4. “Security” → “Safety”: ")
    short = lesson03.swaps("critical-oped", "content-farm-copy")
    assert "(the first 20)" in short.text and "limit=None" in short.text
    assert "No swapped words" in lesson03.swaps("wire-report", "state-editorial").text


def test_saved_page_and_farm_additions(lesson03):
    page = lesson03.saved_page().text
    assert "the body appears 3 times" in page and "word for word" in page
    assert "share prompt" in page
    with pytest.raises(MedialitError, match="pages are numbered 0 to 0"):
        lesson03.saved_page(4)
    adds = lesson03.farm_adds("critical-oped", "content-farm-copy").text
    assert adds.startswith("NewsBuzz Daily 24 adds 0 sentences of its own")
    assert "source-link stub" in adds and "NewsBuzz Desk" in adds


def test_loaded_word_items_quote_their_texts_exactly(case):
    spec = _spec(case, "02-same-event-different-stories", "loaded-or-plain")
    by_outlet = {o.name: o for o in case.outlets.values()}
    for item in spec["items"]:
        word, sentence = re.fullmatch(r"“(.+?)”: “(.+)”", item["text"]).groups()
        outlet = by_outlet[item["source"].split(" (invented)")[0]]
        body = " ".join(" ".join(case.articles[t].paragraphs) for t in outlet.texts)
        assert sentence.lstrip(". …") in body, sentence
        assert word in sentence
    flags = [i for i in spec["items"] if i["accepted"][0] == "loaded"]
    assert 0 < len(flags) < len(spec["items"])


def test_swap_items_are_swaps_the_copy_really_makes(case):
    found = {
        (e.from_text, e.to_text)
        for e in substitutions(case.articles["critical-oped"], case.articles["content-farm-copy"])
    }
    spec = _spec(case, "03-copies-rewrites-content-farms", "which-swaps-matter")
    for item in spec["items"]:
        pairs = re.findall(r"“([^”]+)” → “([^”]+)”", item["text"])
        assert pairs, item["text"]
        for pair in pairs:
            assert pair in found, pair
    kept = [i for i in spec["items"] if i["accepted"][0] == "keeps"]
    changed = [i for i in spec["items"] if i["accepted"][0] == "changes"]
    assert len(kept) >= 4 and len(changed) >= 4  # a mix: not every swap is a catch
    assert [i for i in spec["items"] if len(i["accepted"]) > 1]  # experts may disagree


def test_copy_kind_reasons_match_the_comparisons(case):
    a = case.articles
    assert round(similarity(a["column-mission"], a["column-mission-republished"]) * 100) == 95
    recycled = compare_texts(a["column-mission"], a["column-briefing-republished"])
    assert round(recycled.similarity * 100) == 17
    assert [p.words for p in recycled.shared_passages] == [26]
    assert similarity(a["wire-report"], a["government-account"]) < 0.5
    assert similarity(a["critical-oped"], a["content-farm-copy"]) >= 0.5
    spec = _spec(case, "03-copies-rewrites-content-farms", "what-kind-of-copy")
    whys = " ".join(i["why"] for i in spec["items"])
    assert "95%" in whys and "17%" in whys and "26-word" in whys
    farm = _spec(case, "03-copies-rewrites-content-farms", "what-the-farm-adds")
    inserted = [
        e.to_text
        for e in compare_texts(a["critical-oped"], a["content-farm-copy"]).edits
        if e.kind == "insertion"
    ]
    assert farm["answer"] == 0 and all(len(t.split()) < 4 for t in inserted)


def test_near_miss_names_in_the_farm_copy_and_none_in_the_original(lesson03):
    farm = lesson03.near_miss_names("content-farm-copy").text
    assert "'Collective Safety Treaty Group' looks like 'Collective Security Treaty" in farm
    assert "Search for the real name" in farm
    assert lesson03.near_miss_names("critical-oped").text.startswith("0 near-miss names")


def test_the_spinner_step_is_seeded_and_explains_bad_input(lesson03):
    first = lesson03.spin("Security forces kept the city hall under guard.", seed=1)
    again = lesson03.spin("Security forces kept the city hall under guard.", seed=1)
    assert first.text == again.text and "“Security forces” → “Safety powers”" in first.text
    assert "No swaps" in lesson03.spin("Nothing here is known.", seed=3).text
    for kwargs, message in [
        ({"text": ""}, "give the spinner some words"),
        ({"text": "The price rose.", "seed": "one"}, "seed must be a whole number"),
        ({"text": "The price rose.", "rate": 2}, "rate must be a number from 0 to 1"),
    ]:
        with pytest.raises(MedialitError, match=message):
            lesson03.spin(**kwargs)


def test_who_is_quoted_lists_speakers_verbs_and_unnamed_sources(lesson02, case):
    from medialit.detectors import find_attributions

    view = lesson02.quoted("wire-report", "critical-oped")
    wire, oped = (
        len(find_attributions(case.articles[t])) for t in ("wire-report", "critical-oped")
    )
    assert view.text.startswith(
        f"Kestrel Wire cites {wire} sources; The Steppe Dispatch cites {oped}."
    )
    assert "Analysts · said" in view.text and "unofficial sources · According to" in view.text
    assert "Unnamed: officials, analysts." in view.text  # the notebook asks about these
    assert "| Who | Verb | What the verb adds |" in view.markdown


def test_loaded_words_are_counted_with_those_inside_quotation_marks(lesson02):
    view = lesson02.loaded_words("wire-report", "government-account", "critical-oped")
    line = next(x for x in view.text.splitlines() if x.startswith("bandits:"))
    # the notebook's words: the agency's "bandits" is quoted, the paper's mostly its own
    assert "Kestrel Wire 1 (1 in quotation marks)" in line
    assert "The Republic Courier 3 (1 in quotation marks)" in line
    assert "Plainer:" in line and "| Label |" in view.markdown


def test_tone_chart_and_failures_say_in_words_what_the_notebook_says(lesson02):
    chart = lesson02.tone("wire-report")
    negative, positive = chart.summary.split("most positive:")
    assert "Kestrel Wire ¶10" in negative and "'killed'" in negative
    assert "Kestrel Wire ¶6" in positive and "'peacekeeping'" in positive
    assert chart.png.startswith(b"\x89PNG") and "¶1 " in chart.details
    failures = lesson02.tone_failures().text
    assert failures.startswith("VADER gets ") and "sarcasm" in failures
    with pytest.raises(MedialitError, match="1 to 4 texts"):
        lesson02.tone()


def test_drift_between_a_text_and_its_retelling(lesson03):
    repost = lesson03.drift("column-mission", "column-mission-republished").text
    assert "hedge to fact (hedge dropped: 'appear to')" in repost
    farm = lesson03.drift("critical-oped", "content-farm-copy").text.splitlines()
    assert any("fact to hedge (hedge added: 'may')" in line for line in farm)
    last = [line for line in farm if re.match(r"\d+\. ", line)][-1]
    assert "'according to'" in last  # the notebook invites students to disagree with this one
    with pytest.raises(MedialitError, match="name two texts"):
        lesson03.drift("critical-oped")


def test_diff_lines_the_copy_up_with_its_original(lesson03):
    view = lesson03.diff("critical-oped", "content-farm-copy")
    assert "paragraphs 1 to 2 of 9" in view.text and "[-power-]{+energy+}" in view.text
    assert "~~Eastern~~ **Japanese**" in view.markdown and "paragraphs=None" in view.markdown
    whole = lesson03.diff("critical-oped", "content-farm-copy", paragraphs=None)
    assert "paragraphs 1 to 9 of 9" in whole.text and "paragraphs=None" not in whole.markdown


def test_the_swap_key_agrees_with_the_spinner_table(case):
    """The synonym table sorts its swaps into meaning-changing and clumsy; the key must
    accept the table's verdict for every swap it asks about."""
    compared = compare_texts(case.articles["critical-oped"], case.articles["content-farm-copy"])
    verdict = {
        (s["from"], s["to"]): s["changes_meaning"] for s in compared.to_dict()["substitutions"]
    }
    spec = _spec(case, "03-copies-rewrites-content-farms", "which-swaps-matter")
    for item in spec["items"]:
        for pair in re.findall(r"“([^”]+)” → “([^”]+)”", item["text"]):
            expected = "changes" if verdict[pair] else "keeps"
            assert expected in item["accepted"], (pair, item["accepted"])


LABEL_LESSONS = ["02-same-event-different-stories", "03-copies-rewrites-content-farms"]


@pytest.mark.parametrize("lesson", LABEL_LESSONS)
def test_every_wrong_label_gets_a_hint_first_then_the_key_and_why(case, lesson):
    from medialit.exercises import build_exercise

    for number, spec in enumerate(lesson_specs(case, lesson), start=1):
        if spec["kind"] not in ("label", "choice"):
            continue
        probe = build_exercise(case, spec, number=number)
        for index, item in enumerate(probe.items):
            for wrong in [k for k in probe.labels if k not in item.accepted]:
                ex = build_exercise(case, spec, number=number)
                args = (wrong,) if spec["kind"] == "choice" else (index + 1, wrong)
                first, second = ex.answer(*args), ex.answer(*args)
                where = (spec["id"], index + 1, wrong)
                assert first.correct is False and "try again" in first.markdown, where
                assert item.why not in first.markdown, where  # the hint comes first
                assert item.why.split()[0] in second.markdown and "The key says" in second.markdown


def test_the_whose_words_key_accepts_every_label_the_annotations_allow(case):
    from medialit.exercises import build_exercise

    spec = _spec(case, "02-same-event-different-stories", "whose-words")
    ex = build_exercise(case, spec)
    for raw, item in zip(spec["items"], ex.items, strict=True):
        article = case.article(raw["article"])
        note = case.annotations[article.id].sentences[article.sentence_with(raw["quote"]).id]
        assert set(item.accepted) == {spec["map"][s] for s in note.support}
    frames = {case.articles[r["article"]].meta["framing"] for r in spec["items"]}
    # every framing of the case's texts, the baseline included
    assert frames == {a.meta["framing"] for a in case.articles.values()}


def test_the_whole_matrix_shows_stances_only_in_the_answer_key(case):
    student = start("02-same-event-different-stories").claim_matrix()
    key = start("02-same-event-different-stories", answer_key=True).claim_matrix()
    for claim in case.claims.claims.values():
        assert claim.text in student.text and claim.text in key.text
        for cell in claim.cells.values():
            assert cell.why not in student.text + student.markdown
            assert cell.why in key.text
    assert "The stances are in the answer key" in student.text
    assert "Westgate Policy Brief: denies / omits" in key.text  # every accepted stance
