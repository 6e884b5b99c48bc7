"""Page furniture on saved pages written for the tests, beside trafilatura; and metadata.

The collection (`furniture-pages/`: saved HTML pages in eight template families and
plain-text pastes, each with its gold body paragraphs, furniture pieces and metadata in
gold.json) is looked for in MEDIALIT_FURNITURE_PAGES, then tests/cases/furniture-pages.
A second fixture (`teacher-case/`: six pages about one event, gold metadata and bodies)
in MEDIALIT_TEACHER_CASE, then tests/cases/teacher-case. Either may be given on the
command line: `python bench/bench_furniture.py --pages DIR --teacher DIR`. A missing
collection is reported in one line and skipped.

Scoring (the collection's own furniture_score.py): every paragraph the kit keeps is
right when it equals a gold body paragraph (whitespace and entities normalised), and a
gold paragraph is missed when no kept paragraph equals it; precision, recall and F1 are
pooled over the pages. The peer, trafilatura (`extract(html, include_comments=False)`,
its paragraphs the lines of its output; a plain-text paste is handed to it as a page of
one <p> per line), is scored the same way in the same run. The collection's pages are
split by number: the odd ones were looked at while the rules were written, the even
ones only at the end; both halves are reported.

Figures: furniture_f1, furniture_precision, furniture_recall, the same with
_trafilatura, furniture_f1_dev / _heldout (odd / even pages, ours), furniture_f1_html
(the saved HTML pages only, ours and trafilatura's), teacher_case_f1 and its precision
and recall (the second fixture's bodies, ours and trafilatura's), and
meta_<field>_accuracy (the collection) and teacher_case_meta_<field>_accuracy for
title, outlet, author, date and canonical link (a field is right when it equals the gold
value, and an empty field when gold has none).
"""

from __future__ import annotations

import argparse
import html
import json
import os
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIELDS = ("title", "outlet", "author", "date", "canonical")
TARGETS = {"furniture_f1": (">=", 0.95)}


def _folder(env: str, name: str, given: str | None = None) -> Path | None:
    for candidate in (given, os.environ.get(env), ROOT / "tests" / "cases" / name):
        if candidate and (Path(candidate) / "gold.json").is_file():
            return Path(candidate)
    return None


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", html.unescape(text)).strip()


def _score(got: list[str], want: list[str]) -> tuple[int, int, int]:
    """True positives, false positives, misses, as the collection's scorer counts them."""
    wanted, kept = set(want), set(got)
    tp = sum(1 for g in got if g in wanted)
    return tp, len(got) - tp, sum(1 for w in want if w not in kept)


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _ours(path: Path) -> list[str]:
    from medialit.text import load_article

    return [_norm(p) for p in load_article(path).paragraphs]


def _trafilatura(path: Path):
    try:
        import trafilatura
    except ImportError:
        return None
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".txt":
        lines = [html.escape(line) for line in text.splitlines() if line.strip()]
        text = "<html><body>" + "".join(f"<p>{line}</p>" for line in lines) + "</body></html>"
    out = trafilatura.extract(text, include_comments=False) or ""
    return [_norm(line) for line in out.splitlines() if line.strip()]


def _body(page: dict) -> list[str]:
    body = page["body"]
    return [_norm(p) for p in (body if isinstance(body, list) else body.split("\n\n"))]


def furniture(folder: Path, name: str = "furniture") -> dict[str, float]:
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))["pages"]
    keys = ("ours", "peer", "dev", "heldout", "html", "peer_dev", "peer_heldout", "peer_html")
    totals = {key: [0, 0, 0] for key in keys}
    families: dict[str, list[int]] = {}
    peer_seconds = ours_seconds = 0.0
    failures = []
    has_peer = True
    for page in gold:
        path = folder / page["file"]
        want = _body(page)
        started = time.perf_counter()
        got = _ours(path)
        ours_seconds += time.perf_counter() - started
        started = time.perf_counter()
        theirs = _trafilatura(path)
        peer_seconds += time.perf_counter() - started
        score = _score(got, want)
        half = "dev" if int(page["file"][:2]) % 2 else "heldout"
        keys = ["ours", half, *(["html"] if path.suffix != ".txt" else [])]
        for key in keys:
            totals[key] = [a + b for a, b in zip(totals[key], score, strict=True)]
        family = families.setdefault(page.get("template", path.suffix), [0, 0, 0, 0, 0, 0])
        family[:3] = [a + b for a, b in zip(family[:3], score, strict=True)]
        if theirs is None:
            has_peer = False
        else:
            peer = _score(theirs, want)
            for key in ["peer", f"peer_{half}", *(["peer_html"] if path.suffix != ".txt" else [])]:
                totals[key] = [a + b for a, b in zip(totals[key], peer, strict=True)]
            family[3:] = [a + b for a, b in zip(family[3:], peer, strict=True)]
        if score[1] or score[2]:
            wanted = set(want)
            extra = [g[:60] for g in got if g not in wanted][:3]
            missed = [w[:60] for w in want if w not in set(got)][:2]
            failures.append(f"  {page['file']}: {score[1]} kept wrongly {extra}, "
                            f"{score[2]} missed {missed}")  # fmt: skip
    figures: dict[str, float] = {}
    for key, peer in (("ours", ""), ("peer", "_trafilatura")):
        if key == "peer" and not has_peer:
            continue
        p, r, f = _prf(*totals[key])
        figures.update({f"{name}_f1{peer}": f, f"{name}_precision{peer}": p,
                        f"{name}_recall{peer}": r})  # fmt: skip
    if name == "furniture":
        for key in ("dev", "heldout", "html"):
            if not totals[key][0] + totals[key][2]:  # no gold paragraphs in this part
                continue
            p, r, f = _prf(*totals[key])
            figures[f"furniture_f1_{key}"] = f
            line = f"{key:8} ours P {p:.3f} R {r:.3f} F1 {f:.3f}"
            if has_peer:
                p, r, f = _prf(*totals[f"peer_{key}"])
                figures[f"furniture_f1_{key}_trafilatura"] = f
                line += f"   trafilatura P {p:.3f} R {r:.3f} F1 {f:.3f}"
            print(line)
    print(f"{len(gold)} pages from {folder}")
    print(f"{'':24} {'P':>6} {'R':>6} {'F1':>6}   trafilatura {'P':>6} {'R':>6} {'F1':>6}")
    for family, s in families.items():
        ours, theirs = _prf(*s[:3]), _prf(*s[3:])
        print(f"{family:24} {ours[0]:6.3f} {ours[1]:6.3f} {ours[2]:6.3f}   "
              f"{'':11} {theirs[0]:6.3f} {theirs[1]:6.3f} {theirs[2]:6.3f}")  # fmt: skip
    print(f"ours {ours_seconds:.2f} s, trafilatura {peer_seconds:.2f} s")
    print("\n".join(failures) or "  every page exact")
    return figures


def metadata(folder: Path, prefix: str = "meta") -> dict[str, float]:
    from medialit.text import load_article

    right = dict.fromkeys(FIELDS, 0)
    count = 0
    for page in json.loads((folder / "gold.json").read_text(encoding="utf-8"))["pages"]:
        article = load_article(folder / page["file"])
        got = {
            "title": article.title if "title" in article.found_in else None,
            "outlet": article.meta.get("outlet"),
            "author": article.meta.get("author"),
            "date": str(article.meta.get("date") or "") or None,
            "canonical": article.meta.get("link"),
        }
        count += 1
        for name in FIELDS:
            want = page.get(name)
            if (got[name] or None) == (want or None):
                right[name] += 1
            else:
                print(f"  {folder.name}/{page['file']}: {name} {got[name]!r}, gold {want!r}"
                      f" (from {article.found_in.get(name, 'nothing')})")  # fmt: skip
    shown = ", ".join(f"{name} {n}/{count}" for name, n in right.items())
    print(f"metadata, {folder.name}, {count} pages: {shown}")
    return {f"{prefix}_{name}_accuracy": right[name] / count for name in FIELDS} if count else {}


def figures(pages: str | None = None, teacher: str | None = None) -> dict[str, float]:
    collection = _folder("MEDIALIT_FURNITURE_PAGES", "furniture-pages", pages)
    case = _folder("MEDIALIT_TEACHER_CASE", "teacher-case", teacher)
    if collection is None:
        print("furniture: no furniture-pages collection (set MEDIALIT_FURNITURE_PAGES); skipped")
        return {}
    out = furniture(collection)
    out.update(metadata(collection))
    if case is not None:
        out.update(furniture(case, "teacher_case"))
        out.update(metadata(case, "teacher_case_meta"))
    else:
        print("metadata: no teacher-case fixture (set MEDIALIT_TEACHER_CASE); only the pages")
    return out


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", help="the furniture-pages folder (with gold.json)")
    parser.add_argument("--teacher", help="the teacher-case folder (with gold.json)")
    args = parser.parse_args(argv)
    results = figures(args.pages, args.teacher)
    for name, value in results.items():
        print(f"{name} {value:.3f}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main(sys.argv[1:]))
