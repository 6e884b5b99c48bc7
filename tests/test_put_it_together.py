"""Lesson 06, the closing task: its items are new to the students, answers need reasons that
quote the deciding words, and a case's unseen texts are checked like any text (issue 17).

No item of lesson 06 may appear in lessons 00-05 of the same case: every exercise of every
earlier lesson is built here (in key mode, so every word it holds is shown) and lesson 06's
sentences are looked for in them, for every shipped case, a teacher's case with a drafted
key (which has no unseen texts, so lesson 06 falls back to sentences no exercise uses) and
a bare case (which has no annotations, so lesson 06 says what to add).
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from barecase import build_bare_case
from teachercase import build_teacher_case

from conftest import CASES, ROOT
from medialit.case import load_case, read_case
from medialit.exercises import SummativeExercise, build_exercise, lesson_slots, lesson_specs
from medialit.lesson import Lesson

LESSON = "06-put-it-together"
EARLIER = [n.stem for n in sorted((ROOT / "notebooks").glob("0[0-5]-*.ipynb"))]
SHIPPED = sorted(p.name for p in (ROOT / "data" / "cases").iterdir() if (p / "case.yml").is_file())
FIGURE = re.compile(r" \(the figure: “.*”\)$")


def normal(text: str) -> str:
    """Words only, lower case: a sentence as it is looked for in another text."""
    return " ".join(re.findall(r"[\w'’]+", text.lower()))


def _built(case, lesson: str) -> list:
    return [
        build_exercise(case, spec, number=n, answer_key=True)
        for n, spec in enumerate(lesson_specs(case, lesson), start=1)
    ]


def _earlier_words(case) -> list[str]:
    """Every item, passage and line that lessons 00-05's exercises hold, normalised."""
    found = []
    for lesson in EARLIER:
        for exercise in _built(case, lesson):
            found.append(exercise.show().text)
            found += [item.prompt for item in getattr(exercise, "items", [])]
            found += [str(getattr(p, "text", "")) for p in getattr(exercise, "passages", [])]
    return [f" {normal(w)} " for w in found if normal(w)]


def _sentences_of_lesson_06(case) -> list[str]:
    exercises = _built(case, LESSON)
    assert all(isinstance(ex, SummativeExercise) for ex in exercises)
    return [FIGURE.sub("", item.prompt) for ex in exercises for item in ex.items]


def _assert_new(case) -> list[str]:
    sentences = _sentences_of_lesson_06(case)
    earlier = _earlier_words(case)
    assert len(earlier) > 10  # the earlier lessons were built, not skipped
    earlier_items = [
        f" {normal(item.prompt)} "
        for lesson in EARLIER
        for ex in _built(case, lesson)
        for item in getattr(ex, "items", [])
        if len(normal(item.prompt).split()) > 3
    ]
    for sentence in sentences:
        said = f" {normal(sentence)} "
        assert not [w for w in earlier if said in w], f"lesson 06 repeats: {sentence[:60]}"
        assert not [w for w in earlier_items if w in said], f"00-05 asked about: {sentence[:60]}"
    return sentences


@pytest.mark.parametrize("name", SHIPPED)
def test_no_item_of_lesson_06_is_in_lessons_00_to_05_of_a_shipped_case(name):
    case = load_case(name)
    sentences = _assert_new(case)
    assert len(sentences) >= 12  # three exercises, with as many fair items as flagged ones
    if case.unseen:  # lesson 06 draws only on the unseen texts
        unseen = [f" {normal(a.text)} " for a in case.unseen.values()]
        for sentence in sentences:
            assert any(f" {normal(sentence)} " in text for text in unseen), sentence[:60]
        assert not set(case.unseen) & set(case.articles)


def test_the_seen_lessons_never_show_an_unseen_text_or_its_outlet(case):
    assert case.unseen and case.unseen_outlets
    titles = [a.title for a in case.unseen.values()]
    names = [o.name for o in case.unseen_outlets.values()]
    for lesson in EARLIER:
        L = Lesson(lesson, case)
        views = [L.texts().text, L.source_cards().text, L.case_summary().text]
        views += [L.mentions("Moscow").text, L.ledger().text if lesson[:2] == "05" else ""]
        views.append(" ".join(str(ex) for ex in _built(case, lesson)))
        seen = "\n".join(views)
        assert not [t for t in [*titles, *names] if t in seen], lesson
    assert all(t in Lesson(LESSON, case).unseen_texts().text for t in [*titles, *names])


def test_a_teachers_case_without_unseen_texts_falls_back_to_sentences_no_exercise_uses(
    tmp_path,
):
    case = load_case(build_teacher_case(tmp_path))
    assert not case.unseen
    sentences = _assert_new(case)
    assert sentences  # the drafted key has sentences that no earlier exercise uses
    lesson = Lesson(LESSON, case)
    assert any("no unseen texts" in line for line in lesson.what_is_missing())
    assert "no unseen texts" in lesson.unseen_texts().text


def test_a_bare_case_gets_lesson_06_as_lines_saying_what_to_add(tmp_path):
    case = load_case(build_bare_case(tmp_path))
    assert lesson_specs(case, LESSON) == []
    lesson = Lesson(LESSON, case)
    for slot in lesson_slots(LESSON):
        line = lesson.exercise(slot).text
        assert "too thin" in line and "unseen:" in line and "\n" not in line.strip()


# -- scoring: hits, false alarms, and reasons that must quote the deciding words
def _causes(case) -> SummativeExercise:
    (spec,) = [s for s in lesson_specs(case, LESSON) if s["id"] == "which-causes-hold"]
    return build_exercise(case, spec, number=2)


def _find(exercise, words: str) -> int:
    return next(i for i, item in enumerate(exercise.items, 1) if words in item.prompt)


def test_hits_false_alarms_and_only_reasons_that_quote_the_deciding_words(case):
    ex = _causes(case)
    bare = _find(ex, "only because the allied troops")
    fair = _find(ex, "may also have fed the anger")
    other_bare = _find(ex, "Western pressure forced")
    assert ex.answer(bare, "bare", 'It says "The calm that followed" and no more.').correct
    assert ex.score().justified == 0  # a quote from the sentence, but not the deciding words
    assert ex.answer(fair, "bare", 'Flagged: "may also have fed" is a cause.').correct is False
    said = ex.answer(other_bare, "bare", "No source at all for this.")
    assert said.correct and "not given" not in said.markdown and ex.score().justified == 0
    score = ex.score()
    assert (score.hits, score.false_alarms, score.misses) == (2, 1, 0)
    # quoting words that are not in the sentence does not count either
    assert "quotes nothing" in ex.answer(bare, "bare", '"the work of criminal gangs"').markdown
    assert ex.score().justified == 0
    # a reason with the deciding words counts, and only for a right answer
    accepted = ex.answer(bare, "bare", '"only because" rules out all else')
    assert "Reason accepted" in accepted.markdown
    assert ex.answer(fair, "bare", 'It says "may also have fed"').correct is False
    assert ex.score().justified == 1
    assert ex.answer(fair, "holds", 'An honest hedge: "may also have fed".').correct
    assert ex.score().justified == 2
    assert (ex.score().hits, ex.score().false_alarms) == (2, 1)  # first answers still count


def test_the_score_and_the_reasons_come_back_when_the_lesson_is_opened_again(case):
    first = Lesson(LESSON, case)
    ex = first.exercise("which-causes-hold")
    bare = _find(ex, "only because the allied troops")
    ex.answer(bare, "bare", 'The words "only because" decide it.')
    again = SummativeExercise.__new__(SummativeExercise)
    again.__dict__.update(_causes(case).__dict__)
    again.restore(ex.history)
    assert again.score().justified == 1 and again.reasons[bare - 1].startswith("The words")
    summary = first.final_score().text
    assert "hits 1, false alarms 0" in summary and "1 of 18 answers" in summary


def test_the_key_gives_every_answer_its_reason_a_model_answer_and_the_words(case):
    for ex in _built(case, LESSON):
        key = ex.show().text
        for item, words, model in zip(ex.items, ex.deciding, ex.models, strict=True):
            assert item.why in key and model in key
            assert words and all(f"“{w}”" in model or f"“{w}”" in key for w in words)
            assert f"“{words[0]}”" in model  # the model answer quotes the deciding words
    assert "Rubric" in Lesson(LESSON, case, answer_key=True).rubric().text


def test_the_plan_holds_the_rubric_the_lesson_shows():
    plan = (ROOT / "lessons" / f"{LESSON}.md").read_text(encoding="utf-8")
    rubric = (ROOT / "data" / "lessons" / "06-rubric.md").read_text(encoding="utf-8")
    assert rubric.strip() in plan and "## Model answer" in plan


# -- the unseen texts are checked like any text: one line per problem
def _problems(folder: Path) -> list[str]:
    _, problems = read_case(folder)
    return [str(p) for p in problems]


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize(
    "breakage, expected",
    [
        ("missing", "unseen/gone.md"),
        ("not-a-list", "expected a list of files"),
        ("an-article-id", "give the unseen text an id of its own"),
        ("copies-an-article", "an unseen text may copy only another unseen text"),
        ("no-card", "has no source card"),
        ("deciding-not-in-sentence", "deciding"),
    ],
)
def test_a_broken_unseen_text_is_one_line_naming_the_file(case_copy, breakage, expected):
    manifest, text = case_copy / "case.yml", case_copy / "unseen" / "quick-exit.md"
    if breakage == "missing":
        _edit(manifest, "  - unseen/quick-exit.md", "  - unseen/quick-exit.md\n  - unseen/gone.md")
    elif breakage == "not-a-list":
        _edit(manifest, "unseen:            #", "unseen: unseen/quick-exit.md\nold_unseen:  #")
    elif breakage == "an-article-id":
        shutil.copy(case_copy / "articles" / "wire-report.md", case_copy / "unseen" / "w.md")
        _edit(manifest, "  - unseen/quick-exit.md", "  - unseen/quick-exit.md\n  - unseen/w.md")
        _edit(case_copy / "unseen" / "w.md", "id: wire-report", "id: w")
        _edit(case_copy / "unseen" / "w.md", "id: w", "id: wire-report")  # the id clashes
        (case_copy / "unseen" / "w.md").rename(case_copy / "unseen" / "wire-report.md")
        _edit(manifest, "unseen/w.md", "unseen/wire-report.md")
    elif breakage == "copies-an-article":
        _edit(text, "copy_of: null", "copy_of: wire-report")
    elif breakage == "no-card":
        _edit(text, "outlet: Dust Road Digest", "outlet: Dust Road Digets")
    else:
        _edit(case_copy / "annotations" / "quick-exit.yml", "deciding: [The alliance said]",
              "deciding: [The alliance denied]")  # fmt: skip
    problems = _problems(case_copy)
    assert problems and all("\n" not in p for p in problems), problems
    assert any(expected in p for p in problems), problems
    assert all(re.match(r"^data/|^/|^\S+\.(md|yml)", p) for p in problems), problems


def test_the_student_pack_checks_labels_and_reasons_as_the_kit_does(case):
    from medialit.exercises import build_sealed, seal

    real = _causes(case)
    entry = seal(real, "salt")
    bare = _find(real, "only because the allied troops")
    locks = str([item.get("deciding") for item in entry["items"]])
    assert "only because" not in locks and real.items[bare - 1].why not in str(entry)
    common = {"id": real.id, "title": real.title, "prompt": real.prompt, "handle": "q2"}
    sealed = build_sealed(entry, common)
    for reason in ('"The calm that followed"', '"only because" rules it', "no quote at all"):
        theirs, mine = real.answer(bare, "bare", reason), sealed.answer(bare, "bare", reason)
        assert mine.correct == theirs.correct
        assert ("Reason accepted" in mine.markdown) == ("Reason accepted" in theirs.markdown)
    assert sealed.score().justified == real.score().justified == 1


@pytest.mark.parametrize("name", CASES)
def test_the_unseen_texts_are_short_invented_composites_each_with_sound_and_unsound_items(name):
    from test_every_case import REAL_OUTLETS

    from medialit.case import is_composite

    case = load_case(name)
    assert len(case.unseen) >= 3
    for text_id, text in case.unseen.items():
        assert 200 <= len(text.text.split()) <= 350, text_id
        assert is_composite(text) and "composite" in str(text.meta["composite"]).lower()
        card = case.outlet_of(text)
        assert card is not None and card.invented and card.id in case.unseen_outlets
        for name in (card.name, str(text.meta["author"])):
            assert not any(real in name.lower() for real in REAL_OUTLETS), name
        notes = case.unseen_annotations[text_id]
        flagged = [n for n in notes.sentences.values() if n.support[:1] == ("unsupported",)]
        fair = [n for n in notes.sentences.values() if "unsupported" not in n.support]
        wrong = [q for q in notes.quantities if q.verdict[:1] == ("conflicts",)]
        right = [q for q in notes.quantities if "consistent" in q.verdict]
        assert flagged and fair and wrong and right, text_id
        assert [n for n in notes.sentences.values() if n.causal], text_id
        assert [n for n in notes.sentences.values() if "attributed" in n.support], text_id
        assert all(set(q.facts) <= set(case.facts) for q in notes.quantities), text_id


def test_draft_proposes_a_key_for_an_unseen_text_and_lesson_06_says_it_is_drafted(case_copy):
    from medialit.case import key_drafted
    from medialit.teacher import draft_case

    (case_copy / "annotations" / "quick-exit.yml").unlink()
    assert not key_drafted(load_case(case_copy))
    draft_case(case_copy)
    drafted = load_case(case_copy)
    assert drafted.unseen_annotations["quick-exit"].proposed_count() > 0
    assert "quick-exit" not in drafted.annotations and key_drafted(drafted)
