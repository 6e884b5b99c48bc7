"""The kit's shared vocabularies (`data/labels.yml`), with explanations for students."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from medialit.paths import data_dir


@dataclass(frozen=True)
class Labels:
    """Each vocabulary maps a label's key to its explanation."""

    support: dict[str, str]
    techniques: dict[str, str]
    verdicts: dict[str, str]
    framings: dict[str, str]
    text_kinds: dict[str, str]
    outlet_kinds: dict[str, str]
    stances: dict[str, str]


@lru_cache(maxsize=1)
def load_labels() -> Labels:
    """Read `data/labels.yml`.

    >>> "unsupported" in load_labels().support
    True
    """
    import yaml

    spec = yaml.safe_load((data_dir() / "labels.yml").read_text(encoding="utf-8"))
    return Labels(**{name: dict(spec[name]) for name in Labels.__dataclass_fields__})
