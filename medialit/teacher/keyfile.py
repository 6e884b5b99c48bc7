"""Editing a case's key files (annotations, claims.yml, case.yml, front matter) as text.

`medialit draft` adds proposals and the review notebook accepts, relabels or rejects
them one at a time. Both change one list entry or one field and leave the rest of
the file as the teacher wrote it, comments included; every change is written at once
with `write_atomically` (a temporary file, then a rename), so a crash loses nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import yaml

from medialit.exercises import write_atomically

_TOP = re.compile(r"^([A-Za-z_][\w-]*):(.*)$")
_ITEM = re.compile(r"^  - ")
_PROPOSED = re.compile(r"^\s+proposed: true\s*(#.*)?$")


def dump_item(item: dict) -> list[str]:
    """One list entry as YAML lines, indented under its section.

    >>> dump_item({"quote": "Prices rose", "causal": False})
    ['  - quote: Prices rose', '    causal: false']
    """
    text = yaml.safe_dump([item], sort_keys=False, allow_unicode=True, width=92)
    return ["  " + line for line in text.rstrip("\n").split("\n")]


def _section(lines: list[str], name: str) -> tuple[int, int] | None:
    """The lines of a top-level section: (its key's line, the line after its last entry)."""
    start = next((i for i, line in enumerate(lines) if line.startswith(f"{name}:")), None)
    if start is None:
        return None
    end = next(
        (i for i in range(start + 1, len(lines)) if _TOP.match(lines[i])),
        len(lines),
    )
    while end > start + 1 and not lines[end - 1].strip():
        end -= 1
    return start, end


def entries(lines: list[str], name: str) -> list[tuple[int, int, dict]]:
    """Each entry of a top-level list: its first line, the line after it, and its data.

    >>> entries(["article: a", "sentences:", "  - quote: x", "    causal: true"], "sentences")
    [(2, 4, {'quote': 'x', 'causal': True})]
    """
    span = _section(lines, name)
    if span is None:
        return []
    starts = [i for i in range(span[0] + 1, span[1]) if _ITEM.match(lines[i])]
    found = []
    for n, first in enumerate(starts):
        last = starts[n + 1] if n + 1 < len(starts) else span[1]
        try:
            data = yaml.safe_load("\n".join(lines[first:last]))
        except yaml.YAMLError:
            data = None
        if isinstance(data, list) and data and isinstance(data[0], dict):
            found.append((first, last, data[0]))
    return found


def read_entries(path: Path, name: str) -> list[dict]:
    """The entries of one list in a key file, rejected ones included ([] when no file).

    >>> read_entries(Path("no-such-file.yml"), "sentences")
    []
    """
    if not path.is_file():
        return []
    return [data for _, _, data in entries(path.read_text(encoding="utf-8").split("\n"), name)]


def add_entries(path: Path, name: str, items: list[dict], header: str) -> None:
    """Add entries at the end of the list `name`, creating the file (with `header`) if needed.

    >>> import tempfile; f = Path(tempfile.mkdtemp()) / "a.yml"
    >>> add_entries(f, "sentences", [{"quote": "x"}], "article: a\\n")
    >>> f.read_text()
    'article: a\\nsentences:\\n  - quote: x\\n'
    """
    if not items:
        return
    text = path.read_text(encoding="utf-8") if path.is_file() else header
    lines = text.rstrip("\n").split("\n")
    new = [line for item in items for line in dump_item(item)]
    span = _section(lines, name)
    if span is None:
        lines += [f"{name}:", *new]
    else:
        key = _TOP.match(lines[span[0]])
        if key and key.group(2).split("#")[0].strip() in ("[]", "null", "~"):  # `name: []`
            lines[span[0]] = f"{name}:"
        lines[span[1] : span[1]] = new
    write_atomically(path, "\n".join(lines) + "\n")


def change_entry(path: Path, name: str, match: Callable[[dict], bool], new: dict | None) -> bool:
    """Rewrite the first entry of list `name` that `match` accepts (None deletes it).

    The rest of the file stays as it was. Returns False when no entry matched.

    >>> import tempfile; f = Path(tempfile.mkdtemp()) / "a.yml"
    >>> add_entries(f, "sentences", [{"quote": "x", "proposed": True}], "article: a\\n")
    >>> change_entry(f, "sentences", lambda e: e["quote"] == "x", {"quote": "x"})
    True
    >>> read_entries(f, "sentences")
    [{'quote': 'x'}]
    """
    lines = path.read_text(encoding="utf-8").split("\n")
    for first, last, data in entries(lines, name):
        if match(data):
            lines[first:last] = dump_item(new) if new is not None else []
            write_atomically(path, "\n".join(lines))
            return True
    return False


def drop_proposed_marks(path: Path) -> int:
    """Remove every `proposed: true` line from a key file; returns how many went.

    >>> import tempfile; f = Path(tempfile.mkdtemp()) / "a.yml"
    >>> add_entries(f, "sentences", [{"quote": "x", "proposed": True}], "article: a\\n")
    >>> drop_proposed_marks(f), read_entries(f, "sentences")
    (1, [{'quote': 'x'}])
    """
    if not path.is_file():
        return 0
    lines = path.read_text(encoding="utf-8").split("\n")
    kept = [line for line in lines if not _PROPOSED.match(line)]
    if len(kept) != len(lines):
        write_atomically(path, "\n".join(kept))
    return len(lines) - len(kept)


def set_field(path: Path, name: str, value: object, comment: str = "") -> None:
    """Set one top-level field of a YAML file (case.yml, or an article's front matter),
    keeping every other line; the field is added at the end when it is not there.

    >>> import tempfile; f = Path(tempfile.mkdtemp()) / "case.yml"
    >>> _ = f.write_text("id: a\\ntitle: ''  # fill in\\n")
    >>> set_field(f, "title", "Fire", "drafted"); set_field(f, "key_status", "drafted")
    >>> f.read_text()
    'id: a\\ntitle: Fire   # drafted\\nkey_status: drafted\\n'
    """
    lines = path.read_text(encoding="utf-8").split("\n")
    dumped = yaml.safe_dump({name: value}, allow_unicode=True, width=10_000).strip()
    line = dumped + (f"   # {comment}" if comment else "")
    closing = _front_matter_end(lines)
    for i, old in enumerate(lines[:closing]):
        if old.startswith(f"{name}:"):
            lines[i] = line
            break
    else:
        at = closing if closing < len(lines) else len(lines)
        while at == len(lines) and at > 0 and not lines[at - 1].strip():
            at -= 1
        lines.insert(at, line)
    write_atomically(path, "\n".join(lines).rstrip("\n") + "\n")


def field_comment(path: Path, name: str) -> str:
    """The comment after a top-level field ('' when none).

    >>> import tempfile; f = Path(tempfile.mkdtemp()) / "case.yml"
    >>> _ = f.write_text("title: Fire   # drafted: from a headline\\n")
    >>> field_comment(f, "title")
    'drafted: from a headline'
    """
    lines = path.read_text(encoding="utf-8").split("\n")
    for line in lines[: _front_matter_end(lines)]:
        if line.startswith(f"{name}:") and "   # " in line:
            return line.split("   # ", 1)[1].strip()
    return ""


DRAFTED_FIELD = re.compile(r"^([A-Za-z_][\w-]*):(.*?)   # drafted: (.*)$")


def drafted_fields(path: Path) -> list[tuple[str, object, str]]:
    """The fields `medialit draft` filled and no one has checked: (name, value, why).

    >>> import tempfile; f = Path(tempfile.mkdtemp()) / "a.md"
    >>> _ = f.write_text("---\\nkind: blog-post   # drafted: first person; check it\\n---\\nText")
    >>> drafted_fields(f)
    [('kind', 'blog-post', 'first person; check it')]
    """
    lines = path.read_text(encoding="utf-8").split("\n")
    found = []
    for line in lines[: _front_matter_end(lines)]:
        match = DRAFTED_FIELD.match(line)
        if match:
            try:
                value = yaml.safe_load(match.group(2)) if match.group(2).strip() else None
            except yaml.YAMLError:
                value = match.group(2).strip()
            found.append((match.group(1), value, match.group(3).strip()))
    return found


def _front_matter_end(lines: list[str]) -> int:
    """In a Markdown article, the line of the front matter's closing `---`; else the end."""
    if lines and lines[0].strip() == "---":
        return next((i for i in range(1, len(lines)) if lines[i].strip() == "---"), len(lines))
    return len(lines)
