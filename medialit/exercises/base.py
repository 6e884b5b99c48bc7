"""What every self-check shares: an item, feedback, a score, and the `Exercise` base class.

Each kind of exercise has its own module (`label`, `number`, `freetext`, `matrix`).
Each shows buttons where widgets work and the same exercise as plain text where
they do not; typed answers (`q1.answer(1, "bare")`) work everywhere. Feedback
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

A typed label is read the same way by every kind that takes labels (`resolve_label`).
"""

from __future__ import annotations

import functools
import html
import inspect
import json
from collections.abc import Callable
from dataclasses import dataclass, field

from medialit.errors import MedialitError
from medialit.exercises.live import feedback_area
from medialit.shown import Shown, escape_html, escape_md, plain

RIGHT, WRONG, HINT = "#0072B2", "#B34700", "#6a4c00"  # Okabe-Ito blue; dark vermillion; dark amber
# (each at least 4.5:1 on white, as text needs: Okabe-Ito's own vermillion #D55E00 is 3.9:1)
# Feedback is shown in a widget's live region (exercises/live.py), so a screen reader reads it
# out when it changes.


@dataclass
class Item:
    """One thing to label: the words shown, every accepted label, and why.

    `wrong_why` says why a wrong label is wrong (the key shows it); `label_hints` is the
    question a student sees after choosing a label wrongly (`label_hints()`), never chosen
    by the key; `hint` is the item's own, pointing at its words.
    """

    prompt: str
    accepted: tuple[str, ...]
    why: str
    hint: str = ""
    source: str = ""
    wrong_why: dict[str, str] = field(default_factory=dict)
    label_hints: dict[str, str] = field(default_factory=dict)

    def after_wrong(self, label: str) -> str:
        """What a student reads after choosing `label` wrongly: why, else a hint, else "".

        >>> Item("x", ("a",), "A.", "Read it.", label_hints={"b": "Is it b?"}).after_wrong("b")
        'Is it b?'
        """
        return self.wrong_why.get(label, "") or self.label_hints.get(label, "") or self.hint


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
        """The feedback for a widget's feedback area (`feedback_area`, a live region read out
        by screen readers), coloured and marked with words, not colour alone.

        >>> page = Feedback(False, "**Not quite.**").html()
        >>> "#B34700" in page, "Not quite." in page
        (True, True)
        """
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
    justified: int | None = None  # lesson 06: right answers whose reason quotes the deciding words

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
        if self.justified is not None:
            lines.append(
                f"Reasons accepted (a right answer, quoting the words that decide it): "
                f"{self.justified} of {self.total}."
            )
        if self.mixups:
            lines.append("Mix-ups: " + "; ".join(self.mixups) + ".")
        return "\n".join(lines)

    def _repr_markdown_(self) -> str:
        return escape_md(self.summary()).replace("\n", "  \n")

    def __repr__(self) -> str:
        return self.summary()


def as_sentence(text: str) -> str:
    """Text that ends like a sentence, so the next sentence can follow it.

    >>> as_sentence("Who is speaking"), as_sentence("Read on."), as_sentence("")
    ('Who is speaking.', 'Read on.', '')
    """
    text = text.strip()
    return text if not text or text[-1] in ".!?:)\"'”" else text + "."


def label_hints(accepted: tuple[str, ...], hints: dict, own: str = "") -> dict[str, str]:
    """The hint a student sees after choosing each wrong label: the item's own hint when it
    has one, else that label's question. Never chosen by the key, so never the answer.

    >>> label_hints(("bare",), {"bare": "Who says so?", "source": "Who is named?"})
    {'source': 'Who is named?'}
    >>> label_hints(("bare",), {"source": "Who is named?"}, own="Read the verb.")
    {}
    """
    if own:
        return {}
    return {k: str(v) for k, v in hints.items() if k not in accepted and v}


def score_html(score: Score) -> str:
    """A score as a widget shows it under an exercise.

    >>> score_html(Score(total=2))
    '<div style="white-space:pre-wrap">Not answered yet (2 to do).</div>'
    """
    return f'<div style="white-space:pre-wrap">{escape_html(score.summary())}</div>'


def resolve_label(typed: object, labels: dict[str, str], not_one: str) -> str:
    """The key of the label a student typed, for every kind of exercise that takes labels.

    `labels` maps each key to its title. An exact key wins (in any case), then an
    exact title, then the start of a key or a title that fits one label only. A start
    that fits two labels is a one-line `MedialitError` naming them and asking for more
    letters (never silently the first); anything else is one listing the keys, worded
    with `not_one` ("one of the answers here", "a stance").

    >>> labels = {"sound": "Sound reasoning", "single-cause": "Single cause"}
    >>> resolve_label("SOUND", labels, "a verdict"), resolve_label("single c", labels, "a verdict")
    ('sound', 'single-cause')
    >>> resolve_label("s", labels, "a verdict")
    Traceback (most recent call last):
    ...
    medialit.errors.MedialitError: 's' could be "sound" or "single-cause"; type more letters
    """
    wanted = typed.strip().casefold() if isinstance(typed, str) else ""
    if wanted:
        for key in labels:
            if wanted == key.casefold():
                return key
        for key, title in labels.items():
            if wanted == title.casefold():
                return key
        starts = [
            k
            for k, t in labels.items()
            if k.casefold().startswith(wanted) or t.casefold().startswith(wanted)
        ]
        if len(starts) == 1:
            return starts[0]
        if starts:
            names = [f'"{k}"' for k in starts]
            raise MedialitError(
                f"'{typed}' could be {', '.join(names[:-1])} or {names[-1]}; type more letters"
            )
    listed = ", ".join(f'"{k}"' for k in labels)
    raise MedialitError(f"'{typed}' is not {not_one}; use one of {listed}.")


def _jsonable(value: object) -> object:
    """An answer as JSON can keep it (tuples become lists, odd objects their text)."""
    return json.loads(json.dumps(value, default=str))


def _kept(method: Callable) -> Callable:
    """Wrap an exercise's `answer` so every real attempt is kept in `history` and saved."""

    signature = inspect.signature(method)

    @functools.wraps(method)
    def answer(self, *args, **kwargs):
        try:  # q1.answer() with no answer, or one too many: say how to type it, not a traceback
            signature.bind(self, *args, **kwargs)
        except TypeError:
            return Feedback(None, f"Type your answer like this: `{self.handle}.{self.usage()}`.")
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

    return answer


class Exercise:
    """What every exercise shares: a title, a prompt, a display for each mode."""

    kind = "exercise"

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        method = cls.__dict__.get("answer")
        if callable(method):  # wrapping twice is harmless: the inner wrapper sees _answering
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
    def usage(self) -> str:
        """How a typed answer looks for this exercise (after `q1.`), as an example.

        >>> from medialit.exercises.number import NumberExercise
        >>> NumberExercise("n", "N", "How many?", answer=3, why="Three.").usage()
        'answer(2.5)'
        """
        return 'answer("...")'

    def _student_markdown(self) -> str:
        raise NotImplementedError

    def _key_markdown(self) -> str:
        raise NotImplementedError

    def _build_widget(self):
        raise NotImplementedError

    def score(self) -> Score:
        """The score so far."""
        raise NotImplementedError

    def saved_with(self) -> dict:
        """What the answers file keeps beside the answers and the score (nothing, for most
        kinds; the pre/post check keeps its form, case and place).

        >>> Exercise("x", "X", "Do it.").saved_with()
        {}
        """
        return {}

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
        # the thing answered is every argument but the last (item 2 of a label exercise),
        # however it was typed: q1.answer(2, "bare") and q1.answer(number=2, label="bare")
        target = json.dumps(_jsonable(self._answered(args, kwargs)[:-1]))
        self._latest[target] = (self._call_text(args, kwargs), feedback)
        if self.on_answer is not None and not self._replaying:
            problem = self.on_answer(self)
            if problem:
                feedback.markdown += f"\n\n*{escape_md(problem)}*"
                self._republish(feedback)

    def _answered(self, args: tuple, kwargs: dict) -> list:
        """An answer's arguments in the order `answer` takes them, named or not (the call
        has just succeeded, so they bind)."""
        return list(inspect.signature(self.answer).bind(*args, **kwargs).arguments.values())

    def _republish(self, feedback: Feedback) -> None:
        """Show changed feedback again where the widget shows feedback."""
        self._publish(feedback)

    def restore(self, history: list[dict], saved_in: str = "") -> int:
        """Replay saved answers (from `history` of an earlier run); returns how many counted.

        >>> from medialit.exercises.number import NumberExercise
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
        self._feedback_box = feedback_area()
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
