"""Source cards (`sources.yml`): who runs each outlet, how it is paid for, its record."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Outlet:
    """One source card."""

    id: str
    name: str
    kind: tuple[str, ...]
    why_kind: str
    runs_it: str
    funding: str
    record: str
    texts: tuple[str, ...]
    modelled_on: str
    invented: bool = True


CARD_FIELDS = (
    "id",
    "name",
    "kind",
    "why_kind",
    "runs_it",
    "funding",
    "record",
    "texts",
    "modelled_on",
)


def outlet_from_dict(card: dict) -> Outlet:
    """Build an `Outlet` from one card of `sources.yml` (already checked for its fields).

    >>> outlet_from_dict({"id": "a", "name": "A", "kind": ["news-agency"], "why_kind": "",
    ...     "runs_it": "", "funding": "", "record": "", "texts": [], "modelled_on": ""}).kind
    ('news-agency',)
    """
    return Outlet(
        id=str(card["id"]),
        name=str(card["name"]),
        kind=tuple(card["kind"]),
        why_kind=str(card["why_kind"]),
        runs_it=str(card["runs_it"]),
        funding=str(card["funding"]),
        record=str(card["record"]),
        texts=tuple(card.get("texts") or ()),
        modelled_on=str(card["modelled_on"]),
        invented=bool(card.get("invented", True)),
    )
