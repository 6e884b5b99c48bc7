"""Two texts side by side: shared passages, near-duplicates, hedge drift, near-miss names, the
spinner and the farm copy. May import detectors/, case/, text/ and the base."""

from medialit.compare.comparison import NEAR_COPY, compare_texts, comparison_report
from medialit.compare.drift import aligned_sentences, hedge_drift, hedges_in
from medialit.compare.farmcopy import (
    check_farm_copy,
    committed_copy,
    load_recipe,
    main,
    make_farm_copy,
)
from medialit.compare.near_names import case_names, check_names, find_near_miss_names, load_names
from medialit.compare.neardup import copied_paragraphs, near_duplicates
from medialit.compare.passages import edits, shared_passages, similarity, substitutions
from medialit.compare.spinner import load_synonyms, spin, spin_swaps, swap_changes_meaning

__all__ = [
    "NEAR_COPY",
    "aligned_sentences",
    "case_names",
    "check_farm_copy",
    "check_names",
    "committed_copy",
    "compare_texts",
    "comparison_report",
    "copied_paragraphs",
    "edits",
    "find_near_miss_names",
    "hedge_drift",
    "hedges_in",
    "load_names",
    "load_recipe",
    "load_synonyms",
    "main",
    "make_farm_copy",
    "near_duplicates",
    "shared_passages",
    "similarity",
    "spin",
    "spin_swaps",
    "substitutions",
    "swap_changes_meaning",
]
