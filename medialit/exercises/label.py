"""Label exercises: give each item a label (`LabelExercise`), or answer one question
by choosing an option (`ChoiceExercise`). Several labels may be accepted for one item.
"""

from __future__ import annotations

from medialit.errors import MedialitError
from medialit.exercises.base import (
    Exercise,
    Feedback,
    Item,
    Score,
    as_sentence,
    resolve_label,
    score_html,
)
from medialit.exercises.live import feedback_area
from medialit.shown import escape_html, escape_md

BUTTONS_MAX = 5  # more labels than this get a drop-down list instead of buttons


def item_name(index: int, item: Item) -> str:
    """An item as a class report names it: its number and the start of its words.

    >>> item_name(2, Item("Foreign agents planned it all.", ("bare",), "Nothing backs it."))
    'item 3: Foreign agents planned it all.'
    """
    words = item.prompt if len(item.prompt) <= 70 else item.prompt[:67].rstrip() + "..."
    return f"item {index + 1}: {words}"


class LabelExercise(Exercise):
    """Give each item one label; several labels may be accepted for one item.

    >>> ex = LabelExercise("demo", "Backed or bare?", "Label each sentence.",
    ...     {"source": "Names a source", "bare": "Bare assertion"},
    ...     [Item("The ministry said 9,900 were held.", ("source",), "It names who said it."),
    ...      Item("Foreign agents planned it all.", ("bare",), "Nothing backs it.")],
    ...     flag="bare", handle="q1")
    >>> ex.answer(2, "bare").correct
    True
    >>> ex.answer(1, "bare").correct
    False
    >>> print(ex.score())
    Answered 2 of 2; right first time: 1 of 2.
    Flagged as 'Bare assertion': hits 1, false alarms 1, misses 0, correct passes 0.
    """

    kind = "label"

    def __init__(
        self,
        id: str,
        title: str,
        prompt: str,
        labels: dict[str, str],
        items: list[Item],
        *,
        flag: str | None = None,
        **kwargs,
    ):
        super().__init__(id, title, prompt, **kwargs)
        self.labels = dict(labels)
        self.items = list(items)
        self.flag = flag
        self.first: dict[int, str] = {}  # item index -> first label given
        self.latest: dict[int, str] = {}  # item index -> latest label given
        self.wrong_tries: dict[int, int] = {}
        self.item_feedback: dict[int, Feedback] = {}  # item index -> latest feedback
        self._feedback_boxes: list = []
        self._score_box = None

    def usage(self) -> str:
        """An example answer: an item's number and a label, in quotes."""
        return f'answer(1, "{next(iter(self.labels), "...")}")'

    # -- answering
    def answer(self, number: int, label: str) -> Feedback:
        """Answer item `number` (counting from 1) with a label's short name or its title."""
        if isinstance(number, str) and number.strip().isdigit():
            number = int(number)
        if (
            not isinstance(number, int)
            or isinstance(number, bool)
            or not (1 <= number <= len(self.items))
        ):
            return Feedback(
                None,
                f"Item numbers run from 1 to {len(self.items)}; for example "
                f'`{self.handle}.answer(1, "{next(iter(self.labels))}")`.',
            )
        try:
            key = resolve_label(label, self.labels, "one of the answers here")
        except MedialitError as exc:
            return Feedback(None, escape_md(str(exc)))
        return self._record(number - 1, key)

    def _record(self, index: int, key: str) -> Feedback:
        item = self.items[index]
        self.first.setdefault(index, key)
        self.latest[index] = key
        if key in item.accepted:
            others = [self.labels[a] for a in item.accepted if a != key]
            also = f" The key also accepts: {', '.join(others)}." if others else ""
            feedback = Feedback(
                True, f"**Right: {escape_md(self.labels[key])}.** {escape_md(item.why)}{also}"
            )
        else:
            tries = self.wrong_tries[index] = self.wrong_tries.get(index, 0) + 1
            reason = item.after_wrong(key)
            if tries == 1 and reason:
                text = (
                    f"**Not quite.** {escape_md(as_sentence(reason))} "
                    "Have another look and try again."
                )
                feedback = Feedback(False, text)
            else:
                keys = " or ".join(self.labels[a] for a in item.accepted)
                feedback = Feedback(
                    False, f"**Not quite. The key says: {escape_md(keys)}.** {escape_md(item.why)}"
                )
        self.item_feedback[index] = feedback
        self._refresh(index, feedback)
        return feedback

    def _click(self, index: int, key: str) -> Feedback:
        """A widget choice, given as a typed answer would be (so it is kept and saved)."""
        return self.answer(index + 1, key)

    def _republish(self, feedback: Feedback) -> None:
        for index, shown_feedback in self.item_feedback.items():
            if shown_feedback is feedback:
                self._refresh(index, feedback)

    def _refresh(self, index: int, feedback: Feedback) -> None:
        if self._feedback_boxes:
            self._feedback_boxes[index].value = feedback.html()
            self._score_box.value = score_html(self.score())

    def _is_right(self, index: int, key: str) -> bool:
        return key in self.items[index].accepted

    def _mixup(self, index: int, given: str) -> str:
        accepted = self.items[index].accepted
        return f"you chose '{self.labels[given]}', the key says '{self.labels[accepted[0]]}'"

    def _flag_of(self, index: int) -> str | None:
        """The label that raises the flag on item `index` (one for the whole exercise here)."""
        return self.flag

    def _flag_title(self) -> str | None:
        """What the score calls a flag."""
        return self.labels.get(self.flag) if self.flag else None

    def score(self) -> Score:
        """The score so far, on first answers: hits, false alarms, misses, mix-ups."""
        score = Score(total=len(self.items), answered=len(self.first), flag=self._flag_title())
        for index, given in sorted(self.first.items()):
            right = self._is_right(index, given)
            score.right_first_time += right
            flag = self._flag_of(index)
            flag_accepted = bool(flag) and self._is_right(index, flag)
            if flag:
                if given == flag:
                    score.hits += right
                    score.false_alarms += not right
                    if not right:
                        score.false_alarm_items.append(item_name(index, self.items[index]))
                elif right:
                    score.correct_passes += 1
                elif flag_accepted:
                    score.misses += 1
            mixup = "" if right or given == flag or flag_accepted else self._mixup(index, given)
            if mixup:
                where = f"item {index + 1}: " if len(self.items) > 1 else ""
                score.mixups.append(where + mixup)
        score.right_now = sum(self._is_right(i, k) for i, k in self.latest.items())
        return score

    # -- showing
    def _item_markdown(self, index: int, item: Item) -> str:
        source = f" — *{escape_md(item.source)}*" if item.source else ""
        return f"{index + 1}. {escape_md(item.prompt)}{source}"

    def _student_markdown(self) -> str:
        labels = " · ".join(f"`{k}` = {escape_md(t)}" for k, t in self.labels.items())
        lines = [self._heading(), f"Answers: {labels}\n"]
        lines += [self._item_markdown(i, item) for i, item in enumerate(self.items)]
        lines += ["", self._typed_help('answer(1, "...")', "the item's number and a label")]
        return "\n".join(lines)

    def _key_lines(self, index: int, item: Item) -> list[str]:
        """An item as the key shows it: the item, its key (and the labels also accepted), why."""
        key = escape_md(self.labels[item.accepted[0]].rstrip("."))
        also = ", ".join(escape_md(self.labels[a]) for a in item.accepted[1:])
        also = f" (also accepted: {also})" if also else ""
        return [self._item_markdown(index, item), f"   **Key: {key}**{also}. {escape_md(item.why)}"]

    def _key_markdown(self) -> str:
        lines = [self._heading(key=True)]
        for i, item in enumerate(self.items):
            lines += self._key_lines(i, item)
        return "\n".join(lines)

    def _build_widget(self):
        import ipywidgets as w

        rows = [self._title_widget()]
        self._feedback_boxes = []
        options = [(title, key) for key, title in self.labels.items()]
        for index, item in enumerate(self.items):
            source = (
                f'<br><span style="font-size:90%">{escape_html(item.source)}</span>'
                if item.source
                else ""
            )
            text = w.HTML(f"<b>{index + 1}.</b> {escape_html(item.prompt)}{source}")
            if len(options) <= BUTTONS_MAX:
                choose = w.ToggleButtons(
                    options=options,
                    value=self.latest.get(index),
                    tooltips=list(self.labels.values()),
                    style={"button_width": "auto"},
                    description=f"Item {index + 1}",
                )
            else:
                choose = w.Dropdown(
                    options=[("— choose —", None), *options],
                    value=self.latest.get(index),
                    description=f"Item {index + 1}",
                )
            earlier = self.item_feedback.get(index)  # restored from a saved answer
            feedback = feedback_area(earlier.html() if earlier else "")
            self._feedback_boxes.append(feedback)

            def on_change(change, index=index):
                if change["new"] is not None:
                    self._click(index, change["new"])

            choose.observe(on_change, names="value")
            rows.append(w.VBox([text, choose, feedback], layout=w.Layout(margin="0 0 12px 0")))
        self._score_box = w.HTML(score_html(self.score()))
        rows.append(self._score_box)
        return w.VBox(rows)


class ChoiceExercise(LabelExercise):
    """One question, several options; more than one may be accepted.

    >>> ex = ChoiceExercise("who", "First question", "A page has no author. Ask first:",
    ...     {"who": "Who is behind it?", "evidence": "What is the evidence?"}, ("who",),
    ...     why="With no author, start with who published it.", hint="What is missing?")
    >>> ex.answer("evidence").correct, ex.answer("who").correct
    (False, True)
    """

    kind = "choice"

    def __init__(
        self,
        id: str,
        title: str,
        prompt: str,
        options: dict[str, str],
        accepted: tuple[str, ...],
        *,
        why: str,
        hint: str = "",
        wrong_why: dict[str, str] | None = None,
        **kwargs,
    ):
        item = Item("", tuple(accepted), why, hint, "", dict(wrong_why or {}))
        super().__init__(id, title, prompt, options, [item], **kwargs)

    def usage(self) -> str:
        """An example answer: an option's short name, in quotes."""
        return f'answer("{next(iter(self.labels), "...")}")'

    def answer(self, label: str) -> Feedback:  # type: ignore[override]
        """Answer with an option's short name or its words."""
        try:
            key = resolve_label(label, self.labels, "one of the options")
        except MedialitError as exc:
            return Feedback(None, escape_md(str(exc)))
        return self._record(0, key)

    def _click(self, index: int, key: str) -> Feedback:
        return self.answer(key)

    def _student_markdown(self) -> str:
        options = "\n".join(f"- `{k}`: {escape_md(t)}" for k, t in self.labels.items())
        help_line = self._typed_help('answer("...")', "the short name of an option")
        return f"{self._heading()}{options}\n\n{help_line}"

    def _key_markdown(self) -> str:
        item = self.items[0]
        key = " or ".join(escape_md(self.labels[a].rstrip(".")) for a in item.accepted)
        lines = [self._heading(key=True), f"**Key: {as_sentence(key)}** {escape_md(item.why)}"]
        if item.wrong_why:
            lines.append("\nWhy not the others:")
        for option, reason in item.wrong_why.items():
            lines.append(f"- *{escape_md(self.labels[option])}* — {escape_md(reason)}")
        return "\n".join(lines)
