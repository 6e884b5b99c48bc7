"""Claim-matrix exercises: where does each text stand on each claim? Filled in cell by cell.

The flag here is "goes further than the baseline": a text that states a claim flatly
where the baseline text only reports, hedges or leaves it out. `flag_note` and
`baseline_note` word a false alarm or a miss the same way for the real matrix and
its sealed twin in the student pack.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from medialit.errors import MedialitError
from medialit.exercises.base import (
    HINT,
    RIGHT,
    WRONG,
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


def baseline_note(column: str, stance: str) -> str:
    """What the baseline text does with a claim, as feedback adds it after a flag note.

    >>> baseline_note("Wire", "attributes"), baseline_note("Wire", "asserts")
    (' The baseline (Wire) only reports who says it.', ' The baseline (Wire) asserts it.')
    """
    return f" The baseline ({column}) {_BASELINE_DOES.get(stance, f'{stance} it')}."


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

    def _example_name(self) -> str:
        first = self._to_fill()
        return self.cell_name(first[0].row, first[0].col) if first else "A1"

    # -- answering
    def usage(self) -> str:
        """An example answer: a cell's name and a stance, each in quotes."""
        return f'answer("{self._example_name()}", "{next(iter(self.labels))}")'

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
        try:
            key = resolve_label(stance, self.labels, "a stance")
        except MedialitError as exc:
            return Feedback(None, escape_md(str(exc)))
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
            baseline = baseline_note(self.columns[self.baseline], stance)
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
            reason = item.after_wrong(key)
            if tries == 1 and (reason or note):
                hint = f" Hint: {escape_md(as_sentence(reason))}" if reason else ""
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
            self._score_box.value = score_html(self.score())

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
                        right = self._is_right(cell, restored)  # a pack's: its lock
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
        self._feedback_box = feedback_area()
        last = self._latest_feedback()
        if last is not None:  # reopened: the last answer's feedback again
            self._feedback_box.value = last[1].html()
        self._score_box = w.HTML(score_html(self.score()))
        legend = "<br>".join(
            f"<b>{escape_html(k)}</b>: {escape_html(self.explanations.get(k, t))}"
            for k, t in self.labels.items()
        )
        return w.VBox(
            [self._title_widget(), w.HTML(legend), table, self._feedback_box, self._score_box]
        )
