"""Gold annotations: the answer key for one article's sentences and quantities."""

from __future__ import annotations

from dataclasses import dataclass

from medialit.case.labels import Labels, not_in_vocabulary
from medialit.errors import MedialitError, Problem
from medialit.text import Article


@dataclass(frozen=True)
class SentenceNote:
    """What the key says about one sentence. `support` lists every accepted label."""

    sentence_id: str
    quote: str
    causal: bool
    support: tuple[str, ...]
    techniques: tuple[str, ...]
    signals: tuple[str, ...]
    note: str
    loaded: tuple[str, ...] = ()  # loaded words as written in the sentence
    quoted: tuple[str, ...] = ()  # who the sentence quotes or cites
    proposed: bool = False  # drafted by `medialit draft`, not yet reviewed by a teacher
    reason: str = ""  # the detector's reason for a proposal, naming the trigger words
    deciding: tuple[str, ...] = ()  # the words that decide the labels (lesson 06's reasons)
    certainty: tuple[str, ...] = ()  # how sure it says a link is (labels.yml `certainty`)
    source_certainty: str = ""  # how sure the source it retells was, when it retells one
    hazard_risk: tuple[str, ...] = ()  # hazard, risk, hazard-as-risk or neither


@dataclass(frozen=True)
class QuantityNote:
    """What the key says about one quantity: its value, unit, hedge and accepted verdicts."""

    quote: str
    low: float
    high: float
    unit: str
    hedge: str | None
    verdict: tuple[str, ...]
    facts: tuple[str, ...]
    note: str
    proposed: bool = False  # drafted by `medialit draft`, not yet reviewed by a teacher
    reason: str = ""  # the detector's reason for a proposal
    kind: str = ""  # count, percent, money, range, vague, ... (the quantity finder's kinds)


@dataclass
class Annotations:
    """All notes on one article; sentences without a note are not causal.

    An entry with `rejected: true` is a proposal the teacher turned down: it is kept in
    the file (so `medialit draft` does not propose it again) but not loaded.
    """

    article: str
    sentences: dict[str, SentenceNote]
    quantities: list[QuantityNote]

    def proposed_count(self) -> int:
        """How many notes are proposals a teacher has not reviewed yet."""
        return sum(n.proposed for n in self.sentences.values()) + sum(
            q.proposed for q in self.quantities
        )

    def causal_ids(self) -> set[str]:
        """Ids of the sentences the key marks as causal claims."""
        return {sid for sid, note in self.sentences.items() if note.causal}


def _str_list(value) -> list[str] | None:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return value
    return None


def _review_marks(raw: dict, file: str, where: str, problems: list[Problem]) -> tuple[bool, str]:
    """The `proposed:` and `reason:` of one entry (a reviewed entry has neither)."""
    proposed = raw.get("proposed", False)
    if not isinstance(proposed, bool):
        problems.append(Problem(file, f"{where}.proposed", "write true or false, or leave it out"))
        proposed = False
    reason = raw.get("reason") or ""
    if not isinstance(reason, str):
        problems.append(Problem(file, f"{where}.reason", "write the reason as text"))
        reason = ""
    return proposed, " ".join(reason.split())


def _in_sentence(
    values, sentence: str, file: str, where: str, what: str, problems: list[Problem]
) -> tuple[str, ...]:
    items = _str_list(values)
    if items is None:
        problems.append(Problem(file, where, f"{what} must be a list like [a, b]"))
        return ()
    for item in items:
        if item.lower() not in sentence.lower():
            problems.append(
                Problem(file, where, f"'{item}' is not in the sentence; write it as written there")
            )
    return tuple(items)


def _check_labels(
    values, vocabulary: dict, file: str, where: str, name: str, problems: list[Problem]
) -> tuple[str, ...]:
    items = _str_list(values)
    if items is None:
        problems.append(Problem(file, where, f"{name} must be a list like [a, b]"))
        return ()
    for item in items:
        fix = not_in_vocabulary(item, vocabulary, name)
        if fix:
            problems.append(Problem(file, where, fix))
    return tuple(i for i in items if i in vocabulary)


def _sentence_note(
    raw: dict, article: Article, labels: Labels, file: str, where: str, problems: list[Problem]
) -> SentenceNote | None:
    quote = raw.get("quote")
    if not isinstance(quote, str) or not quote.strip():
        problems.append(Problem(file, f"{where}.quote", "give the exact words of one sentence"))
        return None
    try:
        sentence = article.sentence_with(quote)
    except MedialitError as exc:
        problems.append(Problem(file, f"{where}.quote", str(exc)))
        return None
    causal = raw.get("causal")
    if not isinstance(causal, bool):
        problems.append(Problem(file, f"{where}.causal", "write true or false"))
        causal = False
    support = _check_labels(
        raw.get("support"), labels.support, file, f"{where}.support", "support", problems
    )
    if causal and not support:
        problems.append(
            Problem(
                file,
                f"{where}.support",
                "a causal claim needs at least one "
                "support label (evidenced, attributed, hedged or unsupported)",
            )
        )
    techniques = _check_labels(
        raw.get("techniques"), labels.techniques, file, f"{where}.techniques", "technique", problems
    )
    signals = _in_sentence(
        raw.get("signals"), sentence.text, file, f"{where}.signals", "signals", problems
    )
    loaded = _in_sentence(
        raw.get("loaded"), sentence.text, file, f"{where}.loaded", "loaded", problems
    )
    quoted = tuple(_str_list(raw.get("quoted")) or ())
    deciding = _in_sentence(
        raw.get("deciding"), sentence.text, file, f"{where}.deciding", "deciding", problems
    )
    note = raw.get("note")
    if not isinstance(note, str) or not note.strip():
        problems.append(Problem(file, f"{where}.note", "explain the labels in a sentence or two"))
        note = ""
    proposed, reason = _review_marks(raw, file, where, problems)
    certainty, source_certainty, hazard_risk = _science_fields(raw, labels, file, where, problems)
    return SentenceNote(
        sentence.id,
        quote,
        causal,
        support,
        techniques,
        signals,
        note.strip(),
        loaded,
        quoted,
        proposed,
        reason,
        deciding,
        certainty,
        source_certainty,
        hazard_risk,
    )


def _science_fields(
    raw: dict, labels: Labels, file: str, where: str, problems: list[Problem]
) -> tuple[tuple[str, ...], str, tuple[str, ...]]:
    """The optional `certainty:`, `source_certainty:` and `hazard_risk:` of a sentence."""
    certainty = _check_labels(
        raw.get("certainty"), labels.certainty, file, f"{where}.certainty", "certainty", problems
    )
    source = raw.get("source_certainty")
    if source is not None and not_in_vocabulary(source, labels.certainty):
        fix = not_in_vocabulary(source, labels.certainty, "source_certainty")
        problems.append(Problem(file, f"{where}.source_certainty", str(fix)))
        source = None
    hazard_risk = _check_labels(
        raw.get("hazard_risk"), labels.hazard_risk, file, f"{where}.hazard_risk", "hazard_risk",
        problems,
    )  # fmt: skip
    return certainty, str(source or ""), hazard_risk


def _number(value) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value)


def _quantity_note(
    raw: dict,
    article: Article,
    labels: Labels,
    facts: set[str],
    file: str,
    where: str,
    problems: list[Problem],
) -> QuantityNote | None:
    quote = raw.get("quote")
    if not isinstance(quote, str) or not quote.strip():
        problems.append(Problem(file, f"{where}.quote", "give the quantity as written"))
        return None
    count = article.text.count(quote)
    if count != 1:
        fix = (
            "copy it exactly from the text"
            if count == 0
            else "quote more words so that it occurs only once"
        )
        problems.append(
            Problem(
                file, f"{where}.quote", f"'{quote}' occurs {count} times in {article.id}; {fix}"
            )
        )
        return None
    value = raw.get("value")
    if isinstance(value, list) and len(value) == 2:
        low, high = _number(value[0]), _number(value[1])
    else:
        low = high = _number(value)
    if low is None or high is None or low > high:
        problems.append(
            Problem(
                file,
                f"{where}.value",
                f"{value!r} must be a number or [low, high] with low <= high",
            )
        )
        return None
    unit = raw.get("unit")
    if not isinstance(unit, str) or not unit:
        problems.append(Problem(file, f"{where}.unit", "say what is counted (people, km², ...)"))
    hedge = raw.get("hedge")
    if hedge is not None and not isinstance(hedge, str):
        problems.append(Problem(file, f"{where}.hedge", "write the hedge word, or null"))
        hedge = None
    verdict = _check_labels(
        raw.get("verdict"), labels.verdicts, file, f"{where}.verdict", "verdict", problems
    )
    if not verdict:
        problems.append(Problem(file, f"{where}.verdict", "give at least one accepted verdict"))
    fact_ids = tuple(_str_list(raw.get("facts")) or ())
    for fid in fact_ids:
        if fid not in facts:
            problems.append(Problem(file, f"{where}.facts", f"'{fid}' is not an id in facts.csv"))
    note = raw.get("note")
    if not isinstance(note, str) or not note.strip():
        problems.append(Problem(file, f"{where}.note", "explain the verdict in a sentence"))
        note = ""
    proposed, reason = _review_marks(raw, file, where, problems)
    return QuantityNote(
        quote,
        low,
        high,
        str(unit or ""),
        hedge,
        verdict,
        fact_ids,
        note.strip(),
        proposed,
        reason,
        str(raw.get("kind") or ""),
    )


def read_annotations(
    raw: object, article: Article, labels: Labels, facts: set[str], file: str
) -> tuple[Annotations, list[Problem]]:
    """Check one annotation file's contents against its article, returning notes and problems.

    >>> from medialit.text.article import article_from_text
    >>> from medialit.case.labels import load_labels
    >>> art = article_from_text("Prices doubled, so people protested. It was cold.", "demo")
    >>> raw = {"article": "demo", "sentences": [{"quote": "so people", "causal": True,
    ...        "support": ["unsupported"], "note": "No evidence is given."}]}
    >>> notes, problems = read_annotations(raw, art, load_labels(), set(), "demo.yml")
    >>> len(notes.causal_ids()), problems
    (1, [])
    """
    problems: list[Problem] = []
    notes = Annotations(article.id, {}, [])
    if not isinstance(raw, dict):
        return notes, [Problem(file, "", "expected 'article:', 'sentences:' and 'quantities:'")]
    if raw.get("article") != article.id:
        problems.append(
            Problem(file, "article", f"'{raw.get('article')}' should be '{article.id}'")
        )
    for i, item in enumerate(raw.get("sentences") or []):
        where = f"sentences[{i}]"
        if not isinstance(item, dict):
            problems.append(Problem(file, where, "each entry needs quote, causal, support, note"))
            continue
        if item.get("rejected") is True:  # a proposal the teacher turned down
            continue
        note = _sentence_note(item, article, labels, file, where, problems)
        if note is None:
            continue
        if note.sentence_id in notes.sentences:
            problems.append(
                Problem(
                    file,
                    where,
                    f"'{note.quote}' is in a sentence that already has a note; merge the two",
                )
            )
        notes.sentences[note.sentence_id] = note
    for i, item in enumerate(raw.get("quantities") or []):
        where = f"quantities[{i}]"
        if not isinstance(item, dict):
            problems.append(Problem(file, where, "each entry needs quote, value, unit, verdict"))
            continue
        if item.get("rejected") is True:
            continue
        qnote = _quantity_note(item, article, labels, facts, file, where, problems)
        if qnote is not None:
            notes.quantities.append(qnote)
    return notes, problems
