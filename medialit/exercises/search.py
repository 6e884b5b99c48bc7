"""Lateral reading done, offline: a results page, the first click and why, then the weighing.

A student searches a case's offline index (`case.search_index`), sees a results page and
chooses which result to open first, saying why (click restraint). The reason must point at
evidence (`medialit.exercises.evidence`): words from the result, or one of the points the
key looks for; a reason that does neither gets a prompt and opens nothing. A good or fair
first click is right; opening the outlet's own page or a look-alike "official" site first
is a miss, with the reason why. Then `weighing_exercise` asks how much weight each result
deserves: lean on it, weigh it with care, or set it aside. It is a label exercise, so it
scores hits and false alarms (setting aside a sound source is a false alarm) and is saved
and sealed like the others.
"""

from __future__ import annotations

import re
from dataclasses import replace

from medialit.case import ASSESSORS, FIRST_CLICKS, SEALED_KEYS, WEIGHTS, SearchPage
from medialit.exercises.base import Exercise, Feedback, Item, Score
from medialit.exercises.evidence import evidence_in
from medialit.exercises.label import LabelExercise
from medialit.exercises.live import feedback_area
from medialit.exercises.locks import make_lock, open_lock
from medialit.exercises.seal import seal
from medialit.exercises.sealed import build_sealed
from medialit.shown import Shown, escape_md, plain

RIGHT_FIRST = ("good", "fair")
WEIGH_HINT = (
    "Open it and ask three questions: who runs it, what might they gain, and what evidence "
    "do they show?"
)


class SearchExercise(Exercise):
    """A results page: open one result first and say why; the reason must show evidence.

    >>> from medialit.case import load_search_index
    >>> from medialit.paths import case_dir
    >>> page = load_search_index(case_dir("kazakhstan-2022")).pages[0]
    >>> s = SearchExercise("search-x", "Search", "Which first?", page)
    >>> s.answer(3, "I like it").correct is None  # no evidence: a prompt, nothing opened
    True
    >>> s.answer(2, "It is the outlet's own page about itself").correct
    False
    >>> s.answer(3, "It is written by others and links to its sources").correct
    True
    """

    kind = "search"

    def __init__(
        self, id: str, title: str, prompt: str, page: SearchPage, *, salt: str = "", **kwargs
    ):
        kwargs.setdefault("handle", "s")
        super().__init__(id, title, prompt, **kwargs)
        self.page = page
        self.salt = salt  # a student pack's: the page was sealed, so no key is shown
        self.first: int | None = None  # index of the result opened first
        self.latest: int | None = None

    def _number(self, number: object) -> int | None:
        if isinstance(number, str) and number.strip().isdigit():
            number = int(number)
        fits = isinstance(number, int) and not isinstance(number, bool)
        return number - 1 if fits and 1 <= number <= len(self.page.results) else None

    def _opened_markdown(self, index: int) -> str:
        result = self.page.results[index]
        return (
            f"**{index + 1}. {escape_md(result.title)}** ({escape_md(result.site)})\n\n"
            f"> {escape_md(result.text)}"
        )

    def answer(self, number: int = 0, why: str = "") -> Feedback:
        """Open result `number` first (counting from 1), saying why in your own words."""
        index = self._number(number)
        if index is None:
            return Feedback(
                None,
                f"Result numbers run from 1 to {len(self.page.results)}; for example "
                f'`{self.handle}.answer(1, "because ...")`.',
            )
        result = self.page.results[index]
        # the outlet's name alone is no reason: it is in every result
        name = re.compile(re.escape(self.page.about), re.IGNORECASE)
        seen = [name.sub(" | ", t) for t in (result.title, result.site, result.snippet)]
        found = evidence_in(why if isinstance(why, str) else "", seen, result.look_for)
        if not found:
            return self._publish(
                Feedback(
                    None,
                    "**Say why first.** Point at what you see on the results page: quote "
                    "words from the title, the web address or the snippet, or say what kind "
                    f"of source it is and why that matters. For example `{self.handle}.answer("
                    f'{index + 1}, "The snippet says ...")`. The page opens when your reason '
                    "points at something.",
                )
            )
        if self.first is None:
            self.first = index
        self.latest = index
        counted = f"Your reason counts: {escape_md(found)}."
        page = self._opened_markdown(index)
        if result.first in RIGHT_FIRST:
            label = "a good first click" if result.first == "good" else "a fair first click"
            text = (
                f"**Right: {label}.** {escape_md(result.first_why)} {counted}\n\n{page}\n\n"
                f"Now open one or two others with `{self.handle}.open(n)` and compare."
            )
            return self._publish(Feedback(True, text))
        text = (
            f"**Not the best first click.** {escape_md(result.first_why)} {counted}\n\n"
            f"Here is the page anyway:\n\n{page}\n\nWhich result would tell you more about "
            f'who is behind it? Choose again with `{self.handle}.answer(n, "...")`.'
        )
        return self._publish(Feedback(False, text))

    def open(self, number: int) -> Shown:
        """Read result `number` after your first click (before it, choose with `answer`).

        >>> from medialit.case import load_search_index
        >>> from medialit.paths import case_dir
        >>> page = load_search_index(case_dir("kazakhstan-2022")).pages[0]
        >>> "answer" in SearchExercise("s", "S", "P", page).open(1).text
        True
        """
        if self.first is None and not self.answer_key:
            return Shown(
                f'*Choose your first click before reading: `{self.handle}.answer(n, "why")`.*',
                f'Choose your first click before reading: {self.handle}.answer(n, "why").',
            )
        index = self._number(number)
        if index is None:
            line = f"Result numbers run from 1 to {len(self.page.results)}."
            return Shown(f"*{line}*", line)
        markdown = self._opened_markdown(index)
        return Shown(markdown, plain(markdown))

    def score(self) -> Score:
        """Right when the first click was a good or fair one (first answers count)."""
        score = Score(total=1, answered=int(self.first is not None))
        if self.first is not None:
            score.right_first_time = int(self.page.results[self.first].first in RIGHT_FIRST)
            score.right_now = int(self.page.results[self.latest].first in RIGHT_FIRST)
            if not score.right_first_time:
                result = self.page.results[self.first]
                kind = ASSESSORS.get(result.assessor, result.assessor)
                score.mixups.append(f"you opened {kind} first ({result.site})")
        return score

    # -- showing
    def _results_markdown(self) -> list[str]:
        lines = [
            f"**Results for {escape_md(self.page.about)}** (an offline search: every site "
            "here is invented)",
            "",
        ]
        for n, result in enumerate(self.page.results, start=1):
            lines.append(f"{n}. **{escape_md(result.title)}**  \n   `{escape_md(result.site)}`  ")
            lines.append(f"   {escape_md(result.snippet)}")
        return lines

    def _student_markdown(self) -> str:
        help_line = self._typed_help(
            'answer(1, "because ...")', "the result's number and your reason"
        )
        return "\n".join([self._heading(), *self._results_markdown(), "", help_line])

    def _key_markdown(self) -> str:
        if self.salt:
            return f"{self._heading(key=True)}*The student pack carries no answer key.*"
        lines = [self._heading(key=True), *self._results_markdown(), "", "**Key:**", ""]
        for n, result in enumerate(self.page.results, start=1):
            weights = " or ".join(result.weigh)
            lines.append(
                f"{n}. First click: **{result.first}**. {escape_md(result.first_why)} "
                f"Weight: **{weights}**. {escape_md(result.weigh_why)}"
            )
        return "\n".join(lines)

    def _build_widget(self):
        import ipywidgets as w

        options = [(f"{n}. {r.title}", n) for n, r in enumerate(self.page.results, start=1)]
        choose = w.RadioButtons(
            options=options,
            value=None if self.latest is None else self.latest + 1,
            description="Open first",
            layout=w.Layout(width="95%"),
        )
        reason = w.Textarea(
            placeholder="Why this one? Quote the result, or say what kind of source it is",
            layout=w.Layout(width="95%", height="70px"),
            description="Because",
        )
        button = w.Button(description="Open it", tooltip="Opens the result you chose")
        self._feedback_box = feedback_area()
        last = self._latest_feedback()
        if last is not None:
            self._feedback_box.value = last[1].html()
        button.on_click(lambda _: self.answer(choose.value, reason.value))
        return w.VBox([self._title_widget(), choose, reason, button, self._feedback_box])


def seal_search(raw: dict, salt: str) -> dict:
    """A search index (as read from search.yml) for a student pack: each result's key in locks.

    >>> raw = {"pages": [{"id": "p", "results": [{"id": "r", "first": "weak", "first_why":
    ...     "Its own page.", "weigh": ["care"], "weigh_why": "It has a stake."}]}]}
    >>> sealed = seal_search(raw, "salt")
    >>> sealed["salt"], sorted(sealed["pages"][0]["results"][0]), "stake" in str(sealed)
    ('salt', ['id', 'locks'], False)
    """
    pages = []
    for page in raw.get("pages") or []:
        results = []
        for result in page.get("results") or []:
            where = f"search/{page.get('id')}/{result.get('id')}"
            kept = {k: v for k, v in result.items() if k not in SEALED_KEYS}
            first, weigh = str(result.get("first")), [str(w) for w in result.get("weigh") or []]
            kept["locks"] = {
                "first": make_lock(salt, f"{where}/first", [first], str(result.get("first_why"))),
                "weigh": make_lock(salt, f"{where}/weigh", weigh, str(result.get("weigh_why"))),
            }
            results.append(kept)
        pages.append({**page, "results": results})
    return {**raw, "salt": salt, "pages": pages}


def unseal_page(page: SearchPage, salt: str) -> SearchPage:
    """A sealed page with each result's key opened from its locks (in a student's notebook).

    >>> from medialit.case import SearchResult
    >>> raw = {"pages": [{"id": "p", "results": [{"id": "r", "first": "weak", "first_why":
    ...     "Its own page.", "weigh": ["care"], "weigh_why": "It has a stake."}]}]}
    >>> locks = seal_search(raw, "s")["pages"][0]["results"][0]["locks"]
    >>> result = SearchResult("r", "T", "x.example", "own-page", "S", "T", "", "", (), "",
    ...     locks=locks)
    >>> opened = unseal_page(SearchPage("p", "P", (), (result,)), "s").results[0]
    >>> opened.first, opened.first_why, opened.weigh
    ('weak', 'Its own page.', ('care',))
    """
    results = []
    for result in page.results:
        if not result.locks:
            results.append(result)
            continue
        where = f"search/{page.id}/{result.id}"
        firsts = {
            k: open_lock(result.locks["first"], salt, f"{where}/first", k) for k in FIRST_CLICKS
        }
        weighs = {k: open_lock(result.locks["weigh"], salt, f"{where}/weigh", k) for k in WEIGHTS}
        first = next((k for k, why in firsts.items() if why is not None), "weak")
        weigh = tuple(k for k, why in weighs.items() if why is not None)
        results.append(
            replace(
                result,
                first=first,
                first_why=firsts.get(first) or "",
                weigh=weigh,
                weigh_why=next((w for w in weighs.values() if w is not None), ""),
            )
        )
    return replace(page, results=tuple(results))


def weighing_exercise(page: SearchPage, salt: str = "", **kwargs) -> LabelExercise:
    """After reading: how much weight does each result deserve? Setting aside is the flag.

    With a student pack's `salt`, the exercise is sealed like the pack's label exercises.

    >>> from medialit.case import load_search_index
    >>> from medialit.paths import case_dir
    >>> page = load_search_index(case_dir("kazakhstan-2022")).pages[0]
    >>> w = weighing_exercise(page, handle="w")
    >>> w.answer(1, "drop").correct, w.answer(3, "drop").correct
    (True, False)
    >>> w.score().hits, w.score().false_alarms
    (1, 1)
    """
    items = [Item(f"{r.title} ({r.site})", r.weigh, r.weigh_why, WEIGH_HINT) for r in page.results]
    kwargs.setdefault("handle", "w")
    exercise = LabelExercise(
        f"weigh-{page.id}",
        f"Weigh the assessors: {page.about}",
        "Read two or three results, then say how much weight each one deserves.",
        dict(WEIGHTS),
        items,
        flag="drop",
        **kwargs,
    )
    if not salt:
        return exercise
    common = {"id": exercise.id, "title": exercise.title, "prompt": exercise.prompt}
    common.update(handle=exercise.handle, number=exercise.number)
    return build_sealed(seal(exercise, salt), common)  # a student pack's: it never shows the key
