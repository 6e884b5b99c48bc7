"""YAML front matter at the top of a Markdown file."""

from __future__ import annotations

import re

import yaml

from medialit.errors import MedialitError

_FENCE = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)


def _explain(front: str, source: str):
    try:
        return yaml.safe_load(front)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f" line {mark.line + 2}" if mark is not None else ""
        what = getattr(exc, "problem", None) or "not valid YAML"
        raise MedialitError(
            f"{source}: front matter{line}: {what}; write each field as "
            "'name: value' and put quotes around values that contain a colon"
        ) from None


def split_front_matter(text: str, source: str = "<text>") -> tuple[dict, str]:
    """Split `text` into its front matter (a dict, empty if none) and its body.

    >>> meta, body = split_front_matter("---\\ntitle: Hello\\n---\\nBody text.")
    >>> meta, body
    ({'title': 'Hello'}, 'Body text.')
    """
    match = _FENCE.match(text)
    if not match:
        if text.startswith("---\n") or text.startswith("---\r\n"):
            raise MedialitError(
                f"{source}: front matter: it opens with '---' but never closes; "
                "add a line with just '---' after the last field"
            )
        return {}, text
    try:
        # libyaml's safe loader when PyYAML has it: the same rules, five times faster
        meta = yaml.load(match.group(1), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError:
        meta = _explain(match.group(1), source)  # the pure-Python loader names the line
    meta = meta or {}
    if not isinstance(meta, dict):
        raise MedialitError(
            f"{source}: front matter: expected fields like 'title: ...', "
            f"found {type(meta).__name__}"
        )
    return meta, text[match.end() :]
