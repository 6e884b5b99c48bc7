"""Free-text exercises: write in your own words; a model answer appears after you try."""

from __future__ import annotations

from medialit.exercises.base import Exercise, Feedback, Score
from medialit.shown import escape_md


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
