"""What `medialit draft` proposes across texts: copy pairs and candidate claims.

A copy pair is two texts whose words run in the same order for at least half their
length (`medialit.compare.similarity`); the later one gets `copy_of:` in its front matter,
with the evidence (the share of words, the words swapped) in the comment beside it.
A candidate claim is a statement two or more texts make (sentences from texts that do
not copy each other, sharing most of their content words); each text's cell gets a
stance from the sentence's own words: someone quoted (attributes), a hedge (hedges),
a negation the first text does not have (denies), else asserts; omits where no sentence
fits. Contested claims (the texts take different stances) come first. Claims go to
`claims.yml` with `proposed: true` and the shared words as the reason.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from medialit.case import Case
from medialit.compare import NEAR_COPY, hedges_in, similarity, substitutions
from medialit.detectors import find_attributions
from medialit.teacher.keyfile import add_entries, field_comment, read_entries, set_field
from medialit.text import Article

SPUN = 5  # from this many swapped words on, a copy is a content-farm copy
MIN_SHARED = 4  # content words two sentences share to state one claim
MIN_OVERLAP = 0.5  # ... as a share of the shorter sentence's content words
MAX_CLAIMS = 12  # rows of the matrix, hand-made, drafted and rejected ones together
_WORD = re.compile(r"[A-Za-z0-9€$£%][\w,.%€$£'-]*")
_NEGATION = re.compile(r"\b(not|never|no|nothing|denied|denies|deny|false|n't)\b", re.I)
_STOP = frozenset(
    (
        "about",
        "after",
        "also",
        "been",
        "before",
        "being",
        "but",
        "from",
        "have",
        "into",
        "more",
        "most",
        "only",
        "over",
        "said",
        "says",
        "some",
        "than",
        "that",
        "their",
        "them",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "very",
        "were",
        "what",
        "when",
        "which",
        "while",
        "will",
        "with",
        "would",
        "could",
        "should",
        "because",
        "since",
        "people",
    )
)


def _family(case: Case, extra: dict[str, str]) -> dict[str, str]:
    """Each text's copy family: the id of the text it copies (through any chain), or itself."""
    parent = {a.id: str(a.meta.get("copy_of") or "") for a in case.articles.values()}
    parent.update(extra)

    def root(text: str, seen: frozenset = frozenset()) -> str:
        up = parent.get(text) or ""
        return root(up, seen | {text}) if up in parent and up not in seen else text

    return {text: root(text) for text in parent}


def _copy_kind(a: Article, b: Article) -> tuple[str, str]:
    swaps = substitutions(a, b)
    examples = ", ".join(f"'{s.from_text}' → '{s.to_text}'" for s in swaps[:3])
    if len(swaps) >= SPUN:
        return "content-farm-copy", f"{len(swaps)} words swapped ({examples})"
    return "republication", f"{len(swaps)} words swapped" + (f" ({examples})" if swaps else "")


def draft_copy_pairs(case: Case, files: list[Path]) -> Counter:
    """Propose `copy_of:` for each text whose words mostly run as in an earlier text.

    >>> from medialit.case import load_case
    >>> draft_copy_pairs(load_case("kazakhstan-2022"), [])  # its copies are all marked
    Counter()
    """
    found: Counter = Counter()
    texts = list(case.articles.values())
    for i, a in enumerate(texts):
        for b in texts[i + 1 :]:
            if a.meta.get("copy_of") or b.meta.get("copy_of"):
                continue
            share = similarity(a, b)
            if share < NEAR_COPY:
                continue
            first, copy = (a, b) if str(a.meta.get("date")) <= str(b.meta.get("date")) else (b, a)
            if field_comment(copy.path, "copy_of").startswith("checked"):
                continue
            kind, swaps = _copy_kind(first, copy)
            why = f"shares {share:.0%} of its words, in order, with {first.id}; {swaps}"
            set_field(copy.path, "copy_of", first.id, f"drafted: {why}; check it")
            copy.meta["copy_of"] = first.id
            if not copy.meta.get("kind"):
                set_field(copy.path, "kind", kind, f"drafted: {swaps}; check it")
                copy.meta["kind"] = kind
            files.append(copy.path)
            found["copy pair"] += 1
    return found


def _content(sentence: str) -> set[str]:
    return {
        w.lower().strip(".,'")
        for w in _WORD.findall(sentence)
        if (len(w) > 3 or any(c.isdigit() for c in w)) and w.lower() not in _STOP
    }


def stance_of(sentence: str, first: str) -> tuple[str, str]:
    """The stance a sentence takes on the claim `first` states, and the words it rests on.

    >>> stance_of("Officials said the fire began at night.", "The fire began at night.")
    ('attributes', "credits it to Officials ('said')")
    >>> stance_of("The fire may have begun at night.", "The fire began at night.")[0]
    'hedges'
    """
    quoted = find_attributions(sentence)
    if quoted:
        return "attributes", f"credits it to {quoted[0].speaker} ('{quoted[0].verb}')"
    hedges = hedges_in(sentence)
    if hedges:
        return "hedges", f"hedges it ('{hedges[0]}')"
    negation = _NEGATION.search(sentence)
    if negation and not _NEGATION.search(first):
        return "denies", f"says the opposite ('{negation.group()}')"
    return "asserts", "states it as fact, in its own voice"


def _pairs(case: Case, family: dict[str, str], used: set[str]):
    """Candidate rows: a sentence, and the best-matching sentence of each other text (copies
    of its own text included: they repeat the claim); a row needs two families."""
    order = sorted(case.articles, key=lambda t: t != case.baseline)
    words = {
        t: [(s, _content(s.text)) for s in case.articles[t].sentences if s.id not in used]
        for t in order
    }
    for text in order:
        for sentence, mine in words[text]:
            if sentence.id in used or len(mine) < MIN_SHARED:
                continue
            row = {text: sentence}
            shared_all: Counter = Counter()
            for other in order:  # copies of the seed text too: they repeat the claim
                if other in row:
                    continue
                best, best_score, best_shared = None, 0.0, set()
                for candidate, theirs in words[other]:
                    if candidate.id in used:
                        continue
                    shared = mine & theirs
                    score = len(shared) / max(1, min(len(mine), len(theirs)))
                    if len(shared) >= MIN_SHARED and score >= MIN_OVERLAP and score > best_score:
                        best, best_score, best_shared = candidate, score, shared
                if best is not None:
                    row[other] = best
                    shared_all.update(best_shared)
            if len({family[t] for t in row}) >= 2:
                used.update(s.id for s in row.values())
                yield row, [w for w, _ in shared_all.most_common(5)]


def _claim_id(words: list[str], taken: set[str]) -> str:
    base = "-".join(re.sub(r"[^a-z0-9]+", "-", w.lower()).strip("-") for w in words[:3])
    claim_id, n = base or "claim", 2
    while claim_id in taken:
        claim_id, n = f"{base}-{n}", n + 1
    taken.add(claim_id)
    return claim_id


def draft_claims(case: Case, files: list[Path]) -> Counter:
    """Propose rows of the claim matrix: statements two or more texts make.

    >>> import shutil, tempfile; from medialit.case import load_case
    >>> from medialit.paths import case_dir
    >>> folder = Path(tempfile.mkdtemp()) / "k"
    >>> _ = shutil.copytree(case_dir("kazakhstan-2022"), folder)
    >>> draft_claims(load_case(folder), [])["claim"] > 0
    True
    """
    path = case.path / "claims.yml"
    old = read_entries(path, "claims")
    texts = list(case.claims.texts) if case.claims and case.claims.texts else []
    texts = texts or sorted(case.articles, key=lambda t: t != case.baseline)
    used = {
        s.id
        for entry in old
        for text, cell in (entry.get("cells") or {}).items()
        if isinstance(cell, dict) and text in case.articles and isinstance(cell.get("quote"), str)
        for s in case.articles[text].sentences_with(cell["quote"])
    }
    family = _family(case, {})
    taken = {str(e.get("id")) for e in old}
    candidates = []
    for row, shared in _pairs(case, family, used):
        if not set(row) & set(texts):
            continue
        first = next(iter(row.values())).text
        stances = {text: stance_of(row[text].text, first) for text in row}
        candidates.append((row, shared, first, stances))
    # contested claims first (texts that disagree make a matrix worth filling), then the
    # claims most texts make
    candidates.sort(key=lambda c: (-len({s for s, _ in c[3].values()}), -len(c[0])))
    rows = []
    budget = max(0, MAX_CLAIMS - len(old))  # a rerun adds none once the matrix is full
    for row, shared, first, stances in candidates[:budget]:
        cells = {}
        for text in texts:
            if text in row:
                stance, why = stances[text]
                cells[text] = {
                    "stance": [stance],
                    "quote": row[text].text,
                    "why": f'"{row[text].text}": {why}.',
                }
            else:
                cells[text] = {
                    "stance": ["omits"],
                    "why": "No sentence of this text shares the claim's words.",
                }
        reason = f"{len(row)} texts share the words {', '.join(repr(w) for w in shared)}"
        rows.append(
            {
                "id": _claim_id(shared, taken),
                "claim": first,
                "proposed": True,
                "reason": reason,
                "cells": cells,
            }
        )
    header = (
        "# The claim matrix: key claims x texts. Rows with `proposed: true` were drafted by\n"
        "# `medialit draft`: check the claim's wording and each stance, then delete the line.\n"
        f"texts: [{', '.join(texts)}]\n"
    )
    if rows:
        add_entries(path, "claims", rows, header)
        files.append(path)
        if not case.claims:
            set_field(
                case.path / "case.yml", "claims", "claims.yml", "the claim matrix (lesson 02)"
            )
    return Counter(claim=len(rows))
