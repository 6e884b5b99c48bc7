"""What the kit finds in one text: causal claims, quantities and how they fare against the
ledger, attributions, loaded words, cues for techniques that are not causal, tone and
distinctive vocabulary; `analyze` and `check` are the library side of `medialit analyze` and
`medialit check`. May import case/, text/ and the base."""

from medialit.detectors.analysis import (
    analysis_report,
    analyze,
    analyze_article,
    analyze_each,
    analyze_paths,
    repair_note,
    write_json,
)
from medialit.detectors.attribution import Attribution, find_attributions
from medialit.detectors.benchmarks import benchmarks_dir, read_cnc, read_science
from medialit.detectors.causal import (
    CausalLexicon,
    CausalReading,
    causal_fields,
    causal_lexicon,
    causal_signal_names,
    explain_causal,
    load_causal_lexicon,
)
from medialit.detectors.certainty import LADDER, CertaintyReading, cue_words, read_certainty
from medialit.detectors.checking import (
    check,
    check_against_ledger,
    check_figure,
    check_report,
)
from medialit.detectors.factcheck import check_article, check_quantity
from medialit.detectors.loaded_words import (
    LoadedWord,
    find_loaded_words,
    label_counts,
    loaded_lexicon,
)
from medialit.detectors.quantities import Quantity, extract_quantities
from medialit.detectors.quantity_notes import (
    annotated_checks,
    annotated_quantities,
    matches_note,
    paraphrase_problems,
)
from medialit.detectors.quantity_words import vague_ranges
from medialit.detectors.technique_cues import (
    TechniqueCue,
    find_technique_cues,
    load_technique_cues,
)
from medialit.detectors.tone import Tone, paragraph_tones, tone, tone_caveats
from medialit.detectors.verdicts import Check
from medialit.detectors.vocabulary import (
    DistinctiveWord,
    distinctive_words,
    log_odds_z,
    word_counts,
)

__all__ = [
    "LADDER",
    "Attribution",
    "CausalLexicon",
    "CausalReading",
    "CertaintyReading",
    "Check",
    "DistinctiveWord",
    "LoadedWord",
    "Quantity",
    "TechniqueCue",
    "Tone",
    "analysis_report",
    "analyze",
    "analyze_article",
    "analyze_each",
    "analyze_paths",
    "annotated_checks",
    "annotated_quantities",
    "benchmarks_dir",
    "causal_fields",
    "causal_lexicon",
    "causal_signal_names",
    "check",
    "check_against_ledger",
    "check_article",
    "check_figure",
    "check_quantity",
    "check_report",
    "cue_words",
    "distinctive_words",
    "explain_causal",
    "extract_quantities",
    "find_attributions",
    "find_loaded_words",
    "find_technique_cues",
    "label_counts",
    "load_causal_lexicon",
    "load_technique_cues",
    "loaded_lexicon",
    "log_odds_z",
    "matches_note",
    "paragraph_tones",
    "paraphrase_problems",
    "read_certainty",
    "read_cnc",
    "read_science",
    "repair_note",
    "tone",
    "tone_caveats",
    "vague_ranges",
    "word_counts",
    "write_json",
]
