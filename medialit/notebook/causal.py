"""What lesson 04 shows of the causal-claim detector: its reading of a sentence, its
view beside a student's answers, and its results on real news sentences.

The detector is a second reader, not a judge: every view shows the words that
triggered it, and where it disagrees with the key the view says so. In a student
pack the key is sealed (`medialit.exercises.sealed`), so `detector_beside_sealed`
sets the detector beside the student's answers only, and says so.
"""

from __future__ import annotations

import random
import re

from medialit.detectors import CausalReading, explain_causal, read_cnc
from medialit.exercises import LabelExercise
from medialit.shown import Shown, escape_md, plain, shown

NOT_CAUSAL = "not-causal"
NO_KEY_HERE = (
    "*Student pack: the key is sealed, so the detector is set beside your answers only, "
    "not beside the key. The exercise above tells you whether each answer of yours is "
    "right; where you and the detector differ, ask which reading the words support.*"
)


def _reasons(reading: CausalReading) -> str:
    lines = reading.explanations()
    return "; ".join(escape_md(line) for line in lines) if lines else "no signal found"


def detector_card(sentence: str) -> Shown:
    """The detector's reading of one sentence, with every signal explained.

    >>> print(detector_card("Prices rose due to the tax.").text)
    "Prices rose due to the tax."
    Detector: causal claim, unsupported (score 1.5; 1 needed).
    - signal: 'due to' links a cause to an effect
    """
    reading = explain_causal(sentence)
    verdict = f"causal claim, {reading.support}" if reading.causal else "no causal claim"
    lines = [
        f'"{escape_md(sentence)}"  ',
        f"Detector: {verdict} (score {reading.score:g}; {reading.threshold:g} needed).",
    ]
    lines += [f"- {escape_md(line)}" for line in reading.explanations()]
    return Shown("\n".join(lines), plain("\n".join(lines)).replace("  \n", "\n"))


def detector_label(reading: CausalReading, mapping: dict[str, str]) -> str | None:
    """The exercise label the detector would choose, through the exercise's `map:`.

    >>> detector_label(explain_causal("It rose because of the tax."), {"unsupported": "bare"})
    'bare'
    """
    return mapping.get(reading.support if reading.causal else NOT_CAUSAL)


def detector_beside(exercise: LabelExercise, mapping: dict[str, str], answer_key: bool) -> Shown:
    """The detector's answer beside the student's (and the key's, once they can see it).

    In student mode an item shows the detector's view only after it has been answered,
    so the view never gives an answer away.

    >>> from medialit.exercises import Item
    >>> ex = LabelExercise("demo", "Demo", "Sort it.", {"cause": "Cause", "order": "Order"},
    ...     [Item("It fell because of rain.", ("cause",), "A cause.")])
    >>> mapping = {"unsupported": "cause", "not-causal": "order"}
    >>> print(detector_beside(ex, mapping, answer_key=False).text)
    The detector beside you
    <BLANKLINE>
    Answer the exercise above first; then run this cell again.
    >>> "agrees with the key on 1 of 1" in detector_beside(ex, mapping, answer_key=True).text
    True
    """
    labels = exercise.labels
    rows, wrong, waiting = [], [], []
    agree = shown_items = 0
    for index, item in enumerate(exercise.items):
        yours = exercise.first.get(index)
        if not answer_key and yours is None:
            waiting.append(str(index + 1))
            continue
        shown_items += 1
        reading = explain_causal(item.prompt)
        guess = detector_label(reading, mapping)
        right = guess in item.accepted
        agree += right
        parts = [f"{index + 1}. {escape_md(item.prompt)}"]
        if yours is not None:
            parts.append(f"   - You: {escape_md(labels[yours])}")
        parts.append(f"   - Key: {escape_md(' or '.join(labels[a] for a in item.accepted))}")
        parts.append(
            f"   - Detector: {escape_md(labels.get(guess, 'no answer'))} "
            f"({'agrees with' if right else 'differs from'} the key): {_reasons(reading)}"
        )
        rows.append("\n".join(parts))
        if not right:
            wrong.append(str(index + 1))
    if shown_items:
        where = f" It differs on item(s) {', '.join(wrong)}." if wrong else ""
        summary = f"The detector agrees with the key on {agree} of {shown_items} item(s).{where}"
    else:
        summary = "Answer the exercise above first; then run this cell again."
    if shown_items and waiting:
        summary += f" Answer item(s) {', '.join(waiting)} and run this cell again to see the rest."
    return shown("\n\n".join(["#### The detector beside you", summary, *rows]))


def detector_beside_sealed(exercise: LabelExercise, mapping: dict[str, str]) -> Shown:
    """The causal-claim detector beside a student's answers to a sealed exercise.

    >>> from medialit.exercises import Item
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
        same = "agrees with you" if guess == yours else "differs from you"
        if guess != yours:
            differ.append(str(index + 1))
        rows.append(
            f"{index + 1}. {escape_md(item.prompt)}\n"
            f"   - You: {escape_md(exercise.labels[yours])}\n"
            f"   - Detector: {escape_md(exercise.labels.get(guess, 'no answer'))} ({same}): "
            f"{_reasons(reading)}"
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


def _detokenized(text: str) -> str:
    """The corpus's space-split words joined back for reading ("word , word" → "word, word").

    >>> _detokenized("Police fired , as protests spread ( again ) .")
    'Police fired, as protests spread (again).'
    """
    text = re.sub(r"\s+([,.;:!?)\]’”%])", r"\1", " ".join(text.split()))
    return re.sub(r"([(\[“‘$])\s+", r"\1", text)


def news_sample(count: int = 6, seed: int = 4) -> Shown:
    """The detector on real news sentences from the Causal News Corpus, when it is here.

    The sentences are read in place and never copied into the kit. With no corpus on
    this computer, one line says so.

    >>> text = news_sample(2).text
    >>> "Causal News Corpus" in text or "not on this computer" in text
    True
    """
    rows = read_cnc("V2", "dev")
    if not rows:
        return shown(
            "*The benchmark set of real news sentences is not on this computer, so this part "
            "is skipped. (The kit does not ship it; your teacher can point "
            "`MEDIALIT_BENCHMARKS` at a copy.)*"
        )
    readings = [explain_causal(text) for text, _ in rows]
    causal = [i for i, (_, y) in enumerate(rows) if y == 1]
    other = [i for i, (_, y) in enumerate(rows) if y == 0]
    pick = random.Random(seed)
    chosen = sorted(pick.sample(causal, count // 2) + pick.sample(other, count - count // 2))
    flagged = sum(r.causal for r in readings)
    hits = sum(readings[i].causal for i in causal)
    lines = [
        f"On all {len(rows)} sentences of the Causal News Corpus (V2 dev), annotators marked "
        f"{len(causal)} as causal. The detector flagged {flagged}: {hits} of the annotators' "
        f"{len(causal)} causal ones, and {flagged - hits} of the {len(other)} others.",
    ]
    for n, i in enumerate(chosen, start=1):
        text, label = rows[i]
        reading = readings[i]
        verdict = "causal" if reading.causal else "not causal"
        human = "causal" if label else "not causal"
        mark = "agree" if reading.causal == bool(label) else "**disagree**"
        lines.append(
            f"{n}. {escape_md(_detokenized(text))}\n   - Annotators: {human} · detector: "
            f"{verdict} ({mark}): {_reasons(reading)}"
        )
    return shown("\n\n".join(lines))
