"""The pre/post check in the student pack: both forms sealed, checked without their answers.

When the pack is built (`medialit.teacher.build_student_pack`), `check_forms.sealed_forms`
builds forms A and B on the pack's check case (the taught case, or another shipped case
for a transfer task) and `seal_check` turns each into an entry of the pack's `check.yml`
(`CHECK_FILE`, beside the sealed `exercises.yml`): each item's accepted answer becomes a
lock (`medialit.exercises.locks`), its reason is encrypted with a key that only an accepted
answer produces, and no label, verdict or reason is kept in readable form. In the student's
notebook `sealed_check` reads that file and gives a `SealedCheckExercise`: the kit's check
(the same parts, items, ids, score and saved fields) whose answers are checked against the
locks, as `medialit.exercises.sealed` does for every other exercise.
"""

from __future__ import annotations

from pathlib import Path

from medialit.errors import MedialitError
from medialit.exercises.check import CheckExercise, CheckItem, CheckPart
from medialit.exercises.locks import make_lock
from medialit.exercises.seal import wrong_locks
from medialit.exercises.sealed import SEALED_NOTE, SealedLabelExercise
from medialit.shown import Shown, shown

CHECK_FILE = "check.yml"  # in the pack's case folder, beside its sealed exercises.yml
CHECK_HEADER = (
    "# The pre/post check for the student pack (medialit.exercises.check_sealed): forms A and\n"
    "# B, their answers sealed. Made by `make student-pack`; do not edit.\n"
)


def seal_check(check: CheckExercise, salt: str, prompts: dict[str, str]) -> dict:
    """A check form as a sealed entry for a pack's `check.yml` (no answer in it);
    `prompts` is its prompt for each place it is taken (pre, post).

    >>> part = CheckPart("sentences", "Backed?", {"source": "Source", "bare": "Bare"}, "bare")
    >>> form = CheckExercise("check-A-k", "Check, form A", "Go.", [part],
    ...     [CheckItem("They came.", ("bare",), "Nothing backs it.", part=0)])
    >>> entry = seal_check(form, "salt", {"pre": "Go.", "post": "Go."})
    >>> entry["id"], "Nothing backs it" in str(entry), "'bare'," in str(entry["items"])
    ('check-A-k', False, False)
    """
    items = []
    for index, item in enumerate(check.items):
        where = f"{check.id}/{index + 1}"
        items.append({
            "text": item.prompt,
            "source": item.source,
            "part": item.part,
            "lock": make_lock(salt, where, list(item.accepted), item.why),
            "wrong": wrong_locks(salt, where, item),  # what a wrong label opens
        })  # fmt: skip
    parts = [
        {"kind": p.kind, "question": p.question, "labels": dict(p.labels), "flag": p.flag,
         "ledger": list(p.ledger)}
        for p in check.parts
    ]  # fmt: skip
    return {"id": check.id, "title": check.title, "prompts": dict(prompts), "salt": salt,
            "parts": parts, "items": items}  # fmt: skip


class SealedCheckExercise(CheckExercise):
    """A check form whose answers are locks: right or not, and why once right; never the
    answer. Scored as the kit's check is (`CheckExercise.score` asks each lock).

    >>> part = CheckPart("sentences", "Backed?", {"source": "Source", "bare": "Bare"}, "bare")
    >>> form = CheckExercise("check-A-k", "Check, form A", "Go.", [part],
    ...     [CheckItem("They came.", ("bare",), "Nothing backs it.", part=0)])
    >>> c = unseal_check(seal_check(form, "s", {"pre": "Go."}), "A", "k", "pre")
    >>> c.answer(1, "source").correct, c.answer(1, "bare").markdown
    (False, '**Right: Bare.** Nothing backs it.')
    >>> c.score().false_alarms, c.score().misses, c.saved_with()["check"]["when"]
    (0, 1, 'pre')
    """

    _reason = SealedLabelExercise._reason
    _wrong_reason = SealedLabelExercise._wrong_reason
    _record = SealedLabelExercise._record
    _is_right = SealedLabelExercise._is_right

    def __init__(self, *args, locks: list, wrong: list, salt: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.locks, self.wrong, self.salt = locks, wrong, salt

    def _student_markdown(self) -> str:
        return f"{super()._student_markdown()}\n\n{SEALED_NOTE}"

    def _key_markdown(self) -> str:
        return f"{self._heading(key=True)}*The student pack carries no answer key.*"


def unseal_check(
    entry: dict, form: str, case_id: str, when: str, answer_key: bool = False
) -> SealedCheckExercise:
    """The sealed form `entry` (from `seal_check`) as an exercise, taken `when` (pre, post).

    >>> part = CheckPart("figures", "Checks out?", {"consistent": "C", "conflicts": "X"},
    ...     "conflicts")
    >>> form = CheckExercise("check-B-k", "Check, form B", "Go.", [part],
    ...     [CheckItem("19,000 came.", ("conflicts",), "Ledger: 2,030.", part=0)])
    >>> unseal_check(seal_check(form, "s", {"post": "Later."}), "B", "k", "post").prompt
    'Later.'
    """
    parts = [
        CheckPart(str(p["kind"]), str(p["question"]), dict(p["labels"]), str(p["flag"]),
                  tuple(p.get("ledger") or ()))
        for p in entry.get("parts") or []
    ]  # fmt: skip
    raw = entry.get("items") or []
    items = [
        CheckItem(str(r["text"]), (), "", source=str(r.get("source") or ""), part=int(r["part"]))
        for r in raw
    ]
    prompts = entry.get("prompts") or {}
    return SealedCheckExercise(
        str(entry["id"]), str(entry["title"]), str(prompts.get(when) or ""), parts, items,
        about={"form": form, "case": case_id, "when": when},
        locks=[r["lock"] for r in raw], wrong=[r.get("wrong") or [] for r in raw],
        salt=str(entry.get("salt") or ""), answer_key=answer_key,
    )  # fmt: skip


def read_sealed_check(folder: Path) -> dict | None:
    """The sealed check of a pack's case folder (`CHECK_FILE`), or None when it has none.

    >>> from medialit.paths import case_dir
    >>> read_sealed_check(case_dir("kazakhstan-2022")) is None  # the kit's own case
    True
    """
    import yaml

    path = Path(folder) / CHECK_FILE
    if not path.is_file():
        return None
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data if isinstance(data, dict) else None


def sealed_check(
    folder: Path, own_case: str, form: str, when: str, check_case: str | None,
    answer_key: bool = False,
) -> SealedCheckExercise | Shown:  # fmt: skip
    """Form `form` of the check sealed in a pack's case folder, taken `when` (pre, post).
    `check_case` None means the pack's check, whichever case it was sealed on; a case
    other than the sealed one is a one-line error saying which case to set.

    >>> from medialit.paths import case_dir
    >>> made = sealed_check(case_dir("kazakhstan-2022"), "kazakhstan-2022", "A", "pre", None)
    >>> made.text.startswith("This student pack has no pre/post check")
    True
    """
    sealed = read_sealed_check(folder)
    if sealed is None:
        return shown(
            "*This student pack has no pre/post check: it was built without one. Your teacher "
            "can build the pack again with `make student-pack`, or give the check from the "
            "teacher's copy of the kit.*"
        )
    on = str(sealed.get("case") or own_case)
    name = str(sealed.get("folder") or on)  # the case's folder in the pack, its name
    if check_case not in (None, "", on, name):
        raise MedialitError(
            f"check_case: this student pack's check is on the case '{name}', not "
            f"'{check_case}'; set check_case = \"{name}\" (or None)"
        )
    if sealed.get("thin"):  # the case was too thin for a check: the kit's own line
        return shown(str(sealed["thin"]))
    entry = (sealed.get("forms") or {}).get(form)
    if not isinstance(entry, dict):
        raise MedialitError(f"the student pack's {CHECK_FILE} has no form {form}: build it again")
    return unseal_check(entry, form, on, when, answer_key)


def sealed_prompts(folder: Path) -> list[str]:
    """The words of every item of both sealed forms in a pack's case folder (lesson views
    leave their answers out, as they do in the kit).

    >>> from medialit.paths import case_dir
    >>> sealed_prompts(case_dir("kazakhstan-2022"))
    []
    """
    sealed = read_sealed_check(folder) or {}
    forms = (sealed.get("forms") or {}).values()
    return [str(item["text"]) for form in forms for item in form.get("items") or []]
