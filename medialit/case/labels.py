"""The kit's shared vocabularies (`data/labels.yml`), with explanations for students."""

from __future__ import annotations

from collections.abc import Iterable
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
    certainty: dict[str, str]  # how sure a sentence says a link is, surest first
    hazard_risk: dict[str, str]  # hazard, risk, a hazard told as a risk, or neither


@lru_cache(maxsize=1)
def load_labels() -> Labels:
    """Read `data/labels.yml`.

    >>> "unsupported" in load_labels().support
    True
    """
    import yaml

    spec = yaml.safe_load((data_dir() / "labels.yml").read_text(encoding="utf-8"))
    return Labels(**{name: dict(spec[name]) for name in Labels.__dataclass_fields__})


def not_in_vocabulary(value: object, vocabulary: Iterable[str], name: str = "") -> str | None:
    """What to fix when `value` is not a label of `vocabulary`; None when it is one.

    `name` goes first when the field holds several labels (`support 'x' is not ...`).

    >>> kinds = {"news-report": "A report.", "op-ed": "An argument."}
    >>> not_in_vocabulary("news", kinds), not_in_vocabulary("op-ed", kinds)
    ("'news' is not one of: news-report, op-ed (see data/labels.yml)", None)
    >>> not_in_vocabulary("baseless", kinds, "support")
    "support 'baseless' is not one of: news-report, op-ed (see data/labels.yml)"
    """
    if value in vocabulary:
        return None
    what = f"{name} '{value}'" if name else f"'{value}'"
    return f"{what} is not one of: {', '.join(vocabulary)} (see data/labels.yml)"
