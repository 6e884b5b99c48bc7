"""A new, empty case folder for a teacher's own articles (`medialit new-case NAME`).

The folder has everything `medialit validate` looks for, with the blanks left
blank, so validate lists exactly what is left to fill, one line each. Only a
manifest, at least one article and a ledger (its header is enough) are needed;
source cards, a dossier, annotations and exercises are optional, and the
lessons say plainly what they skip without them.
"""

from __future__ import annotations

import re
from pathlib import Path

from medialit.case.ledger import COLUMNS
from medialit.errors import MedialitError
from medialit.paths import data_dir

MANIFEST = """\
# The manifest of the case '{name}'. Fill in the title and summary, then add articles:
#   medialit import saved-page.html --case {where}
# adds one to articles/ and to the list below. `medialit validate {where}` lists what is left.
id: {name}
title: ""          # what the case is about, in a few words
language: en
summary: ""        # two to five sentences for students: what happened, and why it matters
composite_note: ""  # optional: a note shown above every text, e.g. where the texts come from
baseline: null     # optional: the id of the text the others are held against
articles: []       # added by `medialit import ... --case {where}`
ledger: facts.csv  # facts and figures you will check against, each with who reported it
annotations: annotations   # optional gold labels, one file per article (see data/README.md)
"""

README = """\
# Case: {name}

1. Save the articles you want to use as web pages (.html) or text (.txt), then run
   `medialit import FILE --case {where}` for each one.
2. Fill in the blanks: `title` and `summary` in case.yml, and the empty fields at the top
   of each file in articles/. `medialit validate {where}` lists what is left.
3. Optional: add facts to facts.csv, source cards (sources.yml), a dossier, annotations
   and exercises, as in data/cases/kazakhstan-2022/ (data/README.md explains each file).
4. Run a lesson on it: set `case = "{where}"` in the lesson's first code cell.

Articles you did not write stay in your classroom: do not publish other people's texts.
"""


def new_case(name: str, parent: str | Path | None = None) -> Path:
    """Create an empty case folder `parent/name` (default parent: the kit's data/cases).

    >>> import tempfile
    >>> folder = new_case("my-town-2025", tempfile.mkdtemp())
    >>> sorted(p.name for p in folder.iterdir())
    ['README.md', 'annotations', 'articles', 'case.yml', 'facts.csv']
    """
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", name or ""):
        raise MedialitError(
            f"'{name}' cannot be a case name: use lower-case letters, digits and hyphens, "
            "like my-town-2025"
        )
    base = Path(parent) if parent is not None else data_dir() / "cases"
    folder = base / name
    if folder.exists():
        raise MedialitError(f"{folder} already exists; choose another name")
    where = name if parent is None else str(folder)
    (folder / "articles").mkdir(parents=True)
    (folder / "annotations").mkdir()
    (folder / "case.yml").write_text(MANIFEST.format(name=name, where=where), encoding="utf-8")
    (folder / "facts.csv").write_text(",".join(COLUMNS) + "\n", encoding="utf-8")
    (folder / "README.md").write_text(README.format(name=name, where=where), encoding="utf-8")
    return folder
