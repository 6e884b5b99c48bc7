"""Who speaks in each text and which labels it uses: attribution and loaded words, laid
side by side for a lesson.

The findings come from `medialit.detectors.attribution` and
`medialit.detectors.loaded_words` (word lists a teacher can edit under `data/lexicons/`);
these functions only lay them out, with the words that triggered each find, so a student
can disagree with it.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from medialit.detectors import find_attributions, find_loaded_words
from medialit.shown import Shown, escape_md

if TYPE_CHECKING:
    from medialit.case import Case

QUOTES = '"“”'


def _outlet(case: Case, text_id: str) -> str:
    return case.outlet_name(case.article(text_id))


def who_is_quoted(case: Case, ids: list[str]) -> Shown:
    """Each text's sources: who is quoted or cited, with the verb and what the verb adds.

    >>> from medialit.case.load import load_case
    >>> view = who_is_quoted(load_case("kazakhstan-2022"), ["wire-report", "critical-oped"])
    >>> view.text.splitlines()[0]  # doctest: +ELLIPSIS
    'Kestrel Wire cites ... sources; The Steppe Dispatch cites ....'
    """
    found = {text_id: find_attributions(case.article(text_id)) for text_id in ids}
    counts = [
        f"{_outlet(case, t)} cites {len(a)}{' sources' if i == 0 else ''}"
        for i, (t, a) in enumerate(found.items())
    ]
    head = "; ".join(counts) + "."
    md, text = [f"**{escape_md(head)}**"], [head]
    for text_id, attributions in found.items():
        name = _outlet(case, text_id)
        md += ["", f"#### {escape_md(name)}"]
        text.append(f"{name}:")
        if not attributions:
            md.append("*Quotes or cites nobody the kit can find.*")
            text.append("  nobody the kit can find")
            continue
        md += ["| Who | Verb | What the verb adds |", "|---|---|---|"]
        for a in attributions:
            md.append(f"| {escape_md(a.speaker)} | {escape_md(a.verb)} | {escape_md(a.adds)} |")
            text.append(f"  - {a.speaker} · {a.verb} · {a.adds}")
        speakers = Counter(a.speaker.lower() for a in attributions)
        unnamed = [s for s in speakers if s.split()[-1] in ("analysts", "sources", "officials")]
        if unnamed:
            note = f"Unnamed: {', '.join(unnamed)}. A reader cannot check who they are."
            md.append(f"\n*{escape_md(note)}*")
            text.append(f"  {note}")
    return Shown("\n".join(md), "\n".join(text))


def _in_quotes(paragraph: str, start: int) -> bool:
    """True when `start` falls inside quotation marks in its paragraph."""
    return sum(paragraph[:start].count(q) for q in QUOTES) % 2 == 1


def loaded_words_view(case: Case, ids: list[str]) -> Shown:
    """The loaded and labelling words of each text, counted, with what each label frames.

    >>> from medialit.case.load import load_case
    >>> view = loaded_words_view(load_case("kazakhstan-2022"), ["wire-report", "critical-oped"])
    >>> [line for line in view.text.splitlines() if line.startswith("bandits")][0][:47]
    'bandits: Kestrel Wire 1 (1 in quotation marks),'
    """
    counts: dict[str, Counter] = {}
    quoted: dict[str, Counter] = {}
    frames: dict[str, tuple[str, tuple[str, ...]]] = {}
    for text_id in ids:
        counts[text_id], quoted[text_id] = Counter(), Counter()
        for paragraph in case.article(text_id).paragraphs:
            for hit in find_loaded_words(paragraph):
                counts[text_id][hit.label.key] += 1
                quoted[text_id][hit.label.key] += _in_quotes(paragraph, hit.span[0])
                frames[hit.label.key] = (hit.label.frames, hit.label.neutral)
    order = sorted(frames, key=lambda k: (-sum(c[k] for c in counts.values()), k))
    names = [_outlet(case, t) for t in ids]
    head = f"Loaded and labelling words in {', '.join(names)}: {len(order)} labels found."
    md = [
        f"**{escape_md(head)}**",
        "",
        "| Label | "
        + " | ".join(escape_md(n) for n in names)
        + " | What it frames | Plainer words |",
        "|---|" + "---|" * (len(names) + 2),
    ]
    text = [head]
    for key in order:
        cells, parts = [], []
        for text_id, name in zip(ids, names, strict=True):
            n, q = counts[text_id][key], quoted[text_id][key]
            cells.append(f"{n} ({q} quoted)" if q else str(n))
            parts.append(f"{name} {n}" + (f" ({q} in quotation marks)" if q else ""))
        framed, plainer = frames[key]
        md.append(
            f"| {escape_md(key)} | " + " | ".join(cells) + f" | {escape_md(framed)} | "
            f"{escape_md(', '.join(plainer))} |"
        )
        text.append(f"{key}: {', '.join(parts)}. Frames: {framed}. Plainer: {', '.join(plainer)}.")
    return Shown("\n".join(md), "\n".join(text))
