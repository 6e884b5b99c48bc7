"""The claim matrix (`claims.yml`): key claims x texts, and where each text stands.

Each cell gives every stance an expert would accept (asserts, hedges, attributes,
denies, omits; the first is preferred), the words of the text it rests on and why.
The file also lists hedge-to-fact drift: one claim hedged in a text and stated
flatly in its retelling. `read_claims` checks it all, one problem per line.

In a student pack (`medialit.teacher.studentpack`) a cell students fill in is written as
`sealed`: its stance and reason are only in the sealed exercise, and the matrix
leaves the cell out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from medialit.errors import MedialitError, Problem

if TYPE_CHECKING:
    from medialit.case.labels import Labels
    from medialit.text import Article

SEALED = "sealed"  # a student pack's cell: its stance is sealed in the exercise
FLAT = ("asserts", "denies")  # the stances that state a claim (or its opposite) as fact
_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")


@dataclass(frozen=True)
class Cell:
    """Where one text stands on one claim."""

    stances: tuple[str, ...]
    why: str
    quote: str = ""
    sentence: str = ""  # the whole sentence the quote comes from
    hint: str = ""


@dataclass(frozen=True)
class Claim:
    """One row of the matrix: a claim and a cell for each text."""

    id: str
    text: str
    cells: dict[str, Cell]
    proposed: bool = False  # drafted by `medialit draft`, not yet reviewed by a teacher
    reason: str = ""  # why the draft proposed it: the shared words


@dataclass(frozen=True)
class Drift:
    """One claim, hedged (or attributed) in one text and stated flatly in another."""

    claim: str
    from_text: str
    from_sentence: str
    to_text: str
    to_sentence: str
    note: str


@dataclass
class ClaimMatrix:
    """The case's claims x texts, with the texts in column order."""

    texts: list[str]
    claims: dict[str, Claim] = field(default_factory=dict)
    drift: list[Drift] = field(default_factory=list)

    def beyond_baseline(self, claim_id: str, text_id: str, baseline: str | None) -> bool:
        """True when this cell may go further than the baseline: the baseline does not state
        the claim flatly (it attributes, hedges or omits it) and `text_id` is another text.

        >>> m = ClaimMatrix(["a", "b"], {"c": Claim("c", "C", {
        ...     "a": Cell(("attributes",), "."), "b": Cell(("asserts",), ".")})})
        >>> m.beyond_baseline("c", "b", "a"), m.beyond_baseline("c", "a", "a")
        (True, False)
        """
        claim = self.claims[claim_id]
        if not baseline or baseline not in claim.cells or text_id == baseline:
            return False
        return claim.cells[baseline].stances[0] not in FLAT


def _text(raw: object) -> str:
    return " ".join(str(raw).split()) if isinstance(raw, (str, int, float)) else ""


def _sentence(article: Article, quote: str, where: str, shown: str, problems: list[Problem]) -> str:
    try:
        return article.sentence_with(quote).text
    except MedialitError as exc:
        problems.append(Problem(shown, where, str(exc)))
        return ""


def _read_cell(
    raw: object,
    article: Article,
    stances: dict[str, str],
    where: str,
    shown: str,
    problems: list[Problem],
) -> Cell | None:
    if raw == SEALED:  # a student pack leaves this cell's answer out
        return None
    if not isinstance(raw, dict):
        problems.append(Problem(shown, where, "write stance:, why: and (unless omits) quote:"))
        return None
    given = raw.get("stance")
    given = given if isinstance(given, list) else [given] if given else []
    wrong = [str(s) for s in given if s not in stances]
    if not given or wrong:
        what = f"'{wrong[0]}' is not a stance" if wrong else "missing"
        problems.append(
            Problem(shown, f"{where}.stance", f"{what}; use one of: {', '.join(stances)}")
        )
        return None
    why = _text(raw.get("why"))
    if not why:
        problems.append(Problem(shown, f"{where}.why", "missing; say why, quoting the text"))
    quote = _text(raw.get("quote"))
    if not quote and given[0] != "omits":
        problems.append(
            Problem(shown, f"{where}.quote", "missing; copy the words the stance rests on")
        )
    sentence = _sentence(article, quote, f"{where}.quote", shown, problems) if quote else ""
    return Cell(tuple(given), why, quote, sentence, _text(raw.get("hint")))


def _read_claim(
    raw: object,
    index: int,
    texts: list[str],
    articles: dict[str, Article],
    stances: dict[str, str],
    shown: str,
    problems: list[Problem],
) -> Claim | None:
    where = f"claims[{index}]"
    if not isinstance(raw, dict) or not raw.get("id") or not _text(raw.get("claim")):
        problems.append(Problem(shown, where, "each claim needs id:, claim: and cells:"))
        return None
    claim_id = str(raw["id"])
    where = f"claims.{claim_id}"
    if not _ID.match(claim_id):
        problems.append(Problem(shown, f"{where}.id", "use lower-case letters, digits and hyphens"))
    cells_raw = raw.get("cells") if isinstance(raw.get("cells"), dict) else {}
    cells: dict[str, Cell] = {}
    for text_id in texts:
        if text_id not in cells_raw:
            problems.append(Problem(shown, f"{where}.cells", f"no cell for '{text_id}'"))
            continue
        if text_id in articles:
            cell = _read_cell(
                cells_raw[text_id],
                articles[text_id],
                stances,
                f"{where}.cells.{text_id}",
                shown,
                problems,
            )
            if cell:
                cells[text_id] = cell
    for extra in set(cells_raw) - set(texts):
        problems.append(
            Problem(shown, f"{where}.cells.{extra}", "not one of the texts listed under texts:")
        )
    proposed = raw.get("proposed") is True
    return Claim(claim_id, _text(raw["claim"]), cells, proposed, _text(raw.get("reason")))


def _read_drift(
    raw: object, index: int, articles: dict[str, Article], shown: str, problems: list[Problem]
) -> Drift | None:
    where = f"drift[{index}]"
    if not isinstance(raw, dict):
        problems.append(Problem(shown, where, "write claim:, from:, to: and note:"))
        return None
    sides: list[tuple[str, str]] = []
    for side in ("from", "to"):
        spec = raw.get(side)
        if not isinstance(spec, dict) or not spec.get("text") or not spec.get("quote"):
            problems.append(Problem(shown, f"{where}.{side}", "write {text: ..., quote: ...}"))
            return None
        if spec["text"] not in articles:
            problems.append(
                Problem(shown, f"{where}.{side}.text", f"'{spec['text']}' is not a text")
            )
            return None
        sentence = _sentence(
            articles[spec["text"]], str(spec["quote"]), f"{where}.{side}.quote", shown, problems
        )
        sides.append((str(spec["text"]), sentence))
    claim, note = _text(raw.get("claim")), _text(raw.get("note"))
    if not claim or not note:
        problems.append(Problem(shown, where, "write the claim: and a note: saying what changed"))
    return Drift(claim, sides[0][0], sides[0][1], sides[1][0], sides[1][1], note)


def read_claims(
    raw: object,
    articles: dict[str, Article],
    labels: Labels,
    shown: str,
    problems: list[Problem],
    baseline: str | None = None,
) -> ClaimMatrix:
    """The claim matrix from parsed YAML; every problem is added to `problems`.

    >>> from medialit.case.load import load_case
    >>> matrix = load_case("kazakhstan-2022").claims
    >>> matrix.claims["bandits"].cells["wire-report"].stances
    ('attributes',)
    """
    if not isinstance(raw, dict) or not isinstance(raw.get("texts"), list):
        problems.append(Problem(shown, "texts", "list the texts (the columns) under 'texts:'"))
        return ClaimMatrix([])
    texts = [str(t) for t in raw["texts"]]
    for text_id in texts:
        if text_id not in articles:
            problems.append(Problem(shown, "texts", f"'{text_id}' is not one of the case's texts"))
    if baseline and baseline not in texts:
        problems.append(
            Problem(
                shown, "texts", f"add the baseline '{baseline}': every text is compared with it"
            )
        )
    matrix = ClaimMatrix(texts)
    rows = raw.get("claims")
    if not isinstance(rows, list) or not rows:
        problems.append(Problem(shown, "claims", "list the claims under 'claims:'"))
        rows = []
    for index, row in enumerate(rows):
        if isinstance(row, dict) and row.get("rejected") is True:  # turned down in review
            continue
        claim = _read_claim(row, index, texts, articles, labels.stances, shown, problems)
        if claim is None:
            continue
        if claim.id in matrix.claims:
            problems.append(Problem(shown, f"claims.{claim.id}", "this id is used twice"))
        matrix.claims[claim.id] = claim
    for index, entry in enumerate(raw.get("drift") or []):
        drift = _read_drift(entry, index, articles, shown, problems)
        if drift:
            matrix.drift.append(drift)
    return matrix
