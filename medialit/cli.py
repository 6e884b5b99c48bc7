"""The `medialit` command: a thin shell over the library functions the notebooks use."""

from __future__ import annotations

import argparse
import sys

from medialit.errors import MedialitError


def _analyze(args: argparse.Namespace) -> int:
    from medialit.analyze import analyze_article, analyze_each, repair_note, report, write_json
    from medialit.case import load_case

    if not args.paths and not args.case:
        raise MedialitError("give one or more files or folders to analyze, or --case NAME")
    # the case has loaded and checked its texts already: use them as they are
    case = load_case(args.case) if args.case else None
    errors: list[str] = []

    def documents():  # one at a time, written as they come: a big folder takes little memory
        for document, error in analyze_each(args.paths):
            if error is not None:
                errors.append(error)
                print(f"medialit: {error}", file=sys.stderr)
                continue
            if document.get("repaired"):
                note = repair_note(document["repaired"])
                print(f"medialit: {document['path']}: note: {note}", file=sys.stderr)
            yield document
        if case is not None:
            yield from (analyze_article(a, str(a.path)) for a in case.articles.values())

    if args.json:
        write_json(documents(), sys.stdout)
    else:
        for n, document in enumerate(documents()):
            print(("\n" if n else "") + report(document, sentences=args.sentences))
    return 2 if errors else 0


def _validate(args: argparse.Namespace) -> int:
    from medialit.case import validate_case

    problems = validate_case(args.case)
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem(s) in case '{args.case}'.", file=sys.stderr)
        return 1
    print(f"Case '{args.case}' is sound: no problems found.")
    return 0


def _cases(args: argparse.Namespace) -> int:
    from medialit.corpus import display_path
    from medialit.paths import case_dir, case_names

    for name in case_names():
        print(f"{name}  ({display_path(case_dir(name))})")
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

    cases = commands.add_parser("cases", help="list the cases that ship with the kit")
    cases.set_defaults(run=_cases)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 1 problems found, 2 bad input).

    >>> main(["cases"])  # doctest: +ELLIPSIS
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
