"""Building a claim-matrix exercise from `exercises.yml` and the case's `claims.yml`.

The key is not written twice: every cell's accepted stances and reasons come from
the claim matrix. The exercise entry only picks the claims and texts, the cells
given as examples, and a hint for each stance:

```yaml
  - id: claim-matrix
    kind: matrix
    key_from: claims
    claims: [fuel-trigger, bandits]          # rows (default: every claim)
    texts: [wire-report, state-editorial]    # columns (default: every text in claims.yml)
    given: [wire-report, fuel-trigger]       # a text (its column), a claim (its row),
                                             # or {claim: ..., text: ...} (one cell)
    hints: {asserts: Does the text say it in its own voice?}
```
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from medialit.errors import MedialitError
from medialit.exercises.base import Item, label_hints
from medialit.exercises.matrix import MatrixCell, MatrixExercise

if TYPE_CHECKING:
    from medialit.case import Case


def _pick(spec: dict, name: str, available: list[str], what: str) -> list[str]:
    chosen = spec.get(name)
    if chosen is None:
        return list(available)
    if not isinstance(chosen, list) or not chosen:
        raise MedialitError(f"'{name}' must be a list of {what} ids")
    for value in chosen:
        if value not in available:
            raise MedialitError(
                f"'{value}' is not one of the {what}s in claims.yml: {', '.join(available)}"
            )
    return [str(v) for v in chosen]


def _given_cells(spec: dict, claims: list[str], texts: list[str]) -> set[tuple[int, int]]:
    given: set[tuple[int, int]] = set()
    for entry in spec.get("given") or []:
        if isinstance(entry, dict) and entry.get("claim") in claims and entry.get("text") in texts:
            given.add((claims.index(entry["claim"]), texts.index(entry["text"])))
        elif entry in texts:
            given |= {(row, texts.index(entry)) for row in range(len(claims))}
        elif entry in claims:
            given |= {(claims.index(entry), col) for col in range(len(texts))}
        else:
            raise MedialitError(
                f"given '{entry}' is not a text or claim of this exercise, nor "
                "{claim: ..., text: ...} naming one cell"
            )
    return given


def build_matrix_exercise(case: Case, spec: dict, common: dict) -> MatrixExercise:
    """A claim-matrix exercise; a `MedialitError` says what is wrong with its entry.

    >>> from medialit.case.load import load_case
    >>> from medialit.exercises.build import lesson_specs
    >>> case = load_case("kazakhstan-2022")
    >>> spec = lesson_specs(case, "02-same-event-different-stories")[0]
    >>> ex = build_matrix_exercise(case, spec, {"id": "m", "title": "M", "prompt": "P"})
    >>> ex.columns[ex.baseline]
    'Kestrel Wire'
    """
    if spec.get("key_from", "claims") != "claims":
        raise MedialitError("a matrix exercise takes its key from claims.yml: key_from: claims")
    matrix = case.claims
    if matrix is None or not matrix.claims:
        raise MedialitError("this case has no claim matrix; add claims.yml and name it in case.yml")
    claims = _pick(spec, "claims", list(matrix.claims), "claim")
    texts = _pick(spec, "texts", matrix.texts, "text")
    given = _given_cells(spec, claims, texts)
    hints = dict(spec.get("hints") or {})
    for stance in hints:
        if stance not in case.labels.stances:
            raise MedialitError(f"hint for '{stance}', which is not a stance")
    columns = [case.outlet_name(case.article(text_id)) for text_id in texts]
    baseline = texts.index(case.baseline) if case.baseline in texts else None
    cells = []
    for row, claim_id in enumerate(claims):
        claim = matrix.claims[claim_id]
        for col, text_id in enumerate(texts):
            if text_id not in claim.cells:
                raise MedialitError(
                    f"claims.yml has no usable cell for '{claim_id}' in '{text_id}'; "
                    "fix the claims.yml problems first"
                )
            cell = claim.cells[text_id]
            asked = label_hints(cell.stances, hints, cell.hint)
            item = Item(claim.text, cell.stances, cell.why, cell.hint, columns[col], {}, asked)
            watch = matrix.beyond_baseline(claim_id, text_id, case.baseline)
            cells.append(MatrixCell(row, col, item, (row, col) in given, watch))
    if all(c.given for c in cells):
        raise MedialitError("every cell is given; leave some for students to fill in")
    labels = {k: k for k in case.labels.stances}
    return MatrixExercise(
        labels=labels,
        rows=[matrix.claims[c].text for c in claims],
        columns=columns,
        cells=cells,
        baseline=baseline,
        explanations=dict(case.labels.stances),
        **common,
    )


def given_claim_cells(case: Case, spec: dict) -> set[tuple[str, str]]:
    """The (claim, text) cells a matrix exercise shows as worked examples.

    >>> from medialit.case.load import load_case
    >>> from medialit.exercises.build import lesson_specs
    >>> case = load_case("kazakhstan-2022")
    >>> given = given_claim_cells(case, lesson_specs(case, "02-same-event-different-stories")[0])
    >>> ("bandits", "wire-report") in given, ("bandits", "state-editorial") in given
    (True, False)
    """
    matrix = case.claims
    if matrix is None or not matrix.claims:
        return set()
    claims = _pick(spec, "claims", list(matrix.claims), "claim")
    texts = _pick(spec, "texts", matrix.texts, "text")
    return {(claims[row], texts[col]) for row, col in _given_cells(spec, claims, texts)}
