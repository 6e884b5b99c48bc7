"""Sealing exercises when the student pack is built: every answer becomes a lock.

A sealed exercise knows whether an answer is right without carrying the answer.
Each accepted answer (a label, a claim-matrix cell's stance, a number on a fine grid
across the accepted range, or the words a lesson 06 reason must quote) becomes a *lock*
(`medialit.exercises.locks`): a salted SHA-256 check, plus the reason for the answer
encrypted with a key that only an accepted answer produces. Where the case says why a
wrong option is wrong, that reason is sealed the same way. The pack's notebooks check
answers with `medialit.exercises.sealed`.

This hides answers from a student reading the files. It does not stop a student
who writes a program to try every option or every number with the same code:
see `PACK_LIMITS`, which the pack's README repeats.
"""

from __future__ import annotations

from medialit.exercises.base import Exercise, Item
from medialit.exercises.evidence import LookFor, seal_points
from medialit.exercises.freetext import FreeTextExercise
from medialit.exercises.label import ChoiceExercise, LabelExercise
from medialit.exercises.locks import make_lock, number_grid
from medialit.exercises.matrix import MatrixExercise
from medialit.exercises.number import NumberExercise
from medialit.exercises.summative import SummativeExercise, deciding_tokens
from medialit.exercises.technique import TechniqueExercise

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
- The pre/post check (lessons 00 and 06, the case's `check.yml`) is sealed the same way,
  item by item. Its score counts first answers only, so a student who tries every option
  in the notebook gains nothing there, and the attempts are in the answers file.
- Free-text exercises cannot be checked, and the pack carries no model answer for them.
  Before saving an answer they ask for evidence, as the full kit does: words quoted from the
  case's texts, or one of the points to look for, which the pack carries as locks.
- For marks that matter, use the saved answers and your own judgement, not the
  self-check score alone."""


def wrong_locks(salt: str, where: str, item: Item) -> list[dict]:
    """A lock for each reason a wrong label opens (that label's hint, or the item's
    `wrong_why` for it), in an order that does not tell which label is which.

    >>> item = Item("They came.", ("bare",), "Nothing backs it.", wrong_why={"source": "Who?"})
    >>> locks = wrong_locks("salt", "ex/1", item)
    >>> len(locks), "Who?" in str(locks), "source" in str(locks)
    (1, False, False)
    """
    after = {**item.label_hints, **item.wrong_why}
    wrong = [make_lock(salt, f"{where}/wrong", [k], reason) for k, reason in after.items()]
    return sorted(wrong, key=lambda w: w["keys"][0]["check"])


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
    if isinstance(exercise, TechniqueExercise):
        return {**common, **seal_technique(exercise, salt)}
    if isinstance(exercise, LabelExercise):
        items = []
        for index, item in enumerate(exercise.items):
            where = f"{place}/{index + 1}"
            entry = {"text": item.prompt, "source": item.source}
            if item.hint and not isinstance(exercise, ChoiceExercise):
                entry["hint"] = item.hint  # an item's hint points at its words, not the answer
            entry["lock"] = make_lock(salt, where, list(item.accepted), item.why)
            entry["wrong"] = wrong_locks(salt, where, item)
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
        if isinstance(exercise, SummativeExercise):  # and the words a reason must quote
            body["seals"] = "summative"
            for index, entry in enumerate(items):
                words = deciding_tokens(exercise.deciding[index])
                where = f"{place}/{index + 1}/deciding"
                entry["deciding"] = make_lock(salt, where, words, "yes") if words else None
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
    body = {**common, "seals": "unchecked", "was": exercise.kind}
    if isinstance(exercise, FreeTextExercise) and exercise.points:  # sealed like answers
        points = [p for p in exercise.points if isinstance(p, LookFor)]
        body["look_for"] = seal_points(points, salt, place)
    return body


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
        wrong = wrong_locks(salt, where, cell.item)  # what a wrong stance opens
        if wrong:
            entry["wrong"] = wrong
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


def seal_technique(exercise: TechniqueExercise, salt: str) -> dict:
    """A name-the-technique exercise as a sealed entry: labels and passages, keys as locks.

    >>> from medialit.exercises.technique import Passage
    >>> ex = TechniqueExercise("t", "T", "P", {"loaded-language": "Loaded"},
    ...     [Passage("Bandits came.", ("loaded-language",), "A label.")])
    >>> entry = seal_technique(ex, "salt")
    >>> entry["seals"], "loaded-language" in str(entry["items"]), "A label" in str(entry)
    ('technique', False, False)
    """
    items = []
    for n, passage in enumerate(exercise.items, start=1):
        where = f"{exercise.id}/{n}"
        entry = {"text": passage.prompt, "source": passage.source, "hint": passage.hint}
        entry["lock"] = make_lock(salt, where, list(passage.accepted), passage.why)
        entry["also"] = make_lock(salt, f"{where}/also", list(passage.also), "")
        items.append(entry)
    entry = {"seals": "technique", "labels": dict(exercise.labels), "items": items}
    if exercise.item_word != TechniqueExercise.item_word:  # a kind that names its parts
        entry["wording"] = {
            "item": exercise.item_word,
            "label": exercise.label_word,
            "words": exercise.asks_words,
            "hints": dict(exercise.choice_hints),  # a hint for each label, never the key
        }
    return entry
