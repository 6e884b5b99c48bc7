"""`medialit compare`: everything the kit can say about two texts side by side.

`compare` takes what the command line takes (two files, or article ids of a case);
`compare_texts` gathers the pieces (similarity, shared passages, the edits of a
near-copy, distinctive vocabulary) into one `Comparison`; `comparison_report` prints it for
people and `Comparison.to_dict` gives the JSON documented in the README.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from medialit.case import load_case
from medialit.compare.drift import HedgeDrift, find_hedge_drift
from medialit.compare.near_names import Name, NearMiss, find_near_miss_names, names_in_case
from medialit.compare.passages import (
    Edit,
    SharedPassage,
    edits,
    shared_passages,
    similarity,
)
from medialit.compare.spinner import swap_changes_meaning
from medialit.detectors import (
    Attribution,
    DistinctiveWord,
    LoadedWord,
    Tone,
    distinctive_words,
    find_attributions,
    find_loaded_words,
    paragraph_tones,
)
from medialit.errors import MedialitError
from medialit.text import Article, body_text, load_article

NEAR_COPY = 0.5  # from this similarity on, B is treated as a near-copy and its edits listed


@dataclass
class Comparison:
    """Two texts compared: the figures and findings `medialit compare` reports."""

    a_name: str
    b_name: str
    similarity: float
    shared_passages: list[SharedPassage]
    edits: list[Edit]
    distinctive: dict[str, list[DistinctiveWord]]
    near_miss_names: dict[str, list[NearMiss]] = field(default_factory=dict)
    loaded_words: dict[str, list[LoadedWord]] = field(default_factory=dict)
    attributions: dict[str, list[Attribution]] = field(default_factory=dict)
    tone: dict[str, list[Tone]] = field(default_factory=dict)
    hedge_drift: list[HedgeDrift] = field(default_factory=list)
    extra: dict = field(default_factory=dict)

    @property
    def near_copy(self) -> bool:
        """True when B reads as a copy of A with changes (similarity of at least 0.5)."""
        return self.similarity >= NEAR_COPY

    def edits_of(self, kind: str) -> list[Edit]:
        """The edits of one kind: "substitution", "insertion" or "deletion"."""
        return [e for e in self.edits if e.kind == kind]

    def to_dict(self) -> dict:
        """The JSON of `medialit compare --json` (shape in the README)."""
        return {
            "a": self.a_name,
            "b": self.b_name,
            "similarity": self.similarity,
            "near_copy": self.near_copy,
            "shared_passages": [p.to_dict() for p in self.shared_passages],
            "substitutions": [
                {**e.to_dict(), "changes_meaning": swap_changes_meaning(e.from_text, e.to_text)}
                for e in self.edits_of("substitution")
            ],
            "insertions": [e.to_dict() for e in self.edits_of("insertion")],
            "deletions": [e.to_dict() for e in self.edits_of("deletion")],
            "distinctive": {k: [w.to_dict() for w in v] for k, v in self.distinctive.items()},
            "near_miss_names": {
                k: [m.to_dict() for m in v] for k, v in self.near_miss_names.items()
            },
            "loaded_words": {k: [w.to_dict() for w in v] for k, v in self.loaded_words.items()},
            "attributions": {k: [a.to_dict() for a in v] for k, v in self.attributions.items()},
            "tone": {
                k: [
                    {"paragraph": t.paragraph, "compound": t.compound, "label": t.label,
                     "why": t.why}
                    for t in v
                ]
                for k, v in self.tone.items()
            },
            "hedge_drift": [
                {"a": d.a, "b": d.b, "kind": d.kind, "dropped": list(d.dropped),
                 "added": list(d.added), "similarity": d.similarity}
                for d in self.hedge_drift
            ],
            **self.extra,
        }


def _name(text: str | Article, default: str) -> str:
    return text.id if isinstance(text, Article) else default


def compare_texts(
    a: str | Article,
    b: str | Article,
    background: Iterable[str | Article] = (),
    names: list[Name] = (),
) -> Comparison:
    """Compare two texts (strings or Articles); `background` is the corpus for the word prior.

    `names` (a case's `names.yml`, see `medialit.compare.near_names.names_in_case`) turns on
    the search for near-miss names in both texts.

    Edits are listed only for a near-copy: aligning two unrelated texts word by word
    gives noise, not swaps.

    >>> c = compare_texts("Security forces fired on the crowd in the main square of Almaty.",
    ...                   "Safety powers fired on the crowd in the main square of Almaty.")
    >>> c.near_copy, [(e.from_text, e.to_text) for e in c.edits]
    (True, [('Security', 'Safety'), ('forces', 'powers')])
    """
    score = similarity(a, b)
    return Comparison(
        a_name=_name(a, "A"),
        b_name=_name(b, "B"),
        similarity=score,
        shared_passages=shared_passages(a, b),
        edits=edits(a, b) if score >= NEAR_COPY else [],
        distinctive=distinctive_words(a, b, background),
        near_miss_names={
            "a": find_near_miss_names(a, list(names)),
            "b": find_near_miss_names(b, list(names)),
        }
        if names
        else {},
        loaded_words={"a": find_loaded_words(a), "b": find_loaded_words(b)},
        attributions={"a": find_attributions(a), "b": find_attributions(b)},
        tone={"a": paragraph_tones(a), "b": paragraph_tones(b)},
        hedge_drift=find_hedge_drift(a, b),
    )


def compare(a: str | Path, b: str | Path, case: str | Path | None = None) -> Comparison:
    """Compare text A with text B as `medialit compare` does: each a file or, with `case`,
    an article id of the case (a file works too). With a case, its texts are the
    background for the word prior and its `names.yml` turns on the near-miss names.

    >>> c = compare("critical-oped", "content-farm-copy", case="kazakhstan-2022")
    >>> c.a_name, c.b_name, c.near_copy, len(c.near_miss_names["b"]) > 0
    ('critical-oped', 'content-farm-copy', True, True)
    """
    if not case:
        return compare_texts(load_article(a), load_article(b))
    loaded = load_case(case)
    background = list(loaded.articles.values())
    names = names_in_case(loaded.path)
    texts = []
    for name in (a, b):
        if name in loaded.articles:
            texts.append(loaded.articles[name])
        elif Path(name).is_file():
            texts.append(load_article(name))
        else:
            raise MedialitError(
                f"'{name}' is neither an article id of case '{case}' nor a file; "
                f"ids: {', '.join(loaded.articles)}"
            )
    return compare_texts(texts[0], texts[1], background, names)


def _short(text: str, width: int = 100) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def comparison_report(c: Comparison, limit: int = 25) -> str:
    """The readable report `medialit compare` prints.

    >>> print(comparison_report(compare_texts("Prices doubled in Aktau.", "Prices rose in Aktau.")))
    ... # doctest: +ELLIPSIS
    Comparing A with B
    Similarity: 75% of the words line up (a near-copy: edits listed below)
    ...
    """
    lines = [f"Comparing {c.a_name} with {c.b_name}"]
    kind = "a near-copy: edits listed below" if c.near_copy else "not a near-copy"
    lines.append(f"Similarity: {c.similarity:.0%} of the words line up ({kind})")
    lines.append(f"\nShared passages ({len(c.shared_passages)}):")
    for p in c.shared_passages[:limit]:
        how = "exact" if p.exact else "near"
        lines.append(
            f"  [{how}, {p.words} words, A {p.a_span[0]}-{p.a_span[1]}, "
            f"B {p.b_span[0]}-{p.b_span[1]}] {_short(p.text)}"
        )
    if not c.shared_passages:
        lines.append("  none of 8 words or more")
    if c.near_copy:
        for kind in ("substitution", "insertion", "deletion"):
            found = c.edits_of(kind)
            lines.append(f"\n{kind.capitalize()}s ({len(found)}), in reading order:")
            for e in found[:limit]:
                change = {
                    "substitution": f"'{e.from_text}' -> '{e.to_text}'",
                    "insertion": f"+ '{e.to_text}'",
                    "deletion": f"- '{e.from_text}'",
                }[kind]
                lines.append(f"  A {e.a_span[0]}: {change}")
            if len(found) > limit:
                lines.append(f"  … and {len(found) - limit} more (--json lists them all)")
    for side, name in (("a", c.a_name), ("b", c.b_name)):
        for miss in c.near_miss_names.get(side, []):
            lines.append(f"\nNear-miss name in {name} at {miss.span[0]}: {miss.why}")
    if c.hedge_drift:
        lines.append(f"\nHedges that changed in the retelling ({len(c.hedge_drift)}):")
        for d in c.hedge_drift[:limit]:
            lines.append(f"  [{d.kind}: {d.why}] {_short(d.a, 70)}  ->  {_short(d.b, 70)}")
    for side, name in (("a", c.a_name), ("b", c.b_name)):
        found = c.distinctive.get(side, [])
        listed = ", ".join(f"{w.word} ({w.count_a}/{w.count_b}, z={w.z:+.1f})" for w in found)
        lines.append(f"\nWords more typical of {name}: {listed or 'none stand out'}")
    for side, name in (("a", c.a_name), ("b", c.b_name)):
        labels = Counter(w.label.key for w in c.loaded_words.get(side, []))
        listed = ", ".join(f"{k} x{n}" for k, n in labels.most_common())
        lines.append(f"Loaded words in {name}: {listed or 'none from the list'}")
    for side, name in (("a", c.a_name), ("b", c.b_name)):
        cited = Counter(f"{a.speaker} ({a.verb})" for a in c.attributions.get(side, []))
        listed = "; ".join(f"{k}" + (f" x{n}" if n > 1 else "") for k, n in cited.most_common())
        lines.append(f"Cited in {name}: {listed or 'nobody'}")
    for side, name in (("a", c.a_name), ("b", c.b_name)):
        labels = Counter(t.label for t in c.tone.get(side, []))
        listed = ", ".join(f"{n} {k}" for k, n in sorted(labels.items()))
        lines.append(f"Tone of {name}'s paragraphs (VADER, often wrong on news): {listed}")
    return "\n".join(lines)


def compare_bodies(a: str | Article, b: str | Article) -> tuple[str, str]:
    """The two texts as compared (cleaned bodies), for highlighting spans.

    >>> compare_bodies("One.", "Two.")
    ('One.', 'Two.')
    """
    return body_text(a), body_text(b)
