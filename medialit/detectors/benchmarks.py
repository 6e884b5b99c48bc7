"""External labelled data, read in place and never shipped with the kit.

The kit looks for it in `$MEDIALIT_BENCHMARKS`, else in `../shared/benchmarks` beside
the kit's folder. Everything here returns None or [] when the data is absent, so
lessons and benchmarks can say so in one line and carry on.
"""

from __future__ import annotations

import csv
import os
from pathlib import Path

from medialit.paths import data_dir


def benchmarks_dir() -> Path | None:
    """The folder of external benchmark data, or None when it is not on this computer.

    >>> folder = benchmarks_dir()
    >>> folder is None or folder.is_dir()
    True
    """
    override = os.environ.get("MEDIALIT_BENCHMARKS")
    folder = Path(override) if override else data_dir().parent.parent / "shared" / "benchmarks"
    return folder if folder.is_dir() else None


def read_cnc(version: str = "V2", split: str = "dev") -> list[tuple[str, int]]:
    """Causal News Corpus sentences as (text, 1 causal / 0 not), or [] when absent.

    The corpus splits words with spaces (`" , "`); the text is returned as stored.

    >>> rows = read_cnc("V2", "dev")
    >>> rows == [] or rows[0][1] in (0, 1)
    True
    """
    folder = benchmarks_dir()
    path = folder / "causal-news-corpus" / version / f"{split}_subtask1.csv" if folder else None
    if path is None or not path.is_file():
        return []
    with path.open(encoding="utf-8-sig", newline="") as f:
        return [(row["text"], int(row["label"])) for row in csv.DictReader(f)]


def read_science() -> list[tuple[str, int]]:
    """Science-findings sentences as (text, label): 0 none, 1 direct causal,
    2 conditional (hedged) causal, 3 correlational; [] when absent.

    >>> rows = read_science()
    >>> rows == [] or rows[0][1] in (0, 1, 2, 3)
    True
    """
    folder = benchmarks_dir()
    path = folder / "causal-language-science" / "pubmed_causal_language_use.csv" if folder else None
    if path is None or not path.is_file():
        return []
    with path.open(encoding="utf-8", newline="") as f:
        return [(row["sentence"], int(row["label"])) for row in csv.DictReader(f)]
