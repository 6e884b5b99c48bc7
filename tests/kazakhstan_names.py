"""What a lesson run on another case must never show: the names, outlets, text ids and
figures of the kit's own case (data/cases/kazakhstan-2022)."""

from __future__ import annotations

import re

import yaml

from conftest import ROOT

CASE = ROOT / "data" / "cases" / "kazakhstan-2022"


def _figure(value: str) -> str | None:
    """A ledger figure as texts write it ("2,030"), if it is distinctive enough to look for."""
    try:
        number = float(value)
    except ValueError:
        return None
    if number != int(number) or number < 1000 or 1900 <= number <= 2100:  # no years
        return None
    return f"{int(number):,}"


INSTITUTION = {"Council", "Treaty", "Organization", "Ministry", "Fund", "Bank", "Dialogue",
               "Pact", "House", "Department"}  # fmt: skip


def forbidden() -> list[str]:
    """Every name, outlet, author, text id and distinctive figure of the kit's own case."""
    from medialit.case import load_case

    case = load_case(str(CASE))
    found = {case.id, "Kazakh", "Kazakhstan", "Almaty", "CSTO", "164"}  # 164: the withdrawn toll
    for entry in yaml.safe_load((CASE / "names.yml").read_text(encoding="utf-8"))["names"]:
        found |= {entry["name"], *entry.get("also", [])}
        words = entry["name"].split()
        if 2 <= len(words) <= 3 and not set(words) & INSTITUTION:  # a person: the surname too
            found.add(words[-1])
    for article in case.articles.values():
        found.add(article.id)
        found |= {str(article.meta.get(k)) for k in ("outlet", "author") if article.meta.get(k)}
    found |= {o.name for o in case.outlets.values()}
    found |= {f for fact in case.facts.values() if (f := _figure(fact.value))}
    vocabulary = set(case.labels.text_kinds) | set(case.labels.framings)  # the kit's own words
    vague = (ROOT / "data" / "lexicons" / "quantities.yml").read_text(encoding="utf-8")
    vocabulary |= {  # a bound of a vague word's range ("tens of thousands": 20,000 to 99,999)
        f for f in found if f[:1].isdigit() and re.search(rf"\b{f.replace(',', '')}\b", vague)
    }
    return sorted(found - vocabulary - {"unsigned", ""}, key=str.casefold)


def named_in(text: str, names: list[str]) -> list[str]:
    """The forbidden names that `text` contains, each as a whole word."""
    return [n for n in names if re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", text)]
