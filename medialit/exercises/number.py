"""Number exercises: type a number; anything in the accepted range counts as right."""

from __future__ import annotations

import math
import re

from medialit.exercises.base import Exercise, Feedback, Score, as_sentence
from medialit.shown import escape_md, format_number


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
        low, high = format_number(self.low, digits=10), format_number(self.high, digits=10)
        return f" (anything from {low} to {high} counts)"

    def usage(self) -> str:
        """An example answer: a number, with no quotes needed."""
        return "answer(2.5)"

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
                    False, f"**Not quite: {side}.** Hint: {escape_md(as_sentence(self.hint))}"
                )
            else:
                feedback = Feedback(
                    False,
                    f"**Not quite: {side}. The key says {format_number(self.value, digits=10)}"
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
            f"{self._heading(key=True)}**Key: {format_number(self.value, digits=10)}{unit}**"
            f"{self._range_text()}. "
            f"{escape_md(self.why)}"
        )

    def _build_widget(self):
        import ipywidgets as w

        box = w.Text(
            placeholder="type a number", description="Answer", layout=w.Layout(width="260px")
        )
        return self._answer_form(box, "Check", "Check your number", side_by_side=True)
