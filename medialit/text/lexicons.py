"""The kit's word lists (`data/lexicons/`), each read once, with errors a teacher can act on.

Every module that needs a list reads it here: `read_lexicon` for a YAML file,
`read_word_list` for a `.txt` list (one entry a line; a line starting with `#` is a
comment). A file is read and parsed once per process, however many modules use it,
so treat what comes back as read-only. A file that is missing, is not UTF-8 or breaks
YAML gives one line: the file, the line, and what to fix; `lexicon_error` gives the
same kind of line for an entry a module finds wrong.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from medialit.errors import MedialitError
from medialit.paths import data_dir


def lexicon_path(name: str | os.PathLike) -> Path:
    """The file of `data/lexicons/` called `name`; a `Path` to any other file stays as it is.

    >>> lexicon_path("causal.yml").relative_to(data_dir()).as_posix()
    'lexicons/causal.yml'
    """
    if isinstance(name, os.PathLike):
        return Path(name)
    return data_dir() / "lexicons" / name


def read_lexicon(name: str | os.PathLike) -> Any:
    """A YAML lexicon, parsed once: by its name in `data/lexicons/`, or a `Path` to a file.

    >>> read_lexicon("quantities.yml")["hedges"]["about"]
    'approx'
    """
    return _parsed(str(lexicon_path(name)))


def read_word_list(name: str | os.PathLike) -> tuple[str, ...]:
    """A `.txt` list: each line that is neither empty nor a `#` comment, stripped, in order.

    >>> read_word_list("hedge-words.txt")[:3]
    ('may', 'might', 'could')
    """
    return _word_list(str(lexicon_path(name)))


def lexicon_error(name: str | os.PathLike, fix: str, *where: str | int) -> MedialitError:
    """A one-line problem in a lexicon: the file, the line of the entry at `where`, what to fix.

    `where` is the way down to the entry: keys of mappings, positions in lists.

    >>> err = lexicon_error("quantities.yml", "'about' must be approx, lower or upper",
    ...                     "hedges", "about")
    >>> str(err).split(": ", 1)[1]
    "line 11: 'about' must be approx, lower or upper"
    """
    path = lexicon_path(name)
    line = _line_of(path, where) if where else None
    at = f"line {line}: " if line else ""
    return MedialitError(f"{_shown(path)}: {at}{fix}")


def _shown(path: Path) -> str:
    """`path` relative to the working folder when it is inside it, else as it is."""
    relative = os.path.relpath(path)
    return str(path) if relative.startswith("..") else relative


def _text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise MedialitError(
            f"{_shown(path)}: cannot read it ({reason}); check the name, or restore the "
            "kit's copy from data/lexicons/"
        ) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise MedialitError(
            f"{_shown(path)}: line {line}: this is not UTF-8 text; save the file as UTF-8"
        ) from None


@lru_cache(maxsize=32)
def _parsed(path: str) -> Any:
    text = _text(Path(path))
    try:
        # libyaml's safe loader when PyYAML has it: the same rules, ten times faster
        return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError:
        pass  # the pure-Python loader below names the line in the same words every time
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f"line {mark.line + 1}: " if mark is not None else ""
        problem = " ".join(str(getattr(exc, "problem", None) or "broken YAML").split())
        raise MedialitError(
            f"{_shown(Path(path))}: {at}{problem}; fix the YAML there (indentation, a "
            "missing ':', an unclosed bracket or quote)"
        ) from None


@lru_cache(maxsize=16)
def _word_list(path: str) -> tuple[str, ...]:
    lines = (line.strip() for line in _text(Path(path)).splitlines())
    return tuple(line for line in lines if line and not line.startswith("#"))


def _line_of(path: Path, where: tuple[str | int, ...]) -> int | None:
    """The line (from 1) of the entry `where` points to, or of the deepest part found."""
    try:
        node = yaml.compose(_text(path))
    except (MedialitError, yaml.YAMLError):
        return None
    line = None
    for step in where:
        if isinstance(node, yaml.MappingNode):
            found = [(k, v) for k, v in node.value if k.value == str(step)]
            if not found:
                break
            key, node = found[0]
            line = key.start_mark.line + 1
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int):
            if not 0 <= step < len(node.value):
                break
            node = node.value[step]
            line = node.start_mark.line + 1
        else:
            break
    return line
