#!/usr/bin/env python3
"""Sanity checks for the furniture-pages collection (standard library only).

For every page listed in gold.json:
  * the file exists; HTML pages have <html>, <head> and <body>;
  * every gold body paragraph occurs (after whitespace normalisation) in the page's
    visible text (HTML parsed with html.parser; script/style/head content excluded);
  * every furniture piece occurs in the visible text too, and title + body + furniture
    together account for all of the visible text (nothing is left unlabelled);
  * every <script type="application/ld+json"> block is valid JSON;
  * a page with "repeats": N shows its first and last body paragraph exactly N times;
  * title / author / outlet / canonical can be found in the file, dates look like YYYY-MM-DD;
  * body length is 250-700 words; absolute URLs only point at .example hosts
    (plus the schema.org / ogp.me / purl.org vocabularies and the api.w.org link relation).
Exit status 0 when everything passes.
"""
import collections
import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))

HIDDEN = {"head", "script", "style", "noscript", "template", "svg", "iframe"}
BLOCKS = set("""p div li ul ol h1 h2 h3 h4 h5 h6 br section article aside header footer nav figure
figcaption blockquote table tr td th form main dl dt dd hr pre address body html option select
textarea fieldset legend button label img""".split())
VOIDS = {"br", "img", "input", "meta", "link", "hr", "source", "wbr", "area", "col", "embed", "param", "track"}
# namespace / link-relation identifiers that real platforms print, not links to outlets
VOCAB_HOSTS = {"schema.org", "ogp.me", "purl.org", "api.w.org"}


class Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.chunks = []
        self.tags = collections.Counter()
        self.in_ld = False
        self.ld_blocks = []
        self._ld = []

    def handle_starttag(self, tag, attrs):
        self.tags[tag] += 1
        if tag == "script" and dict(attrs).get("type") == "application/ld+json":
            self.in_ld, self._ld = True, []
        if tag in HIDDEN and tag not in VOIDS:
            self.depth += 1
        elif tag in BLOCKS:
            self.chunks.append(" ")

    def handle_startendtag(self, tag, attrs):
        self.tags[tag] += 1
        if tag in BLOCKS:
            self.chunks.append(" ")

    def handle_endtag(self, tag):
        if tag == "script" and self.in_ld:
            self.ld_blocks.append("".join(self._ld))
            self.in_ld = False
        if tag in HIDDEN:
            self.depth = max(0, self.depth - 1)
        elif tag in BLOCKS:
            self.chunks.append(" ")

    def handle_data(self, data):
        if self.in_ld:
            self._ld.append(data)
        if not self.depth:
            self.chunks.append(data)

    def text(self):
        return norm("".join(self.chunks))


def norm(t):
    return " ".join(t.split())


def main():
    with open(os.path.join(HERE, "gold.json"), encoding="utf-8") as f:
        gold = json.load(f)
    errors, warnings = [], []
    per_template = collections.Counter()
    n_par = n_fur = 0
    kinds = collections.Counter()
    seen = set()

    for pg in gold["pages"]:
        fn = pg["file"]
        seen.add(fn)
        path = os.path.join(HERE, fn)

        def err(msg):
            errors.append(f"{fn}: {msg}")

        if not os.path.exists(path):
            err("file missing")
            continue
        raw = open(path, encoding="utf-8").read()
        per_template[pg["template"]] += 1
        for key in ("file", "template", "title", "outlet", "author", "date", "canonical", "body", "furniture"):
            if key not in pg:
                err(f"gold entry lacks '{key}'")
        if fn.endswith(".html"):
            p = Page()
            p.feed(raw)
            p.close()
            visible = p.text()
            for t in ("html", "head", "body"):
                if not p.tags[t]:
                    err(f"no <{t}> element")
            for i, block in enumerate(p.ld_blocks):
                try:
                    json.loads(block)
                except ValueError as e:
                    err(f"JSON-LD block {i + 1} is not valid JSON: {e}")
        else:
            visible = norm(raw)

        body = pg["body"]
        n_par += len(body)
        words = sum(len(x.split()) for x in body)
        if not 250 <= words <= 700:
            err(f"body has {words} words (expected 250-700)")
        if not 4 <= len(body) <= 16:
            err(f"body has {len(body)} entries")
        for i, para in enumerate(body):
            if norm(para) != para:
                err(f"body[{i}] is not whitespace-normalised")
            if para not in visible:
                err(f"body[{i}] not found in visible text: {para[:70]!r}")
        reps = pg.get("repeats", 1)
        for para in (body[0], body[-1]):
            c = visible.count(para)
            if reps > 1 and c != reps:
                err(f"expected {reps} copies of {para[:40]!r}, found {c}")
        for i, fur in enumerate(pg["furniture"]):
            n_fur += 1
            kinds[fur["kind"]] += 1
            if fur["text"] not in visible:
                err(f"furniture[{i}] ({fur['kind']}) not found in visible text: {fur['text'][:70]!r}")
            if fur["text"] in body:
                err(f"furniture[{i}] is identical to a body paragraph")

        # everything visible must be accounted for: title, body or a listed furniture piece
        rest = visible
        pieces = [pg["title"]] + body + [f["text"] for f in pg["furniture"]]
        for piece in sorted(pieces, key=len, reverse=True):
            rest = rest.replace(piece, " ", 1)
        rest = norm(rest)
        if rest:
            err(f"visible text not covered by title/body/furniture: {rest[:80]!r}")
        if pg["title"] not in visible:
            err("title not found in visible text")
        if pg["outlet"] not in raw and pg["outlet"].replace("’", "&rsquo;") not in raw and pg["outlet"].replace("&", "&amp;") not in raw:
            err("outlet name not found in file")
        if pg["author"]:
            for name in re.split(r" and ", pg["author"]):
                if name not in raw:
                    err(f"author {name!r} not found in file")
        if pg["date"] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", pg["date"]):
            err(f"bad date {pg['date']!r}")
        if pg["canonical"]:
            if f'rel="canonical" href="{pg["canonical"]}"' not in raw and f"href='{pg['canonical']}' rel='canonical'" not in raw:
                err("canonical link not found")
            if not re.match(r"https://[^/]+\.example/", pg["canonical"]):
                err("canonical is not on a .example host")
        for host in set(re.findall(r"https?://([A-Za-z0-9.\-]+)", raw)):
            if not (host.endswith(".example") or host in VOCAB_HOSTS):
                err(f"absolute URL to non-.example host {host!r}")

    for fn in os.listdir(HERE):
        if (fn.endswith(".html") or fn.endswith(".txt")) and fn not in seen:
            errors.append(f"{fn}: page file not listed in gold.json")

    print("pages per template:")
    for t, c in sorted(per_template.items()):
        print(f"  {t:22s} {c}")
    print(f"total pages: {sum(per_template.values())}; body paragraphs: {n_par}; furniture pieces: {n_fur}")
    print("furniture kinds: " + ", ".join(f"{k}={v}" for k, v in kinds.most_common()))
    for w in warnings:
        print("WARNING", w)
    if errors:
        for e in errors:
            print("FAIL", e)
        print(f"{len(errors)} problem(s)")
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
