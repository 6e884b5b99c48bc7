"""Self-checks: feedback that teaches, hits and false alarms, typed answers everywhere."""

from __future__ import annotations

import pytest

from medialit.errors import MedialitError
from medialit.exercises import (
    ChoiceExercise,
    Feedback,
    FreeTextExercise,
    Item,
    LabelExercise,
    NumberExercise,
    Score,
    build_exercise,
    build_sealed,
    lesson_specs,
    seal,
)
from medialit.lesson import check_parameters, start
from medialit.shown import plain

WIDGET = "application/vnd.jupyter.widget-view+json"


def _label_exercise(**kwargs) -> LabelExercise:
    items = [
        Item(
            "The ministry said 9,900 were held.",
            ("source",),
            "A named body gives it.",
            hint="Who is speaking?",
        ),
        Item("Foreign agents planned it all.", ("bare",), "Nothing backs it."),
        Item("It may have been planned.", ("hedged", "bare"), "'May' hedges it."),
        Item("The price appears to have set it off.", ("hedged",), "'Appears' hedges it."),
    ]
    labels = {"source": "Names a source", "hedged": "Says it is unsure", "bare": "Bare assertion"}
    return LabelExercise(
        "demo", "Demo", "Label each.", labels, items, flag="bare", handle="q1", **kwargs
    )


def test_hits_false_alarms_misses_and_passes_are_counted_separately():
    ex = _label_exercise()
    ex.answer(1, "bare")  # false alarm
    ex.answer(2, "bare")  # hit
    ex.answer(3, "hedged")  # accepted alternative: a correct pass
    ex.answer(4, "source")  # a mix-up, not about the flag
    score = ex.score()
    assert (score.hits, score.false_alarms, score.misses, score.correct_passes) == (1, 1, 0, 1)
    assert score.right_first_time == 2 and score.answered == 4
    assert score.mixups == ["item 4: you chose 'Names a source', the key says 'Says it is unsure'"]


def test_a_miss_is_a_flag_not_raised():
    ex = _label_exercise()
    ex.answer(2, "hedged")
    assert (ex.score().misses, ex.score().hits) == (1, 0)


def test_first_wrong_answer_gets_a_hint_the_second_gets_the_answer_and_why():
    ex = _label_exercise()
    first = ex.answer(1, "bare")
    assert first.correct is False and "Who is speaking?" in first.markdown
    assert "Names a source" not in first.markdown  # the hint does not give the answer away
    second = ex.answer(1, "hedged")
    assert "The key says: Names a source" in second.markdown and "A named body" in second.markdown
    right = ex.answer(1, "source")
    assert right.correct and "A named body gives it." in right.markdown
    assert ex.score().right_first_time == 0 and ex.score().right_now == 1
    assert "Right now, after corrections: 1 of 1." in ex.score().summary()


def test_an_accepted_alternative_is_right_and_names_the_other_answer():
    feedback = _label_exercise().answer(3, "bare")
    assert feedback.correct and "also accepts: Says it is unsure" in feedback.markdown


@pytest.mark.parametrize(
    "number, label, message",
    [
        (9, "bare", "Item numbers run from 1 to 4"),
        ("one", "bare", "Item numbers run from 1 to 4"),
        (1, "nonsense", "'nonsense' is not one of the answers here"),
        (1, None, "is not one of the answers here"),
    ],
)
def test_typing_mistakes_get_a_friendly_line_and_no_score(number, label, message):
    ex = _label_exercise()
    feedback = ex.answer(number, label)
    assert feedback.correct is None and message in feedback.markdown
    assert ex.score().answered == 0


def test_labels_can_be_typed_by_title_or_prefix_in_any_case():
    ex = _label_exercise()
    assert ex.answer(2, "BARE ASSERTION").correct
    assert ex.answer(4, "says it").correct
    assert ex.answer("1", "Source").correct


def test_number_exercise_tolerance_direction_and_parsing():
    ex = NumberExercise(
        "n",
        "N",
        "How many?",
        answer=2030,
        tolerance=10,
        unit="personnel",
        why="Tokayev's figure.",
        hint="Look at 10 January.",
    )
    assert ex.answer("about 2,500").markdown.startswith("**Not quite: too high.** Hint:")
    low = ex.answer(1000)
    assert (
        "too low. The key says 2,030 personnel (anything from 2,020 to 2,040 counts)"
        in low.markdown
    )
    assert ex.answer("2,035").correct
    assert ex.answer("lots").correct is None
    assert ex.answer(float("nan")).correct is None
    assert NumberExercise.parse("4,5") == 4.5 and NumberExercise.parse("2,030,000") == 2030000


def test_free_text_shows_the_model_answer_only_after_an_attempt():
    ex = FreeTextExercise(
        "f", "F", "Why?", model_answer="Because of who pays.", look_for=["who pays"], handle="q4"
    )
    assert "Because of who pays" not in ex.show().markdown
    assert ex.answer("too short").correct is None
    done = ex.answer("I would check who pays for the site first.")
    assert done.correct and "Because of who pays." in done.markdown and "who pays" in done.markdown
    assert ex.score().answered == 1
    assert ex.score().summary() == "Written. Compare your answer with the model answer."


def test_choice_exercise_explains_a_wrong_option():
    ex = ChoiceExercise(
        "c",
        "C",
        "Which?",
        {"a": "Alpha", "b": "Beta"},
        ("a",),
        why="A is right.",
        wrong_why={"b": "Beta ignores the author."},
    )
    assert "Beta ignores the author." in ex.answer("b").markdown
    assert ex.score().mixups == ["you chose 'Beta', the key says 'Alpha'"]
    assert ex.answer("alpha").correct


def test_student_display_has_a_widget_and_a_text_fallback_without_answers():
    ex = _label_exercise()
    bundle = ex._repr_mimebundle_()
    assert WIDGET in bundle
    assert 'q1.answer(1, "...")' in bundle["text/markdown"]  # an example that is no answer
    assert "Foreign agents planned it all." in bundle["text/plain"]
    for item in ex.items:
        assert item.why not in bundle["text/markdown"] + bundle["text/plain"]


def test_key_display_has_every_answer_and_reason_as_text_and_no_widget():
    ex = _label_exercise(answer_key=True)
    bundle = ex._repr_mimebundle_()
    assert WIDGET not in bundle
    for item in ex.items:
        assert item.why.replace("'", "'") in bundle["text/plain"]
    assert "also accepted: Bare assertion" in bundle["text/plain"]


def test_widget_clicks_give_the_same_feedback_as_typing():
    ex = _label_exercise()
    box = ex.widget()
    first, second = box.children[1], box.children[2]  # after the title: one row per item
    first.children[1].value = "bare"  # a false alarm: the hint comes first
    assert "Not quite" in first.children[2].value and "Who is speaking?" in first.children[2].value
    second.children[1].value = "bare"  # a hit
    assert "Right: Bare assertion" in second.children[2].value
    score = ex.score()
    assert (score.hits, score.false_alarms, score.answered) == (1, 1, 2)
    assert "hits 1, false alarms 1" in box.children[-1].value


def test_article_text_is_escaped_in_widgets_and_markdown():
    evil = '<img src=x onerror="alert(1)"><script>alert(2)</script>'
    ex = LabelExercise("x", "X", "Label it.", {"a": "A", "b": "B"}, [Item(evil, ("a",), evil)])
    html = ex.widget().children[1].children[0].value
    assert "<script>" not in html and "<img" not in html and "&lt;script&gt;" in html
    assert "<script>" not in ex.show().markdown
    ex.answer_key = True
    assert "<img" not in ex.show().markdown


def test_every_lesson_exercise_builds_from_the_case_in_both_modes(case):
    for lesson in ("00-start-here", "01-meet-the-sources"):
        specs = lesson_specs(case, lesson)
        assert len(specs) >= 4
        kinds = {spec["kind"] for spec in specs}
        assert {"label", "choice", "number", "free-text"} <= kinds
        for number, spec in enumerate(specs, start=1):
            for key in (False, True):
                assert (
                    build_exercise(case, spec, number=number, answer_key=key).handle == f"q{number}"
                )


def test_label_keys_come_from_the_annotations(case):
    spec = lesson_specs(case, "00-start-here")[0]
    ex = build_exercise(case, spec)
    for raw, item in zip(spec["items"], ex.items, strict=True):
        article = case.article(raw["article"])
        (sentence,) = article.sentences_with(raw["quote"])
        note = case.annotations[article.id].sentences[sentence.id]
        assert item.accepted == tuple(dict.fromkeys(spec["map"][s] for s in note.support))
        assert item.why == note.note
    flags = [i for i in ex.items if "bare" in i.accepted]
    assert 0 < len(flags) < len(ex.items)  # a mix: some to flag, some to leave alone


def test_the_copy_count_in_lesson_01_matches_the_texts(case):
    spec = next(s for s in lesson_specs(case, "01-meet-the-sources") if s["id"] == "count-copies")
    copies = [
        a
        for a in case.articles.values()
        if a.meta["kind"] in ("republication", "content-farm-copy")
    ]
    assert spec["answer"] == len(copies)


def test_the_price_ratio_range_matches_the_ledger(case):
    spec = next(s for s in lesson_specs(case, "00-start-here") if s["id"] == "price-ratio")
    old, new = case.facts["lpg-price-2021"], case.facts["lpg-price-2022"]
    assert spec["accept"] == [new.low / old.high, new.low / old.low]


def test_lesson_parameters_of_the_wrong_type_get_one_line():
    with pytest.raises(MedialitError, match="answer_key must be True or False"):
        check_parameters("00-start-here", "kazakhstan-2022", "yes")
    with pytest.raises(MedialitError, match="case must be a case name in quotes"):
        check_parameters("00-start-here", 2022, False)
    with pytest.raises(MedialitError, match="unknown case"):
        start("00-start-here", case="no-such-case")


def test_an_exercise_the_case_does_not_have_is_a_note_not_a_crash():
    lesson = start("00-start-here")
    assert "has no exercise 'nope'" in lesson.exercise("nope").text
    assert "No exercises yet" in lesson.progress().text
    lesson.exercise("price-ratio").answer(2)
    assert "How much did the price rise?" in lesson.progress().text


def test_number_and_free_text_widgets_check_what_is_typed():
    number = NumberExercise(
        "n", "N", "How many?", answer=2, tolerance=0.1, why="120 / 60.", hint="Divide."
    )
    box = number.widget()
    field, button = box.children[1].children
    field.value = "3"
    button.click()
    assert "too high" in box.children[-1].value and "Divide." in box.children[-1].value
    field.value = "two"
    button.click()
    assert "Type a number" in box.children[-1].value and number.score().answered == 1
    free = FreeTextExercise("f", "F", "Why?", model_answer="Who pays matters.")
    form = free.widget()
    form.children[1].value = "I would check who pays for it."
    form.children[2].click()
    assert "Who pays matters." in form.children[-1].value


# -- what each kind shows, word for word (each line here was a surviving mutant) ----------

SEALED_NOTE = (
    "*Student pack: the answers are sealed. You are told whether an answer is right, and why "
    "once it is, but the pack never shows the answer itself.*"
)


def _shown_exercises():
    label = LabelExercise(
        "demo", "Backed or bare?", "Label each sentence.",
        {"source": "Names a source", "bare": "Bare assertion"},
        [Item("The ministry said 9,900 were held.", ("source",), "It names who said it.",
              source="Kestrel Wire, 11 Jan 2022"),
         Item("Foreign agents planned it all.", ("bare", "source"), "Nothing backs it.")],
        flag="bare", handle="q1",
    )  # fmt: skip
    choice = ChoiceExercise(
        "who", "First question", "A page has no author. Ask first:",
        {"who": "Who is behind it?", "evidence": "What is the evidence?"}, ("who",),
        why="With no author, start with who published it.", hint="What is missing?",
        wrong_why={"evidence": "Evidence comes second."}, handle="q2",
    )  # fmt: skip
    number = NumberExercise(
        "ratio", "Price ratio", "How many times?", answer=2.2, low=2, high=2.4, unit="times",
        why="120 over 50-60.", handle="q3",
    )  # fmt: skip
    return label, choice, number


STUDENT = [
    "#### Exercise 1 · Backed or bare?\n\nLabel each sentence.\n\n\n"
    "Answers: `source` = Names a source · `bare` = Bare assertion\n\n"
    "1. The ministry said 9,900 were held. — *Kestrel Wire, 11 Jan 2022*\n"
    "2. Foreign agents planned it all.\n\n"
    '*No buttons above? Type your answer in a code cell:* `q1.answer(1, "...")` *with the '
    "item's number and a label in place of the dots; then* `q1.score()` *shows your score.*",
    "#### Exercise 1 · First question\n\nA page has no author. Ask first:\n\n"
    "- `who`: Who is behind it?\n- `evidence`: What is the evidence?\n\n"
    '*No buttons above? Type your answer in a code cell:* `q2.answer("...")` *with the short '
    "name of an option in place of the dots; then* `q2.score()` *shows your score.*",
    "#### Exercise 1 · Price ratio\n\nHow many times?\n\nAnswer with a number (times).\n\n"
    "*No buttons above? Type your answer in a code cell:* `q3.answer(...)` *with your number "
    "in place of the dots; then* `q3.score()` *shows your score.*",
]
KEY = [
    "#### Exercise 1 · Backed or bare? — answer key\n\nLabel each sentence.\n\n\n"
    "1. The ministry said 9,900 were held. — *Kestrel Wire, 11 Jan 2022*\n"
    "   **Key: Names a source**. It names who said it.\n"
    "2. Foreign agents planned it all.\n"
    "   **Key: Bare assertion** (also accepted: Names a source). Nothing backs it.",
    "#### Exercise 1 · First question — answer key\n\nA page has no author. Ask first:\n\n\n"
    "**Key: Who is behind it?** With no author, start with who published it.\n\n"
    "Why not the others:\n- *What is the evidence?* — Evidence comes second.",
    "#### Exercise 1 · Price ratio — answer key\n\nHow many times?\n\n"
    "**Key: 2.2 times** (anything from 2 to 2.4 counts). 120 over 50-60.",
]


@pytest.mark.parametrize("index", range(3), ids=["label", "choice", "number"])
def test_each_kind_shows_students_and_teachers_exactly_these_words(index):
    ex = _shown_exercises()[index]
    assert ex.show().markdown == STUDENT[index]
    ex.answer_key = True
    assert ex.show().markdown == KEY[index]


@pytest.mark.parametrize("index", range(3), ids=["label", "choice", "number"])
def test_each_sealed_kind_shows_the_same_words_and_no_key(index):
    real = _shown_exercises()[index]
    common = {"id": real.id, "title": real.title, "prompt": real.prompt, "handle": real.handle}
    ex = build_sealed(seal(real, "salt"), common)
    assert ex.show().markdown == f"{STUDENT[index]}\n\n{SEALED_NOTE}"
    ex.answer_key = True
    heading = KEY[index].split("\n\n")[0]
    assert ex.show().markdown == (
        f"{heading}\n\n{real.prompt}\n\n*The student pack carries no answer key.*"
    )


def test_the_text_twin_drops_every_mark_a_screen_reader_would_read_out():
    markdown = "#### Exercise 1\n\n*Not quite.* Try **again** with `q1`.\n\n### Title \\*kept\\*"
    assert plain(markdown) == "Exercise 1\n\nNot quite. Try again with q1.\n\nTitle *kept*"


def test_a_false_alarm_names_its_item_for_the_class_report():
    long = "A " + "very " * 20 + "long sentence."
    ex = LabelExercise(
        "x", "X", "Label.", {"bare": "Bare", "source": "Source"},
        [Item("Short one.", ("source",), "."), Item(long, ("source",), ".")], flag="bare",
    )  # fmt: skip
    ex.answer(1, "bare")
    ex.answer(2, "bare")
    assert ex.score().false_alarm_items == [
        "item 1: Short one.",
        "item 2: " + long[:67].rstrip() + "...",
    ]


def test_a_score_and_feedback_read_the_same_as_text_and_as_markdown():
    score = Score(total=3, answered=2, mixups=["item 1: a", "item 2: b"])
    assert repr(score) == (
        "Answered 2 of 3; right first time: 0 of 2.\nMix-ups: item 1: a; item 2: b."
    )
    assert score._repr_markdown_() == (
        "Answered 2 of 3; right first time: 0 of 2.  \nMix-ups: item 1: a; item 2: b."
    )
    assert repr(Feedback(True, "**Right.** See `q1` and \\*this\\*")) == "Right. See q1 and *this*"


def test_every_widget_control_has_a_name_a_screen_reader_can_say():
    label = _label_exercise().widget()
    rows = label.children[1:-1]
    assert [row.children[1].description for row in rows] == [f"Item {n}" for n in (1, 2, 3, 4)]
    assert label.children[0].value == "<b>Exercise 1 · Demo</b>"
    assert label.children[-1].value.endswith("Not answered yet (4 to do).</div>")
    number = NumberExercise("n", "N", "How many?", answer=3, why="Three.").widget()
    field, button = number.children[1].children
    assert (field.description, field.placeholder) == ("Answer", "type a number")
    assert (button.description, button.tooltip) == ("Check", "Check your number")


def test_a_save_that_fails_says_so_in_the_widget_too(tmp_path):
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    L = start("00-start-here", answers_folder=str(blocked / "answers"))
    q1 = L.exercise("backed-or-bare")
    rows = q1.widget().children[1:-1]
    rows[1].children[1].value = "bare"  # a click on item 2
    assert "could not be saved" in rows[1].children[2].value


def test_a_pack_saves_a_free_answer_given_in_parts_as_one_text():
    real = FreeTextExercise("own", "Own words", "Say it.", model_answer="M.", min_words=1)
    ex = build_sealed(seal(real, "salt"), {"id": "own", "title": "T", "prompt": "P"})
    assert ex.answer("Who", "wrote it?").correct is True
    assert ex.text == "Who wrote it?" and ex.history[0]["args"] == ["Who", "wrote it?"]


def test_a_number_on_the_edge_of_the_range_counts_and_a_second_miss_gives_the_reason():
    ex = NumberExercise("n", "N", "How many?", answer=2.2, low=2, high=2.4, why="Because.")
    assert ex.accepts(2) and ex.accepts(2.4) and not ex.accepts(1.99)
    assert ex.answer("lots").markdown == "Type a number, like 4.5, with no words around it."
    ex.answer(3)
    assert ex.answer(3).markdown == (
        "**Not quite: too high. The key says 2.2 (anything from 2 to 2.4 counts).** Because."
    )


def test_a_sealed_number_with_a_wide_range_is_checked_on_a_grid_of_hundreds():
    real = NumberExercise("n", "N", "How many?", answer=50_000, low=0, high=100_000, why="W.")
    ex = build_sealed(seal(real, "salt"), {"id": "n", "title": "N", "prompt": "P"})
    assert ex.accepts(100_040) and not ex.accepts(100_060) and not ex.accepts(100_400)


def test_a_sealed_entry_keeps_what_the_pack_needs_and_the_flag_still_scores():
    real = _label_exercise()
    entry = seal(real, "salt")
    assert (entry["id"], entry["title"], entry["prompt"], entry["flag"]) == (
        "demo", "Demo", "Label each.", "bare",
    )  # fmt: skip
    ex = build_sealed(entry, {"id": "demo", "title": "Demo", "prompt": "Label each."})
    ex.answer(2, "bare")
    ex.answer(1, "bare")
    score = ex.score()
    assert (score.flag, score.hits, score.false_alarms) == ("Bare assertion", 1, 1)


def test_an_unchecked_pack_exercise_has_no_key_to_show():
    real = FreeTextExercise("own", "Own words", "Say it.", model_answer="M.", min_words=1)
    ex = build_sealed(seal(real, "salt"), {"id": "own", "title": "Own words", "prompt": "Say it."})
    assert seal(real, "salt")["was"] == "free-text"
    ex.answer_key = True
    assert ex.show().markdown == (
        "#### Exercise 1 · Own words — answer key\n\nSay it.\n\n"
        "*The student pack carries no answer key.*"
    )


def test_an_exercise_the_case_lacks_lists_the_ones_it_has(tmp_path):
    L = start("00-start-here", answers_folder=str(tmp_path))
    assert L.exercise("nope").markdown == (
        "*This case has no exercise 'nope' for lesson 00-start-here, so there is nothing to "
        "check here. Read on.* Its own exercises for this lesson: "
        '`L.exercise("backed-or-bare")`, `L.exercise("first-question")`, '
        '`L.exercise("price-ratio")`, `L.exercise("first-impressions")`.'
    )


def test_a_number_without_a_unit_and_a_choice_with_two_keys_read_cleanly(tmp_path):
    number = NumberExercise("n", "N", "How many?", answer=3, why="Three.", handle="q1")
    assert "\n\nAnswer with a number.\n\n" in number.show().markdown
    number.answer_key = True
    assert number.show().markdown.endswith("\n\n**Key: 3**. Three.")
    options = {"a": "Read it.", "b": "Weigh it.", "c": "Drop it."}
    choice = ChoiceExercise("w", "W", "Which?", options, ("a", "b"), why="Both.")
    choice.answer_key = True
    assert choice.show().markdown.endswith("\n\n**Key: Read it or Weigh it.** Both.")
    lesson = start("99-no-such-lesson", answers_folder=str(tmp_path))
    assert lesson.exercise("x").markdown.endswith("nothing to check here. Read on.*")


def test_more_labels_than_buttons_get_a_named_drop_down():
    labels = {f"k{n}": f"Label {n}" for n in range(6)}
    ex = LabelExercise(
        "d", "D", "Pick.", labels, [Item("One.", ("k0",), "."), Item("Two.", ("k1",), ".")]
    )
    rows = ex.widget().children[1:-1]
    assert [row.children[1].description for row in rows] == ["Item 1", "Item 2"]
    assert rows[0].children[1].options[0] == ("— choose —", None)


def test_sealed_feedback_hints_once_then_says_the_pack_keeps_the_answer():
    options = {"who": "Who?", "evidence": "Evidence?", "x": "X?"}
    real = ChoiceExercise(
        "who", "Q", "Ask:", options, ("who",), why="W.", hint="What is missing?",
        wrong_why={"evidence": "Second."},
    )  # fmt: skip
    choice = build_sealed(seal(real, "salt"), {"id": "who", "title": "Q", "prompt": "Ask:"})
    assert choice.answer("x").markdown == (
        "**Not quite.** What is missing? Have another look and try again."
    )
    assert choice.answer("evidence").markdown == (
        "**Not quite.** Second. This pack does not show the answer: try again, or ask your teacher."
    )
    real = NumberExercise("n", "N", "How many?", answer=3, why="Three.", hint="Count.")
    number = build_sealed(seal(real, "salt"), {"id": "n", "title": "N", "prompt": "P"})
    assert number.answer(4).markdown == "**Not quite.** Hint: Count."
    assert number.answer(4).markdown == (
        "**Not quite.** This pack does not show the answer: check your working, try again, "
        "or ask your teacher."
    )


def test_a_kind_that_extends_another_keeps_each_attempt_once():
    """An `answer` that calls its parent's (or reuses it) is wrapped twice; one attempt is
    still one entry in the history and one saved answer, never two."""

    class Careful(LabelExercise):
        def answer(self, *args, **kwargs):
            return super().answer(*args, **kwargs)

    class Reused(Careful):
        answer = Careful.answer  # the wrapped method again, wrapped once more

    for kind in (Careful, Reused):
        ex = kind(
            "demo",
            "Demo",
            "Label each.",
            {"bare": "Bare", "source": "Source"},
            [Item("One.", ("bare",), "No source."), Item("Two.", ("source",), "Named.")],
            flag="bare",
        )
        ex.answer(1, "source")
        ex.answer(1, "bare")
        assert [h["args"] for h in ex.history] == [[1, "source"], [1, "bare"]], kind
        assert ex.score().answered == 1, kind
