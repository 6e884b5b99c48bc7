"""The lesson steps for comparing texts (lessons 02 and 03), mixed into `Lesson`.

Each step is one short call in a notebook (`L.find("20,000")`, `L.swaps(a, b)`);
the work is done in `medialit.notebook.side_by_side`, `medialit.notebook.copies`,
`medialit.notebook.charts` and the comparison library they call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from medialit.errors import MedialitError
from medialit.notebook import charts, copies, voices
from medialit.notebook import side_by_side as sidebyside
from medialit.notebook import tone as toneviews
from medialit.notebook.guesses import drift_guess
from medialit.notebook.standins import stand_in_pair, stand_ins, with_note
from medialit.shown import Shown

if TYPE_CHECKING:
    from medialit.case import Case


class ComparingSteps:
    """Steps that lay several texts side by side, or a copy beside its original.

    A text the case does not have is replaced by the case's own text that plays its
    part (`medialit.notebook.standins`), with a note saying so.
    """

    case: Case

    def _stand_ins(self, text_ids: list[str]) -> tuple[list[str], str]:
        """The case's texts for the named ones, the same stand-in for a name all lesson."""
        return stand_ins(self.case, text_ids, self.__dict__.setdefault("_stood_in", {}))

    def _matrix_texts(self) -> list[str]:
        if self.case.claims and self.case.claims.texts:
            return list(self.case.claims.texts)
        return list(self.case.articles)

    # -- lesson 02: same event, different stories
    def side_by_side(self, *text_ids: str, paragraphs: int | None = 5) -> Shown:
        """Texts in columns, paragraph by paragraph (the first `paragraphs`; None for all)."""
        ids, note = self._stand_ins(list(text_ids))
        return with_note(note, sidebyside.side_by_side(self.case, ids, paragraphs))

    def find(self, phrase: str, *text_ids: str) -> Shown:
        """Every sentence mentioning `phrase`, text by text (default: the claim matrix's texts)."""
        ids, note = self._stand_ins(list(text_ids) or self._matrix_texts())
        found = sidebyside.sentences_about(self.case, phrase, ids)
        wanted = phrase.strip().casefold()  # as sentences_about matches it
        articles = [self.case.articles[i] for i in ids]
        if not any(wanted in s.text.casefold() for a in articles for s in a.sentences):
            found = with_note("*None of these texts has these words. Change the words in quotes "
                           "to a phrase from this case's texts and run the cell again.*\n\n",
                           found)  # fmt: skip
        return with_note(note, found)

    def claim_matrix(self) -> Shown:
        """Every claim of the case's matrix; the answer key also shows every stance and why."""
        return sidebyside.claim_matrix_view(self.case, reveal=getattr(self, "answer_key", False))

    def distinctive(self, a: str, b: str) -> charts.Chart:
        """The words most typical of each of two texts, charted, with a summary in words."""
        (a, b), note = self._stand_ins([a, b])
        return with_note(note, charts.distinctive_chart(self.case, a, b))

    def drift(self, a: str | None = None, b: str | None = None) -> Shown:
        """Claims that lose a hedge or an attribution when retold: the case's own examples,
        or (given two texts) every retold sentence of A whose hedges changed in B."""
        if a is None and b is None:
            if not (self.case.claims and self.case.claims.drift):
                return drift_guess(self.case)
            return sidebyside.case_drift_view(self.case)
        if a is None or b is None:
            raise MedialitError(
                'name two texts, like L.drift("column-mission", "column-mission-republished")'
            )
        a, b, note = stand_in_pair(self.case, a, b)
        return with_note(note, sidebyside.retelling_drift(self.case, a, b))

    def quoted(self, *text_ids: str) -> Shown:
        """Who is quoted or cited in each text, with the verb and what the verb adds."""
        ids, note = self._stand_ins(list(text_ids) or self._matrix_texts())
        return with_note(note, voices.who_is_quoted(self.case, ids))

    def loaded_words(self, *text_ids: str) -> Shown:
        """The loaded and labelling words of each text, counted, with what each frames."""
        ids, note = self._stand_ins(list(text_ids) or self._matrix_texts())
        return with_note(note, voices.loaded_words_view(self.case, ids))

    def tone(self, *text_ids: str) -> charts.Chart:
        """VADER's tone for every paragraph of up to four texts, charted and summarised."""
        ids, note = self._stand_ins(list(text_ids))
        return with_note(note, toneviews.tone_chart(self.case, ids))

    def tone_failures(self) -> Shown:
        """Sentences the tone scorer gets wrong, scored now, and why."""
        return toneviews.tone_failures()

    # -- lesson 03: copies, rewrites and content farms
    def compare(self, a: str, b: str) -> Shown:
        """How much of B lines up with A, what they share and what B changed."""
        a, b, note = stand_in_pair(self.case, a, b)
        return with_note(note, copies.compare_view(self.case, a, b))

    def diff(self, original: str, copy: str, paragraphs: int | None = 2) -> Shown:
        """The copy's words with every change from the original marked (struck and bold),
        for the first `paragraphs` paragraphs (None for all)."""
        original, copy, note = stand_in_pair(self.case, original, copy)
        return with_note(note, copies.diff_view(self.case, original, copy, paragraphs))

    def swaps(self, original: str, copy: str, limit: int | None = 20) -> Shown:
        """The words a copy swapped, each in its sentence (`limit=None` for all)."""
        original, copy, note = stand_in_pair(self.case, original, copy)
        return with_note(note, copies.swaps_view(self.case, original, copy, limit))

    def saved_page(self, number: int = 0) -> Shown:
        """What the cleaner removed from a saved web page, and what it found repeated."""
        return copies.saved_page_view(self.case, number)

    def farm_adds(self, original: str, copy: str) -> Shown:
        """Everything a copy adds to its original."""
        original, copy, note = stand_in_pair(self.case, original, copy)
        return with_note(note, copies.farm_additions_view(self.case, original, copy))

    def near_miss_names(self, text_id: str) -> Shown:
        """Names in a text that look like the case's real names with a word swapped."""
        (text_id,), note = self._stand_ins([text_id])
        return with_note(note, copies.near_miss_view(self.case, text_id))

    def spin(self, text: str, seed: int = 0, rate: float = 1.0) -> Shown:
        """Run the kit's spinner on your own words (the same seed gives the same result)."""
        return copies.spin_view(text, seed, rate)
