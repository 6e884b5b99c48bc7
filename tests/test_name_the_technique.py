"""Name the technique (lessons 02 to 05): keys from the annotations, several techniques per
passage, hits, false alarms and misses per technique, cited words, alternatives, saving."""

from __future__ import annotations

import pytest
import yaml

from medialit.case import load_case
from medialit.errors import MedialitError
from medialit.exercises import Passage, TechniqueExercise, build_exercise, check_exercises
from medialit.lesson import Lesson, start
from medialit.teacher import validate_case

SKILL_LESSONS = [
    "02-same-event-different-stories",
    "03-copies-rewrites-content-farms",
    "04-because-i-said-so",
    "05-check-the-numbers",
]
ID = "name-the-technique"


def _demo() -> TechniqueExercise:
    labels = {
        "who-benefits": "Who gains?",
        "motive-attribution": "Mind-reading",
        "loaded-language": "Loaded language",
    }
    return TechniqueExercise(
        "t",
        "Name it",
        "Which?",
        labels,
        [
            Passage(
                "Guess which capital benefits.",
                ("who-benefits", "motive-attribution"),
                "Gain is no proof.",
                signals=("benefits",),
            ),
            Passage("The ministry said 9,900 were held.", (), "Attributed and dated."),
            Passage(
                "The bandits came to burn.",
                ("loaded-language",),
                "Loaded.",
                also=("motive-attribution",),
            ),
        ],
    )


@pytest.mark.parametrize("lesson", SKILL_LESSONS)
def test_each_skill_lesson_has_one_keyed_from_the_annotations(case, lesson):
    ex = Lesson(lesson, case).exercise(ID)
    assert isinstance(ex, TechniqueExercise)
    notes = {
        s.text: case.annotations[a].sentences[s.id]
        for a in case.annotations
        for s in case.articles[a].sentences
        if s.id in case.annotations[a].sentences
    }
    flagged = [p for p in ex.items if p.techniques]
    fair = [p for p in ex.items if not p.techniques]
    assert len(flagged) >= 3 and len(fair) >= 2  # method, not verdicts: both kinds
    assert any(len(p.techniques) > 1 for p in ex.items)  # multi-label for real
    for passage in ex.items:
        assert notes[passage.prompt].techniques == passage.techniques


def test_every_technique_is_named_somewhere_and_on_more_than_one_side(case):
    """Issue 15 item 8 names six techniques (who gains, whataboutism, false dilemma, loaded
    language, appeal to authority, hedge to fact); every technique in data/labels.yml is keyed
    in some lesson's exercise, and false dilemma and appeal to authority each come from two
    framings, so that no side owns a technique."""
    framings: dict[str, set[str]] = {}
    by_text = {s.text: a for a in case.articles for s in case.articles[a].sentences}
    for lesson in SKILL_LESSONS:
        for passage in Lesson(lesson, case).exercise(ID).items:
            for technique in passage.techniques:
                article = case.articles[by_text[passage.prompt]]
                framings.setdefault(technique, set()).add(article.meta["framing"])
    assert set(framings) == set(case.labels.techniques)
    for technique in ("false-dilemma", "appeal-to-authority"):
        assert len(framings[technique]) >= 2, (technique, framings[technique])


def test_the_fair_passages_are_not_flat_assertions(case):
    """A passage keyed `none` must say who said it, show evidence, or hedge."""
    for lesson in SKILL_LESSONS:
        ex = Lesson(lesson, case).exercise(ID)
        for passage in ex.items:
            if not passage.techniques:
                notes = [
                    n
                    for a in case.annotations.values()
                    for n in a.sentences.values()
                    if n.quote.lower() in passage.prompt.lower()
                ]
                assert set(notes[0].support) & {"attributed", "evidenced", "hedged"}, passage.prompt


def test_the_fair_passages_do_not_sit_in_the_same_places_in_every_lesson(case):
    places = {
        tuple(
            i for i, p in enumerate(Lesson(lesson, case).exercise(ID).items) if not p.techniques
        )
        for lesson in SKILL_LESSONS
    }
    assert len(places) == len(SKILL_LESSONS)


def test_hits_false_alarms_and_misses_per_technique():
    ex = _demo()
    assert ex.answer(1, ["who-benefits", "loaded-language"]).correct is False  # a false alarm
    assert ex.answer(2, "none").correct is True  # a correct pass
    assert ex.answer(3, "loaded").correct is True
    score = ex.score()
    assert (score.hits, score.false_alarms, score.misses, score.correct_passes) == (2, 1, 1, 1)
    assert score.by_technique["Loaded language"] == {"hits": 1, "false_alarms": 1, "misses": 0}
    assert score.by_technique["Mind-reading"] == {"hits": 0, "false_alarms": 0, "misses": 1}
    assert "By technique:" in score.summary()
    assert score.false_alarm_items == ["item 1: Loaded language"]


def test_naming_one_of_two_is_right_and_the_feedback_names_the_other():
    ex = _demo()
    feedback = ex.answer(1, "who-benefits")
    assert feedback.correct is True and "also lists: Mind-reading" in feedback.markdown
    assert ex.score().misses == 1  # the technique left out still counts as a miss


def test_an_alternative_the_key_accepts_is_neither_a_false_alarm_nor_a_miss():
    ex = _demo()
    assert ex.answer(3, ["loaded-language", "motive-attribution"]).correct is True
    assert ex.answer(3, "mind").correct is True  # the alternative alone is accepted too
    score = ex.score()
    assert score.false_alarms == 0 and score.misses == 0


def test_calling_a_fair_passage_a_technique_and_a_technique_fair():
    ex = _demo()
    assert ex.answer(2, "who-benefits").correct is False
    assert ex.answer(1, "none").correct is False
    score = ex.score()
    assert (score.false_alarms, score.misses, score.hits) == (1, 2, 0)


def test_typed_answers_are_forgiving_and_bad_ones_one_line():
    ex = _demo()
    assert ex.answer("1", "Who gains?, mind-reading").correct is True  # titles, commas
    assert ex.answer(3, "LOADED").correct is True
    for bad in ([], "", "who-benefits, none", "sarcasm", 7):
        feedback = ex.answer(2, bad)
        assert feedback.correct is None and "\n" not in feedback.markdown
    assert ex.answer(9, "none").correct is None
    assert "name one or more" in ex.answer(1).markdown and ex.answer().correct is None
    assert len(ex.history) == 2


def test_cited_words_are_checked_against_the_passage():
    ex = _demo()
    assert "the ones the key points at" in ex.answer(1, "who", words="capital BENEFITS").markdown
    assert "are in the passage" in ex.answer(3, "loaded", words="came to burn").markdown
    assert "not in the passage" in ex.answer(2, "none", words="foreign agents").markdown


def test_a_first_wrong_answer_gets_a_hint_that_names_no_technique():
    ex = _demo()
    first = ex.answer(1, "loaded-language").markdown
    assert "Have another look" in first
    assert not any(t in first for t in ("Who gains", "Mind-reading", "who-benefits"))
    assert "The key says: Who gains?, Mind-reading" in ex.answer(1, "loaded-language").markdown


def test_answers_are_saved_with_the_words_and_restored(tmp_path):
    folder = str(tmp_path / "answers")
    lesson = "04-because-i-said-so"
    ex = start(lesson, answers_folder=folder).exercise(ID)
    ex.answer(1, ["post-hoc", "single-cause"], words="soon after")
    ex.answer(2, "counterfactual")
    again = start(lesson, answers_folder=folder).exercise(ID)
    assert again.history == ex.history
    assert again.history[0]["kwargs"] == {"words": "soon after"}
    assert again.score().hits == ex.score().hits and again.score().false_alarms == 1


def test_answer_key_mode_lists_each_key_and_its_alternatives(case):
    shown = Lesson("04-because-i-said-so", case, answer_key=True).exercise(ID).show().markdown
    assert "**Key: After this, so because of this, One cause only**" in shown
    assert "**Key: None of these techniques**" in shown


def test_the_student_pack_seals_the_key_and_never_shows_it(case):
    from medialit.exercises import build_sealed, seal

    ex = Lesson("04-because-i-said-so", case).exercise(ID)
    entry = seal(ex, "salt")
    assert entry["seals"] == "technique"
    items = yaml.safe_dump(entry["items"])
    assert not any(key in items for key in ex.labels)  # no technique named in the passages
    assert not any(p.why[:30] in yaml.safe_dump(entry) for p in ex.items)
    sealed = build_sealed(entry, {"id": ex.id, "title": ex.title, "prompt": ex.prompt})
    assert sealed.answer(1, ["post-hoc", "single-cause"]).correct is True
    sealed.answer(3, "whataboutism")
    second = sealed.answer(3, "whataboutism").markdown
    assert "does not show the answer" in second and "What would have happened" not in second
    sealed.answer_key = True
    assert "carries no answer key" in sealed.show().text


@pytest.mark.parametrize(
    "change, expected",
    [
        ({"labels": {"sarcasm": "Sarcasm"}}, "not a technique in data/labels.yml"),
        ({"labels": {"who-benefits": "Who gains?"}}, "add it to labels"),
        ({"items": [{"article": "wire-report", "quote": "no such words here"}]}, "no such words"),
        (
            {
                "items": [
                    {"article": "state-editorial", "quote": "Such haste", "also": ["whataboutism"]}
                ]
            },
            "'whataboutism'",
        ),
    ],
)
def test_a_broken_entry_is_one_line_naming_what_to_fix(case, change, expected):
    spec = {
        "id": ID,
        "kind": "technique",
        "title": "T",
        "prompt": "P",
        "labels": {"motive-attribution": "Mind-reading", "loaded-language": "Loaded"},
        "items": [{"article": "government-account", "quote": "The bandits did not come"}],
    }
    spec.update(change)
    with pytest.raises(MedialitError, match=expected):
        build_exercise(case, spec)


def test_a_teachers_technique_file_is_loaded_and_checked(case_copy):
    path = case_copy / "technique-exercises.yml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["04-because-i-said-so"][0]["items"][0]["quote"] = "words that are nowhere"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    problems = [str(p) for p in validate_case(case_copy)]
    assert len(problems) == 1 and "04-because-i-said-so.name-the-technique" in problems[0]
    path.unlink()
    loaded = load_case(case_copy)
    assert check_exercises(loaded) == []
    assert not any(s.get("id") == ID for s in loaded.exercises.get("04-because-i-said-so", []))


def test_the_widget_gives_answers_through_answer_and_shows_the_score():
    pytest.importorskip("ipywidgets")
    ex = _demo()
    box = ex.widget()
    row = box.children[1]  # after the title: one row per passage
    choose, words, button, feedback = row.children[1:5]
    choose.value = ("who-benefits", "motive-attribution")
    words.value = "capital benefits"
    button.click()
    assert "Right: Who gains?, Mind-reading" in feedback.value
    assert len(ex.history) == 1 and ex.history[0]["kwargs"] == {"words": "capital benefits"}
    assert "hits 2, false alarms 0" in box.children[-1].value
    box.children[2].children[3].click()  # nothing chosen: a prompt, not an attempt
    assert len(ex.history) == 1 and "name one or more" in box.children[2].children[4].value
