# -*- coding: utf-8 -*-
"""Builds the furniture-pages collection and gold.json from the story texts in this folder.
Run from anywhere:  python3 _build/build.py"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from common import vis  # noqa: E402
import stories_a, stories_b, stories_c  # noqa: E402
from t_wordpress import wordpress_selfhosted, wordpress_com  # noqa: E402
from t_blogger import blogger  # noqa: E402
from t_news import drupal, arc  # noqa: E402
from t_other import aggregator, thinktank, content_farm  # noqa: E402
from txt_pages import TXT  # noqa: E402

RENDER = {
    "wordpress-selfhosted": wordpress_selfhosted,
    "wordpress-com": wordpress_com,
    "blogger": blogger,
    "news-drupal": drupal,
    "news-arc": arc,
    "aggregator": aggregator,
    "thinktank": thinktank,
    "content-farm": content_farm,
}


def reading_order(html, items):
    """Sort furniture pieces by the position markers the Recorder left in the page, then strip the markers."""
    pos = {}
    for m in re.finditer(r"\x00F(\d+)\x00", html):
        pos[int(m.group(1))] = m.start()
    missing = [i for i in range(len(items)) if i not in pos]
    if missing:
        raise SystemExit(f"furniture markers missing for items {missing}")
    order = sorted(range(len(items)), key=lambda i: pos[i])
    return re.sub(r"\x00F\d+\x00", "", html), [items[i] for i in order]


def build_html():
    pages = []
    for s in stories_a.STORIES + stories_b.STORIES + stories_c.STORIES:
        fname = f'{s["n"]:02d}-{s["slug"]}.html'
        html, gold = RENDER[s["family"]](s, fname)
        html = html.replace("./x_files/", "./" + fname[:-5] + "_files/")
        html, gold["furniture"] = reading_order(html, gold["furniture"])
        if "\x00" in html:
            raise SystemExit(f"stray marker in {fname}")
        with open(os.path.join(OUT, fname), "w", encoding="utf-8", newline="\n") as f:
            f.write(html)
        pages.append(gold)
    return pages


def build_txt():
    pages = []
    for t in TXT:
        fname = f'{t["n"]:02d}-{t["slug"]}.txt'
        text_lines, body, furniture = [], [], []
        last_key = None
        for kind, text in t["lines"]:
            text_lines.append(text)
            if kind in ("", "title"):
                last_key = None
                continue
            if kind == "body":
                body.append(" ".join(text.split()))
                last_key = None
                continue
            base_kind = kind.split("#")[0]
            norm = " ".join(text.split())
            if "#" in kind and kind == last_key:
                furniture[-1]["text"] += " " + norm
            else:
                furniture.append({"text": norm, "kind": base_kind})
            last_key = kind
        with open(os.path.join(OUT, fname), "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(text_lines) + "\n")
        g = {"file": fname, "template": t["template"], "title": t["title"], "outlet": t["outlet"],
             "author": t["author"], "date": t["date"], "canonical": None, "body": body, "furniture": furniture,
             "notes": "Plain-text paste (" + t["source"] + "). Blank lines are not reliable paragraph markers: some pastes put every block on its own line with no blank lines at all."}
        if t.get("original"):
            g["original_publisher"] = t["original"]
        pages.append(g)
    return pages


def main():
    pages = build_html() + build_txt()
    pages.sort(key=lambda p: p["file"])
    gold = {
        "version": 1,
        "description": "Gold standard for the furniture-pages test collection. See README.md for definitions.",
        "pages": pages,
    }
    with open(os.path.join(OUT, "gold.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(gold, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {len(pages)} pages")


if __name__ == "__main__":
    main()
