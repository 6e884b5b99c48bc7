"""Free-text exercises: write in your own words; the model answer appears once the answer
gives evidence (a quote from the texts, or one of the points to look for: `evidence`)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from medialit.exercises.base import Exercise, Feedback, Score
from medialit.exercises.evidence import Evidence, LookFor, find_evidence, look_for_points
from medialit.shown import escape_md


def evidence_prompt(handle: str, points: Sequence[str], hidden: bool = False) -> str:
    """What a student reads when an answer gives no evidence yet: how to give some.

    >>> print(evidence_prompt("q4", ["says who pays"]).split(" in quotation marks, ")[1])
    or make at least one of these points in your own words:
    - says who pays
    <BLANKLINE>
    Then answer again: `q4.answer("...")`. What you wrote is saved.
    """
    listed = "".join(f"\n- {escape_md(p)}" for p in points)
    if listed:
        either = f", or make at least one of these points in your own words:{listed}\n\n"
    elif hidden:  # a student pack: the points are sealed, so only their kind is named
        either = ", or say in your own words what you would check, and why.\n\n"
    else:
        either = ".\n\n"
    return (
        "**Not quite: show what your answer rests on.** Quote the words from the text that "
        f"decided it, in quotation marks{either}"
        f'Then answer again: `{handle}.answer("...")`. What you wrote is saved.'
    )


class FreeTextExercise(Exercise):
    """Write an answer in your own words; a model answer appears after you try.

    An answer must quote the `sources` (the case's texts) or make one of the `look_for`
    points before the model answer appears; an exercise with neither takes any answer.

    >>> ex = FreeTextExercise("why", "In your words", "Why check the outlet?",
    ...     model_answer="Because who publishes shapes what is said.", look_for=["who publishes"],
    ...     sources=["The site names no owner."])
    >>> ex.answer("").correct is None, ex.answer("I do not know lol").correct
    (True, False)
    >>> ex.answer('It says "names no owner", so I would ask who publishes it.').correct
    True
    """

    kind = "free-text"

    def __init__(
        self,
        id: str,
        title: str,
        prompt: str,
        *,
        model_answer: str,
        look_for: Iterable[object] = (),
        min_words: int = 4,
        sources: Sequence[str] = (),
        **kwargs,
    ):
        super().__init__(id, title, prompt, **kwargs)
        self.model_answer = model_answer
        self.points = look_for_points(look_for)
        self.look_for = [p.point for p in self.points if isinstance(p, LookFor)]
        self.sources = list(sources)
        self.min_words = min_words
        self.text: str | None = None

    def evidence(self, text: str) -> Evidence | None:
        """The evidence an answer gives; None when the exercise asks for none."""
        if not (self.points or self.sources):
            return None
        return find_evidence(text, [self.prompt, *self.sources], self.points)

    def _too_short(self, text: object) -> Feedback | None:
        if not isinstance(text, str) or len(text.split()) < self.min_words:
            return Feedback(
                None,
                f"Write at least {self.min_words} words first, in quotes: "
                f'`{self.handle}.answer("I think ...")`.',
            )
        return None

    def usage(self) -> str:
        """An example answer: your sentences, in quotes."""
        return 'answer("I think ... because the text says \'...\'")'

    def answer(self, text: object) -> Feedback:
        """Save your answer; the model answer appears once it quotes the text or makes a point."""
        short = self._too_short(text)
        if short is not None:
            short.markdown += " The model answer appears after you try."
            return short
        found = self.evidence(str(text))
        if found is not None and not found.found:
            return self._publish(Feedback(False, evidence_prompt(self.handle, self.look_for)))
        self.text = str(text)
        met = set(found.points) if found else set()
        points = "".join(
            f"\n- {escape_md(p)}{' (your answer does this)' if p in met else ''}"
            for p in self.look_for
        )
        checklist = f"\n\nDid your answer cover these points?{points}" if points else ""
        quoted = (
            f" You quoted: {', '.join(f'“{escape_md(q)}”' for q in found.quotes)}."
            if found and found.quotes
            else ""
        )
        feedback = Feedback(
            True,
            f"**Thanks: your answer is noted.**{quoted} Compare it with a model "
            f"answer: {escape_md(self.model_answer)}{checklist}",
        )
        return self._publish(feedback)

    def score(self) -> Score:
        """Written or not: free text has no single right answer, so it is not marked."""
        return Score(total=1, answered=int(self.text is not None), graded=False)

    def _student_markdown(self) -> str:
        help_line = self._typed_help('answer("...")', "your sentences")
        return (
            f"{self._heading()}Write two or three sentences. Quote the words from the text "
            "that decided your answer, in quotation marks, or say what you would check: the "
            f"model answer appears once you do.\n\n{help_line}"
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
