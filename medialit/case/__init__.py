"""The case model: a case folder's manifest, articles, ledger of facts, source cards, annotations,
claim matrix and labels; new cases and imported pages. May import text/ and the base."""

from medialit.case.charts import (
    FLAWS,
    ChartSpec,
    Series,
    case_charts,
    sealed_charts,
    series_charts,
)
from medialit.case.claims import SEALED, read_claims
from medialit.case.importing import import_article, repeats_its_body
from medialit.case.labels import load_labels
from medialit.case.ledger import Fact, figures_of_one_thing, load_ledger, one_thing
from medialit.case.load import load_case, read_case
from medialit.case.model import KEY_DRAFTED, Case, is_composite, key_drafted
from medialit.case.notes import note_examples, read_notes
from medialit.case.scaffold import new_case
from medialit.case.search_index import (
    ASSESSORS,
    FIRST_CLICKS,
    SEALED_KEYS,
    SEARCH_FILE,
    WEIGHTS,
    SearchIndex,
    SearchPage,
    SearchResult,
    check_search_index,
    load_search_index,
    read_search_index,
)

__all__ = [
    "ASSESSORS",
    "FIRST_CLICKS",
    "FLAWS",
    "KEY_DRAFTED",
    "SEALED",
    "SEALED_KEYS",
    "SEARCH_FILE",
    "WEIGHTS",
    "Case",
    "ChartSpec",
    "Fact",
    "SearchIndex",
    "SearchPage",
    "SearchResult",
    "Series",
    "case_charts",
    "check_search_index",
    "figures_of_one_thing",
    "import_article",
    "is_composite",
    "key_drafted",
    "load_case",
    "load_labels",
    "load_ledger",
    "load_search_index",
    "new_case",
    "note_examples",
    "one_thing",
    "read_case",
    "read_claims",
    "read_notes",
    "read_search_index",
    "repeats_its_body",
    "sealed_charts",
    "series_charts",
]
