"""The case model: one case folder's texts, ledger, source cards, annotations and claims.

`medialit.case.load` reads a folder into a `Case` and reports what is wrong with it;
everything above the case layer (detectors, exercises, lessons) reads the `Case`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from medialit.case.annotations import Annotations
from medialit.case.charts import ChartSpec
from medialit.case.claims import ClaimMatrix
from medialit.case.labels import Labels, load_labels
from medialit.case.ledger import Fact
from medialit.case.sources import Outlet
from medialit.errors import MedialitError
from medialit.text import Article

ARTICLE_FIELDS = (
    "id",
    "title",
    "outlet",
    "author",
    "date",
    "kind",
    "framing",
    "stands_for",
    "modelled_on",
    "composite",
)


def is_composite(article: Article) -> bool | None:
    """Whether a text was written for a kit (True) or is a real article (False), from its
    front matter's `composite:`; None when the field is still empty.

    A real article's field starts with "No" ("No: a real article, for classroom use only").

    >>> from medialit.text.article import article_from_text
    >>> is_composite(article_from_text("---\\ncomposite: No, a real article\\n---\\nHi.", "a.md"))
    False
    """
    value = str(article.meta.get("composite") or "").strip()
    if not value:
        return None
    return not value.casefold().startswith("no")


@dataclass
class SavedPage:
    """A saved web page of one of the case's texts, furniture and all."""

    path: Path
    copy_of: str
    article: Article


@dataclass
class Case:
    """Everything in one case folder, checked and loaded."""

    id: str
    path: Path
    title: str
    summary: str
    composite_note: str
    baseline: str | None
    articles: dict[str, Article]
    pages: list[SavedPage]
    facts: dict[str, Fact]
    outlets: dict[str, Outlet]
    dossier: str
    annotations: dict[str, Annotations]
    exercises: dict = field(default_factory=dict)
    labels: Labels = field(default_factory=load_labels)
    timeline_from: str = ""
    claims: ClaimMatrix | None = None  # the claim matrix (claims.yml), if the case has one
    exercises_file: str = "exercises.yml"  # where `exercises` came from, inside `path`
    key_status: str = ""  # "drafted": `medialit draft --accept-all` wrote the key unchecked
    charts: dict[str, ChartSpec] = field(default_factory=dict)  # charts.yml, if the case has one
    # Lesson 06's texts (case.yml `unseen:`), kept apart from `articles` so that no earlier
    # lesson shows them; their annotations, and the cards of outlets that publish only them.
    unseen: dict[str, Article] = field(default_factory=dict)
    unseen_annotations: dict[str, Annotations] = field(default_factory=dict)
    unseen_outlets: dict[str, Outlet] = field(default_factory=dict)

    def article(self, article_id: str) -> Article:
        """The text with this id, or a one-line error listing the ids there are."""
        if article_id not in self.articles:
            raise MedialitError(
                f"case '{self.id}' has no text '{article_id}'; its texts are: "
                f"{', '.join(self.articles)}"
            )
        return self.articles[article_id]

    def outlet_of(self, article: Article) -> Outlet | None:
        """The source card of the outlet that published `article`."""
        name = article.meta.get("outlet")
        cards = [*self.outlets.values(), *self.unseen_outlets.values()]
        return next((o for o in cards if o.name == name), None)

    def outlet_name(self, article: Article) -> str:
        """The outlet that published `article`, as students should see it named.

        Its source card's name; else the `outlet:` of its front matter; else, when
        that is empty too, the text's id (so a row or column never goes blank).

        >>> from medialit.case.load import load_case
        >>> case = load_case("kazakhstan-2022")
        >>> case.outlet_name(case.article("wire-report"))
        'Kestrel Wire'
        """
        outlet = self.outlet_of(article)
        return outlet.name if outlet else str(article.meta.get("outlet") or article.id)

    def timeline(self) -> list[Fact]:
        """The dated events in the ledger from `timeline_from` (case.yml) on, oldest first."""
        return sorted(
            (f for f in self.facts.values() if f.unit == "date" and f.value >= self.timeline_from),
            key=lambda f: f.value,
        )



KEY_DRAFTED = "This key was drafted by the kit and not yet checked by a teacher."


def key_drafted(case: Case) -> bool:
    """True when the case's answer key is the kit's draft, not (yet) a teacher's.

    That is when `case.yml` says `key_status: drafted` (after `medialit draft
    --accept-all`) or any annotation or claim is still a proposal (`proposed: true`).

    >>> from medialit.case.load import load_case
    >>> key_drafted(load_case("kazakhstan-2022"))
    False
    """
    if case.key_status == "drafted":
        return True
    notes = [*case.annotations.values(), *case.unseen_annotations.values()]
    if any(n.proposed_count() for n in notes):
        return True
    return bool(case.claims and any(c.proposed for c in case.claims.claims.values()))
