"""The pre/post check (issue 17, item 4): two parallel forms built from any case, apart from
every exercise of lessons 00-05 and from each other; swapped per class, drawn from another
case for transfer; saved like any exercise; and `medialit report` shows pre, post and change.
"""

from __future__ import annotations

import json
import re
import statistics

import pytest
from barecase import build_bare_case
from teachercase import build_teacher_case

from conftest import CASE, ROOT
from medialit.case import load_case
from medialit.cli import main
from medialit.errors import MedialitError
from medialit.exercises import (
    FORMS,
    AnswerFile,
    CheckExercise,
    build_check,
    build_exercise,
    file_name,
    lesson_specs,
)
from medialit.lesson import Lesson
from medialit.shown import Shown

LESSONS = [
    "00-start-here", "01-meet-the-sources", "02-same-event-different-stories",
    "03-copies-rewrites-content-farms", "04-because-i-said-so", "05-check-the-numbers",
]  # fmt: skip
PRE, POST = "00-start-here", "06-put-it-together"
OTHER = "aspartame-2023"  # the second shipped case


@pytest.fixture(scope="module")
def teacher_folder(tmp_path_factory):
    return build_teacher_case(tmp_path_factory.mktemp("cases"))


@pytest.fixture(scope="module")
def cases(case, teacher_folder):
    return {"kazakhstan": case, "aspartame": load_case(OTHER),
            "teacher": load_case(str(teacher_folder))}  # fmt: skip


def _flat(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", text.lower()).split())


def _sentence(item) -> str:
    """The sentence an item shows (a figure's item adds the figure after it)."""
    return item.prompt.split(" (the figure: ")[0]


def _lesson_texts(case) -> str:
    """Every exercise of lessons 00-05, as students and the key see it, flattened."""
    shown = []
    for lesson in LESSONS:
        for number, spec in enumerate(lesson_specs(case, lesson), start=1):
            for key in (False, True):
                shown.append(build_exercise(case, spec, number=number, answer_key=key).show().text)
    return _flat("\n".join(shown))


@pytest.mark.parametrize("which", ["kazakhstan", "aspartame", "teacher"])
def test_the_forms_share_no_item_and_avoid_every_item_of_lessons_00_to_05(cases, which):
    case = cases[which]
    forms = {form: build_check(case, form) for form in FORMS}
    assert all(isinstance(f, CheckExercise) and f.items for f in forms.values())
    a, b = ({_flat(_sentence(i)) for i in forms[f].items} for f in FORMS)
    assert a and b and not a & b
    for form in forms.values():  # and no sentence twice within a form
        assert len({_flat(_sentence(i)) for i in form.items}) == len(form.items)
    used = _lesson_texts(case)
    for form in forms.values():
        for item in form.items:
            assert _flat(_sentence(item)) not in used, item.prompt[:60]
    # a near-copy (a republished column, a spun farm copy) counts as the same sentence
    every = [set(_flat(_sentence(i)).split()) for f in forms.values() for i in f.items]
    for n, words in enumerate(every):
        for other in every[n + 1 :]:
            assert len(words & other) < 0.8 * min(len(words), len(other))


def _item_sentences(case) -> list[str]:
    """The words of every item of every exercise of lessons 00-05 (a quote, a passage)."""
    found = []
    for lesson in LESSONS:
        for number, spec in enumerate(lesson_specs(case, lesson), start=1):
            exercise = build_exercise(case, spec, number=number)
            found += [i.prompt for i in getattr(exercise, "items", []) if i.prompt]
    return found


@pytest.mark.parametrize("which", ["kazakhstan", "aspartame", "teacher"])
def test_no_item_quotes_or_spins_an_item_of_lessons_00_to_05(cases, which):
    """A teacher's exercise may quote part of a sentence ("...which binds six states"), and a
    farm copy spins one ("thin air" -> "skinny air"): neither may come back in a form."""
    from difflib import SequenceMatcher

    case = cases[which]
    used = [_flat(s).split() for s in _item_sentences(case)]
    runs = {tuple(w[i : i + 7]) for w in used for i in range(len(w) - 6)}
    for form in FORMS:
        for item in build_check(case, form).items:
            words = _flat(_sentence(item)).split()
            assert not runs & {tuple(words[i : i + 7]) for i in range(len(words) - 6)}, words
            for other in used:
                assert SequenceMatcher(None, words, other).ratio() < 0.8, (words, other)


def test_the_full_case_gives_ten_items_a_form(case):
    assert [len(build_check(case, form).items) for form in FORMS] == [10, 10]


def _flagged(form: CheckExercise) -> list[int]:
    return [sum(1 for i in form.items if i.part == n and i.accepted[0] == part.flag)
            for n, part in enumerate(form.parts)]  # fmt: skip


@pytest.mark.parametrize("which", ["kazakhstan", "aspartame", "teacher"])
def test_the_forms_are_parallel(cases, which):
    a, b = (build_check(cases[which], form) for form in FORMS)
    assert [p.kind for p in a.parts] == [p.kind for p in b.parts]
    assert [p.labels for p in a.parts] == [p.labels for p in b.parts]
    sizes = [[sum(i.part == n for i in f.items) for n in range(len(f.parts))] for f in (a, b)]
    assert sizes[0] == sizes[1]
    assert all(abs(x - y) <= 1 for x, y in zip(_flagged(a), _flagged(b), strict=True))
    for form in (a, b):  # flagged and fair items mixed, in every part but a fair-only one
        fair_only = not any(_flagged(form)) and {p.kind for p in form.parts} == {"figures"}
        # a thin drafted case (the teacher's) may have only fair figures left; ours may not
        assert 0 < sum(_flagged(form)) < len(form.items) or (fair_only and which == "teacher")
        for n, flagged in enumerate(_flagged(form)):
            size = sum(i.part == n for i in form.items)
            assert flagged == size // 2 or (flagged == 0 and form.parts[n].kind == "figures")


def test_a_case_with_nothing_to_draw_on_says_so_in_one_line(tmp_path):
    bare = load_case(str(build_bare_case(tmp_path)))
    made = build_check(bare, "A")
    assert isinstance(made, Shown) and "too thin for the check" in made.text
    assert len(made.text.strip().splitlines()) == 1


def test_a_thin_case_gives_fewer_items_and_says_so(cases):
    form = build_check(cases["teacher"], "A")
    if len(form.items) < 10:
        assert f"gives {len(form.items)} items, not 10" in form.prompt
    else:
        assert "items, not 10" not in form.prompt


def test_lesson_00_gives_the_first_form_and_lesson_06_the_other(case):
    pre, post = Lesson(PRE, case), Lesson(POST, case)
    assert (pre.check().about["form"], post.check().about["form"]) == ("A", "B")
    assert (pre.check("B").about["form"], post.check("B").about["form"]) == ("B", "A")
    assert (pre.check().about["when"], post.check().about["when"]) == ("pre", "post")
    assert pre.check("B").items[0].prompt == post.check("A").items[0].prompt


def test_the_other_case_can_be_used_for_the_checks(case, cases, teacher_folder):
    other = cases["teacher"]
    for lesson in (PRE, POST):
        made = Lesson(lesson, case).check("A", str(teacher_folder))
        assert made.about["case"] == other.id and made.id.endswith(other.id)
        texts = {" ".join(a.text.split()) for a in other.articles.values()}
        for item in made.items:
            assert any(" ".join(_sentence(item).split()) in t for t in texts)
    same = Lesson(PRE, case).check("A", CASE)
    assert same.about["case"] == CASE
    by_name = Lesson(POST, case).check("A", OTHER)  # as the notebook's setting names it
    assert by_name.about == {"form": "B", "case": OTHER, "when": "post"}
    assert by_name.items[0].prompt == build_check(cases["aspartame"], "B").items[0].prompt


@pytest.mark.parametrize(
    ("args", "says"),
    [(("C",), 'check_first must be "A" or "B"'), ((1,), 'check_first must be "A" or "B"'),
     (("A", "atlantis"), "check_case: unknown case 'atlantis'"),
     (("A", 2023), "check_case must be a case name in quotes")],
)  # fmt: skip
def test_bad_settings_are_one_line(case, args, says):
    with pytest.raises(MedialitError) as raised:
        Lesson(PRE, case).check(*args)
    assert says in str(raised.value) and "\n" not in str(raised.value)


def test_the_check_belongs_in_lessons_00_and_06(case):
    with pytest.raises(MedialitError, match=r"lesson 00 \(before\) and lesson 06"):
        Lesson("03-copies-rewrites-content-farms", case).check()


def test_answers_are_saved_and_come_back(case, tmp_path):
    answers = AnswerFile.open(tmp_path, PRE, CASE)
    c = Lesson(PRE, case, answers=answers).check()
    flag = c.parts[0].flag
    c.answer(1, flag)
    c.answer(2, flag)
    saved = json.loads((tmp_path / file_name(PRE, CASE)).read_text())["exercises"][c.id]
    assert saved["check"] == {"form": "A", "case": CASE, "when": "pre"}
    assert saved["score"]["hits"] + saved["score"]["false_alarms"] == 2
    again = Lesson(PRE, case, answers=AnswerFile.open(tmp_path, PRE, CASE)).check()
    assert again.first == c.first and again.score().hits == c.score().hits


def test_key_mode_shows_every_answer_and_student_mode_none(case):
    key = Lesson(PRE, case, answer_key=True).check()
    student = Lesson(PRE, case).check()
    assert "answer key" in key.show().text and "answer key" not in student.show().text
    for item in key.items:
        assert item.why in key.show().text and item.why not in student.show().text
    assert 'c.answer(1, "source")' in student.show().text  # the typed fallback


# -- the report
STUDENTS = 12


def _answered(case, lesson: str, form: str, right: int) -> dict:
    """One answers-file entry: the first `right` items answered right, the others wrongly
    (a fair item flagged, a flagged item passed)."""
    check = Lesson(lesson, case).check(form if lesson == PRE else "A")
    for n, item in enumerate(check.items):
        part = check.parts[item.part]
        if n < right:
            label = item.accepted[0]
        elif part.flag in item.accepted:
            label = next(k for k in part.labels if k not in item.accepted)
        else:
            label = part.flag
        check.answer(n + 1, label)
    from medialit.exercises import saved_entry

    return {check.id: saved_entry(check)}


def _file(student: str, lesson: str, exercises: dict) -> str:
    return json.dumps({"format": "medialit-answers/1", "student": student, "lesson": lesson,
                       "case": CASE, "exercises": exercises})  # fmt: skip


@pytest.fixture(scope="module")
def class_folder(tmp_path_factory, case):
    folder = tmp_path_factory.mktemp("class")
    for i in range(STUDENTS):
        (folder / f"s{i:02d}").mkdir()
        pre = _answered(case, PRE, "A", right=3 + i % 4)
        (folder / f"s{i:02d}" / file_name(PRE, CASE)).write_text(_file(f"s{i:02d}", PRE, pre))
        if i != STUDENTS - 1:  # the last student has not taken the post check yet
            post = _answered(case, POST, "A", right=6 + i % 5)
            path = folder / f"s{i:02d}" / file_name(POST, CASE)
            path.write_text(_file(f"s{i:02d}", POST, post))
    return folder


def test_the_report_shows_pre_post_hits_false_alarms_and_the_change(class_folder, tmp_path, capsys):
    out = tmp_path / "report"
    assert main(["report", str(class_folder), "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "Pre/post check (hits and false alarms on first answers):" in printed
    data = json.loads((out / "summary.json").read_text())["prepost"]
    rows = {s["student"]: s for s in data["students"]}
    assert len(rows) == STUDENTS and rows[f"s{STUDENTS - 1:02d}"]["post"] is None
    changes = {
        name: [r["post"][name] - r["pre"][name] for r in rows.values() if r["post"]]
        for name in ("hits", "false_alarms")
    }
    assert len(changes["hits"]) == STUDENTS - 1
    for name, values in changes.items():
        median, q1, q3 = statistics.median(values), *statistics.quantiles(
            values, n=4, method="inclusive")[::2]  # fmt: skip
        assert data["change"][name] == [median, q1, q3]
    assert statistics.median(changes["hits"]) > 0 > statistics.median(changes["false_alarms"])
    line = data["summary"]
    assert line in printed and f"over {STUDENTS - 1} students with both checks" in line
    s00 = rows["s00"]
    table_row = next(r for r in printed.splitlines() if r.strip().startswith("s00 "))
    cells = table_row.split()
    assert cells[1:5] == ["A", str(s00["pre"]["hits"]), str(s00["pre"]["false_alarms"]),
                          f"{s00['pre']['right']}/10"]  # fmt: skip
    assert cells[5] == "B" and cells[6] == str(s00["post"]["hits"])
    last = next(r for r in printed.splitlines() if r.strip().startswith(f"s{STUDENTS - 1:02d} "))
    assert last.split()[5:] == ["—"] * 6
    summary = (out / "summary.md").read_text()
    assert f"![{line}](prepost.png)" in summary and "| change in hits |" in summary
    assert (out / "prepost.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert main(["report", str(class_folder), "--json", "--out", str(tmp_path / "again")]) == 0
    assert json.loads(capsys.readouterr().out)["prepost"] == data


def test_no_check_no_pre_post_section(tmp_path, capsys, case):
    folder = tmp_path / "class"
    folder.mkdir()
    (folder / file_name(PRE, CASE)).write_text(_file("ana", PRE, {}))
    assert main(["report", str(folder), "--out", str(tmp_path / "r")]) == 0
    assert "Pre/post" not in capsys.readouterr().out
    assert not (tmp_path / "r" / "prepost.png").exists()


def test_the_widget_answers_through_answer_and_shows_feedback(case, tmp_path):
    answers = AnswerFile.open(tmp_path, PRE, CASE)
    c = Lesson(PRE, case, answers=answers).check()
    import ipywidgets as w

    choosers = [b for b in _walk(c.widget()) if isinstance(b, (w.ToggleButtons, w.Dropdown))]
    assert len(choosers) == len(c.items)
    last = c.items[-1]
    assert [v for _, v in choosers[-1].options if v] == list(c.parts[last.part].labels)
    choosers[-1].value = last.accepted[0]
    assert c.first == {len(c.items) - 1: last.accepted[0]}
    row = next(r for r in _walk(c.widget()) if choosers[-1] in getattr(r, "children", ()))
    assert "Right" in row.children[-1].value  # the item's feedback, beside its buttons
    assert answers.saved(c.id)[-1]["args"] == [len(c.items), last.accepted[0]]


def _walk(widget):
    yield widget
    for child in getattr(widget, "children", ()):
        yield from _walk(child)


@pytest.mark.parametrize(
    ("parameters", "line"),
    [({"check_first": "C"}, "Problem: check_first must be \"A\" or \"B\" (in quotes), not 'C'"),
     ({"check_case": "atlantis"}, "Problem: check_case: unknown case 'atlantis'; use one of: ")],
)  # fmt: skip
def test_a_bad_check_setting_in_lesson_00_is_one_line_at_the_check(tmp_path, parameters, line):
    import nbformat
    import papermill as pm

    source, target = ROOT / "notebooks" / f"{PRE}.ipynb", tmp_path / "bad.ipynb"
    with pytest.raises(pm.PapermillExecutionError):
        pm.execute_notebook(
            str(source), str(target), parameters=parameters, kernel_name="python3",
            cwd=str(source.parent), progress_bar=False,
        )  # fmt: skip
    nb = nbformat.read(target, as_version=4)
    (cell,) = [c for c in nb.cells if c.cell_type == "code" and c.outputs and
               any(o.output_type == "error" for o in c.outputs)]  # fmt: skip
    assert "L.check(" in cell.source
    (traceback,) = [o.traceback for o in cell.outputs if o.output_type == "error"]
    assert len(traceback) == 1 and traceback[0].startswith(line) and "\n" not in traceback[0]


def test_no_lesson_view_gives_the_verdict_on_a_check_figure(case, tmp_path):
    from medialit.lesson import start

    L = start("05-check-the-numbers", answers_folder=str(tmp_path))
    for form in FORMS:
        check = build_check(case, form)
        figures = [i for i in check.items if check.parts[i.part].kind == "figures"]
        assert figures
        for item in figures:
            text_id = next(t for t, a in case.articles.items() if _sentence(item) in a.text)
            assert text_id != case.baseline  # lesson 05 tables the baseline's figures
            figure = item.prompt.split("(the figure: “")[1].rstrip("”)")
            lines = [ln for ln in L.explain_figures(text_id).text.splitlines() if figure in ln]
            assert lines and all("you judge this figure yourself" in ln for ln in lines)


def test_no_item_comes_from_a_text_kept_unseen_for_lesson_06(cases):
    case = cases["aspartame"]
    unseen = [_flat(p.read_text(encoding="utf-8")) for p in (case.path / "unseen").glob("*.md")]
    assert unseen  # the case keeps texts for lesson 06
    for form in FORMS:
        for item in build_check(case, form).items:
            assert not any(_flat(_sentence(item)) in text for text in unseen), item.prompt[:60]
