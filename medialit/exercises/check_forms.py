"""The pre/post check: two parallel forms, A and B, built from any case's annotations and ledger.

What a form draws on (the rule that keeps it apart from every lesson):

- only annotated sentences and figures of the case's lesson texts (`case.articles`), never
  texts kept unseen for lesson 06;
- none that an exercise of a lesson uses: every exercise of every lesson with exercise slots
  (`generate.SLOTS`: lessons 00 to 05, and lesson 06 once it has slots) is built for the
  case, in student and key mode, and a sentence is left out when it is in one word for
  word, or nearly all its words (`SAME`) are in one of its sentences, so a republished
  copy of a used sentence is left out too;
- no figure of the baseline text: lesson 05 lists them all with the kit's verdicts (the
  verdicts lesson views give on other figures leave the check's out: `check_prompts`);
- each sentence once: near-copies among the candidates count as one, and a sentence given
  to one part or form is given to no other.

Each form has three parts: sentences to label (backed, hedged or bare), causal claims to
judge (supported or not) and figures to check against the ledger rows shown beside them.
In each part the flagged items (bare, unsupported, conflicting) and the fair ones are dealt
in turn to A and B, spread over the texts and their framings (`balance.spread`), so both
forms get the same kinds, as many flagged as fair items, and a like mix of texts. A case
with less material gives fewer items, and the form says so in one line.

Form A is taken at the start of lesson 00 and form B in lesson 06, unless the teacher swaps
them (`first="B"`); either may be drawn from another case (`check_case`), which makes the
post-check a transfer task.

A student pack has no annotations, so it cannot build a form: both forms are built when
the pack is built and sealed into it (`sealed_forms`, `check_sealed.py`), and in a pack
`check_for` and `build_check` give the sealed form instead, chosen by the same rule.
"""

from __future__ import annotations

import re
from collections import Counter
from difflib import SequenceMatcher
from typing import TYPE_CHECKING

from medialit.case import KEY_DRAFTED, key_drafted
from medialit.errors import MedialitError
from medialit.exercises.annotated import annotated_sentence
from medialit.exercises.balance import spread
from medialit.exercises.build import build_exercise, is_student_pack, lesson_specs
from medialit.exercises.check import CheckExercise, CheckItem, CheckPart
from medialit.exercises.check_sealed import seal_check, sealed_check, sealed_prompts
from medialit.exercises.evidence import small_words, words_of
from medialit.exercises.generate import SLOTS, SUPPORT
from medialit.shown import Shown, shown

if TYPE_CHECKING:
    from medialit.case import Case

FORMS = ("A", "B")
WHEN = {"00-start-here": "pre", "06-put-it-together": "post"}  # where the check is taken
FLAGGED_PER_PART = {"sentences": 2, "causal": 2, "figures": 1}  # per form, as many fair
WANTED = 2 * sum(FLAGGED_PER_PART.values())  # items a full form has
SAME = 0.8  # share of a sentence's content words found in another for the two to be one
RUN = 7  # words in a row that two sentences share when one quotes the other
CAUSAL_LABELS = {
    "supported": "A source, a record or an honest maybe holds the cause up",
    "unsupported": "The cause is asserted with nothing behind it",
}
THIN = (
    "*This case is too thin for the check: it needs annotated sentences and figures "
    "that no exercise of lessons 00-05 uses, flagged and fair ones (annotate more "
    "sentences in annotations/, or let `medialit draft` propose them).*"
)
QUESTIONS = {
    "sentences": "Does each sentence say where its claim comes from, say it is unsure, or "
    "just assert?",
    "causal": "Each sentence claims a cause. Does anything hold the claim up?",
    "figures": "Check each figure against the ledger rows below. Does it check out?",
}


def _key(words: list[str]) -> frozenset[str]:
    small = small_words()
    return frozenset(w for w in words if w not in small) or frozenset(words)


def _runs(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + RUN]) for i in range(len(words) - RUN + 1)}


class _Seen:
    """Sentences already used, to ask whether a new one is one of them: word for word, a
    near-copy (nearly all its content words, `SAME`, in one of them, or its words nearly in
    the same order: a spelling changed, words spun), or quoted in part (a run of `RUN`
    words in common)."""

    def __init__(self, text: str = ""):
        self.sentences: list[frozenset[str]] = []
        self.words: list[list[str]] = []
        self.index: dict[str, list[int]] = {}
        self.runs: set[tuple[str, ...]] = set()
        self.flat = ""
        for piece in re.split(r"\n+|(?<=[.!?])\s+|(?<=[.!?][\"”’])\s+", text):
            self.add(piece)

    def add(self, sentence: str) -> None:
        words = words_of(sentence)
        key = _key(words)
        if not key:
            return
        for word in key:
            self.index.setdefault(word, []).append(len(self.sentences))
        self.sentences.append(key)
        self.words.append(words)
        self.runs |= _runs(words)
        self.flat += " " + " ".join(words) + " |"

    def has(self, sentence: str) -> bool:
        """Whether the sentence is one of these, nearly, or in part.

        >>> seen = _Seen("He said they were authorised to use deadly force.")
        >>> seen.has("He said they were authorized to use deadly force.")
        True
        >>> seen = _Seen('Yet his "20,000" foreign terrorists have vanished into thin air.')
        >>> seen.has('Yet his "20,000" overseas terrorists have vanished into skinny air.')
        True
        >>> seen.has("The force left on 19 January.")
        False
        """
        words = words_of(sentence)
        key = _key(words)
        if f" {' '.join(words)} " in self.flat or self.runs & _runs(words):
            return True
        shared = Counter(n for w in key for n in self.index.get(w, ()))
        return any(
            n >= SAME * len(key)
            or (n >= len(key) / 2 and SequenceMatcher(None, words, self.words[i]).ratio() >= SAME)
            for i, n in shared.items()
        )


def used_in_lessons(case: Case) -> str:
    """Every exercise of every lesson with slots (00-05) on this case, as students and the
    key show it.

    >>> from medialit.case import load_case
    >>> used = used_in_lessons(load_case("kazakhstan-2022"))
    >>> "Such haste is the mark of an uneasy conscience" in used
    True
    """
    shown = []
    for lesson in SLOTS:
        for number, spec in enumerate(lesson_specs(case, lesson), start=1):
            for answer_key in (False, True):
                try:
                    exercise = build_exercise(case, spec, number=number, answer_key=answer_key)
                except MedialitError:  # a broken entry: `medialit validate` reports it
                    continue
                shown.append(exercise.show().text)
    return "\n".join(shown)


def _sentence(case: Case, text_id: str, quote: str) -> str:
    return case.articles[text_id].sentence_with(quote).text


def _candidates(case: Case, used: _Seen) -> dict[str, tuple[list, list]]:
    """Per part, the flagged and the fair (text id, note) pairs that no lesson uses."""
    pools: dict[str, tuple[list, list]] = {part: ([], []) for part in FLAGGED_PER_PART}

    def add(part: str, text_id: str, note, flagged: bool, fair: bool) -> None:
        if (flagged or fair) and not used.has(_sentence(case, text_id, note.quote)):
            pools[part][0 if flagged else 1].append((text_id, note))

    for text_id in _lesson_texts(case):
        notes = case.annotations.get(text_id)
        for note in notes.sentences.values() if notes else ():
            if note.support:
                part = "causal" if note.causal else "sentences"
                flagged = note.support[0] == "unsupported"
                add(part, text_id, note, flagged, "unsupported" not in note.support)
        for note in notes.quantities if notes and text_id != case.baseline else ():
            if note.verdict:  # (lesson 05's table shows the baseline's with the kit's verdicts)
                flagged = note.verdict[0] == "conflicts"
                add("figures", text_id, note, flagged, "conflicts" not in note.verdict)
    return pools


def _lesson_texts(case: Case) -> list[str]:
    """The texts the lessons read: the case's articles (texts kept unseen for lesson 06 are
    not among them)."""
    return list(case.articles)


def _deal(case: Case, pool: list, dealt_already: _Seen, most: int) -> dict[str, list]:
    """Up to `most` items of the pool for each form, dealt in turn, spread over the texts;
    a sentence already dealt (or nearly) is skipped."""
    dealt: dict[str, list] = {form: [] for form in FORMS}
    for text_id, note in spread(pool, case.articles, len(pool)):
        form = min(FORMS, key=lambda f: len(dealt[f]))  # the form with fewer, A first
        sentence = _sentence(case, text_id, note.quote)
        if len(dealt[form]) >= most or dealt_already.has(sentence):
            continue
        dealt_already.add(sentence)
        dealt[form].append((text_id, note))
    return dealt


def form_plans(case: Case) -> dict[str, dict[str, list[tuple[str, object]]]]:
    """For each form, for each part, its (text id, note) pairs: flagged ones, then fair ones.

    Parts are filled scarcest first (figures, causal claims, sentences); in each, flagged and
    fair items are dealt in turn to A and B, a sentence near one already dealt is skipped,
    and both forms keep as many as the shorter side has. A case with no conflicting figure
    to share gives each form fair figures only (verdicts other than consistent first), and
    sentences to label fill a form up to `WANTED` items.

    >>> from medialit.case import load_case
    >>> plans = form_plans(load_case("kazakhstan-2022"))
    >>> sum(len(items) for items in plans["A"].values()) == 10
    True
    """
    pools = _candidates(case, _Seen(used_in_lessons(case)))
    dealt_already = _Seen()
    plans: dict[str, dict[str, list]] = {form: {} for form in FORMS}
    size = 0  # items in each form so far
    for part in ("figures", "causal", "sentences"):
        most = FLAGGED_PER_PART[part]
        if part == "sentences":  # fill the form up, as many flagged as fair
            most = max(most, (WANTED - size) // 2)
        flagged, fair = pools[part]
        sides = [_deal(case, pool, dealt_already, most) for pool in (flagged, fair)]
        if part == "figures" and not all(sides[0].values()):  # no conflicting figure to share
            fair = sorted(fair, key=lambda pair: pair[1].verdict[0] == "consistent")
            sides = [_deal(case, fair, dealt_already, 2 * most)]  # as many items, all fair
        each = min(len(side[form]) for side in sides for form in FORMS)
        for form in FORMS:
            plans[form][part] = [pair for side in sides for pair in side[form][:each]]
        size += len(plans[FORMS[0]][part])
    return {form: {p: plans[form][p] for p in FLAGGED_PER_PART} for form in FORMS}


def _ledger_rows(case: Case, fact_ids: list[str]) -> tuple[str, ...]:
    rows = []
    for fact_id in dict.fromkeys(fact_ids):
        fact = case.facts.get(fact_id)
        if fact is not None:
            unit = f" {fact.unit}" if fact.unit else ""
            rows.append(f"{fact.claim}: {fact.value}{unit} ({fact.reported_by}, {fact.as_of})")
    return tuple(sorted(rows))


def _items(case: Case, part: str, pairs: list, number: int) -> tuple[CheckPart, list[CheckItem]]:
    """One part of a form: its question, labels and flag, and its items in reading order."""
    order = list(case.articles)
    pairs = sorted(pairs, key=lambda p: (order.index(p[0]), p[1].quote))
    items, facts = [], []
    if part == "sentences":
        spec = SUPPORT["backed-or-bare"]
        labels, flag, mapping = spec["labels"], "bare", spec["map"]
    elif part == "causal":
        labels, flag = CAUSAL_LABELS, "unsupported"
        mapping = {"unsupported": "unsupported"}
    else:
        labels, flag, mapping = {k: k.capitalize() for k in case.labels.verdicts}, "conflicts", {}
    for text_id, note in pairs:
        sentence, _, where = annotated_sentence(case, {"article": text_id, "quote": note.quote})
        if part == "figures":
            accepted = note.verdict
            prompt = f"{sentence.text} (the figure: “{note.quote}”)"
            facts += list(note.facts)
        else:
            accepted = note.support
            prompt = sentence.text
        keys = tuple(dict.fromkeys(mapping.get(a, "supported" if part == "causal" else a)
                                   for a in accepted))  # fmt: skip
        items.append(CheckItem(prompt, keys, note.note, source=where, part=number))
    check_part = CheckPart(part, QUESTIONS[part], dict(labels), flag, _ledger_rows(case, facts))
    return check_part, items


def _prompt(case: Case, when: str, size: int) -> str:
    """What a form says above its items, taken `when` (pre or post), with `size` items."""
    before = "before the lessons" if when == "pre" else "after the lessons"
    prompt = (
        f"On the case {case.title}: about ten minutes, on your own, {before}. Your first "
        "answer to each item is the one that counts, so think before you click. Raise a flag "
        "only where it is deserved: the score counts the problems you catch and the fair "
        "items you flag wrongly."
    )
    if size < WANTED:
        prompt += (
            f" (This case gives {size} items, not {WANTED}: it has few annotated "
            "sentences and figures that the lessons do not already use.)"
        )
    if key_drafted(case):  # drafted by `medialit draft`, not reviewed: say so, as lessons do
        prompt = f"({KEY_DRAFTED}) {prompt}"
    return prompt


def _form(case: Case, form: str, plan: dict, when: str, answer_key: bool) -> CheckExercise | Shown:
    parts, items = [], []
    for part, pairs in plan.items():
        if pairs:
            check_part, part_items = _items(case, part, pairs, len(parts))
            parts.append(check_part)
            items += part_items
    if not items:
        return shown(THIN)
    about = {"form": form, "case": case.id, "when": when}
    return CheckExercise(
        f"check-{form}-{case.id}", f"Check, form {form}", _prompt(case, when, len(items)),
        parts, items, about=about, answer_key=answer_key,
    )  # fmt: skip


def build_check(
    case: Case, form: str, *, when: str = "pre", answer_key: bool = False
) -> CheckExercise | Shown:
    """Form `form` of the check on `case`; a case with no material gives one line instead.

    >>> from medialit.case import load_case
    >>> check = build_check(load_case("kazakhstan-2022"), "B", when="post")
    >>> check.id, len(check.items), check.about["when"]
    ('check-B-kazakhstan-2022', 10, 'post')
    """
    if form not in FORMS:
        raise MedialitError(f'the check\'s form must be "A" or "B", not {form!r}')
    if is_student_pack(case):  # no annotations: its check is sealed (`sealed_check`)
        return sealed_check(case.path, case.id, form, when, None, answer_key)
    return _form(case, form, form_plans(case)[form], when, answer_key)


def sealed_forms(case: Case, salt: str) -> dict:
    """Both forms of the check on `case` sealed for a student pack's `check.yml`: no
    accepted answer, verdict or reason in readable form (`seal_check`).

    >>> from medialit.case import load_case
    >>> sealed = sealed_forms(load_case("kazakhstan-2022"), "salt")
    >>> sealed["case"], sorted(sealed["forms"]), "accepted" in str(sealed)
    ('kazakhstan-2022', ['A', 'B'], False)
    """
    plans = form_plans(case)
    forms = {}
    for form in FORMS:
        made = {when: _form(case, form, plans[form], when, False) for when in ("pre", "post")}
        if not isinstance(made["pre"], CheckExercise):
            return {"case": case.id, "thin": made["pre"].text}
        prompts = {when: check.prompt for when, check in made.items()}
        forms[form] = seal_check(made["pre"], salt, prompts)
    return {"case": case.id, "forms": forms}


def check_for(
    case: Case, lesson: str, first: object = "A", check_case: object = None,
    answer_key: bool = False,
) -> CheckExercise | Shown:  # fmt: skip
    """The check a lesson gives: form `first` in lesson 00, the other form in lesson 06,
    on `check_case` (a case's name) or, when None, on the lesson's own case.

    >>> from medialit.case import load_case
    >>> check_for(load_case("kazakhstan-2022"), "06-put-it-together", first="B").about["form"]
    'A'
    """
    from medialit.case import load_case

    if first not in FORMS:
        raise MedialitError(f'check_first must be "A" or "B" (in quotes), not {first!r}')
    if lesson not in WHEN:
        raise MedialitError(
            f"the check is taken in lesson 00 (before) and lesson 06 (after), not in {lesson}"
        )
    if check_case is not None and not isinstance(check_case, str):
        raise MedialitError(
            f"check_case must be a case name in quotes, or None, not {check_case!r}"
        )
    when = WHEN[lesson]
    form = first if when == "pre" else FORMS[1 - FORMS.index(first)]
    if is_student_pack(case):  # the pack's sealed forms, of the case it was built with
        return sealed_check(case.path, case.id, form, when, check_case, answer_key)
    if check_case not in (None, "", case.id):
        try:
            case = load_case(check_case)
        except MedialitError as exc:
            raise MedialitError(f"check_case: {str(exc).splitlines()[0]}") from None
    return build_check(case, form, when=when, answer_key=answer_key)


def check_prompts(case: Case) -> list[str]:
    """The words of every item of both forms on this case (lesson views leave their answers
    out, so that no lesson answers the check for the students).

    >>> from medialit.case import load_case
    >>> len(check_prompts(load_case("kazakhstan-2022")))
    20
    """
    if is_student_pack(case):
        return sealed_prompts(case.path)
    forms = [build_check(case, form) for form in FORMS]
    return [item.prompt for form in forms if isinstance(form, CheckExercise) for item in form.items]
