"""The `medialit` command: a thin shell over the library functions the notebooks use.

Each verb parses its arguments, calls the one library function that does its work, and
prints what comes back (a readable report, or JSON with `--json`).
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path

from medialit.case import import_article, new_case, repeats_its_body
from medialit.compare import compare, comparison_report, farm_copy, spin_file
from medialit.detectors import (
    analysis_report,
    analyze,
    check,
    check_report,
    repair_note,
    write_json,
)
from medialit.errors import MedialitError
from medialit.paths import DEFAULT_CASE, cases
from medialit.teacher import (
    audit,
    build_keys,
    build_student_pack,
    class_json,
    draft_case,
    setup_course,
    summarise,
    validate_case,
    validate_with_warnings,
    write_overrides,
    write_report,
)
from medialit.text import display_path


def _print_json(document: object) -> None:
    json.dump(document, sys.stdout, ensure_ascii=False, indent=2)
    print()


def _analyze(args: argparse.Namespace) -> int:
    errors: list[str] = []

    def documents():  # one at a time, written as they come: a big folder takes little memory
        for document, error in analyze(args.paths, args.case):
            if error is not None:
                errors.append(error)
                print(f"medialit: {error}", file=sys.stderr)
                continue
            if document.get("repaired"):
                note = repair_note(document["repaired"])
                print(f"medialit: {document['path']}: note: {note}", file=sys.stderr)
            yield document

    if args.json:
        write_json(documents(), sys.stdout)
    else:
        for n, document in enumerate(documents()):
            print(("\n" if n else "") + analysis_report(document, sentences=args.sentences))
    return 2 if errors else 0


def _validate(args: argparse.Namespace) -> int:
    problems, warnings = validate_with_warnings(args.case)
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem(s) in case '{args.case}'.", file=sys.stderr)
        return 1
    if warnings:
        print("Warnings (the lessons run, but these make them weaker):")
        for warning in warnings:
            print(f"  {warning}")
        print(f"Case '{args.case}' has no problems, and {len(warnings)} warning(s).")
        return 0
    print(f"Case '{args.case}' is sound: no problems found.")
    return 0


def _draft(args: argparse.Namespace) -> int:
    report = draft_case(args.case, accept_all=args.accept_all)
    print("\n".join(report.lines()))
    if not args.accept_all and report.total:
        print(
            "Next: review the proposals in notebooks/teacher/review-a-case.ipynb, "
            f"then run: medialit validate {args.case}"
        )
    return 0


def _report(args: argparse.Namespace) -> int:
    if args.json:
        _, problems, _ = summarise(args.answers)
        _print_json(class_json(args.answers))
    else:
        text, problems = write_report(args.answers, Path(args.out))
        print(text)
        charts = [c for c in ("chart.png", "prepost.png") if (Path(args.out) / c).is_file()]
        chart = "".join(f", {c}" for c in charts[:-1]) + (f" and {charts[-1]}" if charts else "")
        print(f"Written: {args.out}/summary.md, summary.json{chart}.")
    for problem in problems:
        print(f"medialit: {problem}", file=sys.stderr)
    return 2 if problems else 0


def _import(args: argparse.Namespace) -> int:
    path, article = import_article(args.file, case=args.case, out=args.out, article_id=args.id)
    print(f"Wrote {display_path(path)}: '{article.title}', {len(article.paragraphs)} paragraphs.")
    for name, where in article.found_in.items():
        print(f"  {name}: from {where}")
    if args.case and repeats_its_body(article):
        counts = ", ".join(str(r.count) for r in article.repeated)
        print(f"  the page shows its text {counts} times: kept one copy, and the saved page "
              f"in pages/ with copy_of: {path.stem}")  # fmt: skip
    for removal in article.removed:
        words = " ".join(removal.text.split())
        print(f"  dropped ({removal.reason}): {words[:70]}{'...' if len(words) > 70 else ''}")
    where = args.case or display_path(path)
    print(f"Next: fill in the empty fields at the top of the file, then run: medialit validate "
          f"{where}")  # fmt: skip
    return 0


def _new_case(args: argparse.Namespace) -> int:
    folder = new_case(args.name, args.parent)
    print(f"Created {display_path(folder)}/. What is left to fill (medialit validate):")
    for problem in validate_case(folder):
        print(f"  {problem}")
    return 0


def _check(args: argparse.Namespace) -> int:
    document, errors = check(args.paths, case=args.case, facts=args.facts)
    if args.json:
        _print_json(document)
    else:
        print("\n\n".join(check_report(d) for d in document["documents"]))
    for error in errors:
        print(f"medialit: {error}", file=sys.stderr)
    return 2 if errors else 0


def _compare(args: argparse.Namespace) -> int:
    comparison = compare(args.a, args.b, case=args.case)
    if args.json:
        _print_json(comparison.to_dict())
    else:
        print(comparison_report(comparison))
    return 0


def _spin(args: argparse.Namespace) -> int:
    spun, swaps = spin_file(args.path, args.seed, args.rate)
    print(spun)
    if args.swaps:
        print(f"\n{len(swaps)} swap(s):")
        for s in swaps:
            meaning = {True: "changes the meaning", False: "keeps the meaning"}.get(
                s.changes_meaning, ""
            )
            print(f"  {s.span[0]}: '{s.from_text}' -> '{s.to_text}'  {meaning}".rstrip())
    return 0


def _keys(args: argparse.Namespace) -> int:
    out = Path(args.out)
    pages = build_keys(out, args.case)
    for page in pages:
        print(f"key: {out / page.name}")
    print(f"{len(pages)} answer keys in {out}/ (open {out / 'index.html'}).")
    return 0


def _student_pack(args: argparse.Namespace) -> int:
    folder, archive = build_student_pack(Path(args.out), args.case, check_case=args.check_case)
    print(f"Student pack: {folder}/ and {archive} (answers sealed; see its README.md).")
    return 0


def _lab_setup(args: argparse.Namespace) -> int:
    print(f"JupyterLab settings written to {write_overrides()}")
    return 0


def _farm_copy(args: argparse.Namespace) -> int:
    line, status = farm_copy(args.case, write=args.write)
    print(line)
    return status
def _grade_setup(args: argparse.Namespace) -> int:
    cells = setup_course(
        Path(args.pack), Path(args.course), args.assignment, args.lessons, args.course_id,
        Path(args.exchange) if args.exchange else None,
    )  # fmt: skip
    for cell in cells:
        print(f"{cell.lesson}: grade cell worth {cell.points:g} points")
    print(f"Written: {args.course}/nbgrader_config.py and {args.course}/source/{args.assignment}/.")
    print(f"Next, in {args.course}: nbgrader generate_assignment {args.assignment}, then "
          f"nbgrader release_assignment {args.assignment}")  # fmt: skip
    return 0


def _grade_audit(args: argparse.Namespace) -> int:
    rows = audit(Path(args.course), args.assignment)
    if args.json:
        _print_json([asdict(row) for row in rows])
        return 0 if all(row.agree for row in rows) else 1
    for row in rows:
        graded = "none" if row.gradebook is None else f"{row.gradebook:g}"
        verdict = "agree" if row.agree else "DISAGREE: look at this notebook"
        print(f"{row.student}  {row.notebook}: gradebook {graded}, kit {row.kit:g} "
              f"of {row.max:g}  {verdict}")  # fmt: skip
    return 0 if all(row.agree for row in rows) else 1


def _cases(args: argparse.Namespace) -> int:
    for name, folder in cases().items():
        print(f"{name}  ({display_path(folder)})")
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The command-line interface's argument parser.

    >>> build_parser().parse_args(["analyze", "a.md", "--json"]).json
    True
    """
    parser = argparse.ArgumentParser(
        prog="medialit",
        description="Media Literacy Lab: look inside news texts the way the lessons do.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    analyze = commands.add_parser(
        "analyze",
        help="clean texts and split them into sentences",
        description="Clean .md, .txt or .html files (page furniture removed, repeated passages "
        "collapsed) and list their sentences. Folders are searched for such files.",
    )
    analyze.add_argument("paths", nargs="*", metavar="PATH", help="files or folders")
    analyze.add_argument("--case", metavar="NAME", help="also analyze every text of a case")
    analyze.add_argument("--json", action="store_true", help="print JSON (shape in the README)")
    analyze.add_argument(
        "--sentences", action="store_true", help="list every sentence in the readable report"
    )
    analyze.set_defaults(run=_analyze)

    validate = commands.add_parser(
        "validate",
        help="check a case and list every problem, one line each",
        description="Check a case folder: manifest, texts, ledger, cards, annotations, exercises.",
    )
    validate.add_argument("case", metavar="CASE", help="a case name or the path to its folder")
    validate.set_defaults(run=_validate)

    draft = commands.add_parser(
        "draft",
        help="let the detectors draft a case's answer key, for a teacher to review",
        description=(
            "Write proposals (proposed: true, with the detector's reason) into the case's "
            "annotation files and claims.yml: sentences, quantities, loaded words, who is "
            "quoted, candidate claims and copy pairs. Entries already there are kept."
        ),
    )
    draft.add_argument("case", metavar="CASE", help="a case name or the path to its folder")
    draft.add_argument(
        "--accept-all",
        action="store_true",
        help="accept every proposal unchecked (case.yml then says key_status: drafted)",
    )
    draft.set_defaults(run=_draft)

    report = commands.add_parser(
        "report",
        help="summarise a class's saved answers: who got each exercise, common false alarms",
        description="Read students' answers files (or folders of them, searched for "
        "*.answers.json) and summarise each exercise, with a chart.",
    )
    report.add_argument("answers", nargs="+", metavar="ANSWERS", help="files or folders")
    report.add_argument(
        "--out", default="class-report", help="folder for summary.md, summary.json, chart.png"
    )
    report.add_argument("--json", action="store_true", help="print the summary as JSON only")
    report.set_defaults(run=_report)

    importer = commands.add_parser(
        "import",
        help="turn a saved web page (.html) or text (.txt) into a case article",
        description="Extract the article from a saved page (page furniture dropped, each "
        "with its reason) and write it as Markdown with front matter to fill in.",
    )
    importer.add_argument("file", metavar="FILE", help="a saved .html page or a .txt file")
    importer.add_argument("--case", metavar="NAME", help="add it to this case (name or folder)")
    importer.add_argument("--out", metavar="FOLDER", help="without --case: where to write it")
    importer.add_argument("--id", metavar="ID", help="the article's id (default: from its title)")
    importer.set_defaults(run=_import)

    scaffold = commands.add_parser(
        "new-case",
        help="create an empty case folder and list what to fill in",
        description="Create data/cases/NAME/ (or FOLDER/NAME with --in) with a manifest, "
        "an empty ledger and folders for articles and annotations.",
    )
    scaffold.add_argument("name", metavar="NAME", help="lower-case letters, digits, hyphens")
    scaffold.add_argument(
        "--in", dest="parent", metavar="FOLDER", help="create it here instead of data/cases/"
    )
    scaffold.set_defaults(run=_new_case)

    check = commands.add_parser(
        "check",
        help="check the figures in texts against a ledger of sourced facts",
        description="Find every figure in the texts and check it against a ledger "
        "(facts.csv): consistent, close, conflicts or unverifiable, or attributed when the "
        "text reports the figure as someone else's and disputes it; with the reference, its "
        "source and date, and the reason. Without --facts, the ledger of --case (or of the "
        "kit's first case) is used; --case alone checks that case's own texts.",
    )
    check.add_argument("paths", nargs="*", metavar="PATH", help="files or folders")
    ledger = check.add_mutually_exclusive_group()
    ledger.add_argument("--case", metavar="NAME", help="use this case's ledger")
    ledger.add_argument("--facts", metavar="FILE", help="use this ledger (a facts.csv file)")
    check.add_argument("--json", action="store_true", help="print JSON (shape in the README)")
    check.set_defaults(run=_check)

    compare = commands.add_parser(
        "compare",
        help="compare two texts: shared passages, swaps in a copy, distinctive words",
        description="Compare text A with text B: how similar they are, the passages they share "
        "(with character positions in both), the word swaps, insertions and deletions when B is "
        "a near-copy of A, and the words more typical of each side.",
    )
    compare.add_argument("a", metavar="A", help="a file, or with --case an article id")
    compare.add_argument("b", metavar="B", help="a file, or with --case an article id")
    compare.add_argument(
        "--case", metavar="NAME", help="read A and B as article ids of this case (files work too)"
    )
    compare.add_argument("--json", action="store_true", help="print JSON (shape in the README)")
    compare.set_defaults(run=_compare)

    spin = commands.add_parser(
        "spin",
        help="rewrite a text the way a content farm's spinner does",
        description="Swap words for 'synonyms' from data/lexicons/synonyms.yml, as content "
        "farms do to disguise copied articles. The same seed always gives the same copy.",
    )
    spin.add_argument("path", metavar="PATH", help="a .md, .txt or .html file")
    spin.add_argument("--seed", type=int, default=0, help="which copy to make (default 0)")
    spin.add_argument(
        "--rate", type=float, default=1.0, help="share of known words to swap (default 1.0)"
    )
    spin.add_argument("--swaps", action="store_true", help="also list every swap made")
    spin.set_defaults(run=_spin)

    grading = commands.add_parser(
        "grade-setup",
        help="make an nbgrader course from the student pack, one grade cell per lesson",
        description="Write COURSE/nbgrader_config.py (unless it is there) and "
        "COURSE/source/ASSIGNMENT/: the student pack's lessons, each ending with a locked "
        "grade cell that turns the student's saved answers into points. Needs nbgrader "
        "only to grade: pip install 'medialit[grading]'.",
    )
    grading.add_argument("course", metavar="COURSE", help="the nbgrader course folder")
    grading.add_argument("assignment", metavar="ASSIGNMENT", help="the assignment's name")
    grading.add_argument(
        "--pack", default="build/student-pack", help="the student pack (make student-pack)"
    )
    grading.add_argument(
        "--lessons", nargs="+", metavar="LESSON", help="lesson file names (default: all)"
    )
    grading.add_argument("--course-id", default="medialit", help="nbgrader's course id")
    grading.add_argument("--exchange", metavar="FOLDER", help="nbgrader's exchange folder")
    grading.set_defaults(run=_grade_setup)

    auditing = commands.add_parser(
        "grade-audit",
        help="check an nbgrader gradebook against the kit's own scoring of the answers",
        description="Recompute every submitted answers file of ASSIGNMENT with this kit and "
        "compare with the points in COURSE/gradebook.db; exit status 1 if any disagree.",
    )
    auditing.add_argument("course", metavar="COURSE", help="the nbgrader course folder")
    auditing.add_argument("assignment", metavar="ASSIGNMENT", help="the assignment's name")
    auditing.add_argument("--json", action="store_true", help="print the rows as JSON")
    auditing.set_defaults(run=_grade_audit)

    cases = commands.add_parser("cases", help="list the cases that ship with the kit")
    cases.set_defaults(run=_cases)

    keys = commands.add_parser(
        "keys", help="every lesson's answer key, as a notebook and as HTML (make keys)"
    )
    keys.add_argument("out", nargs="?", default="build/keys", help="folder for the keys")
    keys.add_argument("--case", default=DEFAULT_CASE, help="the case to run the lessons on")
    keys.set_defaults(run=_keys)

    pack = commands.add_parser(
        "student-pack", help="a folder and zip to hand out, answers sealed (make student-pack)"
    )
    pack.add_argument("out", nargs="?", default="build", help="folder to write the pack in")
    pack.add_argument("--case", default=DEFAULT_CASE, help="the case the pack carries")
    pack.add_argument(
        "--check-case", default=None, metavar="OTHER",
        help="seal the pre/post check on another shipped case (default: the pack's case)",
    )  # fmt: skip
    pack.set_defaults(run=_student_pack)

    lab = commands.add_parser(
        "lab-setup", help="write the kit's JupyterLab settings into this environment"
    )
    lab.set_defaults(run=_lab_setup)

    farm = commands.add_parser(
        "farm-copy", help="check (or --write) a case's content-farm copy against its recipe"
    )
    farm.add_argument("case", metavar="CASE", help="a case name or folder")
    farm.add_argument("--write", action="store_true", help="remake the copy from spin.yml")
    farm.set_defaults(run=_farm_copy)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 1 problems found, 2 bad input).

    >>> main(["cases"])  # doctest: +ELLIPSIS
    aspartame-2023  (...)
    kazakhstan-2022  (...)
    0
    """
    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except MedialitError as exc:
        print(f"medialit: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `medialit analyze ... | head`
        return 0
