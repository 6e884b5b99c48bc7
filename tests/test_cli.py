"""The `medialit` command: the documented JSON shape, the saved-page check, clear errors."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

from medialit.cli import main
from medialit.paths import case_dir

SAVED_PAGE = case_dir("kazakhstan-2022") / "pages" / "state-editorial-saved.html"


def _json(capsys, *args):
    assert main(["analyze", "--json", *map(str, args)]) == 0
    return json.loads(capsys.readouterr().out)


def test_json_has_the_documented_shape(capsys):
    doc = _json(capsys, case_dir("kazakhstan-2022") / "articles" / "wire-report.md")
    (document,) = doc["documents"]
    assert set(document) == {
        "path",
        "title",
        "sentences",
        "quantities",
        "removed",
        "repeated_passages",
        "repaired",
    }
    assert document["sentences"] and all(
        set(s) == {"id", "text", "causal", "support", "signals"} for s in document["sentences"]
    )
    ids = [s["id"] for s in document["sentences"]]
    assert len(set(ids)) == len(ids) and all(i.startswith("wire-report-") for i in ids)


def test_saved_page_loses_its_furniture_and_reports_the_body_once_with_count_3(capsys):
    (document,) = _json(capsys, SAVED_PAGE)["documents"]
    assert document["title"] == "Who gains from the fire?"
    assert [p["count"] for p in document["repeated_passages"]] == [3]
    body = " ".join(s["text"] for s in document["sentences"])
    passage = document["repeated_passages"][0]["text"]
    assert body.count("four times the size of France") == 1
    assert passage.startswith("Kazakhstan is four times the size of France")
    reasons = {r["reason"] for r in document["removed"]}
    assert {"site header", "sidebar", "page footer", "share prompt", "byline"} <= reasons
    for furniture in ("See also", "Share this", "esrAnalytics", "Copyright"):
        assert furniture not in body


def test_a_folder_and_a_case_are_expanded(capsys):
    assert len(_json(capsys, case_dir("kazakhstan-2022") / "articles")["documents"]) == 10
    assert main(["analyze", "--json", "--case", "kazakhstan-2022"]) == 0
    assert len(json.loads(capsys.readouterr().out)["documents"]) == 10


def test_readable_report(capsys):
    assert main(["analyze", "--sentences", str(SAVED_PAGE)]) == 0
    out = capsys.readouterr().out
    assert "Repeated passages (kept once in the text):" in out and "3 times, 12 paragraph(s)" in out
    assert 'sidebar: "See also:' in out and "  1. [state-editorial-saved-" in out


def test_bad_paths_get_one_line_each_and_exit_2_while_good_files_still_print(tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    code = main(["analyze", "--json", str(SAVED_PAGE), str(empty), str(tmp_path / "missing.md")])
    captured = capsys.readouterr()
    assert code == 2
    assert len(json.loads(captured.out)["documents"]) == 1
    errors = captured.err.strip().splitlines()
    assert len(errors) == 2
    assert "empty.txt: the file is empty" in errors[0] and "missing.md: no such file" in errors[1]


def test_validate_reports_problems_and_exit_codes(case_copy, capsys):
    assert main(["validate", "kazakhstan-2022"]) == 0
    assert "no problems found" in capsys.readouterr().out
    manifest = case_copy / "case.yml"
    manifest.write_text(manifest.read_text().replace("title:", "titel:"))
    assert main(["validate", str(case_copy)]) == 1
    out = capsys.readouterr().out
    assert "case.yml: title: missing" in out
    assert main(["validate", "atlantis"]) == 2
    assert "unknown case 'atlantis'" in capsys.readouterr().err


def test_the_installed_command_runs():
    exe = shutil.which("medialit") or str(
        __import__("pathlib").Path(sys.executable).with_name("medialit")
    )
    result = subprocess.run([exe, "cases"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and "kazakhstan-2022" in result.stdout


def test_compare_json_has_the_documented_shape(capsys):
    args = ["compare", "--case", "kazakhstan-2022", "critical-oped", "content-farm-copy", "--json"]
    assert main(args) == 0
    doc = json.loads(capsys.readouterr().out)
    assert {"similarity", "shared_passages", "substitutions", "distinctive"} <= set(doc)
    assert doc["near_copy"] and 0.5 < doc["similarity"] <= 1
    assert all(set(p) >= {"text", "a_span", "b_span"} for p in doc["shared_passages"])
    assert any(s["from"] == "Security" and s["to"] == "Safety" for s in doc["substitutions"])
    assert set(doc["distinctive"]) == {"a", "b"}


def test_compare_report_lists_the_talking_point(capsys):
    assert main(["compare", "--case", "kazakhstan-2022", "column-mission",
                 "column-briefing-republished"]) == 0
    out = capsys.readouterr().out
    assert "not a near-copy" in out and "An alliance that answers a member's call" in out
    assert "Substitutions" not in out


def test_compare_files_and_a_bad_id(capsys, tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Protests began in the oil town of Zhanaozen on 2 January and spread fast.\n")
    b.write_text("Demonstrations began in the oil city of Zhanaozen on 2 January and spread.\n")
    assert main(["compare", str(a), str(b)]) == 0
    assert "'Protests' -> 'Demonstrations'" in capsys.readouterr().out
    assert main(["compare", "--case", "kazakhstan-2022", "wire-report", "no-such-text"]) == 2
    err = capsys.readouterr().err
    assert "'no-such-text' is neither an article id" in err and "wire-report" in err


def test_spin_command_is_deterministic_and_lists_swaps(capsys, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Security forces kept the ruler in power while troops left.\n")
    assert main(["spin", str(path), "--seed", "3", "--swaps"]) == 0
    first = capsys.readouterr().out
    assert first.startswith("Safety powers kept the ruler in energy while troopers left.")
    assert "'power' -> 'energy'  changes the meaning" in first
    assert "'troops' -> 'troopers'  keeps the meaning" in first
    assert main(["spin", str(path), "--seed", "3", "--swaps"]) == 0
    assert capsys.readouterr().out == first
    assert main(["spin", str(path), "--rate", "2"]) == 2
    assert "give a share between 0 and 1" in capsys.readouterr().err
