"""`medialit draft`: a teacher's saved pages become a case with a drafted key, the teacher's
decisions survive a second draft, validate warns about what is weak, and the review
notebook runs on a case of its own."""

from __future__ import annotations

import shutil
from pathlib import Path

import nbformat
import pytest
import yaml

from medialit.case import KEY_DRAFTED, key_drafted, load_case, read_case
from medialit.cli import main
from medialit.lesson import Lesson
from medialit.paths import case_dir
from medialit.teacher import (
    Review,
    draft_case,
    lesson_notebooks,
    validate_with_warnings,
    weak_spots,
)

PAGES = Path(__file__).resolve().parent / "cases" / "teacher-case"
REVIEW_NOTEBOOK = (
    Path(__file__).resolve().parents[1] / "notebooks" / "teacher" / "review-a-case.ipynb"
)


def _imported(tmp_path: Path) -> Path:
    """new-case, then import every saved page, as the README tells a teacher."""
    assert main(["new-case", "carrowhaven", "--in", str(tmp_path)]) == 0
    folder = tmp_path / "carrowhaven"
    for page in sorted(PAGES.glob("0*")):
        assert main(["import", str(page), "--case", str(folder)]) == 0
    return folder


@pytest.fixture(scope="module")
def drafted(tmp_path_factory) -> Path:
    """The teacher-case pages, drafted but not accepted."""
    folder = _imported(tmp_path_factory.mktemp("drafted"))
    draft_case(folder)
    return folder


def _entries(folder: Path) -> list[dict]:
    out = []
    for path in sorted((folder / "annotations").glob("*.yml")):
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        out += (raw.get("sentences") or []) + (raw.get("quantities") or [])
    return out


def test_three_commands_give_a_case_that_validates_with_warnings(tmp_path, capsys):
    folder = _imported(tmp_path)
    capsys.readouterr()
    assert main(["validate", str(folder)]) == 1  # before the draft: empty fields are problems
    assert main(["draft", str(folder), "--accept-all"]) == 0
    report = capsys.readouterr().out
    assert "Accepted all" in report
    assert main(["validate", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "warning(s)" in out and "baseline: none" in out and "ledger: empty" in out
    assert "key_status: drafted" in out  # accepted unchecked: validate says so
    case = load_case(folder)
    assert case.key_status == "drafted" and key_drafted(case)
    entries = _entries(folder)
    assert entries and not any(e.get("proposed") for e in entries)
    assert all(e.get("reason") for e in entries)  # the reason stays after accept-all
    copy = next(a for a in case.articles.values() if "reality" in a.id)
    assert copy.meta["copy_of"] in case.articles and "truth" in copy.meta["copy_of"]
    assert case.claims is not None and len(case.claims.claims) >= 2
    for claim in case.claims.claims.values():
        quoted = [c for c in claim.cells.values() if c.quote]
        assert len(quoted) >= 2, claim.id  # a claim is made by two or more texts
    key = Lesson("00-start-here", case, answer_key=True).banner().text
    assert key.count(KEY_DRAFTED) == 1
    assert KEY_DRAFTED not in Lesson("00-start-here", case).banner().text


def test_proposals_name_their_trigger_words(drafted):
    entries = _entries(drafted)
    assert all(e.get("proposed") is True for e in entries)
    causal = [e for e in entries if e.get("causal") is True]
    assert causal and all(
        any(s in e["reason"] for s in e["signals"]) for e in causal if e.get("signals")
    )
    numbers = [e for e in entries if "verdict" in e]
    assert numbers and all(e["verdict"] == ["unverifiable"] for e in numbers)  # empty ledger
    quoted = [e for e in entries if e.get("quoted")]
    assert quoted and all(e["quoted"][0] in e["reason"] for e in quoted)
    case = load_case(drafted)
    assert key_drafted(case) and case.key_status == ""


def test_loaded_words_are_proposed_with_their_words(tmp_path):
    folder = tmp_path / "k"
    shutil.copytree(case_dir("kazakhstan-2022"), folder)
    (folder / "annotations" / "government-account.yml").unlink()
    wire = folder / "annotations" / "wire-report.yml"
    before = yaml.safe_load(wire.read_text())
    report = draft_case(folder)
    assert report.proposals["sentence"] > 0
    after = yaml.safe_load(wire.read_text())
    for section in ("sentences", "quantities"):  # the hand-made key stays, first and unchanged
        assert after[section][: len(before[section])] == before[section]
        assert all(e.get("proposed") for e in after[section][len(before[section]) :])
    raw = yaml.safe_load((folder / "annotations" / "government-account.yml").read_text())
    loaded = [e for e in raw["sentences"] if e.get("loaded")]
    assert loaded and all(f"'{e['loaded'][0]}'" in e["reason"] for e in loaded)
    assert all("loaded-language" in e["techniques"] for e in loaded)
    dilemma = next(e for e in raw["sentences"] if "only two roads" in e["quote"])
    assert "false-dilemma" in dilemma["techniques"] and "'only two roads'" in dilemma["reason"]


def test_rerunning_draft_keeps_the_teachers_edit_rejection_and_comments(drafted, tmp_path):
    folder = tmp_path / "case"
    shutil.copytree(drafted, folder)
    review = Review(folder)
    review.filter(kind="sentence", causal=True)
    edited = review.next_item()
    review.relabel(edited.number, support=["hedged"], note="My own note.")
    rejected = review.next_item()
    review.reject(rejected.number)
    notes = folder / "annotations" / f"{edited.text_id}.yml"
    notes.write_text("# my comment, kept\n" + notes.read_text(encoding="utf-8"), encoding="utf-8")
    before = len(_entries(folder))

    again = draft_case(folder)

    assert again.total == 0  # nothing new to propose: a rerun changes nothing
    assert len(_entries(folder)) == before
    text = notes.read_text(encoding="utf-8")
    assert text.startswith("# my comment, kept\n")
    raw = yaml.safe_load(text)["sentences"]
    mine = next(e for e in raw if e["quote"] == edited.entry["quote"])
    assert (
        mine["support"] == ["hedged"] and mine["note"] == "My own note." and "proposed" not in mine
    )
    rejected_file = yaml.safe_load(rejected.file.read_text(encoding="utf-8"))["sentences"]
    assert next(e for e in rejected_file if e["quote"] == rejected.entry["quote"])["rejected"]
    case, problems = read_case(folder)
    assert problems == []
    article = case.articles[rejected.text_id]
    gone = article.sentences_with(rejected.entry["quote"])[0].id
    assert gone not in case.annotations[rejected.text_id].sentences  # rejected: out of the key
    assert Review(folder).progress().text.startswith("2 of ")


def test_old_annotation_files_load_and_marks_are_checked(tmp_path):
    case = load_case("kazakhstan-2022")
    assert not key_drafted(case)
    assert not any(n.proposed for a in case.annotations.values() for n in a.sentences.values())
    folder = tmp_path / "k"
    shutil.copytree(case_dir("kazakhstan-2022"), folder)
    path = folder / "annotations" / "wire-report.yml"
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            "    causal: ", "    proposed: maybe\n    causal: ", 1
        ),
        encoding="utf-8",
    )
    _, problems = read_case(folder)
    assert [p.fix for p in problems] == ["write true or false, or leave it out"]


def test_validate_warns_about_a_copy_pair_that_is_not_alike(drafted, tmp_path):
    folder = tmp_path / "case"
    shutil.copytree(drafted, folder)
    blog = next((folder / "articles").glob("six-days*.md"))
    wire = next((folder / "articles").glob("carrowhaven-port*.md")).stem
    text = blog.read_text(encoding="utf-8").replace("copy_of: null", f"copy_of: {wire}", 1)
    blog.write_text(text, encoding="utf-8")
    problems, warnings = validate_with_warnings(folder)
    assert problems == []
    (alike,) = [w for w in warnings if w.field == "copy_of"]
    share = alike.fix.split("share ")[1].split("%")[0]
    assert 0 <= int(share) < 50 and "is one really a copy of the other" in alike.fix
    assert any("not reviewed yet" in w.fix for w in warnings)


def test_validate_warns_about_an_exercise_with_only_flagged_items(tmp_path):
    folder = tmp_path / "k"
    shutil.copytree(case_dir("kazakhstan-2022"), folder)
    path = folder / "exercises.yml"
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    spec = next(s for s in raw["00-start-here"] if s.get("flag") == "bare")
    bare = [i for i in spec["items"] if i["quote"].startswith("Such haste")]  # unsupported
    spec["items"] = bare
    path.write_text(yaml.safe_dump(raw, sort_keys=False, allow_unicode=True), encoding="utf-8")
    problems, warnings = validate_with_warnings(folder)
    assert problems == [], problems
    assert [w.field for w in warnings] == [spec["id"]]
    assert "all 1 items are" in warnings[0].fix


def test_the_review_notebook_is_for_teachers_only():
    assert REVIEW_NOTEBOOK.is_file()
    assert REVIEW_NOTEBOOK not in lesson_notebooks()  # neither the student pack nor make keys
    code = [c.source for c in nbformat.read(REVIEW_NOTEBOOK, 4).cells if c.cell_type == "code"]
    assert all(len(source.splitlines()) <= 4 for source in code)


def test_the_review_notebook_runs_on_a_drafted_case(drafted, tmp_path):
    import papermill as pm

    folder = tmp_path / "case"
    shutil.copytree(drafted, folder)
    out = tmp_path / "out.ipynb"
    pm.execute_notebook(
        str(REVIEW_NOTEBOOK),
        str(out),
        parameters={"case": str(folder)},
        kernel_name="python3",
        cwd=str(REVIEW_NOTEBOOK.parent),
        progress_bar=False,
    )
    shown = "\n".join(
        str(o.get("data", {}).get("text/plain", ""))
        for c in nbformat.read(out, 4).cells
        if c.cell_type == "code"
        for o in c.outputs
    )
    total = len(Review(folder).items)
    assert f"0 of {total} reviewed" in shown and "Why the kit says so:" in shown


def test_validate_warns_about_a_framing_without_sound_or_unsound_claims(tmp_path):
    folder = tmp_path / "k"
    shutil.copytree(case_dir("kazakhstan-2022"), folder)
    case, _ = read_case(folder)
    government = [a.id for a in case.articles.values() if a.meta["framing"] == "government"]
    for text_id in government:
        (folder / "annotations" / f"{text_id}.yml").unlink(missing_ok=True)
    case, _ = read_case(folder)
    warned = [w for w in weak_spots(case) if w.field == "framing government"]
    assert [w.fix.split()[1] for w in warned] == ["sound", "unsound"]
    assert all(government[0] in w.fix for w in warned)
    assert not [w for w in weak_spots(load_case("kazakhstan-2022")) if "framing" in w.field]


def test_draft_refuses_a_key_file_it_cannot_read(drafted, tmp_path, capsys):
    folder = tmp_path / "case"
    shutil.copytree(drafted, folder)
    broken = next((folder / "annotations").glob("*.yml"))
    broken.write_text(broken.read_text(encoding="utf-8") + "  - quote: [unclosed\n", "utf-8")
    before = {p.name: p.read_text(encoding="utf-8") for p in (folder / "annotations").iterdir()}
    assert main(["draft", str(folder)]) == 2
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert broken.name in line and "is not valid YAML" in line
    after = {p.name: p.read_text(encoding="utf-8") for p in (folder / "annotations").iterdir()}
    assert after == before


def test_a_rejected_copy_pair_stays_rejected_and_buttons_decide(drafted, tmp_path):
    folder = tmp_path / "case"
    shutil.copytree(drafted, folder)
    review = Review(folder)
    review.filter(kind="field")
    pair = next(i for i in review.items if i.kind == "field" and i.entry["field"] == "copy_of")
    assert "shares" in pair.entry["reason"] and "%" in pair.entry["reason"]
    review.reject(pair.number)
    draft_case(folder)
    case = load_case(folder)
    assert case.articles[pair.text_id].meta.get("copy_of") is None  # not proposed again

    review = Review(folder)
    review.filter(kind="quantity")
    box = review.widget()
    accept = next(
        b
        for row in box.children
        if hasattr(row, "children")
        for b in row.children
        if getattr(b, "description", "") == "Accept"
    )
    before = review.progress().text
    first = review.next_item()
    accept.click()
    assert review.progress().text != before
    saved = next(
        e
        for e in yaml.safe_load(first.file.read_text())["quantities"]
        if e["quote"] == first.entry["quote"]
    )
    assert "proposed" not in saved


def test_a_drafted_key_is_named_above_every_exercise(tmp_path):
    folder = tmp_path / "k"
    shutil.copytree(case_dir("kazakhstan-2022"), folder)
    manifest = folder / "case.yml"
    manifest.write_text(manifest.read_text(encoding="utf-8") + "key_status: drafted\n", "utf-8")
    for answer_key in (False, True):
        lesson = Lesson("00-start-here", load_case(folder), answer_key=answer_key)
        shown = lesson.exercise("backed-or-bare").show().text
        assert shown.count(KEY_DRAFTED) == 1
    plain = Lesson("00-start-here", load_case("kazakhstan-2022")).exercise("backed-or-bare")
    assert KEY_DRAFTED not in plain.show().text


def test_validate_warns_about_a_saved_page_of_another_text(tmp_path):
    folder = tmp_path / "k"
    shutil.copytree(case_dir("kazakhstan-2022"), folder)
    manifest = folder / "case.yml"
    text = manifest.read_text(encoding="utf-8")
    manifest.write_text(text.replace("copy_of: state-editorial", "copy_of: wire-report"), "utf-8")
    problems, warnings = validate_with_warnings(folder)
    assert problems == []
    (page,) = warnings
    share = int(page.fix.split("only ")[1].split("%")[0])
    assert page.field == "copy_of" and 0 < share < 80 and "wire-report" in page.fix
