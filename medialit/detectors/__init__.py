"""What the kit finds in a text: causal claims, figures checked against the ledger, attributions,
loaded words, tone, vocabulary; the `analyze` report. May import case/, text/ and the base."""

from medialit.detectors.analysis import (
    analysis_report,
    analyze_article,
    analyze_each,
    analyze_paths,
    repair_note,
    write_json,
)
from medialit.detectors.attribution import Attribution, find_attributions
from medialit.detectors.benchmarks import benchmarks_dir, read_cnc, read_science
from medialit.detectors.causal import (
    CausalReading,
    causal_fields,
    causal_signal_names,
    explain_causal,
    load_lexicon,
)
from medialit.detectors.factcheck import (
    Check,
    check_against_ledger,
    check_article,
    check_quantity,
    check_report,
)
from medialit.detectors.loaded_words import (
    LoadedWord,
    find_loaded_words,
    label_counts,
    loaded_lexicon,
)
from medialit.detectors.quantities import (
    annotated_quantities,
    extract_quantities,
    matches_note,
    vague_ranges,
)
from medialit.detectors.tone import Tone, paragraph_tones, tone, tone_caveats
from medialit.detectors.vocabulary import (
    DistinctiveWord,
    distinctive_words,
    log_odds_z,
    word_counts,
)

__all__ = [
    "Attribution",
    "CausalReading",
    "Check",
    "DistinctiveWord",
    "LoadedWord",
    "Tone",
    "analysis_report",
    "analyze_article",
    "analyze_each",
    "analyze_paths",
    "annotated_quantities",
    "benchmarks_dir",
    "causal_fields",
    "causal_signal_names",
    "check_against_ledger",
    "check_article",
    "check_quantity",
    "check_report",
    "distinctive_words",
    "explain_causal",
    "extract_quantities",
    "find_attributions",
    "find_loaded_words",
    "label_counts",
    "load_lexicon",
    "loaded_lexicon",
    "log_odds_z",
    "matches_note",
    "paragraph_tones",
    "read_cnc",
    "read_science",
    "repair_note",
    "tone",
    "tone_caveats",
    "vague_ranges",
    "word_counts",
    "write_json",
]
