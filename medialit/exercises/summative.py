"""Lesson 06's kind of exercise: label each item, and give the reason by quoting the words
of its sentence that decided it.

It is a `LabelExercise` (hits and false alarms on the flagged label, as everywhere) whose
answers carry a reason. A reason is accepted when something it puts in quotation marks
is in the item's sentence and carries the decision: it holds one of the item's deciding
words (the annotation's `deciding:`, else its causal signals and the source it names,
or the figure), all of a short one, or a meaningful word of a longer one. Quoting other
words of the same sentence is not enough. An item with no deciding words accepts any
quote of two words or more from its sentence.
"""

from __future__ import annotations

from collections.abc import Callable

from medialit.exercises.base import Feedback, Item, score_html
from medialit.exercises.evidence import normal, quotes_in, small_words
from medialit.exercises.label import BUTTONS_MAX, LabelExercise
from medialit.exercises.live import feedback_area
from medialit.shown import escape_html, escape_md

ASK = "Give your reason too, quoting in quotation marks the words of the sentence that decided it"


def _meaningful(words: list[str]) -> set[str]:
    return {
        w for w in words if w not in small_words() and (len(w) > 3 or any(c.isdigit() for c in w))
    }


def decides(quote: str, deciding: tuple[str, ...]) -> bool:
    """True when a quote holds the words that decide an item.

    >>> decides("only because the", ("only because",)), decides("the calm", ("only because",))
    (True, False)
    >>> decides("Western pressure", ("because Western pressure forced",))
    True
    """
    said = normal(quote)
    for phrase in deciding:
        wanted = normal(phrase)
        if not wanted:
            continue
        if f" {wanted} " in f" {said} ":
            return True
        if _meaningful(wanted.split()) & set(said.split()):
            return True
    return False


def judge_reason(reason: str, sentence: str, decides_it: Callable[[str], bool]) -> tuple[bool, str]:
    """Whether a reason quotes words of `sentence` that `decides_it`, and what to tell the
    student (the deciding words themselves are never named).

    >>> sentence = "The calm that followed came only because the allied troops arrived."
    >>> check = lambda quote: decides(quote, ("only because",))
    >>> judge_reason('It says "only because" with no evidence', sentence, check)[0]
    True
    >>> judge_reason('It says "the calm that followed"', sentence, check)[0]
    False
    """
    if not isinstance(reason, str) or not reason.strip():
        return False, f"**Reason: not given yet.** {ASK}."
    inside = f" {normal(sentence)} "
    quotes = [q for q in quotes_in(reason) if normal(q) and f" {normal(q)} " in inside]
    if not quotes:
        return False, (
            "**Reason not accepted: it quotes nothing from this sentence.** Put the words "
            'of the sentence that decided your answer in quotation marks: "like this".'
        )
    for quote in quotes:
        if decides_it(quote):
            return (
                True,
                f"**Reason accepted:** you quote “{escape_md(quote)}”, the words that decide it.",
            )
    return False, (
        f"**Reason not accepted yet:** “{escape_md(quotes[0])}” is in the sentence, but it is not "
        "what decides it. Quote the words that claim a cause, name a source, say it is unsure, "
        "or give the figure."
    )


def deciding_tokens(deciding: tuple[str, ...]) -> list[str]:
    """What shows that a quote holds an item's deciding words: each phrase, normalised, and
    each meaningful word of it (`decides` reads them so; a student pack seals them).

    >>> deciding_tokens(("only because", "Western pressure"))
    ['only because', 'western pressure', 'only', 'because', 'western', 'pressure']
    """
    phrases = [normal(p) for p in deciding if normal(p)]
    words = [w for p in phrases for w in p.split() if w in _meaningful(p.split())]
    return list(dict.fromkeys([*phrases, *words]))


def quote_runs(quote: str) -> list[str]:
    """Every run of words in a quote, normalised: what a sealed check tries against its lock.

    >>> quote_runs("Only because")
    ['only', 'because', 'only because']
    """
    said = normal(quote).split()
    return [
        " ".join(said[i : i + n]) for n in range(1, len(said) + 1) for i in range(len(said) - n + 1)
    ]


class SummativeExercise(LabelExercise):
    """Label each item and say why, quoting the words of the sentence that decided it.

    >>> ex = SummativeExercise("x", "Causes", "Flag the bare ones.",
    ...     {"bare": "Bare causal claim", "holds": "Not a bare causal claim"},
    ...     [Item("Calm came only because the troops arrived.", ("bare",), "Nothing backs it.")],
    ...     deciding=[("only because",)], models=["Bare: “only because” ..."], flag="bare")
    >>> ex.answer(1, "bare", 'It says "Calm came" and no more.').correct
    True
    >>> ex.score().justified
    0
    >>> _ = ex.answer(1, "bare", 'The words "only because" rule out every other cause.')
    >>> ex.score().justified, ex.score().hits
    (1, 1)
    """

    kind = "summative"

    def __init__(
        self,
        id: str,
        title: str,
        prompt: str,
        labels: dict[str, str],
        items: list[Item],
        *,
        deciding: list[tuple[str, ...]],
        models: list[str],
        flag: str | None = None,
        **kwargs,
    ):
        super().__init__(id, title, prompt, labels, items, flag=flag, **kwargs)
        self.deciding = list(deciding)
        self.models = list(models)
        self.reasons: dict[int, str] = {}  # item index -> the latest reason given
        self.justified: set[int] = set()  # items answered rightly with an accepted reason

    def usage(self) -> str:
        """An example answer: an item's number, a label, and the reason with its quote."""
        return f'answer(1, "{next(iter(self.labels), "...")}", \'It says "...", so ...\')'

    def answer(self, number: int, label: str, because: str = "") -> Feedback:  # type: ignore[override]
        """Answer item `number` with a label and a reason that quotes the deciding words."""
        feedback = super().answer(number, label)
        if feedback.correct is None:
            return feedback
        index = int(number) - 1
        self.reasons[index] = str(because or "")
        accepted, said = judge_reason(
            self.reasons[index], self.items[index].prompt, lambda q: self._decides(index, q)
        )
        if accepted and feedback.correct:
            self.justified.add(index)
        feedback = Feedback(feedback.correct, f"{feedback.markdown} {said}")
        self.item_feedback[index] = feedback
        self._refresh(index, feedback)
        return feedback

    def _decides(self, index: int, quote: str) -> bool:
        """Whether a quote (from the item's sentence) holds the item's deciding words; an
        item with none takes any quote of two words or more."""
        if not self.deciding[index]:
            return len(normal(quote).split()) > 1
        return decides(quote, self.deciding[index])

    def _answered(self, args: tuple, kwargs: dict) -> list:
        return super()._answered(args, kwargs)[:2]  # the item and its label; not the reason

    def score(self):
        """Hits, false alarms and the rest (`LabelExercise.score`), and the reasons accepted."""
        score = super().score()
        score.justified = len(self.justified)
        return score

    def _student_markdown(self) -> str:
        labels = " · ".join(f"`{k}` = {escape_md(t)}" for k, t in self.labels.items())
        lines = [self._heading(), f"Answers: {labels}\n"]
        lines += [self._item_markdown(i, item) for i, item in enumerate(self.items)]
        example = f'answer(1, "{next(iter(self.labels))}", \'It says "...", so ...\')'
        lines += ["", self._typed_help(example, "the item's number, a label and your reason")]
        return "\n".join(lines)

    def _key_lines(self, index: int, item: Item) -> list[str]:
        """The label key's lines, then the model answer and the words a reason must quote."""
        words = "; ".join(f"“{escape_md(d)}”" for d in self.deciding[index]) or (
            "any two words in a row from the sentence (the key names none)"
        )
        return [
            *super()._key_lines(index, item),
            f"   *Model answer:* {escape_md(self.models[index])}",
            f"   *A reason counts when it quotes:* {words}.",
        ]

    def _build_widget(self):
        import ipywidgets as w

        rows = [self._title_widget()]
        self._feedback_boxes = []
        options = [(title, key) for key, title in self.labels.items()]
        for index, item in enumerate(self.items):
            text = w.HTML(f"<b>{index + 1}.</b> {escape_html(item.prompt)}")
            few = len(options) <= BUTTONS_MAX
            choose = (w.ToggleButtons if few else w.Dropdown)(
                options=options if few else [("— choose —", None), *options],
                value=self.latest.get(index),
                description=f"Item {index + 1}",
            )
            reason = w.Text(
                value=self.reasons.get(index, ""),
                placeholder='Why? Quote the words that decided it, "like this"',
                description="Because",
                layout=w.Layout(width="95%"),
            )
            check = w.Button(description="Check my reason", tooltip="Check the reason again")
            earlier = self.item_feedback.get(index)
            feedback = feedback_area(earlier.html() if earlier else "")
            self._feedback_boxes.append(feedback)

            def on_check(_, index=index, choose=choose, reason=reason):
                if choose.value is not None:  # a label first: the reason goes with it
                    self.answer(index + 1, choose.value, reason.value)

            def on_choose(change, index=index, reason=reason):
                if change["new"] is not None:
                    self.answer(index + 1, change["new"], reason.value)

            check.on_click(on_check)
            choose.observe(on_choose, names="value")
            rows.append(w.VBox([text, choose, reason, check, feedback]))
        self._score_box = w.HTML(score_html(self.score()))
        rows.append(self._score_box)
        return w.VBox(rows)
