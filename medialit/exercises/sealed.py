"""Sealed exercises for the student pack: feedback without readable answers.

A sealed exercise knows whether an answer is right without carrying the answer.
Each accepted answer (a label, a claim-matrix cell's stance, or a number on a fine
grid across the accepted range) becomes a *lock*: a salted SHA-256 check, plus the
reason for the answer encrypted with a key that only an accepted answer produces. A right answer
opens the lock and shows the reason; a wrong one gets "not quite" and, where the
case gives one, the reason that wrong option is wrong (sealed the same way).
The answer itself is never shown: the pack has no key to show.

This hides answers from a student reading the files. It does not stop a student
who writes a program to try every option or every number with the same code:
see `PACK_LIMITS`, which the pack's README repeats.
"""

from __future__ import annotations

import base64
import hashlib
import math
import secrets

from medialit.errors import MedialitError
from medialit.exercises.base import Exercise, Feedback, Item, as_sentence
from medialit.exercises.freetext import FreeTextExercise
from medialit.exercises.label import ChoiceExercise, LabelExercise
from medialit.exercises.matrix import MatrixCell, MatrixExercise, baseline_note, flag_note
from medialit.exercises.number import NumberExercise
from medialit.shown import escape_md

GRID_MAX = 5000  # at most this many accepted grid points per number exercise
SEALED_NOTE = (
    "*Student pack: the answers are sealed. You are told whether an answer is right, "
    "and why once it is, but the pack never shows the answer itself.*"
)
UNCHECKED_NOTE = (
    "*Student pack: this exercise cannot be checked here, and the pack has no model "
    "answer. Your answer is saved for your teacher, who will go through it with you.*"
)
PACK_LIMITS = """\
- The pack holds no answer in readable form: accepted labels and numbers are stored
  only as salted SHA-256 checks, and the reasons are encrypted with keys that only an
  accepted answer produces.
- The salt ships with the pack (the checks run offline, on the student's computer), so
  this is not secret-keeping. A student who writes a short program can try every option
  of a label exercise, or every number on the checking grid, against the checks and
  recover the whole key, reasons included, in seconds. Clicking every option by hand
  does the same more slowly; the buttons allow that anyway.
- What the teacher keeps: scores count each item's *first* answer, and every attempt made
  in the notebook is saved in the student's answers file, so trying every option there
  shows up in `medialit report`. A separate program that tests the checks leaves no trace.
- Numbers are checked on a grid one tenth as fine as the figures in the key (for a key
  of 2 to 2.4, steps of 0.01): an answer within half a step of the range counts. The pack
  cannot say "too high" or "too low" without giving the range away, so it does not.
- The claim matrix (lesson 02) is sealed cell by cell the same way. The cells given as
  examples stay readable, with their reasons; the case's `claims.yml` in the pack keeps
  the claims, the examples and the hedge-drift pairs, but no stance or reason for any
  other cell, and not the teacher's notes on the drift pairs. Cells that can raise the
  flag ("goes further than the baseline") are marked in the sealed exercise, which tells
  a student reading the file that the baseline does not state that claim flatly: the
  lesson shows the baseline's column as examples anyway.
- Free-text exercises cannot be checked, and the pack carries no model answer for them.
- For marks that matter, use the saved answers and your own judgement, not the
  self-check score alone."""


def _digest(*parts: object) -> bytes:
    hasher = hashlib.sha256()
    for part in parts:
        data = part if isinstance(part, bytes) else str(part).encode("utf-8")
        hasher.update(len(data).to_bytes(4, "big") + data)
    return hasher.digest()


def _stream(key: bytes, length: int) -> bytes:
    blocks = (_digest(b"stream", key, n) for n in range(length // 32 + 1))
    return b"".join(blocks)[:length]


def _xor(data: bytes, pad: bytes) -> bytes:
    return bytes(a ^ b for a, b in zip(data, pad, strict=True))


def encrypt(key: bytes, text: str) -> str:
    """`text` encrypted under `key`, with a tag so a wrong key is noticed.

    >>> box = encrypt(b"k" * 32, "Because.")
    >>> "Because" in box, decrypt(b"k" * 32, box), decrypt(b"x" * 32, box)
    (False, 'Because.', None)
    """
    data = text.encode("utf-8")
    tag = _digest(b"tag", key, data)[:12]
    return base64.b64encode(tag + _xor(data, _stream(key, len(data)))).decode("ascii")


def decrypt(key: bytes, box: str) -> str | None:
    """The text in `box`, or None when `key` is not the one it was sealed with.

    >>> decrypt(b"k" * 32, encrypt(b"k" * 32, "Hi"))
    'Hi'
    """
    raw = base64.b64decode(box)
    tag, body = raw[:12], raw[12:]
    data = _xor(body, _stream(key, len(body)))
    return data.decode("utf-8") if _digest(b"tag", key, data)[:12] == tag else None


def make_lock(salt: str, place: str, tokens: list[str], reason: str) -> dict:
    """A lock that any of `tokens` opens, revealing `reason`; none of them is stored.

    >>> lock = make_lock("s", "ex/1", ["bare"], "Nothing backs it.")
    >>> open_lock(lock, "s", "ex/1", "bare"), open_lock(lock, "s", "ex/1", "source")
    ('Nothing backs it.', None)
    """
    secret = secrets.token_bytes(32)
    keys = []
    for token in tokens:
        key = _digest(b"key", salt, place, token)
        keys.append(
            {
                "check": _digest(b"check", key).hex()[:32],
                "wrapped": base64.b64encode(_xor(secret, _digest(b"wrap", key))).decode(),
            }
        )
    keys.sort(key=lambda k: k["check"])  # the order says nothing about the tokens
    return {"keys": keys, "reason": encrypt(secret, reason)}


def open_lock(lock: dict, salt: str, place: str, token: str) -> str | None:
    """The lock's reason if `token` is one of the accepted answers, else None.

    >>> open_lock(make_lock("s", "q/1", ["who", "others"], "Why."), "s", "q/1", "others")
    'Why.'
    """
    key = _digest(b"key", salt, place, token)
    check = _digest(b"check", key).hex()[:32]
    for entry in lock.get("keys", []):
        if entry.get("check") == check:
            secret = _xor(base64.b64decode(entry["wrapped"]), _digest(b"wrap", key))
            return decrypt(secret, lock["reason"])
    return None


# -- numbers on a grid
def _decimals(value: float) -> int:
    text = f"{value:.10f}".rstrip("0")
    return len(text.split(".")[1]) if "." in text else 0


def number_grid(low: float, high: float) -> tuple[int, list[int]]:
    """The grid's places and the accepted grid points for a range.

    >>> number_grid(2, 2.4)[0], len(number_grid(2, 2.4)[1])
    (2, 41)
    >>> number_grid(3, 3)
    (1, [30])
    """
    places = max(_decimals(low), _decimals(high)) + 1
    while places > -6 and (high - low) * 10**places > GRID_MAX:
        places -= 1
    step = 10.0**-places
    first, last = math.ceil(low / step - 1e-9), math.floor(high / step + 1e-9)
    return places, list(range(first, last + 1))


def grid_point(number: float, places: int) -> str:
    """A typed number as a grid point (what the number locks check).

    >>> grid_point(2.2, 2), grid_point(2.999, 1)
    ('220', '30')
    """
    return str(round(number * 10**places))


# -- sealing built exercises
def seal(exercise: Exercise, salt: str) -> dict:
    """An exercise as a sealed entry for a pack's `exercises.yml` (no answer in it).

    >>> entry = seal(NumberExercise("n", "N", "How many?", answer=3, why="Three."), "salt")
    >>> entry["seals"], "Three" in str(entry), 3 in entry.values()
    ('number', False, False)
    """
    common = {"id": exercise.id, "kind": "sealed", "title": exercise.title}
    common.update(prompt=exercise.prompt, salt=salt)
    place = f"{exercise.id}"
    if isinstance(exercise, MatrixExercise):
        return {**common, **_seal_matrix(exercise, salt)}
    if isinstance(exercise, LabelExercise):
        items = []
        for index, item in enumerate(exercise.items):
            where = f"{place}/{index + 1}"
            wrong = [
                make_lock(salt, f"{where}/wrong", [label], reason)
                for label, reason in item.wrong_why.items()
            ]
            entry = {"text": item.prompt, "source": item.source}
            entry["lock"] = make_lock(salt, where, list(item.accepted), item.why)
            entry["wrong"] = sorted(wrong, key=lambda w: w["keys"][0]["check"])
            items.append(entry)
        body = {"labels": dict(exercise.labels), "items": items}
        if isinstance(exercise, ChoiceExercise):
            body = {"options": dict(exercise.labels), "hint": exercise.items[0].hint, **body}
            del body["labels"]
            body["seals"] = "choice"
        else:
            body["seals"] = "label"
            if exercise.flag:
                body["flag"] = exercise.flag
        return {**common, **body}
    if isinstance(exercise, NumberExercise):
        places, points = number_grid(exercise.low, exercise.high)
        return {
            **common,
            "seals": "number",
            "unit": exercise.unit,
            "hint": exercise.hint,
            "places": places,
            "lock": make_lock(salt, place, [str(p) for p in points], exercise.why),
        }
    return {**common, "seals": "unchecked", "was": exercise.kind}


def _seal_matrix(exercise: MatrixExercise, salt: str) -> dict:
    """A claim matrix's sealed body: given cells readable, every other cell a lock."""
    cells: dict[str, dict] = {}
    for (row, col), cell in sorted(exercise.cells.items()):
        name = exercise.cell_name(row, col)
        if cell.given:  # a worked example: the lesson shows it, reason and all
            cells[name] = {"example": {"stance": cell.item.accepted[0], "reason": cell.item.why}}
            continue
        where = f"{exercise.id}/{name}"
        accepted = list(cell.item.accepted)
        others = [k for k in exercise.labels if k not in accepted]
        entry: dict = {"lock": make_lock(salt, where, accepted, cell.item.why)}
        if cell.item.hint and others:  # any wrong stance opens the hint, never a right one
            entry["hint"] = make_lock(salt, f"{where}/hint", others, cell.item.hint)
        wrong = [
            make_lock(salt, f"{where}/wrong", [label], reason)
            for label, reason in cell.item.wrong_why.items()
        ]
        if wrong:
            entry["wrong"] = sorted(wrong, key=lambda w: w["keys"][0]["check"])
        if cell.watch:
            entry["watch"] = True
        cells[name] = entry
    body = {
        "seals": "matrix",
        "stances": dict(exercise.labels),
        "explanations": dict(exercise.explanations),
        "rows": list(exercise.rows),
        "columns": list(exercise.columns),
        "flag": exercise.flag,
        "flag_stances": list(exercise.flag_labels),
        "cells": cells,
    }
    if exercise.baseline is not None:  # a column letter, so no number is in the entry
        body["baseline"] = chr(ord("A") + exercise.baseline)
    return body


class SealedLabelExercise(LabelExercise):
    """A label exercise whose answers are locks: right or not, never the answer itself."""

    def __init__(self, id, title, prompt, labels, items, locks, wrong, *, salt, **kwargs):
        super().__init__(id, title, prompt, labels, items, **kwargs)
        self.locks, self.wrong, self.salt = locks, wrong, salt

    def _reason(self, index: int, key: str) -> str | None:
        return open_lock(self.locks[index], self.salt, f"{self.id}/{index + 1}", key)

    def _wrong_reason(self, index: int, key: str) -> str:
        for lock in self.wrong[index]:
            reason = open_lock(lock, self.salt, f"{self.id}/{index + 1}/wrong", key)
            if reason:
                return reason
        return ""

    def _record(self, index: int, key: str) -> Feedback:
        self.first.setdefault(index, key)
        self.latest[index] = key
        reason = self._reason(index, key)
        if reason is not None:
            feedback = Feedback(
                True, f"**Right: {escape_md(self.labels[key])}.** {escape_md(reason)}"
            )
        else:
            tries = self.wrong_tries[index] = self.wrong_tries.get(index, 0) + 1
            why = self._wrong_reason(index, key) or (self.items[index].hint if tries == 1 else "")
            why = f" {escape_md(why)}" if why else ""
            ask = (
                " Have another look and try again."
                if tries == 1
                else " This pack does not show the answer: try again, or ask your teacher."
            )
            feedback = Feedback(False, f"**Not quite.**{why}{ask}")
        self.item_feedback[index] = feedback
        self._refresh(index, feedback)
        return feedback

    def _is_right(self, index: int, key: str) -> bool:
        """Right when the answer opens the item's lock (`score` is the label exercise's own)."""
        return self._reason(index, key) is not None

    def _mixup(self, index: int, given: str) -> str:
        return f"'{self.labels[given]}' is not what the key says"

    def _student_markdown(self) -> str:
        return f"{super()._student_markdown()}\n\n{SEALED_NOTE}"

    def _key_markdown(self) -> str:
        return f"{self._heading(key=True)}*The student pack carries no answer key.*"


class SealedChoiceExercise(SealedLabelExercise):
    """A one-question choice, sealed."""

    kind = "choice"

    answer = ChoiceExercise.answer
    _click = ChoiceExercise._click

    def _student_markdown(self) -> str:
        return f"{ChoiceExercise._student_markdown(self)}\n\n{SEALED_NOTE}"


class SealedNumberExercise(NumberExercise):
    """A number exercise checked on a grid of sealed points; the value is not in the pack."""

    def __init__(self, id, title, prompt, *, lock, places, salt, unit="", hint="", **kwargs):
        super().__init__(id, title, prompt, answer=0, unit=unit, why="", hint=hint, **kwargs)
        self.lock, self.places, self.salt = lock, places, salt

    def accepts(self, number: float) -> bool:
        """True when the number opens the lock."""
        return self._reason(number) is not None

    def _reason(self, number: float) -> str | None:
        return open_lock(self.lock, self.salt, self.id, grid_point(number, self.places))

    def _record(self, number: float) -> Feedback:
        if self.first is None:
            self.first = number
        self.latest = number
        reason = self._reason(number)
        if reason is not None:
            feedback = Feedback(True, f"**Right.** {escape_md(reason)}")
        else:
            self.wrong_tries += 1
            if self.wrong_tries == 1 and self.hint:
                feedback = Feedback(False, f"**Not quite.** Hint: {escape_md(self.hint)}")
            else:
                feedback = Feedback(
                    False,
                    "**Not quite.** This pack does not show the answer: check your working, "
                    "try again, or ask your teacher.",
                )
        return self._publish(feedback)

    def _student_markdown(self) -> str:
        return f"{super()._student_markdown()}\n\n{SEALED_NOTE}"

    def _key_markdown(self) -> str:
        return f"{self._heading(key=True)}*The student pack carries no answer key.*"


class SealedMatrixExercise(MatrixExercise):
    """A claim matrix whose cells are locks: right or not, never the stance itself.

    Widget, text fallback and typed answers (`q1.answer("B3", "asserts")`) are the
    matrix's own; a right stance opens the cell's reason, a wrong one its hint.

    >>> cells = [MatrixCell(0, 0, Item("C", ("attributes",), "Quoted."), given=True),
    ...     MatrixCell(0, 1, Item("C", ("asserts",), "Built on.", "Read on."), watch=True)]
    >>> real = MatrixExercise("m", "M", "Fill it.", {"asserts": "asserts",
    ...     "attributes": "attributes"}, ["C"], ["Wire", "Paper"], cells, baseline=0)
    >>> ex = build_sealed(seal(real, "salt"), {"id": "m", "title": "M", "prompt": "Fill it."})
    >>> feedback = ex.answer("B1", "attributes").markdown
    >>> "A miss: Paper goes further" in feedback, "(Wire) only reports who" in feedback
    (True, True)
    >>> "Hint: Read on." in feedback, "asserts" in feedback
    (True, False)
    >>> ex.answer("B1", "asserts").markdown
    '**Right: B1 · Paper, asserts.** Built on. A hit: it goes further than the baseline.'
    """

    def __init__(self, *args, locks, hints, wrong, salt, **kwargs):
        super().__init__(*args, **kwargs)
        self.locks, self.hints, self.wrong, self.salt = locks, hints, wrong, salt

    def _place(self, cell: MatrixCell) -> tuple[str, str]:
        name = self.cell_name(cell.row, cell.col)
        return name, f"{self.id}/{name}"

    def _reason(self, cell: MatrixCell, key: str) -> str | None:
        name, place = self._place(cell)
        return open_lock(self.locks.get(name, {}), self.salt, place, key)

    def _key_flat(self, cell: MatrixCell) -> bool:
        """True when the key states the claim flatly (a flag stance opens the lock)."""
        return any(self._reason(cell, k) is not None for k in self.flag_labels)

    def _hint(self, cell: MatrixCell, key: str) -> str:
        name, place = self._place(cell)
        for lock in self.wrong.get(name, []):
            reason = open_lock(lock, self.salt, f"{place}/wrong", key)
            if reason:
                return reason
        hint = self.hints.get(name)
        return (open_lock(hint, self.salt, f"{place}/hint", key) or "") if hint else ""

    def _flag_note(self, cell: MatrixCell, key: str) -> str:
        if not cell.watch or self._reason(cell, key) is not None:
            return ""
        raised, key_flat = key in self.flag_labels, self._key_flat(cell)
        column, baseline = self.columns[cell.col], ""
        base = self.cells.get((cell.row, self.baseline)) if self.baseline is not None else None
        if base is not None and base.given:  # only an example's stance may be named
            baseline = baseline_note(self.columns[self.baseline], base.item.accepted[0])
        return flag_note(column, raised, key_flat, baseline)

    def _record(self, cell: MatrixCell, key: str) -> Feedback:
        name = self.cell_name(cell.row, cell.col)
        self.first.setdefault(name, key)
        self.latest[name] = key
        where = f"{name} · {escape_md(self.columns[cell.col])}"
        reason = self._reason(cell, key)
        if reason is not None:
            hit = (
                " A hit: it goes further than the baseline."
                if cell.watch and key in self.flag_labels
                else ""
            )
            text = f"**Right: {where}, {escape_md(self.labels[key])}.** {escape_md(reason)}{hit}"
            feedback = Feedback(True, text)
        else:
            tries = self.wrong_tries[name] = self.wrong_tries.get(name, 0) + 1
            note = self._flag_note(cell, key)
            note = f" {escape_md(note)}" if note else ""
            hint = self._hint(cell, key) if tries == 1 else ""
            hint = f" Hint: {escape_md(as_sentence(hint))}" if hint else ""
            ask = (
                " Have another look and try again."
                if tries == 1
                else " This pack does not show the answer: try again, or ask your teacher."
            )
            feedback = Feedback(False, f"**Not quite: {where}.**{note}{hint}{ask}")
        self._refresh(name, feedback)
        return feedback

    def _is_right(self, cell: MatrixCell, key: str) -> bool:
        """Right when the stance opens the cell's lock (`score` is the matrix's own)."""
        return self._reason(cell, key) is not None

    def _mixup(self, name: str, given: str, cell: MatrixCell) -> str:
        return f"{name}: you chose '{self.labels[given]}', which is not what the key says"

    def _student_markdown(self) -> str:
        return f"{super()._student_markdown()}\n\n{SEALED_NOTE}"

    def _key_markdown(self) -> str:
        return f"{self._heading(key=True)}*The student pack carries no answer key.*"


def _cell_at(name: str) -> tuple[int, int]:
    """A cell's (row, column) from its spreadsheet name.

    >>> _cell_at("C2")
    (1, 2)
    """
    return int(name[1:]) - 1, ord(name[0].upper()) - ord("A")


def _build_sealed_matrix(spec: dict, common: dict, salt: str) -> SealedMatrixExercise:
    rows, columns = list(spec.get("rows") or []), list(spec.get("columns") or [])
    cells, locks, hints, wrong = [], {}, {}, {}
    for name, entry in (spec.get("cells") or {}).items():
        row, col = _cell_at(str(name))
        example = entry.get("example")
        if example:
            item = Item(rows[row], (str(example["stance"]),), str(example.get("reason") or ""))
        else:
            item = Item(rows[row], (), "", "", columns[col])
            locks[name], wrong[name] = entry["lock"], entry.get("wrong") or []
            if entry.get("hint"):
                hints[name] = entry["hint"]
        cells.append(MatrixCell(row, col, item, bool(example), bool(entry.get("watch"))))
    baseline = spec.get("baseline")
    return SealedMatrixExercise(
        labels=dict(spec.get("stances") or {}),
        rows=rows,
        columns=columns,
        cells=cells,
        baseline=_cell_at(f"{baseline}1")[1] if baseline else None,
        flag=str(spec.get("flag") or "Goes further than the baseline"),
        flag_labels=tuple(spec.get("flag_stances") or ("asserts", "denies")),
        explanations=dict(spec.get("explanations") or {}),
        locks=locks,
        hints=hints,
        wrong=wrong,
        salt=salt,
        **common,
    )


class UncheckedExercise(FreeTextExercise):
    """An exercise the pack cannot check (free text, or a kind it cannot seal): saved only."""

    def __init__(self, id, title, prompt, **kwargs):
        super().__init__(id, title, prompt, model_answer="", min_words=1, **kwargs)

    def answer(self, *parts: object) -> Feedback:
        """Save an answer (any form); the pack says plainly it cannot check it."""
        text = " ".join(str(p) for p in parts).strip()
        if not text:
            return Feedback(None, f'Type your answer in quotes: `{self.handle}.answer("...")`.')
        self.text = text
        return self._publish(Feedback(True, f"**Saved for your teacher.** {UNCHECKED_NOTE}"))

    def _student_markdown(self) -> str:
        help_line = self._typed_help('answer("...")', "your answer")
        return f"{self._heading()}{UNCHECKED_NOTE}\n\n{help_line}"

    def _key_markdown(self) -> str:
        return f"{self._heading(key=True)}*The student pack carries no answer key.*"


def build_sealed(spec: dict, common: dict) -> Exercise:
    """A sealed exercise from its entry in a pack's `exercises.yml`.

    >>> entry = seal(NumberExercise("n", "N", "How many?", answer=3, why="Three."), "salt")
    >>> ex = build_sealed(entry, {"id": "n", "title": "N", "prompt": "How many?"})
    >>> ex.answer(3).markdown, ex.answer(4).correct
    ('**Right.** Three.', False)
    """
    seals = spec.get("seals")
    salt = str(spec.get("salt") or "")
    if seals in ("label", "choice"):
        raw = spec.get("items") or []
        labels = spec.get("labels") or spec.get("options") or {}
        hint = str(spec.get("hint") or "")
        items = [Item(str(r["text"]), (), "", hint, str(r.get("source") or "")) for r in raw]
        locks = [r["lock"] for r in raw]
        wrong = [r.get("wrong") or [] for r in raw]
        if seals == "choice":
            return SealedChoiceExercise(
                labels=labels, items=items, locks=locks, wrong=wrong, salt=salt, **common
            )
        return SealedLabelExercise(
            labels=labels,
            items=items,
            locks=locks,
            wrong=wrong,
            salt=salt,
            flag=spec.get("flag"),
            **common,
        )
    if seals == "number":
        return SealedNumberExercise(
            lock=spec["lock"],
            places=int(spec["places"]),
            salt=salt,
            unit=str(spec.get("unit") or ""),
            hint=str(spec.get("hint") or ""),
            **common,
        )
    if seals == "matrix":
        return _build_sealed_matrix(spec, common, salt)
    if seals == "unchecked":
        return UncheckedExercise(**common)
    raise MedialitError(f"seals '{seals}' is not one of label, choice, number, matrix, unchecked")
