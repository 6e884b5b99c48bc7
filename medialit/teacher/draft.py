"""`medialit draft CASE`: the detectors draft the answer key, the teacher decides.

For each text, every sentence the detectors have something to say about (a causal claim
or a look-alike, a source, a hedge, someone quoted, a loaded word) and every quantity
(its kind, hedge and verdict against the ledger) becomes a proposal in the text's own
annotation file (`annotations/<text>.yml`). Candidate claims for the claim matrix and
candidate copy pairs come from `medialit.teacher.draft_links`; empty front-matter
fields and the case's title and summary from `medialit.teacher.draft_meta`.

Every proposal carries `proposed: true` and `reason:` (the detector's reason, naming
the words that triggered it); an entry a teacher reviewed has no `proposed:`. Running
draft again never changes an entry that is there (reviewed, proposed or rejected): it
only adds proposals for sentences and quantities that have none. `accept_all=True`
drops the `proposed:` marks and writes `key_status: drafted` in case.yml, so every
lesson says the key was drafted by the kit and not yet checked by a teacher.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from medialit.case import Case, read_case
from medialit.detectors import (
    check_article,
    explain_causal,
    find_attributions,
    find_loaded_words,
    find_technique_cues,
)
from medialit.errors import MedialitError
from medialit.teacher.draft_links import draft_claims, draft_copy_pairs
from medialit.teacher.draft_meta import draft_front_matter
from medialit.teacher.keyfile import add_entries, drop_proposed_marks, read_entries, set_field
from medialit.text import Article, display_path

SUPPORT_TIERS = ("support",)
LOOKALIKE = "lookalike"


@dataclass
class DraftReport:
    """What one run of `medialit draft` proposed, by kind, and where it wrote."""

    case: str
    proposals: Counter = field(default_factory=Counter)
    files: list[Path] = field(default_factory=list)
    accepted: int = 0  # proposed marks dropped by --accept-all

    @property
    def total(self) -> int:
        """All proposals of this run."""
        return sum(self.proposals.values())

    def lines(self) -> list[str]:
        """The report a teacher reads after `medialit draft`, one line each.

        >>> DraftReport("demo", Counter(sentence=3)).lines()[0]
        "Drafted 3 proposal(s) for case 'demo': 3 sentence."
        """
        kinds = ", ".join(f"{n} {kind}" for kind, n in sorted(self.proposals.items()))
        out = [f"Drafted {self.total} proposal(s) for case '{self.case}': {kinds or 'none new'}."]
        out += [f"  wrote {f}" for f in self.files]
        if self.accepted:
            out.append(
                f"Accepted all {self.accepted} proposal(s) unchecked: case.yml now says "
                "key_status: drafted, and every lesson says so."
            )
        return out


def _sentence_proposal(article: Article, sentence_text: str) -> dict | None:
    """The proposal for one sentence, or None when no detector has anything to say."""
    reading = explain_causal(sentence_text)
    attributions = find_attributions(sentence_text)
    loaded = find_loaded_words(sentence_text)
    cues = find_technique_cues(sentence_text)
    causal_signals = [s for s in reading.signals if s.tier not in SUPPORT_TIERS]
    support_signals = [s for s in reading.signals if s.tier in SUPPORT_TIERS]
    if not (reading.signals or attributions or loaded or cues):
        return None
    reasons = []
    if reading.causal or causal_signals:
        reasons.append(reading.summary())
    reasons += [s.explanation for s in support_signals]
    reasons += [f"quotes {a.speaker} ('{a.verb}')" for a in attributions]
    reasons += [f"loaded word '{w.text}' ({w.label.frames})" for w in loaded]
    reasons += [f"{c.technique}: {c.explanation}" for c in cues]
    entry: dict = {"quote": sentence_text, "causal": reading.causal}
    if reading.causal:
        entry["support"] = [reading.support]
        entry["signals"] = list(
            dict.fromkeys(s.words.strip() for s in causal_signals if s.tier != LOOKALIKE)
        )
        techniques = list(reading.techniques)
    else:
        techniques = []
        if attributions:
            entry["support"] = ["attributed"]
        elif support_signals and reading.support != "unsupported":
            entry["support"] = [reading.support]
        elif loaded or cues:
            entry["support"] = ["unsupported"]
            reasons.append("no source, hedge or quoted speaker in the sentence")
    if loaded:
        entry["loaded"] = list(dict.fromkeys(w.text for w in loaded))
        techniques.append("loaded-language")
    techniques += [c.technique for c in cues]
    if techniques:
        entry["techniques"] = list(dict.fromkeys(techniques))
    if attributions:
        entry["quoted"] = list(dict.fromkeys(a.speaker for a in attributions))
    reason = "; ".join(r.rstrip(".") for r in reasons) + "."
    note = reasons[0].split(": ", 1)[-1].rstrip(".") + "."
    entry.update(proposed=True, reason=reason, note=note[0].upper() + note[1:])
    return entry


def _unique_quote(article: Article, sentence: str, start: int, end: int) -> str | None:
    """The fewest words around sentence[start:end] that occur only once in the text."""
    text = article.text
    for pad in range(0, len(sentence) + 10, 10):
        a, b = max(0, start - pad), min(len(sentence), end + pad)
        while a > 0 and not sentence[a - 1].isspace():
            a -= 1
        while b < len(sentence) and not sentence[b].isspace():
            b += 1
        quote = sentence[a:b].strip()
        if quote and "\n" not in quote and text.count(quote) == 1:
            return quote
    return None


def _quantity_proposals(case: Case, article: Article, taken: list[str]) -> list[dict]:
    proposals = []
    for check in check_article(article, case.facts):
        q = check.quantity
        if any(q.text in old for old in taken):
            continue
        quote = _unique_quote(article, check.sentence, q.start, q.end)
        if quote is None or any(old in quote for old in taken):
            continue
        hedge = f", hedged by '{q.hedge}'" if q.hedge else ""
        reason = f"'{q.text}' ({q.kind}{hedge}): {check.verdict}: {check.reason}"
        entry: dict = {
            "quote": quote,
            "value": q.value if q.value is not None else [q.low, q.high],
            "unit": q.unit or q.noun or "number",
            "kind": q.kind,
            "hedge": q.hedge,
            "verdict": [check.verdict],
        }
        if check.fact is not None:
            entry["facts"] = [check.fact.id]
        note = f"{check.verdict.capitalize()}: {check.reason}"
        entry.update(proposed=True, reason=reason, note=note)
        proposals.append(entry)
        taken.append(quote)
    return proposals


def _taken_sentences(article: Article, old: list[dict]) -> set[str]:
    ids: set[str] = set()
    for entry in old:
        quote = entry.get("quote")
        if isinstance(quote, str) and quote.strip():
            ids.update(s.id for s in article.sentences_with(quote))
    return ids


def draft_article(case: Case, article: Article, notes_dir: Path, report: DraftReport) -> None:
    """Add proposals for one text's sentences and quantities to its annotation file.

    >>> import shutil, tempfile; from medialit.paths import case_dir
    >>> folder = Path(tempfile.mkdtemp()) / "k"
    >>> _ = shutil.copytree(case_dir("kazakhstan-2022"), folder)
    >>> case, _ = read_case(folder); report = DraftReport(case.id)
    >>> draft_article(case, case.article("wire-report"), folder / "annotations", report)
    >>> report.proposals["sentence"] > 0
    True
    """
    path = notes_dir / f"{article.id}.yml"
    old_sentences = read_entries(path, "sentences")
    taken = _taken_sentences(article, old_sentences)
    sentences = []
    for sentence in article.sentences:
        if sentence.id in taken or len(article.sentences_with(sentence.text)) != 1:
            continue
        proposal = _sentence_proposal(article, sentence.text)
        if proposal is not None:
            sentences.append(proposal)
    old_quotes = [str(e.get("quote")) for e in read_entries(path, "quantities")]
    quantities = _quantity_proposals(case, article, old_quotes)
    header = (
        f"# The answer key for '{article.id}'. Entries with `proposed: true` were drafted by\n"
        "# `medialit draft`: check each one (the review notebook, notebooks/teacher/), then\n"
        "# delete its `proposed:` line. `rejected: true` keeps a turned-down proposal out.\n"
        f"article: {article.id}\n"
    )
    add_entries(path, "sentences", sentences, header)
    add_entries(path, "quantities", quantities, header)
    report.proposals["sentence"] += len(sentences)
    report.proposals["quantity"] += len(quantities)
    if sentences or quantities:
        report.files.append(path)


def _check_key_files(folder: Path) -> None:
    """Refuse to draft over a key file that does not parse: its entries would be missed,
    proposed again and the teacher's decisions lost among them."""
    for path in [*sorted((folder / "annotations").glob("*.yml")), folder / "claims.yml"]:
        if not path.is_file():
            continue
        try:
            yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            line = f" (line {mark.line + 1})" if mark is not None else ""
            raise MedialitError(
                f"{display_path(path)}{line} is not valid YAML; fix it first, so that draft "
                "keeps every decision in it"
            ) from None


def draft_case(case: str | Path, accept_all: bool = False) -> DraftReport:
    """Draft the answer key of a case: proposals in its own files, the teacher's kept.

    >>> import shutil, tempfile; from medialit.paths import case_dir
    >>> folder = Path(tempfile.mkdtemp()) / "k"
    >>> _ = shutil.copytree(case_dir("kazakhstan-2022"), folder)
    >>> draft_case(folder).total > 0
    True
    """
    loaded, _ = read_case(case)
    if loaded is None:
        raise MedialitError(f"'{case}' has no case.yml; create the case with medialit new-case")
    _check_key_files(loaded.path)
    report = DraftReport(loaded.id)
    report.proposals += draft_copy_pairs(loaded, report.files)
    report.proposals += draft_front_matter(loaded, report.files)
    loaded, _ = read_case(loaded.path)  # the front matter may have changed
    assert loaded is not None
    notes_dir = loaded.path / "annotations"
    manifest = loaded.path / "case.yml"
    for article in [*loaded.articles.values(), *loaded.unseen.values()]:  # 06's texts too
        draft_article(loaded, article, notes_dir, report)
    report.proposals += draft_claims(loaded, report.files)
    if accept_all:
        files = [*sorted(notes_dir.glob("*.yml")), loaded.path / "claims.yml"]
        report.accepted = sum(drop_proposed_marks(f) for f in files)
        set_field(
            manifest, "key_status", "drafted", "the kit drafted the key; no teacher checked it"
        )
    return report
