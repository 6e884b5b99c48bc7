"""One name for an outlet wherever students see it: the source card's, else the front matter's,
else the text's id, in exercises, the claim matrix, the number checker and the lesson views."""

from __future__ import annotations

import dataclasses

from medialit.exercises import build_exercise, lesson_specs
from medialit.notebook import figure_table
from medialit.text import article_from_text


def test_the_card_then_the_front_matter_then_the_id(case):
    wire = case.article("wire-report")
    assert wire.meta["outlet"] == "Kestrel Wire"
    assert case.outlet_name(wire) == case.outlet_of(wire).name == "Kestrel Wire"

    renamed = dataclasses.replace(case.outlet_of(wire), name="Kestrel Wire Service")
    with_other_card = dataclasses.replace(case, outlets={renamed.id: renamed})
    assert with_other_card.outlet_of(wire) is None  # the card no longer matches the text
    assert with_other_card.outlet_name(wire) == "Kestrel Wire"  # so the front matter's name

    for front_matter in ("", "outlet:\n", 'outlet: ""\n'):
        text = article_from_text(f"---\nid: untitled\n{front_matter}---\nOne.", "untitled")
        assert case.outlet_name(text) == "untitled", front_matter  # never a blank name


def test_every_view_uses_the_same_name(case):
    no_cards = dataclasses.replace(case, outlets={})
    wire = no_cards.article("wire-report")
    assert no_cards.outlet_name(wire) == "Kestrel Wire"
    label_spec = next(s for s in lesson_specs(case, "00-start-here") if s.get("key_from"))
    sources = [item.source for item in build_exercise(no_cards, label_spec).items]
    assert any(source.startswith("Kestrel Wire, ") for source in sources), sources
    assert "None" not in " ".join(sources)
    matrix_spec = lesson_specs(case, "02-same-event-different-stories")[0]
    matrix = build_exercise(no_cards, matrix_spec)
    assert matrix.columns == [no_cards.outlet_name(no_cards.article(t)) for t in case.claims.texts]
    assert "(Kestrel Wire)" in figure_table(no_cards, "wire-report").text
