"""A teacher's own case, built the way a teacher builds one: `new-case`, then `import`.

Four invented texts on one invented event (tests/cases/bare/): a wire report, a
content-farm near-copy of it, a council statement and a critic's blog post, with
figures and causal claims, and a small ledger. No annotations, exercises, claim
matrix, names, spin recipe, source cards or dossier: what a new case has.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from medialit.case import import_article, new_case

TEXTS = Path(__file__).resolve().parent / "cases" / "bare"
# id: (file, outlet, author, kind, framing, copy_of)
ARTICLES = {
    "norvik-wire": ("wire.txt", "Northline Press", "Petra Aalto", "news-report", "baseline", None),
    "council-statement": (
        "council.txt", "Norvik Council press office", "unsigned", "government-account",
        "government", None,
    ),
    "estuary-blog": ("critic.txt", "The Estuary Voice", "Jon Hale", "blog-post", "critic", None),
    "buzz-copy": (
        "farm.txt", "DailyBuzzHub", "unsigned", "content-farm-copy", "baseline", "norvik-wire",
    ),
}  # fmt: skip


def fill(path: Path, **fields: str) -> None:
    """Fill front-matter or manifest fields left blank ("" or null) by the kit's scaffolds."""
    text = path.read_text(encoding="utf-8")
    for name, value in fields.items():
        text, n = re.subn(rf'(?m)^{name}: (""|null)', f'{name}: "{value}"', text)
        assert n == 1, name
    path.write_text(text, encoding="utf-8")


def build_bare_case(parent: Path, name: str = "norvik-fire") -> Path:
    """A filled, valid case with four imported texts and a ledger, and nothing else."""
    folder = new_case(name, parent)
    for article_id, (file, outlet, author, kind, framing, copy_of) in ARTICLES.items():
        path, _ = import_article(TEXTS / file, case=folder, article_id=article_id)
        fields = dict(
            outlet=outlet,
            author=author,
            date="2025-03-12",
            kind=kind,
            framing=framing,
            stands_for=f"An invented {kind.replace('-', ' ')} for the kit's tests",
            modelled_on="Invented for the test",
        )
        if copy_of:
            fields["copy_of"] = copy_of
        fill(path, **fields)
    fill(
        folder / "case.yml",
        title="A fire at a paint depot in Norvik",
        summary="A fire at a paint depot forced residents from their homes for a night. "
        "The fire service, the council and a local blogger told it differently.",
    )
    shutil.copy(TEXTS / "facts.csv", folder / "facts.csv")
    return folder


def add_own_exercises(folder: Path, yaml_text: str) -> None:
    """Give a case its own exercises.yml, as a teacher would: the file, and case.yml naming it."""
    (folder / "exercises.yml").write_text(yaml_text, encoding="utf-8")
    with (folder / "case.yml").open("a", encoding="utf-8") as manifest:
        manifest.write("exercises: exercises.yml\n")
