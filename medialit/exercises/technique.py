"""Name the technique: which persuasion techniques does a passage use? Several may apply.

Each item is a passage keyed with the techniques the case's annotations record for it
(`techniques:` in annotations/<text>.yml), or with `none` for a fair sentence. A student
names one or more techniques, and may cite the words that show them. The score counts per
technique: a technique named rightly is a hit, one named wrongly a false alarm, one the key
lists and the student left out a miss; a fair passage left alone is a correct pass. The
key may accept reasonable alternatives (`also`), which are never false alarms or misses.
It is a label exercise whose items take several labels at once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from medialit.errors import MedialitError
from medialit.exercises.base import (
    Feedback,
    Item,
    Score,
    as_sentence,
    resolve_label,
    score_html,
)
from medialit.exercises.evidence import words_of
from medialit.exercises.label import LabelExercise
from medialit.exercises.live import feedback_area
from medialit.shown import escape_html, escape_md

NONE = "none"  # the label for a passage that uses none of the techniques
NAME_HINT = (
    "For each technique you named, find the words in the passage that show it. "
    "If you cannot point to them, leave that technique out."
)


@dataclass
class Passage(Item):
    """An item whose `accepted` are the techniques it uses (`none` when it uses none), with
    the alternatives the key also accepts and the words that show the techniques."""

    also: tuple[str, ...] = ()
    signals: tuple[str, ...] = ()

    def __post_init__(self):
        self.accepted = tuple(self.accepted) or (NONE,)

    @property
    def techniques(self) -> tuple[str, ...]:
        """The techniques the key lists (none for a fair passage).

        >>> Passage("Talks open on 10 January.", (), "A dated fact.").techniques
        ()
        """
        return tuple(k for k in self.accepted if k != NONE)


@dataclass(repr=False)  # shown as its summary, as every score is
class TechniqueScore(Score):
    """A score with hits, false alarms and misses per technique as well as in total."""

    by_technique: dict[str, dict[str, int]] = field(default_factory=dict)
    per: str = "technique"  # what a label is: a technique, or a chart's flaw

    def summary(self) -> str:
        """The score, then one line per technique named or missed."""
        text = super().summary()
        if not self.answered:
            return text
        parts = [
            f"{name}: hits {c['hits']}, false alarms {c['false_alarms']}, misses {c['misses']}"
            for name, c in self.by_technique.items()
        ]
        return text + (f"\nBy {self.per}: " + "; ".join(parts) + "." if parts else "")


def _normal(text: str) -> str:
    return " ".join(words_of(text))


class TechniqueExercise(LabelExercise):
    """Name the technique(s) in each passage, and cite the words if you like.

    >>> ex = TechniqueExercise("t", "Name it", "Which techniques?",
    ...     {"who-benefits": "Who gains?", "loaded-language": "Loaded language", "none": "None"},
    ...     [Passage("Guess which capital benefits.", ("who-benefits",), "Gain is no proof."),
    ...      Passage("Talks open on 10 January.", (), "A dated fact.")])
    >>> ex.answer(1, "who-b", words="which capital benefits").correct
    True
    >>> ex.answer(2, ["loaded"]).correct
    False
    >>> s = ex.score(); (s.hits, s.false_alarms, s.misses)
    (1, 1, 0)
    """

    kind = "technique"
    item_word = "passage"  # what an item is called in messages and on the widget
    label_word = "technique"  # what a label is called in messages
    asks_words = True  # the widget asks for the words that show the label
    choice_hints: dict[str, str] = {}  # noqa: RUF012 - a hint for each label chosen wrongly

    def __init__(
        self,
        id: str,
        title: str,
        prompt: str,
        labels: dict[str, str],
        items: list[Passage],
        **kwargs,
    ):
        labels = {**labels, NONE: labels.get(NONE, "None of these techniques")}
        super().__init__(id, title, prompt, labels, items, **kwargs)
        self.first: dict[int, tuple[str, ...]] = {}  # item index -> techniques first named
        self.latest: dict[int, tuple[str, ...]] = {}

    def _accepted(self, index: int) -> set[str]:
        passage = self.items[index]
        return set(passage.accepted) | set(passage.also)

    def _named(self, labels: object) -> tuple[str, ...]:
        if isinstance(labels, str):
            labels = [p for p in re.split(r"[,;+]| and ", labels) if p.strip()]
        if not isinstance(labels, (list, tuple)) or not labels:
            first, second = [k for k in self.labels if k != NONE][:2] or ["...", "..."]
            raise MedialitError(
                f'name one or more {self.label_word}s, like {self.handle}.answer(1, "{first}") '
                f'or {self.handle}.answer(1, ["{first}", "{second}"])'
            )
        keys: list[str] = []
        for label in labels:
            key = resolve_label(label, self.labels, f"one of the {self.label_word}s here")
            if key not in keys:
                keys.append(key)
        if NONE in keys and len(keys) > 1:
            raise MedialitError(
                f"'none' cannot go with a {self.label_word}; choose one or the other"
            )
        return tuple(keys)

    def _words_note(self, index: int, words: object) -> str:
        if not words:
            return ""
        passage = self.items[index]
        said = _normal(str(words))
        if not said or said not in _normal(passage.prompt):
            return " Your words are not in the passage as written: copy them exactly next time."
        if any(said in _normal(s) or _normal(s) in said for s in passage.signals):
            return f" Your words ({escape_md(str(words))}) are the ones the key points at too."
        return f" Your words ({escape_md(str(words))}) are in the passage."

    def answer(self, number: int = 0, techniques: object = None, words: str = "") -> Feedback:  # type: ignore[override]
        """Name the techniques in passage `number` (a name, a list, or names split by commas);
        `words` may cite the words in the passage that show them."""
        if isinstance(number, str) and number.strip().isdigit():
            number = int(number)
        if not isinstance(number, int) or isinstance(number, bool):
            number = 0
        if not 1 <= number <= len(self.items):
            return Feedback(
                None,
                f"{self.item_word.capitalize()} numbers run from 1 to {len(self.items)}; "
                "for example "
                f'`{self.handle}.answer(1, "{next(iter(self.labels))}")`.',
            )
        try:
            named = self._named(techniques)
        except MedialitError as exc:
            return Feedback(None, escape_md(str(exc)))
        return self._record(number - 1, named, self._words_note(number - 1, words))

    def _titles(self, keys) -> str:
        return ", ".join(self.labels[k] for k in keys)

    def _is_right(self, index: int, named: tuple[str, ...]) -> bool:  # type: ignore[override]
        return bool(named) and set(named) <= self._accepted(index)

    def _record(self, index: int, named: tuple[str, ...], words: str = "") -> Feedback:  # type: ignore[override]
        passage = self.items[index]
        self.first.setdefault(index, named)
        self.latest[index] = named
        if self._is_right(index, named):
            left_out = [k for k in passage.accepted if k not in named]
            more = f" The key also lists: {escape_md(self._titles(left_out))}." if left_out else ""
            text = f"**Right: {escape_md(self._titles(named))}.** {escape_md(passage.why)}{more}"
            feedback = Feedback(True, text + words)
        else:
            tries = self.wrong_tries[index] = self.wrong_tries.get(index, 0) + 1
            if tries == 1:
                hint = as_sentence(self._hint(index, named))
                text = f"**Not quite.** {escape_md(hint)} Have another look and try again."
            else:
                text = (
                    f"**Not quite. The key says: {escape_md(self._titles(passage.accepted))}.** "
                    f"{escape_md(passage.why)}"
                )
            feedback = Feedback(False, text + words)
        self.item_feedback[index] = feedback
        self._refresh(index, feedback)
        return feedback

    def _hint(self, index: int, named: tuple[str, ...]) -> str:
        """The hint after a first wrong answer: the passage's own, else the hint for the
        first label named wrongly (`choice_hints`), else the kit's."""
        wrong = [k for k in named if k not in self._accepted(index)] or list(named)
        return self.items[index].hint or self.choice_hints.get(wrong[0], "") or NAME_HINT

    def score(self) -> TechniqueScore:
        """Hits, false alarms and misses per technique, on each passage's first answer."""
        score = TechniqueScore(
            total=len(self.items), answered=len(self.first), flag=f"a {self.label_word}",
            per=self.label_word,
        )  # fmt: skip
        counts: dict[str, dict[str, int]] = {}

        def count(key: str, what: str) -> None:
            entry = counts.setdefault(self.labels[key], {"hits": 0, "false_alarms": 0, "misses": 0})
            entry[what] += 1

        for index, named in sorted(self.first.items()):
            passage = self.items[index]
            score.right_first_time += self._is_right(index, named)
            if named == (NONE,):
                score.correct_passes += not passage.techniques
            for key in named if named != (NONE,) else ():
                if key in self._accepted(index):
                    score.hits += 1
                    count(key, "hits")
                else:
                    score.false_alarms += 1
                    count(key, "false_alarms")
                    score.false_alarm_items.append(f"item {index + 1}: {self.labels[key]}")
            for key in passage.techniques:
                if key not in named:
                    score.misses += 1
                    count(key, "misses")
        score.right_now = sum(self._is_right(i, k) for i, k in self.latest.items())
        score.by_technique = counts
        return score

    # -- showing
    def _student_markdown(self) -> str:
        labels = " · ".join(f"`{k}` = {escape_md(t)}" for k, t in self.labels.items())
        lines = [self._heading(), f"{self.label_word.capitalize()}s: {labels}\n"]
        lines += [self._item_markdown(i, p) for i, p in enumerate(self.items)]
        if self.asks_words:
            example = 'answer(1, ["...", "..."], words="...")'
            what = f"the {self.item_word}'s number, {self.label_word}s and words"
        else:
            example = 'answer(1, ["..."])'
            what = f'the {self.item_word}\'s number and its {self.label_word}s (or "none")'
        lines += ["", self._typed_help(example, what)]
        return "\n".join(lines)

    def _key_markdown(self) -> str:
        lines = [self._heading(key=True)]
        for i, passage in enumerate(self.items):
            key = escape_md(self._titles(passage.accepted))
            also = (
                f" (also accepted: {escape_md(self._titles(passage.also))})" if passage.also else ""
            )
            lines.append(self._item_markdown(i, passage))
            lines.append(f"   **Key: {key}**{also}. {escape_md(passage.why)}")
        return "\n".join(lines)

    def _item_html(self, index: int, passage: Passage) -> str:
        """One passage as the widget shows it."""
        return f"<b>{index + 1}.</b> {escape_html(passage.prompt)}"

    def _build_widget(self):
        import ipywidgets as w

        rows = [self._title_widget()]
        self._feedback_boxes = []
        options = [(title, key) for key, title in self.labels.items()]
        for index, passage in enumerate(self.items):
            text = w.HTML(self._item_html(index, passage))
            choose = w.SelectMultiple(
                options=options,
                value=self.latest.get(index, ()),
                rows=len(options),
                description=f"{self.item_word.capitalize()} {index + 1}",
            )
            words = w.Text(placeholder="the words that show it (optional)", description="Words")
            asked = [words] if self.asks_words else []
            button = w.Button(description="Check", tooltip=f"Check {self.item_word} {index + 1}")
            earlier = self.item_feedback.get(index)
            self._feedback_boxes.append(feedback_area(earlier.html() if earlier else ""))

            def check(_, index=index, choose=choose, words=words):
                feedback = self.answer(index + 1, list(choose.value), words=words.value)
                self._feedback_boxes[index].value = feedback.html()

            button.on_click(check)
            rows.append(w.VBox([text, choose, *asked, button, self._feedback_boxes[index]]))
        self._score_box = w.HTML(score_html(self.score()))
        rows.append(self._score_box)
        return w.VBox(rows)
