"""What a student pack shows where the full kit would set a display beside the key.

The pack's exercises are sealed (`medialit.exercises.sealed`), so a view that compares
something with the key can only compare it with the student's answers, and says so.
"""

from __future__ import annotations

from medialit.detectors import explain_causal
from medialit.exercises import LabelExercise
from medialit.notebook.causal import detector_label
from medialit.shown import Shown, escape_md, shown

NO_KEY_HERE = (
    "*Student pack: the key is sealed, so the detector is set beside your answers only, "
    "not beside the key. The exercise above tells you whether each answer of yours is "
    "right; where you and the detector differ, ask which reading the words support.*"
)


def detector_beside_sealed(exercise: LabelExercise, mapping: dict[str, str]) -> Shown:
    """The causal-claim detector beside a student's answers to a sealed exercise.

    >>> from medialit.exercises.base import Item
    >>> ex = LabelExercise("demo", "Demo", "Sort it.", {"cause": "Cause", "order": "Order"},
    ...     [Item("It fell because of rain.", (), "")])
    >>> mapping = {"unsupported": "cause", "not-causal": "order"}
    >>> "Answer the exercise above first" in detector_beside_sealed(ex, mapping).text
    True
    >>> _ = ex.answer(1, "order")
    >>> print(detector_beside_sealed(ex, mapping).text.splitlines()[4])
    The detector differs from you on 1 of 1 item(s) you answered: 1.
    """
    rows, differ, waiting = [], [], []
    for index, item in enumerate(exercise.items):
        yours = exercise.first.get(index)
        if yours is None:
            waiting.append(str(index + 1))
            continue
        reading = explain_causal(item.prompt)
        guess = detector_label(reading, mapping)
        lines = reading.explanations()
        why = "; ".join(escape_md(line) for line in lines) if lines else "no signal found"
        same = "agrees with you" if guess == yours else "differs from you"
        if guess != yours:
            differ.append(str(index + 1))
        rows.append(
            f"{index + 1}. {escape_md(item.prompt)}\n"
            f"   - You: {escape_md(exercise.labels[yours])}\n"
            f"   - Detector: {escape_md(exercise.labels.get(guess, 'no answer'))} ({same}): {why}"
        )
    if rows:
        answered = len(rows)
        summary = (
            f"The detector differs from you on {len(differ)} of {answered} item(s) you answered"
            + (f": {', '.join(differ)}." if differ else ".")
        )
        if waiting:
            summary += f" Answer item(s) {', '.join(waiting)} and run this cell again."
    else:
        summary = "Answer the exercise above first; then run this cell again."
    return shown("\n\n".join(["#### The detector beside you", NO_KEY_HERE, summary, *rows]))
