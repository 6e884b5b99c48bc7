"""Sealed exercises in a student's notebook: feedback without readable answers.

The student pack carries each exercise as locks (`medialit.exercises.seal` made them
when the pack was built). A right answer opens its lock and shows the reason; a
wrong one gets "not quite" and, where the case gives one, the reason that wrong
option is wrong (sealed the same way). The answer itself is never shown: the pack
has no key to show. What this does not protect against is in `PACK_LIMITS`.
"""

from __future__ import annotations

from collections.abc import Sequence

from medialit.errors import MedialitError
from medialit.exercises.base import Exercise, Feedback, Item, as_sentence
from medialit.exercises.evidence import sealed_points
from medialit.exercises.freetext import FreeTextExercise, evidence_prompt
from medialit.exercises.label import ChoiceExercise, LabelExercise
from medialit.exercises.locks import grid_point, open_lock
from medialit.exercises.matrix import MatrixCell, MatrixExercise, baseline_note, flag_note
from medialit.exercises.number import NumberExercise
from medialit.exercises.summative import SummativeExercise, quote_runs
from medialit.exercises.technique import Passage, TechniqueExercise
from medialit.shown import escape_md

SEALED_NOTE = (
    "*Student pack: the answers are sealed. You are told whether an answer is right, "
    "and why once it is, but the pack never shows the answer itself.*"
)
UNCHECKED_NOTE = (
    "*Student pack: this exercise cannot be checked here, and the pack has no model "
    "answer. Your answer is saved for your teacher, who will go through it with you.*"
)


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


class SealedSummativeExercise(SealedLabelExercise, SummativeExercise):
    """Lesson 06's exercise, sealed: the labels are locks, and so are the words a reason
    must quote (each run of words a quote holds is tried against the item's lock)."""

    kind = "summative"

    def __init__(self, id, title, prompt, labels, items, locks, wrong, deciding, **kwargs):
        n = len(items)
        super().__init__(id, title, prompt, labels, items, locks, wrong,
                         deciding=[()] * n, models=[""] * n, **kwargs)  # fmt: skip
        self.deciding_locks = list(deciding)

    def _decides(self, index: int, quote: str) -> bool:
        lock = self.deciding_locks[index]
        if not lock:
            return len(quote_runs(quote)) > 1
        place = f"{self.id}/{index + 1}/deciding"
        return any(open_lock(lock, self.salt, place, run) for run in quote_runs(quote))

    def _student_markdown(self) -> str:
        return f"{SummativeExercise._student_markdown(self)}\n\n{SEALED_NOTE}"


class SealedChoiceExercise(SealedLabelExercise):
    """A one-question choice, sealed."""

    kind = "choice"

    answer = ChoiceExercise.answer
    usage = ChoiceExercise.usage
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
    >>> from medialit.exercises.seal import seal
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
    """An exercise the pack cannot check (free text, or a kind it cannot seal): saved only.

    A free-text one asks for evidence first, as the full kit does (`FreeTextExercise`).
    """

    def __init__(self, id, title, prompt, **kwargs):
        super().__init__(id, title, prompt, model_answer="", min_words=1, **kwargs)

    def answer(self, *parts: object) -> Feedback:
        """Save an answer (any form) once it gives evidence; the pack cannot check it."""
        text = " ".join(str(p) for p in parts).strip()
        if not text:
            return Feedback(None, f'Type your answer in quotes: `{self.handle}.answer("...")`.')
        found = self.evidence(text)
        if found is not None and not found.found:
            prompt = evidence_prompt(self.handle, [], hidden=bool(self.points))
            return self._publish(Feedback(False, prompt))
        self.text = text
        return self._publish(Feedback(True, f"**Saved for your teacher.** {UNCHECKED_NOTE}"))

    def _student_markdown(self) -> str:
        help_line = self._typed_help('answer("...")', "your answer")
        return f"{self._heading()}{UNCHECKED_NOTE}\n\n{help_line}"

    def _key_markdown(self) -> str:
        return f"{self._heading(key=True)}*The student pack carries no answer key.*"


class SealedTechniqueExercise(TechniqueExercise):
    """Name the technique with sealed keys: right or not, and why once right; never the key."""

    def _record(self, index: int, named: tuple[str, ...], words: str) -> Feedback:
        tries = self.wrong_tries.get(index, 0)
        feedback = super()._record(index, named, words)
        if not feedback.correct and tries >= 1:  # the base would give the key away here
            feedback = Feedback(
                False,
                "**Not quite.** This pack does not show the answer: try again, or ask your "
                "teacher." + words,
            )
            self.item_feedback[index] = feedback
        return feedback

    def _student_markdown(self) -> str:
        return f"{super()._student_markdown()}\n\n{SEALED_NOTE}"

    def _key_markdown(self) -> str:
        return f"{self._heading(key=True)}*The student pack carries no answer key.*"


def build_sealed_technique(spec: dict, common: dict, salt: str) -> SealedTechniqueExercise:
    """A sealed name-the-technique exercise from its pack entry; its locks give each key.

    >>> from medialit.exercises.seal import seal_technique
    >>> ex = TechniqueExercise("t", "T", "P", {"loaded-language": "Loaded"},
    ...     [Passage("Bandits came.", ("loaded-language",), "A label.")])
    >>> sealed = build_sealed_technique(seal_technique(ex, "s"), {"id": "t", "title": "T",
    ...     "prompt": "P"}, "s")
    >>> sealed.answer(1, "none").correct, sealed.answer(1, "none").markdown[:38]
    (False, '**Not quite.** This pack does not show')
    >>> sealed.answer(1, "loaded").markdown
    '**Right: Loaded.** A label.'
    """
    labels = dict(spec.get("labels") or {})
    items = []
    for n, raw in enumerate(spec.get("items") or [], start=1):
        where = f"{common['id']}/{n}"
        opened = {k: open_lock(raw["lock"], salt, where, k) for k in labels}
        listed = tuple(k for k, reason in opened.items() if reason is not None)
        also = [k for k in labels if open_lock(raw["also"], salt, f"{where}/also", k) is not None]
        why = next((r for r in opened.values() if r is not None), "")
        hint, source = str(raw.get("hint") or ""), str(raw.get("source") or "")
        items.append(Passage(str(raw["text"]), listed, why, hint, source, also=tuple(also)))
    sealed = SealedTechniqueExercise(labels=labels, items=items, **common)
    wording = spec.get("wording") if isinstance(spec.get("wording"), dict) else {}
    if wording:  # a chart exercise: its items are charts and its labels flaws
        sealed.item_word = str(wording.get("item") or sealed.item_word)
        sealed.label_word = str(wording.get("label") or sealed.label_word)
        sealed.asks_words = bool(wording.get("words"))
        sealed.choice_hints = {str(k): str(v) for k, v in (wording.get("hints") or {}).items()}
    return sealed


def build_sealed(spec: dict, common: dict, sources: Sequence[str] = ()) -> Exercise:
    """A sealed exercise from its entry in a pack's `exercises.yml`.

    >>> from medialit.exercises.seal import seal
    >>> entry = seal(NumberExercise("n", "N", "How many?", answer=3, why="Three."), "salt")
    >>> ex = build_sealed(entry, {"id": "n", "title": "N", "prompt": "How many?"})
    >>> ex.answer(3).markdown, ex.answer(4).correct
    ('**Right.** Three.', False)
    """
    seals = spec.get("seals")
    salt = str(spec.get("salt") or "")
    if seals in ("label", "choice", "summative"):
        raw = spec.get("items") or []
        labels = spec.get("labels") or spec.get("options") or {}
        hint = str(spec.get("hint") or "")
        items = [
            Item(str(r["text"]), (), "", str(r.get("hint") or hint), str(r.get("source") or ""))
            for r in raw
        ]
        locks = [r["lock"] for r in raw]
        wrong = [r.get("wrong") or [] for r in raw]
        if seals == "summative":
            return SealedSummativeExercise(
                labels=labels, items=items, locks=locks, wrong=wrong, salt=salt,
                deciding=[r.get("deciding") for r in raw], flag=spec.get("flag"), **common,
            )  # fmt: skip
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
    if seals == "technique":
        return build_sealed_technique(spec, common, salt)
    if seals == "unchecked":  # free text asks for evidence: a quote from `sources`, or a point
        free = spec.get("was") == "free-text"
        points = sealed_points(spec.get("look_for") or [], salt, str(common["id"]))
        return UncheckedExercise(**common, look_for=points, sources=sources if free else ())
    raise MedialitError(
        f"seals '{seals}' is not one of label, choice, summative, number, matrix, technique, "
        "unchecked"
    )
