"""The views a lesson shows (each a `Shown`: Markdown with a plain-text twin) and its comparing
steps. May import exercises/ and every layer below it; never teacher/."""

from medialit.notebook.causal import (
    detector_beside,
    detector_beside_sealed,
    detector_card,
    news_sample,
)
from medialit.notebook.charts import BLUE, VERMILLION, Chart, distinctive_chart
from medialit.notebook.compare_steps import ComparingSteps
from medialit.notebook.copies import word_diff
from medialit.notebook.examples import case_note, example_words, ledger_rows
from medialit.notebook.glossary import (
    CELL_HEADING,
    Term,
    find_term,
    glossary,
    glossary_cell,
    glossary_link,
    glossary_view,
    link_first_uses,
    terms_in,
)
from medialit.notebook.guesses import causal_claims_in_case
from medialit.notebook.misleading import ChartSteps
from medialit.notebook.numbers import (
    chart_against_ledger,
    death_toll_timeline,
    exercise_ledger,
    explain,
    figure_table,
    mentions,
    referred_facts,
    vague_words,
)
from medialit.notebook.search import search_results
from medialit.notebook.slips import slip_line
from medialit.notebook.standins import copy_pair, stand_in_pair, stand_ins, with_note
from medialit.notebook.summative import (
    SummativeSteps,
    final_score,
    rubric,
    unseen_texts,
    whole_ledger,
)

__all__ = [
    "BLUE",
    "CELL_HEADING",
    "VERMILLION",
    "Chart",
    "ChartSteps",
    "ComparingSteps",
    "SummativeSteps",
    "Term",
    "case_note",
    "causal_claims_in_case",
    "chart_against_ledger",
    "copy_pair",
    "death_toll_timeline",
    "detector_beside",
    "detector_beside_sealed",
    "detector_card",
    "distinctive_chart",
    "example_words",
    "exercise_ledger",
    "explain",
    "figure_table",
    "final_score",
    "find_term",
    "glossary",
    "glossary_cell",
    "glossary_link",
    "glossary_view",
    "ledger_rows",
    "link_first_uses",
    "mentions",
    "news_sample",
    "referred_facts",
    "rubric",
    "search_results",
    "slip_line",
    "stand_in_pair",
    "stand_ins",
    "terms_in",
    "unseen_texts",
    "vague_words",
    "whole_ledger",
    "with_note",
    "word_diff",
]
