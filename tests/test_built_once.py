"""From case file to exercise, each step once: loading builds nothing, a lesson builds each
exercise once and looks each annotated sentence up once, `validate` builds each once.
A broken exercise entry still says where it is, in the lesson and in `medialit validate`.
"""

from __future__ import annotations

import pytest

from conftest import CASE
from medialit.case import load_case
from medialit.cli import main
from medialit.errors import MedialitError
from medialit.exercises import build_exercise, lesson_names, lesson_specs, read_answers
from medialit.lesson import start
from medialit.teacher import validate_case
from medialit.text import Article

LESSON = "00-start-here"
BROKEN_QUOTE = (
    '{article: western-briefing, quote: "The protests were peaceful from first to last"}',
    '{article: western-briefing, quote: "words that are in no sentence at all"}',
)


@pytest.fixture
def builds(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The id of every exercise built from a case entry, in order."""
    built: list[str] = []

    def counting(case, spec, **kwargs):
        built.append(spec.get("id") if isinstance(spec, dict) else repr(spec))
        return build_exercise(case, spec, **kwargs)

    # where the lesson, the student pack and validate build them (the one builder)
    monkeypatch.setattr("medialit.exercises.build.build_exercise", counting)
    return built


@pytest.fixture
def lookups(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every quote looked up in a text."""
    quotes: list[str] = []
    real = Article.sentence_with

    def counting(self, quote):
        quotes.append(quote)
        return real(self, quote)

    monkeypatch.setattr(Article, "sentence_with", counting)
    return quotes


def test_loading_a_case_builds_no_exercise(builds):
    case = load_case(CASE)
    assert builds == [] and case.exercises[LESSON]


def test_a_lesson_builds_each_exercise_once_and_looks_each_sentence_up_once(
    tmp_path, builds, lookups
):
    L = start(LESSON, answers_folder=str(tmp_path))
    (spec,) = [s for s in lesson_specs(L.case, LESSON) if s["id"] == "backed-or-bare"]
    assert builds == []
    lookups.clear()  # loading the case looked up the annotations' quotes
    q1 = L.exercise("backed-or-bare")
    q1.answer(2, "bare")
    assert builds == ["backed-or-bare"]
    assert sorted(lookups) == sorted(item["quote"] for item in spec["items"])
    before = list(lookups)
    again = L.exercise("backed-or-bare")  # the cell run again
    assert again is not q1 and again.score().answered == 1  # the saved answer comes back
    assert again.items == q1.items and again.items[0] is not q1.items[0]
    assert builds == ["backed-or-bare"] and lookups == before


def test_starting_afresh_after_a_reopen_still_keeps_the_old_answers(tmp_path, builds):
    L = start(LESSON, answers_folder=str(tmp_path))
    L.exercise("price-ratio").answer("3")
    assert L.exercise("price-ratio").score().answered == 1
    fresh = L.exercise("price-ratio", fresh=True)
    assert fresh.score().answered == 0 and fresh.history == []
    (file,) = tmp_path.glob("*.answers.json")
    entry = read_answers(file)["exercises"]["price-ratio"]
    assert entry["answers"] == [] and entry["earlier"] == [[{"args": ["3"], "correct": False}]]
    assert builds == ["price-ratio"]


def test_answer_key_mode_builds_once_too(builds):
    L = start(LESSON, answer_key=True)
    shown = [L.exercise("first-question").show().text for _ in range(3)]
    assert shown[0] == shown[1] == shown[2] and "answer key" in shown[0]
    assert builds == ["first-question"]


def test_validate_builds_each_exercise_once(builds):
    case = load_case(CASE)
    assert validate_case(CASE) == []
    lessons = dict.fromkeys([*case.exercises, *lesson_names()])  # its own, and the kit's
    specs = [s["id"] for lesson in lessons for s in lesson_specs(case, lesson)]
    assert sorted(builds) == sorted(specs)


def test_a_broken_exercise_loads_and_says_where_it_is_when_opened_and_in_validate(
    case_copy, tmp_path, capsys
):
    path = case_copy / "exercises.yml"
    path.write_text(path.read_text(encoding="utf-8").replace(*BROKEN_QUOTE), encoding="utf-8")
    case = load_case(case_copy)  # the data model is sound: the case loads
    L = start(LESSON, case=str(case_copy), answers_folder=str(tmp_path))
    with pytest.raises(MedialitError) as caught:
        L.exercise("backed-or-bare")
    message = str(caught.value)
    assert "\n" not in message
    assert f"{case_copy.name}/exercises.yml: {LESSON}.backed-or-bare: " in message
    assert "'words that are in no sentence at all'" in message
    assert L.exercise("price-ratio").answer(2.2).correct  # the others still open
    problems = [str(p) for p in validate_case(case_copy)]
    assert problems == [message]  # the same line, from the same place
    assert main(["validate", str(case_copy)]) == 1
    assert message in capsys.readouterr().out
    assert case.exercises_file == "exercises.yml"
