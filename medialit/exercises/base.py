"""Self-checks for every lesson: label sentences, pick a choice, type a number, write freely.

Each exercise shows buttons where widgets work and the same exercise as plain text
where they do not; typed answers (`q1.answer(1, "bare")`) work everywhere. Feedback
says why, offers a hint before giving the answer away, and the score counts
correct catches (hits) and false alarms separately. In answer-key mode an
exercise shows its answers and reasons as plain Markdown instead.

Every attempt made through an exercise's `answer` method (typed, or from its
widget) is kept in `history`, for every kind of exercise, including kinds added
later: the base class wraps each subclass's `answer`. A lesson saves the history
as it grows (`medialit.exercises.answerfile`) and replays it with `restore` when the lesson
is reopened, so the score, the widget and the feedback come back as they were.
A new kind of exercise gets this by defining `answer`; its widget must give answers
through `answer` too (as `LabelExercise._click` does), not by a side door.
"""

from __future__ import annotations

import functools
import html
import json
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from medialit.shown import Shown, escape_html, escape_md, plain

BUTTONS_MAX = 5  # more labels than this get a drop-down list instead of buttons
RIGHT, WRONG, HINT = "#0072B2", "#D55E00", "#6a4c00"  # Okabe-Ito blue and vermillion; dark amber


@dataclass
class Item:
    """One thing to label: the words shown, every accepted label, and why."""

    prompt: str
    accepted: tuple[str, ...]
    why: str
    hint: str = ""
    source: str = ""
    wrong_why: dict[str, str] = field(default_factory=dict)


@dataclass
class Feedback:
    """What a student sees after answering: right, wrong or a typing problem, and why."""

    correct: bool | None
    markdown: str

    def _repr_markdown_(self) -> str:
        return self.markdown

    def __repr__(self) -> str:
        return plain(self.markdown)

    def html(self) -> str:
        """The feedback for a widget, coloured and marked with words, not colour alone."""
        colour = {True: RIGHT, False: WRONG, None: HINT}[self.correct]
        text = escape_html(plain(self.markdown))
        return f'<div style="color:{colour}; white-space:pre-wrap">{text}</div>'


@dataclass
class Score:
    """How an exercise went, counted on each item's first answer.

    With a `flag` (the label that raises a concern, such as "bare assertion"):
    hits are concerns raised rightly, false alarms concerns raised wrongly,
    misses concerns not raised, correct passes items rightly left alone.
    """

    total: int
    answered: int = 0
    right_first_time: int = 0
    right_now: int = 0
    flag: str | None = None
    hits: int = 0
    false_alarms: int = 0
    misses: int = 0
    correct_passes: int = 0
    mixups: list[str] = field(default_factory=list)
    graded: bool = True
    false_alarm_items: list[str] = field(default_factory=list)  # what was flagged wrongly

    def summary(self) -> str:
        """The score in one or two lines of plain text."""
        if not self.answered:
            return f"Not answered yet ({self.total} to do)."
        if not self.graded:
            return "Written. Compare your answer with the model answer."
        corrected = (
            f" Right now, after corrections: {self.right_now} of {self.answered}."
            if self.right_now != self.right_first_time
            else ""
        )
        lines = [
            f"Answered {self.answered} of {self.total}; right first time: "
            f"{self.right_first_time} of {self.answered}.{corrected}"
        ]
        if self.flag:
            lines.append(
                f"Flagged as '{self.flag}': hits {self.hits}, false alarms "
                f"{self.false_alarms}, misses {self.misses}, correct passes "
                f"{self.correct_passes}."
            )
        if self.mixups:
            lines.append("Mix-ups: " + "; ".join(self.mixups) + ".")
        return "\n".join(lines)

    def _repr_markdown_(self) -> str:
        return escape_md(self.summary()).replace("\n", "  \n")

    def __repr__(self) -> str:
        return self.summary()


def _sentence(text: str) -> str:
    """Text that ends like a sentence, so the next sentence can follow it."""
    text = text.strip()
    return text if not text or text[-1] in ".!?:)\"'”" else text + "."


def _fmt(number: float) -> str:
    return f"{number:,.0f}" if float(number).is_integer() else f"{number:,.10g}"


def _item_name(index: int, item: Item) -> str:
    """An item as a class report names it: its number and the start of its words."""
    words = item.prompt if len(item.prompt) <= 70 else item.prompt[:67].rstrip() + "..."
    return f"item {index + 1}: {words}"


def _score_html(score: Score) -> str:
    return f'<div style="white-space:pre-wrap">{escape_html(score.summary())}</div>'


def _jsonable(value: object) -> object:
    """An answer as JSON can keep it (tuples become lists, odd objects their text)."""
    return json.loads(json.dumps(value, default=str))


def _kept(method: Callable) -> Callable:
    """Wrap an exercise's `answer` so every real attempt is kept in `history` and saved."""

    @functools.wraps(method)
    def answer(self, *args, **kwargs):
        if self._answering:  # an `answer` calling another `answer`: keep the outer one only
            return method(self, *args, **kwargs)
        self._answering = True
        try:
            feedback = method(self, *args, **kwargs)
        finally:
            self._answering = False
        if isinstance(feedback, Feedback) and feedback.correct is not None:
            self._remember(args, kwargs, feedback)
        return feedback

    answer._keeps_history = True
    return answer


class Exercise:
    """What every exercise shares: a title, a prompt, a display for each mode."""

    kind = "exercise"

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        method = cls.__dict__.get("answer")
        if callable(method) and not getattr(method, "_keeps_history", False):
            cls.answer = _kept(method)

    def __init__(
        self,
        id: str,
        title: str,
        prompt: str,
        *,
        handle: str = "q",
        number: int = 1,
        answer_key: bool = False,
    ):
        self.id = id
        self.title = title
        self.prompt = prompt
        self.handle = handle
        self.number = number
        self.answer_key = answer_key
        self._widget = None
        self._feedback_box = None  # the widget's feedback area, once the widget exists
        self.history: list[dict] = []  # every real attempt, oldest first (what is saved)
        self.on_answer: Callable[[Exercise], str | None] | None = None  # the lesson's saver
        self.saved_in = ""  # where saved answers live, shown beside restored ones
        self._answering = False
        self._replaying = False
        self._latest: dict[str, tuple[str, Feedback]] = {}  # target -> (call, feedback)

    # -- what subclasses provide
    def _student_markdown(self) -> str:
        raise NotImplementedError

    def _key_markdown(self) -> str:
        raise NotImplementedError

    def _build_widget(self):
        raise NotImplementedError

    def score(self) -> Score:
        """The score so far."""
        raise NotImplementedError

    # -- keeping answers
    def _call_text(self, args: tuple, kwargs: dict) -> str:
        shown = [json.dumps(a, ensure_ascii=False) for a in args]
        shown += [f"{k}={json.dumps(v, ensure_ascii=False)}" for k, v in kwargs.items()]
        return f"{self.handle}.answer({', '.join(shown)})"

    def _remember(self, args: tuple, kwargs: dict, feedback: Feedback) -> None:
        entry = {"args": _jsonable(list(args)), "correct": feedback.correct}
        if kwargs:
            entry["kwargs"] = _jsonable(kwargs)
        self.history.append(entry)
        # the thing answered is every argument but the last (item 2 of a label exercise)
        target = json.dumps(entry["args"][:-1]) + json.dumps(sorted(entry.get("kwargs", {})))
        self._latest[target] = (self._call_text(args, kwargs), feedback)
        if self.on_answer is not None and not self._replaying:
            problem = self.on_answer(self)
            if problem:
                feedback.markdown += f"\n\n*{escape_md(problem)}*"
                self._republish(feedback)

    def _republish(self, feedback: Feedback) -> None:
        """Show changed feedback again where the widget shows feedback."""
        self._publish(feedback)

    def restore(self, history: list[dict], saved_in: str = "") -> int:
        """Replay saved answers (from `history` of an earlier run); returns how many counted.

        >>> ex = NumberExercise("n", "N", "How many?", answer=3, why="Count them.")
        >>> _ = ex.answer(2), ex.answer(3)
        >>> again = NumberExercise("n", "N", "How many?", answer=3, why="Count them.")
        >>> again.restore(ex.history), again.score().right_first_time, again.score().right_now
        (2, 0, 1)
        """
        self._replaying = True
        try:
            for entry in history:
                args = entry.get("args") if isinstance(entry, dict) else None
                kwargs = (entry.get("kwargs") or {}) if isinstance(entry, dict) else {}
                before = len(self.history)
                try:
                    if isinstance(args, list) and isinstance(kwargs, dict):
                        self.answer(*args, **kwargs)
                except Exception:  # an answer the exercise no longer takes (it was edited)
                    pass
                if len(self.history) == before and isinstance(entry, dict):
                    self.history.append(dict(entry))  # kept in the file, never dropped
        finally:
            self._replaying = False
        self.saved_in = saved_in
        return len(self.history)

    def _saved_markdown(self) -> str:
        """The answers given before this run, with their feedback (for the text version)."""
        if not self._latest:
            return ""
        where = f" (saved in `{escape_md(self.saved_in)}`)" if self.saved_in else ""
        lines = ["", "", f"**Your answers so far**{where}:", ""]
        for call, feedback in self._latest.values():
            lines.append(f"- `{call}` → {feedback.markdown.replace(chr(10), ' ')}")
        lines += ["", escape_md(self.score().summary()).replace("\n", "  \n")]
        return "\n".join(lines)

    def _latest_feedback(self) -> tuple[list, Feedback] | None:
        """The last attempt and its feedback, to put back into a restored widget."""
        if not self.history or not self._latest:
            return None
        return self.history[-1]["args"], list(self._latest.values())[-1][1]

    # -- shared
    def _heading(self, key: bool = False) -> str:
        suffix = " — answer key" if key else ""
        prompt = html.escape(self.prompt, quote=False)  # the kit's Markdown, but never raw HTML
        return f"#### Exercise {self.number} · {escape_md(self.title)}{suffix}\n\n{prompt}\n\n"

    def _typed_help(self, example: str, what: str) -> str:
        return (
            f"*No buttons above? Type your answer in a code cell:* `{self.handle}.{example}`"
            f" *with {what} in place of the dots; then* `{self.handle}.score()` *shows your "
            "score.*"
        )

    def _publish(self, feedback: Feedback) -> Feedback:
        """Show feedback in the widget too (when there is one) and return it."""
        if self._feedback_box is not None:
            self._feedback_box.value = feedback.html()
        return feedback

    def _title_widget(self):
        import ipywidgets as w

        return w.HTML(f"<b>Exercise {self.number} · {escape_html(self.title)}</b>")

    def _answer_form(self, field, button_label: str, tooltip: str, side_by_side: bool):
        """A title, an input with a button that checks it, and a feedback area."""
        import ipywidgets as w

        button = w.Button(description=button_label, tooltip=tooltip)
        self._feedback_box = w.HTML()
        last = self._latest_feedback()
        if last is not None:  # reopened: show the last answer and its feedback again
            args, feedback = last
            field.value = str(args[-1]) if args else ""
            self._feedback_box.value = feedback.html()
        button.on_click(lambda _: self._publish(self.answer(field.value)))
        controls = [w.HBox([field, button])] if side_by_side else [field, button]
        return w.VBox([self._title_widget(), *controls, self._feedback_box])

    def widget(self):
        """The interactive version (ipywidgets), built on first use."""
        if self._widget is None:
            self._widget = self._build_widget()
        return self._widget

    def show(self) -> Shown:
        """The exercise as Markdown and plain text only (no widget)."""
        if self.answer_key:
            markdown = self._key_markdown()
        else:
            markdown = self._student_markdown() + self._saved_markdown()
        return Shown(markdown, plain(markdown))

    def _repr_mimebundle_(self, include=None, exclude=None) -> dict:
        shown = self.show()
        bundle = {"text/markdown": shown.markdown, "text/plain": shown.text}
        if not self.answer_key:
            try:
                view = self.widget()._repr_mimebundle_()
            except Exception:  # no widget support here: the text version stands
                view = {}
            if isinstance(view, tuple):
                view = view[0]
            key = "application/vnd.jupyter.widget-view+json"
            if view and key in view:
                bundle[key] = view[key]
        return bundle

    def __repr__(self) -> str:
        return self.show().text


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

    # -- answering
    def _resolve_label(self, label: object) -> str | None:
        if not isinstance(label, str):
            return None
        wanted = label.strip().casefold()
        for key, title in self.labels.items():
            if wanted in (key.casefold(), title.casefold()):
                return key
        starts = [
            k
            for k, t in self.labels.items()
            if t.casefold().startswith(wanted) or k.casefold().startswith(wanted)
        ]
        return starts[0] if len(starts) == 1 and wanted else None

    def _label_list(self) -> str:
        return ", ".join(f'"{k}"' for k in self.labels)

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
        key = self._resolve_label(label)
        if key is None:
            return Feedback(
                None,
                f"'{escape_md(label)}' is not one of the answers here; "
                f"use one of {self._label_list()}.",
            )
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
            reason = item.wrong_why.get(key, "")
            if tries == 1 and (item.hint or reason):
                text = (
                    f"**Not quite.** {escape_md(_sentence(reason or item.hint))} "
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
            self._score_box.value = _score_html(self.score())

    def _is_right(self, index: int, key: str) -> bool:
        return key in self.items[index].accepted

    def _mixup(self, index: int, given: str) -> str:
        accepted = self.items[index].accepted
        return f"you chose '{self.labels[given]}', the key says '{self.labels[accepted[0]]}'"

    def score(self) -> Score:
        """The score so far, on first answers: hits, false alarms, misses, mix-ups."""
        score = Score(
            total=len(self.items),
            answered=len(self.first),
            flag=self.labels.get(self.flag) if self.flag else None,
        )
        for index, given in sorted(self.first.items()):
            right = self._is_right(index, given)
            score.right_first_time += right
            flag_accepted = bool(self.flag) and self._is_right(index, self.flag)
            if self.flag:
                if given == self.flag:
                    score.hits += right
                    score.false_alarms += not right
                    if not right:
                        score.false_alarm_items.append(_item_name(index, self.items[index]))
                elif right:
                    score.correct_passes += 1
                elif flag_accepted:
                    score.misses += 1
            if not right and given != self.flag and not flag_accepted:
                where = f"item {index + 1}: " if len(self.items) > 1 else ""
                score.mixups.append(where + self._mixup(index, given))
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

    def _key_markdown(self) -> str:
        lines = [self._heading(key=True)]
        for i, item in enumerate(self.items):
            key = escape_md(self.labels[item.accepted[0]].rstrip("."))
            also = ", ".join(escape_md(self.labels[a]) for a in item.accepted[1:])
            also = f" (also accepted: {also})" if also else ""
            lines.append(self._item_markdown(i, item))
            lines.append(f"   **Key: {key}**{also}. {escape_md(item.why)}")
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
            feedback = w.HTML(earlier.html() if earlier else "")
            self._feedback_boxes.append(feedback)

            def on_change(change, index=index):
                if change["new"] is not None:
                    self._click(index, change["new"])

            choose.observe(on_change, names="value")
            rows.append(w.VBox([text, choose, feedback], layout=w.Layout(margin="0 0 12px 0")))
        self._score_box = w.HTML(_score_html(self.score()))
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

    def answer(self, label: str) -> Feedback:  # type: ignore[override]
        """Answer with an option's short name or its words."""
        key = self._resolve_label(label)
        if key is None:
            return Feedback(
                None,
                f"'{escape_md(label)}' is not one of the options; use one of {self._label_list()}.",
            )
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
        lines = [self._heading(key=True), f"**Key: {key}.** {escape_md(item.why)}"]
        if item.wrong_why:
            lines.append("\nWhy not the others:")
        for option, reason in item.wrong_why.items():
            lines.append(f"- *{escape_md(self.labels[option])}* — {escape_md(reason)}")
        return "\n".join(lines)


class NumberExercise(Exercise):
    """Type a number; anything in the accepted range counts as right.

    The range is `answer ± tolerance`, or `low` to `high` when experts accept a
    spread (a doubling from "about 50-60" to "about 120" is 2 to 2.4 times).

    >>> ex = NumberExercise("ratio", "How many times?", "60 to 120 tenge: how many times higher?",
    ...     answer=2, low=2, high=2.4, why="120 / 60 = 2.", hint="Divide the new price by the old.")
    >>> ex.answer("3").markdown.startswith("**Not quite: too high.**")
    True
    >>> ex.answer(2.2).correct
    True
    """

    kind = "number"

    def __init__(
        self,
        id: str,
        title: str,
        prompt: str,
        *,
        answer: float,
        tolerance: float = 0,
        low: float | None = None,
        high: float | None = None,
        unit: str = "",
        why: str,
        hint: str = "",
        **kwargs,
    ):
        super().__init__(id, title, prompt, **kwargs)
        self.value = float(answer)
        self.low = float(low) if low is not None else self.value - abs(tolerance)
        self.high = float(high) if high is not None else self.value + abs(tolerance)
        self.unit = unit
        self.why = why
        self.hint = hint
        self.first: float | None = None
        self.latest: float | None = None
        self.wrong_tries = 0

    @staticmethod
    def parse(value: object) -> float | None:
        """Read a typed number: `2`, `2.5`, `"2,030"`, `"4.2 times"`; None if it is not one.

        >>> NumberExercise.parse("2,030 troops"), NumberExercise.parse("about four")
        (2030.0, None)
        """
        if isinstance(value, bool):
            return None
        if isinstance(value, (int, float)):
            return float(value) if math.isfinite(value) else None
        if not isinstance(value, str):
            return None
        match = re.search(r"-?\d[\d,]*(?:\.\d+)?|-?\.\d+", value)
        if not match:
            return None
        digits = match.group(0)
        if re.fullmatch(r"-?\d{1,3}(,\d{3})+(\.\d+)?", digits):
            digits = digits.replace(",", "")  # 2,030 is two thousand and thirty
        elif digits.count(",") == 1:
            digits = digits.replace(",", ".")  # 4,5 is four and a half
        try:
            return float(digits)
        except ValueError:
            return None

    def accepts(self, number: float) -> bool:
        """True when `number` is inside the accepted range."""
        return self.low - 1e-9 <= number <= self.high + 1e-9

    def _range_text(self) -> str:
        if self.low == self.high:
            return ""
        return f" (anything from {_fmt(self.low)} to {_fmt(self.high)} counts)"

    def answer(self, value: object) -> Feedback:
        """Check a typed number."""
        number = self.parse(value)
        if number is None:
            return Feedback(None, "Type a number, like 4.5, with no words around it.")
        return self._record(number)

    def _record(self, number: float) -> Feedback:
        if self.first is None:
            self.first = number
        self.latest = number
        unit = f" {escape_md(self.unit)}" if self.unit else ""
        if self.accepts(number):
            feedback = Feedback(True, f"**Right.** {escape_md(self.why)}")
        else:
            self.wrong_tries += 1
            side = "too high" if number > self.high else "too low"
            if self.wrong_tries == 1 and self.hint:
                feedback = Feedback(
                    False, f"**Not quite: {side}.** Hint: {escape_md(_sentence(self.hint))}"
                )
            else:
                feedback = Feedback(
                    False,
                    f"**Not quite: {side}. The key says {_fmt(self.value)}"
                    f"{unit}{self._range_text()}.** {escape_md(self.why)}",
                )
        return self._publish(feedback)

    def score(self) -> Score:
        """Right first time or not."""
        score = Score(total=1, answered=int(self.first is not None))
        if self.first is not None:
            score.right_first_time = int(self.accepts(self.first))
            score.right_now = int(self.accepts(self.latest))
        return score

    def _student_markdown(self) -> str:
        unit = f" ({escape_md(self.unit)})" if self.unit else ""
        help_line = self._typed_help("answer(...)", "your number")
        return f"{self._heading()}Answer with a number{unit}.\n\n{help_line}"

    def _key_markdown(self) -> str:
        unit = f" {escape_md(self.unit)}" if self.unit else ""
        return (
            f"{self._heading(key=True)}**Key: {_fmt(self.value)}{unit}**{self._range_text()}. "
            f"{escape_md(self.why)}"
        )

    def _build_widget(self):
        import ipywidgets as w

        box = w.Text(
            placeholder="type a number", description="Answer", layout=w.Layout(width="260px")
        )
        return self._answer_form(box, "Check", "Check your number", side_by_side=True)


class FreeTextExercise(Exercise):
    """Write an answer in your own words; a model answer appears after you try.

    >>> ex = FreeTextExercise("why", "In your words", "Why check the outlet?",
    ...     model_answer="Because who publishes shapes what is said.", look_for=["who publishes"])
    >>> ex.answer("").correct is None, ex.answer("It tells me whose interests count.").correct
    (True, True)
    """

    kind = "free-text"

    def __init__(
        self,
        id: str,
        title: str,
        prompt: str,
        *,
        model_answer: str,
        look_for: list[str] | tuple[str, ...] = (),
        min_words: int = 4,
        **kwargs,
    ):
        super().__init__(id, title, prompt, **kwargs)
        self.model_answer = model_answer
        self.look_for = list(look_for)
        self.min_words = min_words
        self.text: str | None = None

    def answer(self, text: object) -> Feedback:
        """Save your answer and see the model answer."""
        if not isinstance(text, str) or len(text.split()) < self.min_words:
            return Feedback(
                None,
                f"Write at least {self.min_words} words first, in quotes: "
                f'`{self.handle}.answer("I think ...")`. The model answer '
                "appears after you try.",
            )
        self.text = text
        points = "".join(f"\n- {escape_md(p)}" for p in self.look_for)
        checklist = f"\n\nDid your answer cover these points?{points}" if points else ""
        feedback = Feedback(
            True,
            f"**Thanks: your answer is noted.** Compare it with a model "
            f"answer: {escape_md(self.model_answer)}{checklist}",
        )
        return self._publish(feedback)

    def score(self) -> Score:
        """Written or not: free text has no single right answer, so it is not marked."""
        return Score(total=1, answered=int(self.text is not None), graded=False)

    def _student_markdown(self) -> str:
        help_line = self._typed_help('answer("...")', "your sentences")
        return (
            f"{self._heading()}Write two or three sentences. The model answer appears "
            f"after you try.\n\n{help_line}"
        )

    def _key_markdown(self) -> str:
        points = "".join(f"\n- {escape_md(p)}" for p in self.look_for)
        look = f"\n\nLook for:{points}" if points else ""
        return f"{self._heading(key=True)}**Model answer:** {escape_md(self.model_answer)}{look}"

    def _build_widget(self):
        import ipywidgets as w

        area = w.Textarea(
            placeholder="Write two or three sentences here",
            layout=w.Layout(width="95%", height="90px"),
            description="Your answer",
        )
        return self._answer_form(
            area, "Show model answer", "Appears after you write", side_by_side=False
        )


@dataclass
class MatrixCell:
    """One cell of a matrix exercise: a claim (row) in one text (column).

    `given` cells are filled in as worked examples; `watch` cells are where a flat
    stance would go further than the baseline, so answering one raises the flag.
    """

    row: int
    col: int
    item: Item
    given: bool = False
    watch: bool = False


_BASELINE_DOES = {
    "attributes": "only reports who says it",
    "hedges": "only hedges it",
    "omits": "does not make the claim",
}


def flag_note(column: str, raised: bool, key_flat: bool, baseline: str = "") -> str:
    """Names a claim-matrix false alarm or miss for one text ("" when it is neither).

    >>> flag_note("The Daily", raised=False, key_flat=True)
    'A miss: The Daily goes further here than the baseline.'
    """
    if raised and not key_flat:
        return (
            f"A false alarm: {column} does not state this claim as fact, nor deny it, "
            f"in its own voice here.{baseline}"
        )
    if not raised and key_flat:
        return f"A miss: {column} goes further here than the baseline.{baseline}"
    return ""


class MatrixExercise(Exercise):
    """Fill in a claims x texts matrix, cell by cell: where does each text stand?

    Some cells are given as worked examples; the rest are answered by their
    spreadsheet name (`q1.answer("B2", "asserts")`). The flag is a stance in
    `flag_labels` (asserts, denies) on a `watch` cell: a claim the baseline does not
    state flatly. Raising it rightly is a hit; raising it where the text only
    attributes, hedges or omits the claim is a false alarm.

    >>> stances = {"asserts": "Asserts", "attributes": "Attributes", "omits": "Omits"}
    >>> cells = [MatrixCell(0, 0, Item("20,000 attacked", ("attributes",), "Quoted."), True),
    ...     MatrixCell(0, 1, Item("20,000 attacked", ("asserts",), "Built on."), watch=True),
    ...     MatrixCell(0, 2, Item("20,000 attacked", ("attributes",), "Quoted."), watch=True)]
    >>> ex = MatrixExercise("m", "Who claims what?", "Fill it in.", stances,
    ...     ["20,000 attacked"], ["Wire", "Paper", "Blog"], cells, baseline=0, handle="q1")
    >>> ex.answer("B1", "asserts").correct, ex.answer("C1", "asserts").correct
    (True, False)
    >>> print(ex.score())
    Answered 2 of 2; right first time: 1 of 2.
    Flagged as 'Goes further than the baseline': hits 1, false alarms 1, misses 0, correct passes 0.
    """

    kind = "matrix"

    def __init__(
        self,
        id: str,
        title: str,
        prompt: str,
        labels: dict[str, str],
        rows: list[str],
        columns: list[str],
        cells: list[MatrixCell],
        *,
        baseline: int | None = None,
        flag_labels: tuple[str, ...] = ("asserts", "denies"),
        flag: str = "Goes further than the baseline",
        explanations: dict[str, str] | None = None,
        **kwargs,
    ):
        super().__init__(id, title, prompt, **kwargs)
        self.labels = dict(labels)
        self.explanations = dict(explanations or {})  # stance -> what it means, for the legend
        self.rows = list(rows)
        self.columns = list(columns)
        self.cells = {(c.row, c.col): c for c in cells}
        self.baseline = baseline
        self.flag_labels = tuple(flag_labels)
        self.flag = flag
        self.first: dict[str, str] = {}  # cell name -> first stance given
        self.latest: dict[str, str] = {}
        self.wrong_tries: dict[str, int] = {}
        self._marks: dict[str, object] = {}  # cell name -> its widget mark, once built
        self._choosers: dict[str, object] = {}
        self._score_box = None

    # -- cells
    @staticmethod
    def cell_name(row: int, col: int) -> str:
        """A cell's spreadsheet name: column letter, row number (counting from 1).

        >>> MatrixExercise.cell_name(1, 2)
        'C2'
        """
        return f"{chr(ord('A') + col)}{row + 1}"

    def _to_fill(self) -> list[MatrixCell]:
        return [c for _, c in sorted(self.cells.items()) if not c.given]

    @property
    def items(self) -> list[Item]:
        """The cells students fill in (given cells are examples, not questions)."""
        return [c.item for c in self._to_fill()]

    def _find(self, name: object) -> MatrixCell | None:
        if not isinstance(name, str):
            return None
        match = re.fullmatch(r"\s*([A-Za-z])\s*(\d+)\s*|\s*(\d+)\s*([A-Za-z])\s*", name)
        if not match:
            return None
        letter = (match.group(1) or match.group(4)).upper()
        number = int(match.group(2) or match.group(3))
        return self.cells.get((number - 1, ord(letter) - ord("A")))

    def _resolve_label(self, label: object) -> str | None:
        if not isinstance(label, str):
            return None
        wanted = label.strip().casefold()
        for key, title in self.labels.items():
            if wanted in (key.casefold(), title.casefold()):
                return key
        starts = [k for k in self.labels if k.casefold().startswith(wanted)]
        return starts[0] if len(starts) == 1 and wanted else None

    def _example_name(self) -> str:
        first = self._to_fill()
        return self.cell_name(first[0].row, first[0].col) if first else "A1"

    # -- answering
    def answer(self, cell: str, stance: str) -> Feedback:
        """Answer one cell, named like a spreadsheet cell ("B2"), with a stance."""
        found = self._find(cell)
        if found is None:
            last = self.cell_name(len(self.rows) - 1, len(self.columns) - 1)
            return Feedback(
                None,
                f"'{escape_md(cell)}' is not a cell here. Name a cell by column letter and row "
                f'number, from A1 to {last}: `{self.handle}.answer("{self._example_name()}", '
                f'"{next(iter(self.labels))}")`.',
            )
        name = self.cell_name(found.row, found.col)
        if found.given:
            return Feedback(
                None,
                f"{name} is filled in already, as an example. Choose a cell with a question mark.",
            )
        key = self._resolve_label(stance)
        if key is None:
            return Feedback(
                None,
                f"'{escape_md(stance)}' is not a stance; use one of "
                + ", ".join(f'"{k}"' for k in self.labels)
                + ".",
            )
        return self._record(found, key)

    def _flag_note(self, cell: MatrixCell, key: str) -> str:
        """Names a false alarm or a miss, and says why it is one."""
        if not cell.watch or key in cell.item.accepted:
            return ""
        raised = key in self.flag_labels
        key_flat = self._key_flat(cell)
        column = self.columns[cell.col]
        baseline = ""
        if self.baseline is not None and (cell.row, self.baseline) in self.cells:
            stance = self.cells[(cell.row, self.baseline)].item.accepted[0]
            does = _BASELINE_DOES.get(stance, f"{stance} it")
            baseline = f" The baseline ({self.columns[self.baseline]}) {does}."
        return flag_note(column, raised, key_flat, baseline)

    def _record(self, cell: MatrixCell, key: str) -> Feedback:
        name = self.cell_name(cell.row, cell.col)
        item = cell.item
        self.first.setdefault(name, key)
        self.latest[name] = key
        where = f"{name} · {escape_md(self.columns[cell.col])}"
        if key in item.accepted:
            others = [self.labels[a] for a in item.accepted if a != key]
            also = f" The key also accepts: {', '.join(others)}." if others else ""
            hit = (
                " A hit: it goes further than the baseline."
                if cell.watch and key in self.flag_labels
                else ""
            )
            feedback = Feedback(
                True,
                f"**Right: {where}, {escape_md(self.labels[key])}.** "
                f"{escape_md(item.why)}{also}{hit}",
            )
        else:
            tries = self.wrong_tries[name] = self.wrong_tries.get(name, 0) + 1
            note = self._flag_note(cell, key)
            note = f" {escape_md(note)}" if note else ""
            reason = item.wrong_why.get(key, "") or item.hint
            if tries == 1 and (reason or note):
                hint = f" Hint: {escape_md(_sentence(reason))}" if reason else ""
                text = f"**Not quite: {where}.**{note}{hint} Have another look and try again."
            else:
                keys = " or ".join(self.labels[a] for a in item.accepted)
                text = (
                    f"**Not quite: {where}. The key says: {escape_md(keys)}.**{note} "
                    f"{escape_md(item.why)}"
                )
            feedback = Feedback(False, text)
        self._refresh(name, feedback)
        return feedback

    def _refresh(self, name: str, feedback: Feedback) -> None:
        if name in self._marks:
            word = {True: "✓ right", False: "✗ not quite", None: ""}[feedback.correct]
            colour = {True: RIGHT, False: WRONG, None: HINT}[feedback.correct]
            self._marks[name].value = f'<span style="color:{colour}">{word}</span>'
            self._publish(feedback)
            self._score_box.value = _score_html(self.score())

    def _is_right(self, cell: MatrixCell, key: str) -> bool:
        return key in cell.item.accepted

    def _key_flat(self, cell: MatrixCell) -> bool:
        """True when the key states the claim flatly (asserts or denies it)."""
        return any(a in self.flag_labels for a in cell.item.accepted)

    def _mixup(self, name: str, given: str, cell: MatrixCell) -> str:
        return (
            f"{name}: you chose '{self.labels[given]}', "
            f"the key says '{self.labels[cell.item.accepted[0]]}'"
        )

    def score(self) -> Score:
        """The score on first answers: hits, false alarms, misses, correct passes, mix-ups."""
        to_fill = {self.cell_name(c.row, c.col): c for c in self._to_fill()}
        watched = any(c.watch for c in to_fill.values())
        score = Score(
            total=len(to_fill), answered=len(self.first), flag=self.flag if watched else None
        )
        for name, given in sorted(self.first.items()):
            cell = to_fill[name]
            right = self._is_right(cell, given)
            score.right_first_time += right
            counted = False  # as a hit, false alarm, miss or correct pass
            if cell.watch:
                raised = given in self.flag_labels
                key_flat = self._key_flat(cell)
                counted = True
                if raised and right:
                    score.hits += 1
                elif raised and not key_flat:
                    score.false_alarms += 1
                elif not raised and right:
                    score.correct_passes += 1
                elif not raised and key_flat:
                    score.misses += 1
                else:  # asserts where the text denies, or the other way round
                    counted = False
            if not right and not counted:
                score.mixups.append(self._mixup(name, given, cell))
        score.right_now = sum(self._is_right(to_fill[n], k) for n, k in self.latest.items())
        return score

    # -- showing
    def _header(self) -> list[str]:
        names = []
        for col, column in enumerate(self.columns):
            base = " (baseline)" if col == self.baseline else ""
            names.append(f"{chr(ord('A') + col)} · {column}{base}")
        return names

    def _table(self, cell_text) -> str:
        header = ["Claim", *self._header()]
        lines = [
            "| " + " | ".join(escape_md(h) for h in header) + " |",
            "|" + "---|" * len(header),
        ]
        for row, claim in enumerate(self.rows):
            cells = [cell_text(self.cells.get((row, col))) for col in range(len(self.columns))]
            lines.append(f"| {row + 1}. {escape_md(claim)} | " + " | ".join(cells) + " |")
        return "\n".join(lines)

    def _legend(self) -> str:
        return "\n".join(
            f"- `{k}`: {escape_md(self.explanations.get(k, t))}" for k, t in self.labels.items()
        )

    def _student_markdown(self) -> str:
        def cell_text(cell: MatrixCell | None) -> str:
            if cell is None:
                return ""
            if cell.given:
                return f"*{escape_md(cell.item.accepted[0])}*"
            return f"**{self.cell_name(cell.row, cell.col)} ?**"

        examples = [
            f"- {self.cell_name(c.row, c.col)} · {escape_md(self.columns[c.col])}: "
            f"*{escape_md(c.item.accepted[0])}*. {escape_md(c.item.why)}"
            for _, c in sorted(self.cells.items())
            if c.given
        ]
        example_block = (
            "\n\nThe cells in *italics* are filled in as examples:\n" + "\n".join(examples)
            if examples
            else ""
        )
        help_line = self._typed_help(
            f'answer("{self._example_name()}", "...")', "a cell's name and a stance"
        )
        return (
            f"{self._heading()}Stances:\n{self._legend()}\n\n{self._table(cell_text)}"
            f"{example_block}\n\n{help_line}"
        )

    def _key_markdown(self) -> str:
        def cell_text(cell: MatrixCell | None) -> str:
            if cell is None:
                return ""
            stances = " / ".join(escape_md(a) for a in cell.item.accepted)
            mark = " ⚑" if cell.watch and cell.item.accepted[0] in self.flag_labels else ""
            return f"*{stances}*" if cell.given else f"**{stances}**{mark}"

        lines = [
            self._heading(key=True),
            self._table(cell_text),
            "",
            f"Bold cells are for students; italic ones are given. ⚑ marks a cell where the text "
            f"goes further than the baseline (a hit for '{escape_md(self.flag)}'). The first "
            "stance is preferred; every stance listed is accepted.",
            "",
        ]
        for _, cell in sorted(self.cells.items()):
            accepted = cell.item.accepted
            also = ", ".join(escape_md(a) for a in accepted[1:])
            also = f" (also accepted: {also})" if also else ""
            given = " (given)" if cell.given else ""
            lines.append(
                f"- **{self.cell_name(cell.row, cell.col)}** · "
                f"{escape_md(self.columns[cell.col])}{given}: **{escape_md(accepted[0])}**"
                f"{also}. {escape_md(cell.item.why)}"
            )
        return "\n".join(lines)

    def _build_widget(self):
        import ipywidgets as w

        options = [("?", None), *[(k, k) for k in self.labels]]
        grid = []
        header = ["Claim", *self._header()]
        grid += [w.HTML(f"<b>{escape_html(h)}</b>") for h in header]
        for row, claim in enumerate(self.rows):
            grid.append(w.HTML(f"<b>{row + 1}.</b> {escape_html(claim)}"))
            for col in range(len(self.columns)):
                cell = self.cells.get((row, col))
                name = self.cell_name(row, col)
                if cell is None:
                    grid.append(w.HTML(""))
                elif cell.given:
                    grid.append(w.HTML(f"{name}: <i>{escape_html(cell.item.accepted[0])}</i>"))
                else:
                    restored = self.latest.get(name)  # reopened: the stance saved last
                    choose = w.Dropdown(
                        options=options,
                        value=restored if restored in self.labels else None,
                        description=name,
                        tooltip=f"{name}: {claim} ({self.columns[col]})",  # read aloud
                        layout=w.Layout(width="150px"),
                        style={"description_width": "28px"},
                    )
                    mark = w.HTML()
                    if restored in self.labels:
                        right = restored in cell.item.accepted
                        word, colour = ("✓ right", RIGHT) if right else ("✗ not quite", WRONG)
                        mark.value = f'<span style="color:{colour}">{word}</span>'
                    self._choosers[name] = choose
                    self._marks[name] = mark

                    def on_change(change, name=name):
                        if change["new"] is not None:  # as a typed answer: kept and saved
                            self.answer(name, change["new"])

                    choose.observe(on_change, names="value")
                    grid.append(w.VBox([choose, mark]))
        columns = "minmax(180px, 2fr) " + " ".join(["160px"] * len(self.columns))
        table = w.GridBox(grid, layout=w.Layout(grid_template_columns=columns, grid_gap="6px"))
        self._feedback_box = w.HTML()
        last = self._latest_feedback()
        if last is not None:  # reopened: the last answer's feedback again
            self._feedback_box.value = last[1].html()
        self._score_box = w.HTML(_score_html(self.score()))
        legend = "<br>".join(
            f"<b>{escape_html(k)}</b>: {escape_html(self.explanations.get(k, t))}"
            for k, t in self.labels.items()
        )
        return w.VBox(
            [self._title_widget(), w.HTML(legend), table, self._feedback_box, self._score_box]
        )
