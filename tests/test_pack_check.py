"""The pre/post check in the student pack: both forms sealed into the pack when it is built,
given by lessons 00 and 06 as the kit gives them, scored as the kit scores them, saved so
that `medialit report` shows the pre/post section, and never readable in any pack file.
Each shipped case's pack carries its own check; one more pack carries the check of the
other case (the transfer task, `--check-case`)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import nbformat
import pytest
import yaml

from conftest import CASES
from medialit.case import load_case
from medialit.cli import main
from medialit.errors import MedialitError
from medialit.exercises import (
    CHECK_FILE,
    FORMS,
    AnswerFile,
    CheckExercise,
    SealedCheckExercise,
    build_check,
)
from medialit.lesson import Lesson
from medialit.shown import escape_md
from medialit.teacher import build_student_pack

PRE, POST = "00-start-here", "06-put-it-together"
TRANSFER = (CASES[0], CASES[-1])  # a pack of the first case whose check is on the other
PACKS = [(name, name) for name in CASES] + [TRANSFER]
FIELDS = ("answered", "right_first_time", "right_now", "hits", "false_alarms", "misses",
          "correct_passes")  # fmt: skip


def _id(pair: tuple[str, str]) -> str:
    return pair[0] if pair[0] == pair[1] else f"{pair[0]}-checked-on-{pair[1]}"


@pytest.fixture(scope="module", params=PACKS, ids=_id)
def built(request, tmp_path_factory):
    """A pack (built once per module) of the taught case, its check on the check case, and
    the kit's forms on the check case to compare with."""
    taught, on = request.param
    other = on if on != taught else None
    folder, archive = build_student_pack(tmp_path_factory.mktemp("pack"), taught,
                                         check_case=other)  # fmt: skip
    kit = load_case(on)
    forms = {form: build_check(kit, form) for form in FORMS}
    assert all(isinstance(f, CheckExercise) and f.items for f in forms.values())
    packed = load_case(folder / "data" / "cases" / taught)
    return {"taught": taught, "on": on, "folder": folder, "archive": archive, "kit": kit,
            "forms": forms, "packed": packed}  # fmt: skip


def _same_form(sealed, kit: CheckExercise) -> None:
    assert isinstance(sealed, SealedCheckExercise) and sealed.id == kit.id
    assert [i.prompt for i in sealed.items] == [i.prompt for i in kit.items]
    assert [i.source for i in sealed.items] == [i.source for i in kit.items]
    assert [i.part for i in sealed.items] == [i.part for i in kit.items]
    assert sealed.parts == kit.parts  # questions, labels, flags and ledger rows


def test_lesson_00_gives_form_a_and_lesson_06_form_b_with_the_kits_items(built):
    packed, forms, on = built["packed"], built["forms"], built["on"]
    pre, post = Lesson(PRE, packed).check(), Lesson(POST, packed).check()
    assert pre.about == {"form": "A", "case": on, "when": "pre"}
    assert post.about == {"form": "B", "case": on, "when": "post"}
    _same_form(pre, forms["A"])
    _same_form(post, forms["B"])
    kit = load_case(on)
    assert pre.prompt == build_check(kit, "A", when="pre").prompt
    assert post.prompt == build_check(kit, "B", when="post").prompt
    swapped = Lesson(PRE, packed).check("B", on), Lesson(POST, packed).check("B", on)
    assert [c.about["form"] for c in swapped] == ["B", "A"]
    _same_form(swapped[0], forms["B"])
    _same_form(swapped[1], forms["A"])
    assert "the answers are sealed" in pre.show().text
    assert "carries no answer key" in Lesson(PRE, packed, answer_key=True).check().show().text


def _answers(form: CheckExercise, shift: int) -> list[tuple[int, str]]:
    """Every item answered with one of its part's labels, turned by `shift`."""
    found = []
    for n, item in enumerate(form.items):
        labels = list(form.parts[item.part].labels)
        found.append((n + 1, labels[(n + shift) % len(labels)]))
    return found


def test_right_and_wrong_answers_score_as_the_kit_scores_them(built):
    packed, on = built["packed"], built["on"]
    kit = load_case(on)
    widest = max(len(p.labels) for f in built["forms"].values() for p in f.parts)
    totals = dict.fromkeys(FIELDS, 0)
    for lesson, first in ((PRE, "A"), (POST, "A"), (PRE, "B")):
        for shift in range(widest):  # every item gets every one of its labels first once
            sealed = Lesson(lesson, packed).check(first)
            real = Lesson(lesson, kit).check(first)
            for number, label in _answers(real, shift):
                mine, theirs = sealed.answer(number, label), real.answer(number, label)
                assert mine.correct == theirs.correct, (real.id, number, label)
                if theirs.correct:  # a right answer opens the same reason
                    assert escape_md(real.items[number - 1].why) in mine.markdown
                else:  # a wrong one never gives the key
                    again = sealed.answer(number, label)
                    assert "The key says" not in mine.markdown + again.markdown
            a, b = sealed.score(), real.score()
            assert [getattr(a, f) for f in FIELDS] == [getattr(b, f) for f in FIELDS], shift
            for field in FIELDS:
                totals[field] += getattr(b, field)
    assert all(totals.values()), totals  # hits, false alarms, misses and passes all compared


def _class(folder: Path, case, on: str, monkeypatch) -> None:
    """Four students take both checks on the case `on` in `case` (a pack's or the kit's),
    each answering with a different turn of the labels; answers go to `folder/<student>/`."""
    for n in range(4):
        monkeypatch.setenv("MEDIALIT_STUDENT", f"s{n}")
        for lesson, shift in ((PRE, n), (POST, n + 1)):
            answers = AnswerFile.open(folder / f"s{n}", lesson, case.id)
            check = Lesson(lesson, case, answers=answers).check("A", on)
            for number, label in _answers(check, shift):
                check.answer(number, label)


def test_answers_saved_in_the_pack_feed_the_reports_pre_post_section(
    built, tmp_path, monkeypatch, capsys
):
    _class(tmp_path / "pack", built["packed"], built["on"], monkeypatch)
    _class(tmp_path / "kit", load_case(built["taught"]), built["on"], monkeypatch)
    saved = json.loads(next((tmp_path / "pack" / "s0").glob(f"{PRE}--*.json")).read_text())
    entry = saved["exercises"][f"check-A-{built['on']}"]
    assert entry["check"] == {"form": "A", "case": built["on"], "when": "pre"}
    kit_saved = json.loads(next((tmp_path / "kit" / "s0").glob(f"{PRE}--*.json")).read_text())
    kit_entry = kit_saved["exercises"][f"check-A-{built['on']}"]
    reports = {}
    for which in ("pack", "kit"):
        assert main(["report", str(tmp_path / which), "--json",
                     "--out", str(tmp_path / f"out-{which}")]) == 0  # fmt: skip
        reports[which] = json.loads(capsys.readouterr().out)["prepost"]
    students = reports["pack"]["students"]
    assert [s["student"] for s in students] == ["s0", "s1", "s2", "s3"]
    assert all(s["pre"]["form"] == "A" and s["post"]["form"] == "B" for s in students)
    assert all(s["pre"]["case"] == built["on"] for s in students)
    assert "over 4 students with both checks" in reports["pack"]["summary"]
    # the same answers given in the kit: the same fields, score and pre/post section
    assert set(entry) == set(kit_entry) and entry["score"] == kit_entry["score"]
    assert entry["check"] == kit_entry["check"]
    assert reports["pack"] == reports["kit"]


def _every_text(folder: Path, archive: Path) -> str:
    texts = [p.read_bytes().decode("utf-8", "replace") for p in folder.rglob("*") if p.is_file()]
    with zipfile.ZipFile(archive) as zipped:
        texts += [zipped.read(n).decode("utf-8", "replace") for n in zipped.namelist()]
    return "\n".join(texts)


def _strings(node) -> list[str]:
    if isinstance(node, dict):
        return [s for v in node.values() for s in _strings(v)] + [str(k) for k in node]
    if isinstance(node, list):
        return [s for v in node for s in _strings(v)]
    return [node] if isinstance(node, str) else []


def test_no_accepted_answer_verdict_or_reason_is_in_any_pack_file(built):
    folder, kit = built["folder"], built["kit"]
    everything = _every_text(folder, built["archive"])
    reasons = [i.why for f in built["forms"].values() for i in f.items]
    reasons += [n.note for notes in kit.annotations.values() for n in notes.sentences.values()]
    reasons += [o.why_kind for o in kit.outlets.values()]
    reasons += [str(a.meta.get("stands_for") or "") for a in kit.articles.values()]
    for reason in (r for r in reasons if r and len(r) > 12):
        for form in {reason, escape_md(reason), " ".join(reason.split())}:
            assert form not in everything, reason[:60]
    assert not list(folder.rglob("annotations"))
    sealed = yaml.safe_load((folder / "data" / "cases" / built["taught"] / CHECK_FILE).read_text())
    assert sealed["case"] == built["on"] and sorted(sealed["forms"]) == list(FORMS)
    for name, form in sealed["forms"].items():
        labels = {k for part in form["parts"] for k in part["labels"]}
        for item in form["items"]:  # the item's words and where they ran; the rest is locks
            assert set(item) == {"text", "source", "part", "lock", "wrong"}
            assert set(item["lock"]) == {"keys", "reason"}
            assert all(set(k) == {"check", "wrapped"} for k in item["lock"]["keys"])
            hidden = _strings({k: v for k, v in item.items() if k not in ("text", "source")})
            assert not labels & set(hidden), (name, item["text"][:40])
        kit_form = built["forms"][name]
        assert len(form["items"]) == len(kit_form.items)
        assert all(i.accepted and set(i.accepted) <= labels for i in kit_form.items)


def test_a_check_case_other_than_the_packs_is_one_line(built):
    packed, on, taught = built["packed"], built["on"], built["taught"]
    wrong = next(name for name in CASES if name != on)
    for lesson in (PRE, POST):
        with pytest.raises(MedialitError) as raised:
            Lesson(lesson, packed).check("A", wrong)
        line = str(raised.value)
        assert "\n" not in line and f"'{on}'" in line and f'set check_case = "{on}"' in line
        assert Lesson(lesson, packed).check("A", on).about["case"] == on  # as it says
    assert Lesson(PRE, packed).check("A", None).about["case"] == on  # None: the pack's check
    params = [
        c.source
        for lesson in (PRE, POST)
        for c in nbformat.read(built["folder"] / f"{lesson}.ipynb", as_version=4).cells
        if "parameters" in c.metadata.get("tags", [])
    ]
    setting = f'check_case = "{on}"' if on != taught else "check_case = None"
    assert len(params) == 2 and all(setting in p for p in params)


def test_a_transfer_pack_carries_the_other_cases_texts_but_not_its_answers(built):
    cases = sorted(p.name for p in (built["folder"] / "data" / "cases").iterdir())
    assert cases == sorted({built["taught"], built["on"]})  # another case only for its check
    if built["on"] == built["taught"]:
        return
    other = load_case(built["folder"] / "data" / "cases" / built["on"])
    assert other.annotations == {} and other.claims is None and not other.exercises
    assert set(other.articles) == set(built["kit"].articles) and other.facts
    assert all(card.kind in ((), []) for card in other.outlets.values())
    texts = [" ".join(a.text.split()) for a in other.articles.values()]
    for form in built["forms"].values():
        for item in form.items:
            sentence = item.prompt.split(" (the figure: ")[0]
            assert any(" ".join(sentence.split()) in t for t in texts), sentence[:60]
    readme = (built["folder"] / "README.md").read_text(encoding="utf-8")
    assert f"Pre/post check on the case `{built['on']}`" in readme


def test_a_pack_without_a_check_says_so_in_one_line(tmp_path):
    from barecase import build_bare_case

    from medialit.exercises import CHECK_HEADER, sealed_check, sealed_forms

    bare = load_case(str(build_bare_case(tmp_path / "cases")))
    sealed = sealed_forms(bare, "salt")  # too thin: the kit's one line, sealed as it is
    assert "forms" not in sealed and sealed["thin"] == build_check(bare, "A").text
    folder = tmp_path / "pack-case"
    folder.mkdir()
    missing = sealed_check(folder, bare.id, "A", "pre", None)  # a pack built without one
    assert "built without one" in missing.text and len(missing.text.splitlines()) == 1
    (folder / CHECK_FILE).write_text(CHECK_HEADER + yaml.safe_dump(sealed), encoding="utf-8")
    thin = sealed_check(folder, bare.id, "B", "post", None)
    assert "too thin for the check" in thin.text and len(thin.text.splitlines()) == 1


def test_no_pack_lesson_view_gives_the_verdict_on_a_check_figure(built):
    """As in the kit, lesson 05's view of the number checker leaves the check's figures to
    the student: the pack knows them from its sealed forms, and shows what the kit shows."""
    packed, kit = built["packed"], load_case(built["taught"])
    views = Lesson("05-check-the-numbers", packed), Lesson("05-check-the-numbers", kit)
    figures = [i for f in built["forms"].values() for i in f.items
               if f.parts[i.part].kind == "figures"]  # fmt: skip
    assert figures
    judged = 0
    for item in figures:
        sentence = item.prompt.split(" (the figure: ")[0]
        text_id = next((t for t, a in packed.articles.items() if sentence in a.text), None)
        if text_id is None:  # a transfer pack: the figure is in the other case's texts
            continue
        figure = item.prompt.split("(the figure: “")[1].rstrip("”)")
        mine, theirs = ([ln for ln in v.explain_figures(text_id).text.splitlines() if figure in ln]
                        for v in views)  # fmt: skip
        assert mine == theirs and all("you judge this figure yourself" in ln for ln in mine)
        judged += bool(mine)
    assert judged if built["on"] == built["taught"] else not judged


def test_an_unknown_check_case_for_the_pack_is_one_line_and_writes_nothing(tmp_path, capsys):
    assert main(["student-pack", str(tmp_path / "out"), "--check-case", "atlantis"]) == 2
    said = capsys.readouterr().err.strip()
    assert said.startswith("medialit: check case: unknown case 'atlantis'") and "\n" not in said
    assert not (tmp_path / "out").exists()
