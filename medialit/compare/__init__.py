"""Two texts side by side: shared passages and the edits of a near-copy, near-duplicate
paragraphs, hedges lost in a retelling, near-miss names, the spinner and the farm copy;
`compare` and `spin_file` are the library side of `medialit compare` and `medialit spin`.
May import detectors/, case/, text/ and the base."""

from medialit.compare.comparison import (
    NEAR_COPY,
    Comparison,
    compare,
    compare_texts,
    comparison_report,
)
from medialit.compare.drift import HedgeDrift, aligned_sentences, find_hedge_drift, hedges_in
from medialit.compare.farmcopy import (
    check_farm_copy,
    committed_copy,
    farm_copy,
    load_recipe,
    make_farm_copy,
)
from medialit.compare.near_names import (
    check_names,
    find_near_miss_names,
    load_names,
    names_in_case,
)
from medialit.compare.neardup import copied_paragraphs, near_duplicates
from medialit.compare.passages import edits, shared_passages, similarity, substitutions
from medialit.compare.spinner import (
    load_synonyms,
    spin,
    spin_file,
    spin_swaps,
    swap_changes_meaning,
)

__all__ = [
    "NEAR_COPY",
    "Comparison",
    "HedgeDrift",
    "aligned_sentences",
    "check_farm_copy",
    "check_names",
    "committed_copy",
    "compare",
    "compare_texts",
    "comparison_report",
    "copied_paragraphs",
    "edits",
    "farm_copy",
    "find_hedge_drift",
    "find_near_miss_names",
    "hedges_in",
    "load_names",
    "load_recipe",
    "load_synonyms",
    "make_farm_copy",
    "names_in_case",
    "near_duplicates",
    "shared_passages",
    "similarity",
    "spin",
    "spin_file",
    "spin_swaps",
    "substitutions",
    "swap_changes_meaning",
]
