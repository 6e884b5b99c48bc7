#!/usr/bin/env python3
"""Consistency check for the teacher-case fixture (stdlib only).

Verifies that every gold body paragraph and every gold quote (causal_claims,
figures) occurs in the visible text of its page, whitespace-normalised, and
runs a few structural checks on gold.json. Exit status 0 means all passed.

    python3 check_gold.py [path/to/teacher-case]
"""
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlparse

HERE = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

INVISIBLE = {"script", "style", "head", "title", "noscript", "template"}
INLINE = {"a", "abbr", "b", "bdi", "bdo", "cite", "code", "em", "i", "kbd", "mark",
          "q", "s", "small", "span", "strong", "sub", "sup", "time", "u", "var"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
        "param", "source", "track", "wbr"}


class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.hidden = 0
        self.out = []
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        if tag == "title":
            self._in_title = True
        if tag in VOID:
            if tag not in INLINE:
                self.out.append(" ")
            return
        if tag in INVISIBLE:
            self.hidden += 1
        elif tag not in INLINE:
            self.out.append(" ")

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
        if tag in VOID:
            return
        if tag in INVISIBLE:
            self.hidden = max(0, self.hidden - 1)
        elif tag not in INLINE:
            self.out.append(" ")

    def handle_data(self, data):
        if self._in_title:
            self.title += data
        if not self.hidden:
            self.out.append(data)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()  # \s covers U+00A0 in str patterns


def load(path):
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".txt":
        return norm(raw), None, raw
    p = Visible()
    p.feed(raw)
    p.close()
    return norm("".join(p.out)), norm(p.title), raw


def main():
    gold = json.loads((HERE / "gold.json").read_text(encoding="utf-8"))
    errors = []
    pages = {}
    fact_ids = {f["id"] for f in gold["facts"]}

    for pg in gold["pages"]:
        path = HERE / pg["file"]
        if not path.exists():
            errors.append(f"missing file {pg['file']}")
            continue
        text, html_title, raw = load(path)
        pages[pg["file"]] = text
        for i, para in enumerate(pg["body"]):
            if norm(para) not in text:
                errors.append(f"{pg['file']}: body paragraph {i} not in visible text: {para[:60]!r}")
        for i, para in enumerate(pg["body"]):
            n = text.count(norm(para))
            if n != pg["body_repeats"]:
                errors.append(f"{pg['file']}: body paragraph {i} occurs {n} times, gold says {pg['body_repeats']}")
        body = norm(" ".join(pg["body"]))
        words = len(body.split())
        if not 450 <= words <= 750:
            errors.append(f"{pg['file']}: body has {words} words (want 450-750)")
        if norm(pg["title"]) not in text:
            errors.append(f"{pg['file']}: gold title not visible")
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", pg["date"]):
            errors.append(f"{pg['file']}: bad date {pg['date']}")
        if pg["copy_of"] and pg["copy_of"] not in {p["file"] for p in gold["pages"]}:
            errors.append(f"{pg['file']}: copy_of points nowhere")
        for url in re.findall(r"""(?:https?:)?//([A-Za-z0-9.-]+)""", raw):
            host = url.lower().rstrip(".")
            if not (host.endswith(".example") or host == "schema.org"):
                errors.append(f"{pg['file']}: non-.example host {host}")
        pg["_words"] = words
        pg["_html_title"] = html_title

    for kind in ("causal_claims", "figures"):
        for item in gold[kind]:
            text = pages.get(item["file"], "")
            if norm(item["quote"]) not in text:
                errors.append(f"{kind}: quote not in {item['file']}: {item['quote'][:70]!r}")
    for item in gold["causal_claims"]:
        if item["causal"] and item["support"] not in {"evidenced", "attributed", "hedged", "unsupported"}:
            errors.append(f"causal claim without valid support: {item['quote'][:50]!r}")
        if not item["causal"] and item["support"] is not None:
            errors.append(f"look-alike with support set: {item['quote'][:50]!r}")
    for item in gold["figures"]:
        if item["fact"] is not None and item["fact"] not in fact_ids:
            errors.append(f"figure refers to unknown fact {item['fact']}")
        if item["verdict"] not in {"consistent", "close", "conflicts", "unverifiable", "attributed"}:
            errors.append(f"bad verdict {item['verdict']}")
    for f in gold["facts"]:
        v = f["value"]
        if not re.fullmatch(r"\d+(\.\d+)?|\d+(\.\d+)?-\d+(\.\d+)?|\d{4}-\d{2}-\d{2}", v):
            errors.append(f"fact {f['id']}: bad value {v!r}")
        if f["status"] not in {"current", "superseded", "withdrawn"}:
            errors.append(f"fact {f['id']}: bad status")
    files = {p["file"] for p in gold["pages"]}
    for c in gold["claims"]:
        if set(c["stances"]) - files:
            errors.append(f"claim has unknown files: {c['claim'][:40]}")
        if set(c["stances"].values()) - {"asserts", "hedges", "attributes", "denies", "omits"}:
            errors.append(f"claim has bad stance: {c['claim'][:40]}")

    # summary
    cc = gold["causal_claims"]
    print("pages:")
    for pg in gold["pages"]:
        print(f"  {pg['file']:28} {pg['kind_hint']:20} {pg['_words']:4} words  <title>={pg['_html_title']!r}")
    print(f"causal claims: {sum(c['causal'] for c in cc)} causal, "
          f"{sum(not c['causal'] for c in cc)} look-alikes; support: "
          + ", ".join(f"{s}={sum(c['support'] == s for c in cc)}"
                      for s in ("evidenced", "attributed", "hedged", "unsupported")))
    print(f"figures: {len(gold['figures'])}; verdicts: "
          + ", ".join(f"{v}={sum(f['verdict'] == v for f in gold['figures'])}"
                      for v in ("consistent", "close", "conflicts", "unverifiable", "attributed")))
    print(f"facts: {len(gold['facts'])}; shared claims: {len(gold['claims'])} "
          f"(with >=2 non-omit stances: "
          f"{sum(sum(s != 'omits' for s in c['stances'].values()) >= 2 for c in gold['claims'])})")
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  -", e)
        return 1
    print("\nall checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
