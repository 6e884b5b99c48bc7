"""Finding causal claims, the support each carries, and the words that show it.

Like ftfy's `fix_and_explain`, every reading comes with the signals that produced
it, so a student can see why a sentence was flagged and disagree:

>>> reading = explain_causal("The unrest was sparked by a price rise, officials said.")
>>> reading.causal, reading.support
(True, 'attributed')
>>> for line in reading.explanations():
...     print(line)
signal: 'sparked' says one thing made another happen
attribution: 'said' says who claims it

A signal word is only a candidate. Most entries of the lexicon (`data/lexicons/
causal.yml`, which a teacher can edit) name a clause check (`medialit.detectors.
clauses`) that asks whether there is an event on each side: is "trigger" a verb with
an effect after it, or a part of a gun? Is the "to" after an action an aim ("closed
the branch to free up cash"), or what someone was asked to do ("urged residents to
conserve")? A signal that fails stays in the reading as a look-alike, with the
reason, and counts for nothing:

>>> for line in explain_causal("The firearm's trigger mechanism was examined.").explanations():
...     print(line)
look-alike: 'trigger' is a noun here (a thing), not something making something happen

A sentence is a causal claim when the weights of the signals that pass add up to the
lexicon's threshold. Explicit signals (connectives and causal verbs) are enough
alone; timing words such as "after" never are. The support label is `evidenced` when
a record is named as the source ("the audit found"), else `hedged` when a hedge is
found (a quoted guess stays a guess), else `attributed` when someone is quoted, else
`evidenced` when a date or other checkable detail is named, else `unsupported`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from medialit.detectors.clauses import CHECKS, Sentence, check, scope_reason
from medialit.detectors.signal_regex import (
    PREFIX_ENOUGH,
    combined_regex,
    entry_patterns,
    start_finder,
)
from medialit.errors import MedialitError
from medialit.text import (
    lexicon_error,
    lexicon_path,
    read_lexicon,
    split_sentences,
)

SUPPORT_TIERS = ("support",)
# Signals that are shown but never counted: words that look causal and are not here.
LOOKALIKE = "lookalike"


@dataclass(frozen=True)
class Signal:
    """One signal found in a sentence.

    `kind` is what it does (connective, hedge, ...), `words` the exact words found,
    `start`/`end` their character span in the sentence, `name` the lexicon entry,
    `tier` its tier (explicit, inference, framing, weak, support, doubt), `weight`
    what it adds to the causal score, and `explanation` a line a student can read.
    """

    kind: str
    words: str
    start: int
    end: int
    name: str
    tier: str
    weight: float
    explanation: str

    def to_dict(self) -> dict:
        """The signal as JSON for `medialit analyze --json`.

        >>> explain_causal("It fell due to rain.").signals[0].to_dict()["words"]
        'due to'
        """
        return {
            "kind": self.kind,
            "words": self.words,
            "start": self.start,
            "end": self.end,
            "name": self.name,
            "tier": self.tier,
            "weight": self.weight,
            "explanation": self.explanation,
        }


@dataclass(frozen=True)
class CausalReading:
    """The detector's verdict on one sentence, and the signals that produced it."""

    text: str
    causal: bool
    support: str
    techniques: tuple[str, ...]
    signals: tuple[Signal, ...]
    score: float
    threshold: float

    @property
    def explicit(self) -> bool:
        """True when an explicit signal (a connective or causal verb) was found.

        >>> explain_causal("It fell due to rain.").explicit
        True
        """
        return any(s.tier == "explicit" for s in self.signals)

    def explanations(self) -> list[str]:
        """One plain-English line per signal, in the order they occur.

        >>> explain_causal("It may rain.").explanations()
        ["hedge: 'may' presents the claim as uncertain"]
        """
        return [s.explanation for s in self.signals]

    def summary(self) -> str:
        """The verdict in one line, with the words that decided it.

        >>> print(explain_causal("Protests began after it.").summary())  # doctest: +ELLIPSIS
        Not a causal claim (score 0 < 1): look-alike: 'after' only dates what follows; ...
        """
        threshold = self.threshold
        causal = [s for s in self.signals if s.tier not in SUPPORT_TIERS]
        why = "; ".join(s.explanation for s in causal) or "no causal signal found"
        if self.causal:
            head = f"Causal claim, {self.support} (score {self.score:g} ≥ {threshold:g})"
        else:
            head = f"Not a causal claim (score {self.score:g} < {threshold:g})"
        return f"{head}: {why}."


@dataclass(frozen=True)
class _Entry:
    """One signal of the lexicon: its name, kind, tier, weight and explanation."""

    name: str
    kind: str
    tier: str
    weight: float
    technique: str | None
    explain: str
    check: str | None = None  # a clause check in clauses.py, run before the signal counts


@dataclass(frozen=True)
class CausalLexicon:
    """A causal lexicon compiled: its threshold, its signals and the two regexes that find them."""

    threshold: float
    entries: tuple[_Entry, ...]
    causal_regex: re.Pattern
    support_regex: re.Pattern
    weights: dict[str, float]  # by entry name: the file's, or a profile's learned ones

    @property
    def by_name(self) -> dict[str, _Entry]:
        found = self.__dict__.get("_by_name")
        if found is None:
            found = {e.name: e for e in self.entries}
            object.__setattr__(self, "_by_name", found)
        return found


def _read_spec(path: str | Path) -> dict:
    spec = read_lexicon(path)
    if not isinstance(spec, dict):
        raise lexicon_error(path, "expected 'threshold:' and the other keys at the top")
    return spec


def load_causal_lexicon(
    path: str | Path, weights_path: str | Path | None = None
) -> CausalLexicon:
    """Read and compile a causal lexicon; a bad entry gives a one-line error naming it.

    `path` is a file name in `data/lexicons/` or a `Path` to any file. `weights_path`
    names a profile's file of learned weights (`threshold:` and `weights: {signal name:
    weight}`), which replace the lexicon's own.

    >>> lexicon = load_causal_lexicon("causal.yml")
    >>> lexicon.threshold, lexicon.weights["because"] > 0
    (1.0, True)
    """
    spec = _read_spec(path)
    kinds = spec.get("kinds") or {}
    entries: list[_Entry] = []
    causal_groups: list[tuple[int, list[str]]] = []
    support_groups: list[tuple[int, list[str]]] = []
    for i, raw in enumerate(spec.get("signals") or []):
        name = raw.get("name", f"signals[{i}]")
        kind = kinds.get(raw.get("kind"))
        if kind is None:
            fix = (
                f"signal '{name}' has kind '{raw.get('kind')}', "
                f"which is not one of: {', '.join(kinds)}"
            )
            raise lexicon_error(path, fix, "signals", i, "kind")
        patterns = raw.get("patterns") or []
        for n, pattern in enumerate(patterns):
            try:
                re.compile(pattern)
            except re.error as exc:
                fix = f"signal '{name}' has a broken pattern {pattern!r} ({exc})"
                raise lexicon_error(path, fix, "signals", i, "patterns", n) from None
        check = raw.get("check")
        if check is not None and check not in CHECKS:
            fix = f"signal '{name}' has check '{check}', which is not one of: {', '.join(CHECKS)}"
            raise lexicon_error(path, fix, "signals", i, "check")
        explain = kind["explain"]
        if "{why}" in explain:
            explain = explain.replace("{why}", str(raw.get("why", "is not a cause here")))
        entries.append(
            _Entry(
                name,
                raw["kind"],
                kind["tier"],
                float(raw.get("weight", 0)),
                raw.get("technique"),
                explain,
                check,
            )
        )
        target = support_groups if kind["tier"] in SUPPORT_TIERS else causal_groups
        target.append((i, patterns))
    threshold = float(spec.get("threshold", 1.0))
    weights = {e.name: e.weight for e in entries}
    if weights_path is not None:
        learned = _read_spec(weights_path)
        unknown = {k.removeprefix("not-") for k in learned.get("weights") or {}} - set(weights)
        if unknown:
            first = sorted(unknown)[0]
            fix = f"'{first}' is not a signal name in {lexicon_path(path).name}"
            raise lexicon_error(weights_path, fix, "weights", first)
        weights.update({k: float(v) for k, v in (learned.get("weights") or {}).items()})
        threshold = float(learned.get("threshold", threshold))
    return CausalLexicon(
        threshold,
        tuple(entries),
        combined_regex(causal_groups),
        combined_regex(support_groups),
        weights,
    )


PROFILES = {"kit": None, "news": "causal-news-weights.yml"}


@lru_cache(maxsize=len(PROFILES))
def causal_lexicon(profile: str = "kit") -> CausalLexicon:
    """The kit's causal lexicon, compiled once, with the weights of a profile in `PROFILES`.

    >>> causal_lexicon("news").weights != causal_lexicon().weights
    True
    """
    if profile not in PROFILES:
        raise MedialitError(f"profile '{profile}' is not one of: {', '.join(PROFILES)}")
    return load_causal_lexicon("causal.yml", PROFILES[profile])


def _lower(text: str) -> str:
    """`text` in lower case with every character in its place, so spans carry over.

    >>> _lower("İstanbul SAID")  # 'İ' would become two characters: it stays as it is
    'İstanbul said'
    """
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


@lru_cache(maxsize=8)
def _starts_finder(pattern: str, flags: int) -> tuple[re.Pattern | None, re.Pattern | None]:
    """Regexes that find where a combined regex (`pattern`) may match, far faster: at
    every place it matches, and at a few more where a long plain start (`PREFIX_ENOUGH`
    characters) lacks the rest of its pattern, which `_signals` then passes over.

    They drop the named groups that say which entry matched (each named group the regex
    engine passes costs it time, and `combined_regex` makes hundreds) and file each
    pattern under the plain words it starts with (`start_finder`). When every signal
    starts with a letter or digit, the second looks only at the text's start and just
    after a space or mark (the engine skips to those), and the first is None; otherwise
    the first looks everywhere and the second is None. Keyed by the pattern's text,
    whose hash Python keeps.
    """
    body, letters = start_finder(entry_patterns(pattern), enough=PREFIX_ENOUGH)
    if letters:
        return None, re.compile(r"(?:^|[^\w])" + body, flags)
    return re.compile(body, flags), None


@lru_cache(maxsize=4096)
def _explanation(explain: str, words: str) -> str:
    """A kind's explanation with the words found filled in (the same few words recur)."""
    return explain.format(words=words.strip())


def _signal_starts(lowered: str, regex: re.Pattern) -> list[int]:
    """Where `regex` (made by `combined_regex`) may match in `lowered`, in order."""
    anywhere, after_mark = _starts_finder(regex.pattern, regex.flags)
    if after_mark is None:
        return [place.start() for place in anywhere.finditer(lowered)]
    return [place.end() for place in after_mark.finditer(lowered)]


def _signals(
    text: str, lowered: str, regex: re.Pattern, lexicon: CausalLexicon, keep_all: bool = False
) -> list[Signal]:
    found = []
    # First find where signals may start, then ask the full regex which entry matched
    # there (if any): the same matches `regex.finditer` gives, for far less work on the
    # many places where no signal starts.
    for place in _signal_starts(lowered, regex):
        match = regex.match(lowered, place)
        if match is None:
            continue  # a long plain start without the rest of its pattern
        group = match.lastgroup
        start, end = match.span(group)
        entry = lexicon.entries[int(group[1:].partition("_")[0])]
        weight = lexicon.weights[entry.name]
        if (
            weight == 0
            and entry.tier not in KEPT_AT_ZERO
            and not keep_all
            and not lexicon.weights.get(f"not-{entry.name}")
        ):
            continue  # a signal that weighs nothing in this profile says nothing
        words = text[start:end]
        found.append(
            Signal(
                entry.kind,
                words,
                start,
                end,
                entry.name,
                entry.tier,
                weight,
                _explanation(entry.explain, words),
            )
        )
    return found


KEPT_AT_ZERO = (*SUPPORT_TIERS, LOOKALIKE)


def _position(signal: Signal) -> tuple[int, int]:
    return signal.start, -signal.end


def _without_nested(signals: list[Signal]) -> list[Signal]:
    """Drop a signal that lies inside a longer one of the same group (causal or support),
    such as 'because' inside 'not because', or that overlaps one of the same entry."""
    if len(signals) < 2:
        return list(signals)  # most sentences: nothing to compare
    kept: list[Signal] = []
    for s in sorted(signals, key=_position):
        support = s.tier in SUPPORT_TIERS
        inside = [k for k in kept if (k.tier in SUPPORT_TIERS) == support]
        if not any(k.start <= s.start and s.end <= k.end for k in inside) and not any(
            k.name == s.name and s.start < k.end for k in inside
        ):
            kept.append(s)
    return kept


def _support(signals: list[Signal]) -> str:
    """A named record as the source wins (the claim can be checked whoever repeats
    it); then a hedge (an uncertain claim stays uncertain when someone is quoted making
    it); then an attribution; then a date or other checkable detail."""
    kinds = {s.kind for s in signals}
    if "source" in kinds:
        return "evidenced"
    if "hedge" in kinds:
        return "hedged"
    if "attribution" in kinds:
        return "attributed"
    if "evidence" in kinds:
        return "evidenced"
    return "unsupported"


def _checked(
    sentence: str,
    lowered: str,
    signals: list[Signal],
    lexicon: CausalLexicon,
    support: bool,
    keep_silent: bool = False,
) -> list[Signal]:
    """Run each signal's clause check (and, for causal signals, whether it is asserted
    at all rather than asked about or quoted as a title). A causal signal that fails
    stays in the reading as a look-alike with the reason (named 'not-' and its entry's
    name; it weighs 0 unless a profile's learned weights give it one), except when its
    reason is not worth showing (it starts with '~') and it weighs nothing; a support
    signal that fails is dropped."""
    if not signals:
        return signals
    parsed: Sentence | None = None
    out: list[Signal] = []
    for s in signals:
        entry = lexicon.by_name[s.name]
        if entry.tier in (LOOKALIKE, "doubt") or (support and entry.check is None):
            out.append(s)
            continue
        if parsed is None:
            parsed = Sentence(sentence, lowered)
        reason = check(entry.check, parsed, s.start, s.end) if entry.check else None
        if reason is None and not support:
            reason = scope_reason(
                parsed, parsed.at(s.start), question=entry.tier in ("explicit", "inference")
            )
        if reason is None:
            out.append(s)
        elif not support:
            weight = lexicon.weights.get(f"not-{s.name}", 0.0)
            if reason.startswith("~") and not weight and not keep_silent:
                continue  # '~': not worth showing
            out.append(
                Signal(
                    LOOKALIKE,
                    s.words,
                    s.start,
                    s.end,
                    f"not-{s.name}",
                    LOOKALIKE,
                    weight,
                    f"look-alike: '{s.words.strip()}' {reason.lstrip('~')}",
                )
            )
    return out


def explain_causal(sentence: str, profile: str = "kit") -> CausalReading:
    """Whether one sentence makes a causal claim, the support it carries, and why.

    >>> r = explain_causal("Without foreign help, the president would have been overthrown.")
    >>> r.causal, r.support, r.techniques
    (True, 'unsupported', ('counterfactual',))
    >>> explain_causal("She led the delegation to Geneva.").causal
    False

    `profile="news"` uses weights learned from news reports (see
    `data/lexicons/causal-news-weights.yml`) instead of the kit's own.
    """
    lexicon = causal_lexicon(profile)
    lowered = _lower(sentence)
    causal_signals = _checked(
        sentence,
        lowered,
        _without_nested(_signals(sentence, lowered, lexicon.causal_regex, lexicon)),
        lexicon,
        support=False,
    )
    support_signals = _checked(
        sentence,
        lowered,
        _without_nested(_signals(sentence, lowered, lexicon.support_regex, lexicon)),
        lexicon,
        support=True,
    )
    seen: dict[str, float] = {}
    for s in causal_signals:
        seen.setdefault(s.name, s.weight)  # a look-alike weighs 0 but in a learned profile
    score = round(sum(seen.values()), 3)
    causal = score >= lexicon.threshold
    techniques: list[str] = []
    if causal:
        for s in causal_signals:
            if s.tier == LOOKALIKE:
                continue
            technique = lexicon.by_name[s.name].technique
            if technique and technique not in techniques:
                techniques.append(technique)
    signals = sorted(causal_signals + support_signals, key=_position)
    return CausalReading(
        sentence,
        causal,
        _support(support_signals),
        tuple(techniques),
        tuple(signals),
        score,
        lexicon.threshold,
    )


def find_causal_claims(text: str) -> list[CausalReading]:
    """Read every sentence of a text; returns only the sentences that make causal claims.

    >>> claims = find_causal_claims("Prices doubled. The protests happened because of it.")
    >>> [c.text for c in claims]
    ['The protests happened because of it.']
    """
    paragraphs = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
    readings = (explain_causal(s.text) for s in split_sentences(paragraphs, "text"))
    return [r for r in readings if r.causal]


def causal_fields(sentence: str) -> dict:
    """The `causal`, `support` and `signals` fields of one sentence in `analyze --json`.

    >>> fields = causal_fields("Prices rose due to the tax.")
    >>> fields["causal"], fields["support"], fields["signals"][0]["words"]
    (True, 'unsupported', 'due to')
    """
    reading = explain_causal(sentence)
    return {
        "causal": reading.causal,
        "support": reading.support,
        "signals": [s.to_dict() for s in reading.signals],
    }


def causal_report(sentences: list[dict], width: int = 70) -> list[str]:
    """Report lines summarising the causal claims among analyzed sentences.

    >>> for line in causal_report([causal_fields("Prices rose due to the tax.") |
    ...                            {"text": "Prices rose due to the tax."}]):
    ...     print(line)
    Causal claims: 1 of 1 sentences (1 unsupported).
      - unsupported: "Prices rose due to the tax." (due to)
    """
    claims = [s for s in sentences if s.get("causal")]
    counts: dict[str, int] = {}
    for s in claims:
        counts[s["support"]] = counts.get(s["support"], 0) + 1
    detail = ", ".join(f"{n} {label}" for label, n in sorted(counts.items()))
    lines = [
        f"Causal claims: {len(claims)} of {len(sentences)} sentences"
        + (f" ({detail})." if detail else ".")
    ]
    for s in claims:
        text = " ".join(s["text"].split())
        text = text if len(text) <= width else text[: width - 1] + "…"
        words = ", ".join(
            dict.fromkeys(
                g["words"] for g in s["signals"] if g["tier"] not in (*SUPPORT_TIERS, LOOKALIKE)
            )
        )
        lines.append(f'  - {s["support"]}: "{text}" ({words})')
    return lines


def causal_signal_names(sentence: str) -> set[str]:
    """The names of every causal (non-support) lexicon entry found, whatever it weighs,
    after the clause checks: a signal that fails its check is named 'not-' and its name.

    For tools that learn weights (`bench/learn_causal_weights.py`).

    >>> sorted(causal_signal_names("Police fired tear gas after the crowd threw stones."))
    ['after']
    >>> sorted(causal_signal_names("Protests began after the holiday weekend."))
    ['not-after']
    """
    lexicon = causal_lexicon()
    lowered = _lower(sentence)
    found = _signals(sentence, lowered, lexicon.causal_regex, lexicon, keep_all=True)
    kept = _checked(
        sentence, lowered, _without_nested(found), lexicon, support=False, keep_silent=True
    )
    return {s.name for s in kept}
