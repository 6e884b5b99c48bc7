"""The pre/post check as an exercise: a few short parts, each with its own labels and flag.

A check form (`check_forms.py` builds it from a case) asks about sentences, causal claims
and figures in one exercise, so that one score, saved in one place, says how a student
reads before the lessons and after them. Each part has its own answers (`labels`) and the
label that raises a concern (`flag`); items are numbered through the whole form, so
`c.answer(7, "conflicts")` answers the seventh item whatever its part. The score counts
hits and false alarms on every part's flag together.
"""

from __future__ import annotations

from dataclasses import dataclass

from medialit.errors import MedialitError
from medialit.exercises.base import Feedback, Item, resolve_label, score_html
from medialit.exercises.label import BUTTONS_MAX, LabelExercise
from medialit.exercises.live import feedback_area
from medialit.shown import escape_html, escape_md


@dataclass(frozen=True)
class CheckPart:
    """One part of a check form: what it asks, its answers, the answer that flags a problem,
    and (for figures) the ledger rows to check against."""

    kind: str  # sentences, causal, figures
    question: str
    labels: dict[str, str]
    flag: str
    ledger: tuple[str, ...] = ()


@dataclass
class CheckItem(Item):
    """An item of a check form, with the index of its part."""

    part: int = 0


class CheckExercise(LabelExercise):
    """A check form: items in parts, each part with its own labels and flag.

    >>> parts = [CheckPart("sentences", "Backed or bare?", {"source": "Names a source",
    ...     "bare": "Bare assertion"}, "bare"), CheckPart("figures", "Does it check out?",
    ...     {"consistent": "Consistent", "conflicts": "Conflicts"}, "conflicts")]
    >>> items = [CheckItem("The ministry said 9,900.", ("source",), "Named.", part=0),
    ...     CheckItem("Some 19,000 troops came.", ("conflicts",), "Ledger: 2,030.", part=1)]
    >>> c = CheckExercise("check-A", "Check, form A", "Ten minutes.", parts, items)
    >>> c.answer(1, "bare").correct, c.answer(2, "conf").correct
    (False, True)
    >>> c.score().hits, c.score().false_alarms
    (1, 1)
    """

    kind = "check"

    def __init__(
        self,
        id: str,
        title: str,
        prompt: str,
        parts: list[CheckPart],
        items: list[CheckItem],
        *,
        about: dict | None = None,
        **kwargs,
    ):
        labels = {k: t for part in parts for k, t in part.labels.items()}
        kwargs.setdefault("handle", "c")
        super().__init__(id, title, prompt, labels, items, flag=None, **kwargs)
        self.parts = list(parts)
        self.about = dict(about or {})  # form, case and when, saved with the answers

    def saved_with(self) -> dict:
        """What the answers file keeps beside the answers: the form, its case, pre or post."""
        return {"check": self.about}

    def _part(self, index: int) -> CheckPart:
        return self.parts[self.items[index].part]

    def usage(self) -> str:
        """An example answer: an item's number and one of its part's labels."""
        return f'answer(1, "{next(iter(self.parts[0].labels), "...")}")' if self.parts else ""

    def answer(self, number: int, label: str) -> Feedback:
        """Answer item `number` (counting from 1) with one of its part's labels."""
        if isinstance(number, str) and number.strip().isdigit():
            number = int(number)
        if (
            isinstance(number, int)
            and not isinstance(number, bool)
            and 1 <= number <= len(self.items)
        ):
            try:
                key = resolve_label(label, self._part(number - 1).labels, "an answer to this item")
            except MedialitError as exc:
                return Feedback(None, escape_md(str(exc)))
            return self._record(number - 1, key)
        return Feedback(
            None,
            f"Item numbers run from 1 to {len(self.items)}; for example "
            f"`{self.handle}.{self.usage()}`.",
        )

    def _flag_of(self, index: int) -> str:
        """Each part has its own flag (bare, unsupported, conflicts)."""
        return self._part(index).flag

    def _flag_title(self) -> str:
        return "a problem"

    def _mixup(self, index: int, given: str) -> str:
        return ""  # the score lists no mix-ups: hits and false alarms per part are the point

    # -- showing
    def _heading(self, key: bool = False) -> str:
        suffix = " — answer key" if key else ""
        return f"#### {escape_md(self.title)}{suffix}\n\n{escape_md(self.prompt)}\n\n"

    def _title_widget(self):
        import ipywidgets as w

        return w.HTML(f"<b>{escape_html(self.title)}</b>")

    def _part_markdown(self, part: CheckPart) -> list[str]:
        labels = " · ".join(f"`{k}` = {escape_md(t)}" for k, t in part.labels.items())
        lines = ["", f"**{escape_md(part.question)}** Answers: {labels}", ""]
        if part.ledger:
            lines += ["The ledger (facts.csv) says:", ""]
            lines += [f"- {escape_md(row)}" for row in part.ledger] + [""]
        return lines

    def _lines(self, key: bool) -> list[str]:
        lines = [self._heading(key=key)]
        for number, part in enumerate(self.parts):
            lines += self._part_markdown(part)
            for i, item in enumerate(self.items):
                if item.part != number:
                    continue
                lines.append(self._item_markdown(i, item))
                if key:
                    keys = " or ".join(escape_md(self.labels[a]) for a in item.accepted)
                    lines.append(f"   **Key: {keys}.** {escape_md(item.why)}")
        return lines

    def _student_markdown(self) -> str:
        lines = self._lines(key=False)
        lines += ["", self._typed_help(self.usage(), "the item's number and its answer")]
        return "\n".join(lines)

    def _key_markdown(self) -> str:
        return "\n".join(self._lines(key=True))

    def _build_widget(self):
        import ipywidgets as w

        rows = [self._title_widget(), w.HTML(escape_html(self.prompt))]
        self._feedback_boxes = [None] * len(self.items)
        for number, part in enumerate(self.parts):
            ledger = "".join(f"<li>{escape_html(r)}</li>" for r in part.ledger)
            ledger = f"<p>The ledger (facts.csv) says:</p><ul>{ledger}</ul>" if ledger else ""
            rows.append(w.HTML(f"<p><b>{escape_html(part.question)}</b></p>{ledger}"))
            options = [(title, key) for key, title in part.labels.items()]
            for index, item in enumerate(self.items):
                if item.part == number:
                    rows.append(self._item_row(index, item, options))
        self._score_box = w.HTML(score_html(self.score()))
        rows.append(self._score_box)
        return w.VBox(rows)

    def _item_row(self, index: int, item: CheckItem, options: list):
        import ipywidgets as w

        source = f"<br><small>{escape_html(item.source)}</small>" if item.source else ""
        text = w.HTML(f"<b>{index + 1}.</b> {escape_html(item.prompt)}{source}")
        common = {"value": self.latest.get(index), "description": f"Check item {index + 1}"}
        if len(options) <= BUTTONS_MAX:
            choose = w.ToggleButtons(options=options, style={"button_width": "auto"}, **common)
        else:
            choose = w.Dropdown(options=[("— choose —", None), *options], **common)
        earlier = self.item_feedback.get(index)
        self._feedback_boxes[index] = feedback_area(earlier.html() if earlier else "")

        def on_change(change, index=index):
            if change["new"] is not None:
                self._click(index, change["new"])

        choose.observe(on_change, names="value")
        return w.VBox([text, choose, self._feedback_boxes[index]])
