"""The ledger check: every annotated verdict in the case, the reasons, the command line."""

from __future__ import annotations

import json

from medialit.cli import main
from medialit.detectors import (
    annotated_checks,
    check_against_ledger,
    check_quantity,
    extract_quantities,
)


def test_every_annotated_verdict_is_matched_and_explained(case):
    results = list(annotated_checks(case))
    assert len(results) >= 50
    wrong = [
        (a, n.quote, n.verdict, c.verdict, c.reason)
        for a, n, c in results
        if c.verdict not in n.verdict
    ]
    assert wrong == []
    assert all(check.reason for _, _, check in results)
    linked = [(n, c) for _, n, c in results if c.verdict != "unverifiable"]
    agree = [n for n, c in linked if c.fact and set(n.facts) & {c.fact.id, *c.related}]
    assert len(agree) / len(linked) >= 0.9  # a verdict rests on the facts the key names


def test_a_withdrawn_figure_repeated_as_fact_conflicts(case):
    s = "The Health Ministry says 164 people died."
    (q,) = extract_quantities(s)
    check = check_quantity(q, s, case.facts, "2022-01-20")
    assert (check.verdict, check.fact.id) == ("conflicts", "deaths-total-164")
    assert "withdrew" in check.reason


def test_a_superseded_figure_is_close_once_replaced(case):
    s = "The CSTO force numbered about 2,500 troops."
    (q,) = extract_quantities(s)
    assert check_quantity(q, s, case.facts, "2022-01-08").verdict == "consistent"
    later = check_quantity(q, s, case.facts, "2022-02-01")
    assert later.verdict == "close" and "csto-personnel" in later.reason


def test_a_comparison_is_checked_against_both_areas(case):
    s = "Kazakhstan is nine times the size of France."
    (q,) = extract_quantities(s)
    check = check_quantity(q, s, case.facts)
    assert check.verdict == "conflicts"
    assert "france-area-metropolitan" in check.reason and "france-area-total" in check.reason


def test_a_figure_reported_as_someone_elses_and_disputed_is_attributed(case):
    doc, _ = check_against_ledger([], case.facts, [case.article("critical-oped")])
    checks = {c["quantity"]: c for c in doc["documents"][0]["checks"]}
    disputed = checks['"20,000" foreign terrorists']
    assert (disputed["verdict"], disputed["attributed_to"]) == ("attributed", "Tokayev")
    assert disputed["fact"] == "attackers-tokayev" and "vanished" in disputed["reason"]
    assert checks["about 9,900 people"]["attributed_to"] is None  # reported, not disputed
    s = "Tokayev said 20,000 bandits attacked Almaty."
    (q,) = extract_quantities(s)
    assert check_quantity(q, s, case.facts).verdict == "consistent"  # his claim, undisputed


def test_a_figure_the_ledger_does_not_cover_is_unverifiable(case):
    s = "Some 40 journalists were briefly held."
    (q,) = extract_quantities(s)
    assert check_quantity(q, s, case.facts).verdict == "unverifiable"


def test_check_json_shape(case):
    doc, errors = check_against_ledger([], case.facts, [case.article("state-editorial")])
    assert errors == []
    (document,) = doc["documents"]
    keys = {"quantity", "value", "fact", "reference", "verdict", "ratio", "reason"}
    assert document["checks"] and all(keys <= set(c) for c in document["checks"])


def test_cli_check_json(capsys):
    from medialit.paths import case_dir

    path = case_dir("kazakhstan-2022") / "articles/state-editorial.md"
    assert main(["check", str(path), "--case", "kazakhstan-2022", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    verdicts = {c["quantity"]: c["verdict"] for c in doc["documents"][0]["checks"]}
    assert verdicts["six Central Asian states"] == "conflicts"


def test_cli_check_case_text_report(capsys):
    assert main(["check", "--case", "kazakhstan-2022"]) == 0
    out = capsys.readouterr().out
    assert "[conflicts]" in out and "[consistent]" in out and "[unverifiable]" in out


def test_cli_check_with_a_facts_file_and_bad_input(tmp_path, capsys):
    from medialit.paths import case_dir

    text = tmp_path / "note.txt"
    text.write_text("The CSTO has six member states.", encoding="utf-8")
    facts = case_dir("kazakhstan-2022") / "facts.csv"
    assert main(["check", str(text), "--facts", str(facts)]) == 0
    assert "[consistent]" in capsys.readouterr().out
    assert main(["check"]) == 2
    assert "give one or more files" in capsys.readouterr().err
    bad = tmp_path / "facts.csv"
    bad.write_text("id,claim\n", encoding="utf-8")
    assert main(["check", str(text), "--facts", str(bad)]) == 2
    assert "missing column" in capsys.readouterr().err
    assert main(["check", str(text), "--facts", str(tmp_path / "nope.csv")]) == 2
    assert "no ledger file" in capsys.readouterr().err
    assert main(["check", str(text), "--case", "atlantis"]) == 2
    assert "unknown case" in capsys.readouterr().err
