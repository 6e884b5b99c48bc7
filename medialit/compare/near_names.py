"""Near-miss names: a case's proper names written almost right, the way a spinner mangles them.

A spinner swaps words inside names as happily as anywhere else, so "Collective
Security Treaty Organization" comes out as "Collective Safety Treaty Group". The
names a case cares about are in its `names.yml` (a list a teacher can edit); this
module finds runs of capitalised words that share at least half their words with
one of those names without being any correct form of it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from medialit.compare.spinner import load_synonyms
from medialit.errors import MedialitError, Problem
from medialit.paths import case_dir
from medialit.text import Article, body_text, display_path

CAPITALISED = re.compile(r"[A-Z][\w'’-]*")
PUNCTUATION = ".,;:!?\"“”‘’()[]"
SENTENCE_OPENERS = frozenset(
    re.findall(
        r"\w+",
        "A An The In On At By For From Its His Her Their Our This That These Those Yet But And "
        "If When While After Before Since Why How What Who Whatever",
    )
)


@dataclass(frozen=True)
class Name:
    """A proper name as it should be written, its other correct forms, and what it is."""

    name: str
    also: tuple[str, ...] = ()
    what: str = ""


@dataclass(frozen=True)
class NearMiss:
    """A run of words that looks like a mangled `name`: where it is and what differs."""

    text: str
    span: tuple[int, int]
    name: str
    changed: tuple[tuple[str, str], ...]  # (word in the name, word written instead)

    @property
    def why(self) -> str:
        """A sentence a student can read: which words differ from the real name."""
        swaps = ", ".join(f"'{new}' for '{old}'" for old, new in self.changed)
        return f"'{self.text}' looks like '{self.name}' with {swaps}"

    def to_dict(self) -> dict:
        """The near-miss as JSON."""
        return {
            "text": self.text,
            "span": list(self.span),
            "name": self.name,
            "changed": [{"from": old, "to": new} for old, new in self.changed],
            "why": self.why,
        }


def load_names(path: str | Path) -> list[Name]:
    """Read a `names.yml` file (format in data/README.md).

    >>> load_names(case_dir("kazakhstan-2022") / "names.yml")[0].name
    'Collective Security Treaty Organization'
    """
    path = Path(path)
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise MedialitError(f"{path}: cannot read the list of names ({exc})") from exc
    entries = raw.get("names") if isinstance(raw, dict) else None
    if not isinstance(entries, list):
        raise MedialitError(f"{path}: expected 'names:' followed by a list of entries")
    names = []
    for i, entry in enumerate(entries, 1):
        if not isinstance(entry, dict) or not str(entry.get("name") or "").strip():
            raise MedialitError(f"{path}: entry {i} needs a 'name:'")
        also = entry.get("also") or []
        names.append(Name(str(entry["name"]), tuple(map(str, also)), str(entry.get("what", ""))))
    return names


def names_in_case(case: str | Path) -> list[Name]:
    """The proper names a case lists (its `names.yml`), or [] when the case has none.

    >>> any(n.name == "Stanislav Zas" for n in names_in_case("kazakhstan-2022"))
    True
    """
    path = case_dir(case) / "names.yml"
    return load_names(path) if path.is_file() else []


def check_names(folder: str | Path) -> list:
    """Problems with a case's `names.yml` (none when the file is absent), for `validate`.

    >>> check_names(case_dir("kazakhstan-2022"))
    []
    """
    path = Path(folder) / "names.yml"
    if not path.is_file():
        return []
    try:
        load_names(path)
    except MedialitError as exc:
        return [Problem(display_path(path), "", str(exc).split(": ", 1)[-1])]
    return []


def _key(word: str) -> str:
    return word.lower().replace("’", "'").removesuffix("'s")


def _synonyms(old: str, new: str, table: dict[str, list[str]]) -> bool:
    old, new = old.lower(), new.lower()
    return new in (o.lower() for o in table.get(old, ())) or old in (
        o.lower() for o in table.get(new, ())
    )


def find_near_miss_names(
    text: str | Article, names: list[Name], synonyms: dict[str, list[str]] | None = None
) -> list[NearMiss]:
    """Runs of capitalised words that look like a listed name but are not a correct form of it.

    A run matches a name of three or more words when at least half its words agree
    with the name's and it is not part of a correct form written in full ("Collective
    Security Treaty" inside the full name is fine). A name of two words is matched
    only when its last word agrees and the other is a known synonym of the real one
    (the spinner's table, `synonyms`), since "NATO-Russia Council" is not a mangled
    "Security Council".

    >>> names = [Name("Collective Security Treaty Organization", ("CSTO",)),
    ...          Name("Security Council")]
    >>> text = "The Collective Safety Treaty Group met. The Safety Council did not."
    >>> [m.why for m in find_near_miss_names(text, names)]  # doctest: +NORMALIZE_WHITESPACE
    ["'Collective Safety Treaty Group' looks like 'Collective Security Treaty Organization'
      with 'Safety' for 'Security', 'Group' for 'Organization'",
     "'Safety Council' looks like 'Security Council' with 'Safety' for 'Security'"]
    """
    body = body_text(text)
    table = load_synonyms() if synonyms is None else synonyms
    forms = [form for n in names for form in (n.name, *n.also)]
    known = {tuple(_key(w) for w in form.split()) for form in forms}
    tokens = []  # (word without the punctuation around it, its start, clean before, clean after)
    for m in re.finditer(r"\S+", body):
        core = m.group().strip(PUNCTUATION)
        if core:
            at = m.start() + m.group().index(core)
            tokens.append((core, at, at == m.start(), at + len(core) == m.end()))
    found: list[NearMiss] = []
    correct = [  # correct forms written in full: nothing inside them is a near-miss
        (m.start(), m.end())
        for form in forms
        for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", body)
    ]
    taken: list[tuple[int, int]] = []
    for name in sorted(names, key=lambda n: -len(n.name.split())):
        target = name.name.split()
        n = len(target)
        if n < 2:
            continue
        for i in range(len(tokens) - n + 1):
            window = tokens[i : i + n]
            ws = [t[0] for t in window]
            # a name does not run across punctuation: "Aktau. The Council" is two pieces
            if not all(t[3] for t in window[:-1]) or not all(t[2] for t in window[1:]):
                continue
            if not all(CAPITALISED.fullmatch(w) for w in ws) or ws[0] in SENTENCE_OPENERS:
                continue
            keys = tuple(_key(w) for w in ws)
            if keys in known:
                continue
            same = sum(a == _key(b) for a, b in zip(keys, target, strict=True))
            if same == n or same * 2 < n:
                continue
            if n == 2 and not (keys[-1] == _key(target[-1]) and _synonyms(target[0], ws[0], table)):
                continue
            span = (window[0][1], window[-1][1] + len(ws[-1]))
            if any(s <= span[0] and span[1] <= e for s, e in correct):
                continue
            if any(span[0] < e and s < span[1] for s, e in taken):
                continue
            changed = tuple(
                (t, w) for t, w in zip(target, ws, strict=True) if _key(t) != _key(w)
            )
            found.append(NearMiss(body[span[0] : span[1]], span, name.name, changed))
            taken.append(span)
    return sorted(found, key=lambda m: m.span)
