"""The `medialit` command: a thin shell over the library functions the notebooks use."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from medialit.errors import MedialitError


def _analyze(args: argparse.Namespace) -> int:
    from medialit.analyze import analyze_article, analyze_paths, report
    from medialit.case import load_case

    if not args.paths and not args.case:
        raise MedialitError("give one or more files or folders to analyze, or --case NAME")
    document, errors = analyze_paths(args.paths)
    if args.case:  # the case has loaded and checked its texts already: use them as they are
        case = load_case(args.case)
        document["documents"] += [analyze_article(a, str(a.path)) for a in case.articles.values()]
    if args.json:
        json.dump(document, sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        print("\n\n".join(report(d, sentences=args.sentences) for d in document["documents"]))
    for error in errors:
        print(f"medialit: {error}", file=sys.stderr)
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


def _compare(args: argparse.Namespace) -> int:
    from medialit.comparison import compare_texts, report
    from medialit.corpus import load_article

    background, names = [], []
    if args.case:
        from medialit.case import load_case
        from medialit.names import case_names

        case = load_case(args.case)
        background = list(case.articles.values())
        names = case_names(case.path)
        texts = []
        for name in (args.a, args.b):
            if name in case.articles:
                texts.append(case.articles[name])
            elif Path(name).is_file():
                texts.append(load_article(name))
            else:
                raise MedialitError(
                    f"'{name}' is neither an article id of case '{args.case}' nor a file; "
                    f"ids: {', '.join(case.articles)}"
                )
    else:
        texts = [load_article(name) for name in (args.a, args.b)]
    comparison = compare_texts(texts[0], texts[1], background, names)
    if args.json:
        json.dump(comparison.to_dict(), sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        print(report(comparison))
    return 0


def _spin(args: argparse.Namespace) -> int:
    from medialit.corpus import load_article
    from medialit.spinner import spin_swaps

    if not 0.0 <= args.rate <= 1.0:
        raise MedialitError(f"--rate {args.rate}: give a share between 0 and 1, like 0.35")
    spun, swaps = spin_swaps(load_article(args.path).text, args.seed, args.rate)
    print(spun)
    if args.swaps:
        print(f"\n{len(swaps)} swap(s):")
        for s in swaps:
            meaning = {True: "changes the meaning", False: "keeps the meaning"}.get(
                s.changes_meaning, ""
            )
            print(f"  {s.span[0]}: '{s.from_text}' -> '{s.to_text}'  {meaning}".rstrip())
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
