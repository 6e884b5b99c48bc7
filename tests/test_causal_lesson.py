"""Lesson 04's machinery: causal keys from the annotations, the detector beside a
student's answers, real news sentences when present, and analyze's causal fields."""

from __future__ import annotations

import pytest

from medialit.detectors import analyze_paths, explain_causal
from medialit.errors import MedialitError
from medialit.exercises import build_exercise, lesson_specs
from medialit.lesson import start
from medialit.paths import data_dir

LESSON = "04-because-i-said-so"


def _causal_specs(case):
    return [s for s in lesson_specs(case, LESSON) if s.get("key_from") == "causal"]


def test_causal_keys_come_from_the_annotations(case):
    for spec in _causal_specs(case):
        exercise = build_exercise(case, spec)
        mapping = spec["map"]
        for raw, item in zip(spec["items"], exercise.items, strict=True):
            article = case.article(raw["article"])
            note = case.annotations[article.id].sentences[article.sentence_with(raw["quote"]).id]
            labels = note.support if note.causal else ("not-causal",)
            also = raw.get("also", [])  # an exercise may widen one item's key, and says why
            assert item.accepted == tuple(dict.fromkeys([*(mapping[x] for x in labels), *also]))
            assert item.why == " ".join(filter(None, [note.note, raw.get("also_why", "").strip()]))


def test_causal_exercises_mix_sound_and_unsound_claims_from_every_framing(case):
    for spec in _causal_specs(case):
        exercise = build_exercise(case, spec)
        flagged = [spec["flag"] in item.accepted for item in exercise.items]
        assert 3 <= sum(flagged) <= len(flagged) - 3  # both kinds, in good numbers
        framings = {case.article(r["article"]).meta["framing"] for r in spec["items"]}
        assert framings >= {"baseline", "government", "state-aligned", "western-official", "critic"}


def test_an_unannotated_sentence_cannot_be_keyed(case):
    spec = dict(_causal_specs(case)[0])
    spec["items"] = [{"article": "wire-report", "quote": "LPG is the main car fuel"}]
    with pytest.raises(MedialitError, match=r"no note in annotations/wire-report\.yml"):
        build_exercise(case, spec)


def test_the_detector_waits_for_the_student_then_shows_its_reasons():
    lesson = start(LESSON)
    q2 = lesson.exercise("claim-sorter")
    before = lesson.detector_beside(q2).text
    assert "Answer the exercise above first" in before
    assert all(item.why not in before for item in q2.items)
    q2.answer(3, "bare")
    after = lesson.detector_beside(q2).text
    assert "agrees with the key on 1 of 1" in after or "differs on item(s) 3" in after
    reading = explain_causal(q2.items[2].prompt)
    assert reading.explanations()[0] in after


def test_the_key_copy_shows_where_the_detector_differs():
    lesson = start(LESSON, answer_key=True)
    q1 = lesson.exercise("cause-or-order")
    text = lesson.detector_beside(q1).text
    agree = sum(
        ("Claims a cause" if explain_causal(i.prompt).causal else "Only gives the order of events")
        == q1.labels[i.accepted[0]]
        for i in q1.items
    )
    assert f"agrees with the key on {agree} of {len(q1.items)}" in text


def test_the_detector_only_sits_beside_causal_exercises():
    lesson = start(LESSON)
    with pytest.raises(MedialitError, match="sorts causal claims"):
        lesson.detector_beside(lesson.exercise("who-gains"))


def test_news_sentences_say_so_in_one_line_when_the_benchmark_is_absent(tmp_path, monkeypatch):
    monkeypatch.setenv("MEDIALIT_BENCHMARKS", str(tmp_path / "nowhere"))
    text = start(LESSON).news_sentences().text
    assert "not on this computer" in text and len(text.splitlines()) == 1


def test_news_sentences_come_from_the_benchmark_when_present(tmp_path, monkeypatch):
    folder = tmp_path / "causal-news-corpus" / "V2"
    folder.mkdir(parents=True)
    rows = [("Police fired because stones were thrown .", 1), ("The rally began at noon .", 0)]
    lines = ["index,text,label"] + [f'{i},"{t}",{y}' for i, (t, y) in enumerate(rows * 4)]
    (folder / "dev_subtask1.csv").write_text("\ufeff" + "\n".join(lines), encoding="utf-8")
    monkeypatch.setenv("MEDIALIT_BENCHMARKS", str(tmp_path))
    text = start(LESSON).news_sentences(count=2).text
    assert "On all 8 sentences" in text and "annotators marked 4 as causal" in text
    assert "Police fired because stones were thrown." in text  # spacing joined back
    assert "signal: 'because'" in text


def test_analyze_fills_causal_fields_for_every_sentence():
    doc, errors = analyze_paths([data_dir() / "cases/kazakhstan-2022/articles/state-editorial.md"])
    sentences = doc["documents"][0]["sentences"]
    assert errors == [] and all(isinstance(s["causal"], bool) for s in sentences)
    assert {s["support"] for s in sentences} <= {"evidenced", "attributed", "hedged", "unsupported"}
    flagged = [s for s in sentences if s["causal"]]
    assert flagged and all(s["signals"] for s in flagged)
    for s in sentences:
        for signal in s["signals"]:
            assert s["text"][signal["start"] : signal["end"]] == signal["words"]
            assert f"'{signal['words'].strip()}'" in signal["explanation"]
