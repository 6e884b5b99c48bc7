"""The eight one-line bugs that survived a hand-run probe of the core modules (issue 16).

Each test here fails when its bug is put back, and each bug is a real harm to a student
or a teacher:

1. a typed label start shared by two labels taken as the first one, so a wrong first
   answer sticks in the score;
2. the answers file written in place, so a crash mid-save truncates a student's answers;
3. after `fresh=True`, the next answer dropping the `earlier` answers kept for the teacher;
4. the student pack's locks made without their salt (or with one salt for every pack),
   so one table built from the public kit would open every pack;
5. evidence ranked above attribution or a hedge, so "..., officials said on 5 January"
   would be credited as evidence;
6. `answer_key=1`, `0` or `1.0` taken as a mode (1 shows every answer and saves nothing);
7. article text shown by `L.read` without escaping (only the browser test caught it);
8. an "about" hedge read as exact (only a doctest caught it).
"""

from __future__ import annotations

import builtins
import copy
import dataclasses
import errno
import io
import json
import re
from pathlib import Path

import pytest
import yaml

from conftest import CASE
from medialit.case import load_case
from medialit.detectors import check_quantity, explain_causal, extract_quantities
from medialit.errors import MedialitError
from medialit.exercises import (
    AnswerFile,
    Item,
    LabelExercise,
    NumberExercise,
    build_sealed,
    read_answers,
    seal,
)
from medialit.lesson import Lesson, start
from medialit.teacher import build_student_pack
from medialit.text import article_from_text

LESSON = "00-start-here"
FILE = f"{LESSON}--{CASE}.answers.json"


# -- 1. a label start shared by two labels ------------------------------------------------

LABELS = {"source": "Names a source", "speculation": "Speculation", "bare": "Bare assertion"}


def _label_exercise() -> LabelExercise:
    items = [
        Item("Analysts suspect a hidden hand.", ("speculation",), "It guesses, and says so."),
        Item("The ministry said 9,900 were held.", ("source",), "It names who said it."),
    ]
    return LabelExercise("sorts", "Sort them", "Label each.", LABELS, items, handle="q1")


def test_an_ambiguous_label_start_never_becomes_the_first_answer(tmp_path):
    """`q1.answer(1, "s")` fits "source" and "speculation": it is asked about, not taken as
    "source" (the first), so the student's real first answer is the one scored and saved."""
    answers = AnswerFile.open(tmp_path, LESSON, CASE)
    q1 = _label_exercise()
    q1.on_answer = answers.keep
    asked = q1.answer(1, "s")
    assert asked.correct is None and "type more letters" in asked.markdown
    assert q1.history == [] and not (tmp_path / FILE).exists()  # nothing scored, nothing saved
    assert q1.answer(1, "spec").correct is True
    score = q1.score()
    assert (score.answered, score.right_first_time, score.mixups) == (1, 1, [])
    saved = read_answers(tmp_path / FILE)["exercises"]["sorts"]
    assert saved["answers"] == [{"args": [1, "spec"], "correct": True}]
    assert saved["score"]["right_first_time"] == 1
    again = _label_exercise()  # the lesson reopened: the restored score is the same
    again.restore(AnswerFile.open(tmp_path, LESSON, CASE).saved("sorts"))
    assert again.score().right_first_time == 1 and again.score().answered == 1


# -- 2. the answers file is never written in place ----------------------------------------


class _DiskFull:
    """Every file opened for writing in `folder` takes half of what it is given, then fails
    as a full disk does; `seen` records what the folder held at that moment."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, folder: Path):
        self.folder, self.seen = folder, []
        real_open = io.open

        def crashing_open(file, mode="r", *args, **kwargs):
            handle = real_open(file, mode, *args, **kwargs)
            if not any(m in mode for m in "wax+") or not self._inside(file):
                return handle
            return _HalfWriter(handle, self)

        monkeypatch.setattr(io, "open", crashing_open)
        monkeypatch.setattr(builtins, "open", crashing_open)

    def _inside(self, file) -> bool:
        if isinstance(file, int):  # os.fdopen(handle): where the descriptor points
            file = Path(f"/proc/self/fd/{file}").readlink()
        return Path(file).resolve().parent == self.folder.resolve()


class _HalfWriter:
    def __init__(self, handle, disk: _DiskFull):
        self._handle, self._disk = handle, disk

    def write(self, text):
        self._handle.write(text[: len(text) // 2])
        self._handle.flush()
        self._disk.seen.append(sorted(p.name for p in self._disk.folder.iterdir()))
        raise OSError(errno.ENOSPC, "No space left on device")

    def __getattr__(self, name):
        return getattr(self._handle, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._handle.close()


def test_a_crash_mid_save_leaves_the_saved_answers_whole(tmp_path, monkeypatch):
    """A save that fails half-way (a full disk, a killed kernel) goes to a temporary file
    beside the answers file; the answers file keeps every earlier answer, byte for byte,
    and no half-written file is left behind. The next save keeps everything."""
    L = start(LESSON, answers_folder=str(tmp_path))
    q3 = L.exercise("price-ratio")
    q3.answer(2)
    before = (tmp_path / FILE).read_bytes()
    with monkeypatch.context() as patched:
        disk = _DiskFull(patched, tmp_path)
        feedback = q3.answer(2.2)
    assert feedback.correct and "could not be saved" in feedback.markdown
    assert disk.seen, "the save wrote nothing, so the crash was never tried"
    # at the crash, the half-written text was in a second file beside the answers file
    assert all(FILE in names and len(names) == 2 for names in disk.seen), disk.seen
    temporary = {n for names in disk.seen for n in names if n != FILE}
    assert all(re.fullmatch(rf"\.{re.escape(FILE)}\..+\.tmp", n) for n in temporary), temporary
    assert (tmp_path / FILE).read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [FILE]  # no temporary file left
    q3.answer(2.3)  # the disk has room again: nothing given in the meantime is lost
    saved = read_answers(tmp_path / FILE)["exercises"]["price-ratio"]["answers"]
    assert [a["args"] for a in saved] == [[2], [2.2], [2.3]]
    assert sorted(p.name for p in tmp_path.iterdir()) == [FILE]


def test_a_crash_while_starting_afresh_leaves_the_saved_answers_whole(tmp_path, monkeypatch):
    L = start(LESSON, answers_folder=str(tmp_path))
    L.exercise("price-ratio").answer(2)
    before = (tmp_path / FILE).read_bytes()
    with monkeypatch.context() as patched:
        disk = _DiskFull(patched, tmp_path)
        L.exercise("price-ratio", fresh=True)
    assert disk.seen and (tmp_path / FILE).read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [FILE]


# -- 3. after a fresh start, the next answer keeps the earlier ones -----------------------


def test_after_a_fresh_start_every_later_answer_keeps_the_earlier_answers(tmp_path):
    """`fresh=True` promises the teacher the old answers, under "earlier": they must
    survive the next answer's save, and a second fresh start adds to them."""
    L = start(LESSON, answers_folder=str(tmp_path))
    L.exercise("price-ratio").answer(3)

    def entry():
        return read_answers(tmp_path / FILE)["exercises"]["price-ratio"]

    first_go = [{"args": [3], "correct": False}]
    q3 = L.exercise("price-ratio", fresh=True)
    q3.answer(2.2)
    assert entry()["earlier"] == [first_go]
    assert entry()["answers"] == [{"args": [2.2], "correct": True}]
    q3.answer(2.3)
    assert entry()["earlier"] == [first_go]
    L = start(LESSON, answers_folder=str(tmp_path))  # another day, another kernel
    L.exercise("backed-or-bare").answer(1, "source")  # saving another exercise keeps it too
    assert entry()["earlier"] == [first_go]
    again = L.exercise("price-ratio", fresh=True)
    assert again.score().answered == 0
    again.answer(1)
    second_go = [{"args": [2.2], "correct": True}, {"args": [2.3], "correct": True}]
    assert entry()["earlier"] == [first_go, second_go]
    assert entry()["answers"] == [{"args": [1], "correct": False}]
    assert L.exercise("price-ratio").score().answered == 1  # the earlier ones are not scored


# -- 4. the student pack's locks need their salt ------------------------------------------


def _sealed(salt: str) -> dict:
    return seal(_label_exercise(), salt)


def test_a_lock_opens_only_with_the_salt_it_was_made_with():
    """Sealed with one salt, the right answer opens; with no salt or another salt, the
    same answer does not, and two salts never give the same check for the same answer."""
    entry = _sealed("pack-one-salt")
    common = {"id": "sorts", "title": "T", "prompt": "P"}
    assert build_sealed(entry, common).answer(1, "speculation").correct is True
    for salt in ("", "pack-two-salt"):
        wrong_salt = build_sealed({**entry, "salt": salt}, common)
        assert wrong_salt.answer(1, "speculation").correct is False
    other = _sealed("pack-two-salt")
    checks = [{k["check"] for k in e["items"][0]["lock"]["keys"]} for e in (entry, other)]
    assert checks[0].isdisjoint(checks[1])
    unsalted = _sealed("")
    assert checks[0].isdisjoint(k["check"] for k in unsalted["items"][0]["lock"]["keys"])


def test_a_sealed_number_opens_only_with_its_salt():
    real = NumberExercise("n", "N", "How many?", answer=3, why="Three.")
    common = {"id": "n", "title": "N", "prompt": "P"}
    entry = seal(real, "pack-one-salt")
    assert build_sealed(entry, common).answer(3).correct is True
    assert build_sealed({**entry, "salt": ""}, common).answer(3).correct is False


def test_every_pack_has_its_own_salt_so_no_table_opens_two_packs(tmp_path):
    """Two packs of the same case, built one after the other: each has a long random salt,
    their locks for the same answer differ, and neither pack's salt opens the other's."""
    packs = []
    for name in ("one", "two"):
        folder, _ = build_student_pack(tmp_path / name, CASE)
        text = (folder / "data" / "cases" / CASE / "exercises.yml").read_text("utf-8")
        packs.append(yaml.safe_load(text)[LESSON])
    salts = [p[0]["salt"] for p in packs]
    assert all(re.fullmatch(r"[0-9a-f]{32,}", s) for s in salts), salts
    assert salts[0] != salts[1]
    assert all(e["salt"] == salts[n] for n, p in enumerate(packs) for e in p)
    checks = [{k["check"] for k in p[0]["items"][0]["lock"]["keys"]} for p in packs]
    assert checks[0].isdisjoint(checks[1])
    case = load_case(CASE)
    real_first = Lesson(LESSON, case, answer_key=True).exercise("backed-or-bare")
    right = real_first.items[0].accepted[0]
    common = {"id": "backed-or-bare", "title": "T", "prompt": "P"}
    assert build_sealed(packs[0][0], common).answer(1, right).correct is True
    swapped = build_sealed({**packs[0][0], "salt": salts[1]}, common)
    assert swapped.answer(1, right).correct is False


# -- 5. attribution and hedges outrank evidence -------------------------------------------


@pytest.mark.parametrize(
    "sentence, support",
    [
        ("The unrest was sparked by a price rise, officials said on 5 January.", "attributed"),
        ("On 5 January, officials said the price rise sparked the unrest.", "attributed"),
        ("The price rise may have sparked the unrest on 5 January.", "hedged"),
        ("The price rise sparked the unrest on 5 January.", "evidenced"),
        # A quoted guess stays a guess: the hedge outranks the attribution.
        ("The price rise probably sparked the unrest, the ministry said.", "hedged"),
        ("The price rise sparked the unrest.", "unsupported"),
    ],
)
def test_who_says_it_or_a_hedge_comes_before_a_date_in_the_support_label(sentence, support):
    """A date or record beside "officials said" or "may" is not evidence for the claim:
    the claim is still someone's word, or still unsure."""
    reading = explain_causal(sentence)
    assert reading.causal
    assert reading.support == support, [(s.kind, s.words) for s in reading.signals]


# -- 6. answer_key is True or False, nothing else -----------------------------------------


@pytest.mark.parametrize("value", [1, 0, 1.0, 0.0, "yes", "True", "", None, [True]])
def test_answer_key_must_be_true_or_false_not_something_like_it(tmp_path, value):
    """`answer_key=1` would show every answer and save nothing; `0` would look fine until
    someone typed 1. Each gets the same one line as `'yes'`, and nothing is written."""
    message = f"answer_key must be True or False (no quotes), not {value!r}"
    with pytest.raises(MedialitError) as caught:
        start(LESSON, answer_key=value, answers_folder=str(tmp_path / "answers"))
    assert str(caught.value) == message
    with pytest.raises(MedialitError) as caught:
        Lesson(LESSON, load_case(CASE), answer_key=value)
    assert str(caught.value) == message
    assert not (tmp_path / "answers").exists()


def test_answer_key_true_and_false_still_work(tmp_path):
    assert start(LESSON, answer_key=True, answers_folder=str(tmp_path)).answers is None
    assert start(LESSON, answer_key=False, answers_folder=str(tmp_path)).answers is not None


# -- 7. L.read escapes the text it shows --------------------------------------------------

SCRIPT = '<script>alert("read")</script>'
IMG = "<img src=x onerror=alert(1)>"
HOSTILE = f"""---
id: hostile
title: "Title {IMG}"
outlet: 'Outlet {SCRIPT}'
author: "*Author* [x](javascript:alert(2))"
date: 2022-01-05
composite: "A note {IMG}"
modelled_on: 'Nothing {SCRIPT}'
---

Prices rose {SCRIPT} on Tuesday.

Click [here](javascript:alert(3)) or see **this** and `code` {IMG}.

A third paragraph <b>bold</b> | with | pipes.
"""


@pytest.fixture
def hostile_lesson(case) -> Lesson:
    article = article_from_text(HOSTILE, "hostile.md")
    hostile = dataclasses.replace(
        case, articles={"hostile": article}, baseline="hostile", annotations={}
    )
    return Lesson(LESSON, copy.copy(hostile))


def _inert(markdown: str) -> None:
    lowered = markdown.lower()
    for raw in ("<script", "<img", "<b>"):
        assert raw not in lowered, f"{raw!r} reaches the notebook raw:\n{markdown}"
    assert not re.search(r"(?<!\\)\[[^\]]*(?<!\\)\]\(", markdown), "a live link"
    assert not re.search(r"(?<!\\)\*Author", markdown), "the author's Markdown is live"


@pytest.mark.parametrize("paragraphs", [None, 1, 2])
def test_read_shows_a_hostile_text_as_text(hostile_lesson, paragraphs):
    """Everything `L.read` takes from a text is escaped: body, title, outlet, author and
    the composite note. The plain-text twin still says what the text says."""
    view = hostile_lesson.read("hostile", paragraphs)
    _inert(view.markdown)
    assert "&lt;script&gt;" in view.markdown and "&lt;img" in view.markdown
    assert SCRIPT in view.text and "Prices rose" in view.text
    assert ("here" in view.text) == (paragraphs != 1)


def test_read_escapes_a_stand_in_text_too(hostile_lesson):
    view = hostile_lesson.read("wire-report")  # not in this case: the baseline stands in
    assert "this case's own texts" in view.markdown
    _inert(view.markdown)
    assert SCRIPT in view.text


# -- 8. an "about" hedge is approximate, never exact --------------------------------------


@pytest.mark.parametrize(
    "text, hedge",
    [
        ("about 2,500 troops", "about"),
        ("About 2,500 troops", "About"),
        ("around 2,500 troops", "around"),
        ("roughly 2,500 troops", "roughly"),
        ("approximately 2,500 troops", "approximately"),
        ("some 2,500 troops", "some"),
        ("an estimated 2,500 troops", "an estimated"),
        ("close to 2,500 troops", "close to"),
        ("2,500 troops or so", "or so"),
    ],
)
def test_an_approximate_hedge_is_read_as_approximate(text, hedge):
    (q,) = extract_quantities(f"The alliance sent {text} on Friday.")
    assert (q.value, q.unit, q.hedge) == (2500, "troops", hedge)
    assert q.approx is True and q.bound == "approx"
    assert q.as_json()["approx"] is True


def test_an_unhedged_figure_is_exact_and_a_hedge_on_the_first_covers_the_second():
    (exact,) = extract_quantities("The alliance sent 2,500 troops on Friday.")
    assert (exact.hedge, exact.approx, exact.bound) == (None, False, "exact")
    troops, tonnes = extract_quantities("about 19,000 troops and 5,000 tonnes of equipment")
    assert troops.bound == "approx"
    assert (tonnes.hedge, tonnes.approx, tonnes.bound) == ("about", True, "approx")


def test_the_ledger_check_allows_an_about_figure_its_margin(case):
    """The ledger says about 120 tenge a litre. "About 130" is within what "about" allows;
    a flat "130" is not. Read as exact, "about 130" would be called a conflict."""
    verdicts = {}
    for text in ("about 130", "130", "around 130"):
        sentence = f"After the cap ended the LPG price rose to {text} tenge a litre."
        (q,) = extract_quantities(sentence)
        verdicts[text] = check_quantity(q, sentence, case.facts, when="2022-01-05").verdict
    assert verdicts["about 130"] == verdicts["around 130"] == "consistent"
    assert verdicts["130"] in ("close", "conflicts")


def test_json_keeps_the_hedge():
    (q,) = extract_quantities("Some 40 buses left.")
    assert json.loads(json.dumps(q.as_json()))["hedge"] == "Some"
