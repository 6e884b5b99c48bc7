"""Hedge-to-fact drift: retold sentences whose hedges change."""

from __future__ import annotations

from medialit.compare import aligned_sentences, find_hedge_drift, hedges_in


def test_wire_reports_hedge_is_dropped_in_the_op_ed(case):
    drifts = find_hedge_drift(case.articles["wire-report"], case.articles["critical-oped"])
    roughly = [d for d in drifts if "roughly" in d.dropped]
    assert len(roughly) == 1 and roughly[0].kind == "hedge to fact"
    assert "roughly doubled" in roughly[0].a and "roughly" not in roughly[0].b


def test_the_spinner_adds_a_hedge_the_author_never_meant(case):
    drifts = find_hedge_drift(case.articles["critical-oped"], case.articles["content-farm-copy"])
    added = [d for d in drifts if d.kind == "fact to hedge"]
    assert any(d.a == "The official story is very different." and d.added == ("may",)
               for d in added)
    changed = [d for d in drifts if d.kind == "hedge changed"]
    assert any("likely" in d.dropped and "probably" in d.added for d in changed)


def test_negatives():
    same = "Police units apparently went over to the protesters."
    assert find_hedge_drift(same, same) == []
    assert aligned_sentences("Prices doubled in Aktau on Sunday.",
                             "Transport planes landed near the capital.") == []
    assert hedges_in("Protests began on 2 January.") == []
    # "about" inside another word is not a hedge
    assert hedges_in("The roundabout was closed.") == []
