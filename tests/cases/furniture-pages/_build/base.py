# -*- coding: utf-8 -*-
"""Page helpers shared by all family templates."""
import json
import datetime as dt
from common import vis, esc, attr, Recorder

# Invented headlines used for related / most-read / archive widgets.
POOL = [
    "Harbour authority asks for second extension on breakwater repairs",
    "Night market returns to Canal Street after two-year break",
    "Ward boundary review: what the new map means for your vote",
    "Allotment waiting list passes 900 names",
    "Cycle lane on Marlow Road to be made permanent",
    "Care home inspection finds staffing ‘inadequate’",
    "Riverside flats plan cut from 14 storeys to nine",
    "Youth football league folds after referee shortage",
    "Water main burst floods three streets overnight",
    "Parking permit prices to rise for second homes",
    "Primary school merger approved despite parent protest",
    "Fire service to close one of two overnight crews",
    "Former tannery site sold for housing",
    "Library fines scrapped for children’s books",
    "Ambulance response times worst since records began",
    "New footbridge opens six months late",
    "Market traders say rent rise will drive them out",
    "Council to buy back historic corn exchange",
    "Rail replacement buses for ten weekends this summer",
    "Pothole claims cost city more than repairs, audit finds",
    "Chamber choir celebrates fifty years with free concert",
    "Landfill site to become solar farm",
    "Hospital car park charges frozen for a year",
    "Three candidates in race for county sheriff",
    "Recycling collections move to fortnightly",
    "Dog fouling fines double in parks crackdown",
    "Heritage railway appeals for volunteer drivers",
    "Tenants vote to form union at Beacon Heights",
    "Food bank reports record demand in January",
    "Swimming club saved by crowdfunding drive",
    "Street lights to be dimmed after midnight",
    "Sixth-form college to add engineering courses",
    "Town hall clock stopped for restoration",
    "Bus station toilets to reopen after complaints",
    "Ferry pier repairs delayed by storm damage",
    "Ice rink closure leaves hockey teams homeless",
    "Farmers’ co-op opens shop in old bank building",
    "Tram extension consultation opens next week",
    "Museum to return carved doors to village church",
    "Scout hut destroyed in overnight fire",
]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def pool(n, k, offset=0):
    return [POOL[(n * 7 + offset + i * 3) % len(POOL)] for i in range(k)]


def d(s):
    return dt.date.fromisoformat(s)


def long_date(s, style="us"):
    x = d(s)
    if style == "us":
        return f"{MONTHS[x.month-1]} {x.day}, {x.year}"
    if style == "uk":
        return f"{x.day} {MONTHS[x.month-1]} {x.year}"
    if style == "short":
        return f"{MONTHS[x.month-1][:3]} {x.day}, {x.year}"
    raise ValueError(style)


def iso(date, time="00:00:00", tz="+00:00"):
    return f"{date}T{time or '00:00:00'}{tz}"


def slugify(t):
    import re
    return re.sub(r"[^a-z0-9]+", "-", t.lower()).strip("-")


def url_of(s):
    return "https://" + s["domain"] + s["path"]


def saved_from(url):
    return f"<!-- saved from url=({len(url):04d}){url} -->"


def jsonld(obj, cls=None):
    c = f' class="{cls}"' if cls else ""
    return f'<script type="application/ld+json"{c}>' + json.dumps(obj, ensure_ascii=False) + "</script>"


def first_sentence(s):
    p = next(b for b in s["body"] if isinstance(b, str))
    t = vis(p)
    cut = t.find(". ")
    return t[:cut + 1] if cut > 0 else t


class Dialect:
    """How a platform marks up body blocks and in-body furniture."""
    ent = "raw"

    def __init__(self, rec, ent="raw", files="./x_files/"):
        self.rec, self.ent, self.files = rec, ent, files

    def e(self, t):
        return esc(t, self.ent)

    def p(self, t):
        return f"<p>{self.e(t)}</p>"

    def h(self, level, t):
        return f"<h{level}>{self.e(t)}</h{level}>"

    def bold(self, t):
        return f"<p><strong>{self.e(t)}</strong></p>"

    def lst(self, tag, items):
        return f"<{tag}>" + "".join(f"<li>{self.e(i)}</li>" for i in items) + f"</{tag}>"

    def figure(self, cap, credit):
        F = self.rec
        c = F("caption", self.e(cap))
        if credit:
            c += " " + F("photo credit", f'<span class="credit">{self.e(credit)}</span>')
        return f'<figure><img src="{self.files}photo.jpg" alt="" width="1200" height="800"><figcaption>{c}</figcaption></figure>'

    def pullquote(self, t, cite):
        F = self.rec
        out = '<aside class="pullquote"><blockquote>' + F("repeated body", f"<p>{self.e(t)}</p>")
        if cite:
            out += F("other", f"<cite>{self.e(cite)}</cite>")
        return out + "</blockquote></aside>"

    def readmore(self, t, href):
        return self.rec("related links", f'<p class="read-more"><strong>Read more:</strong> <a href="{href}">{self.e(t)}</a></p>')

    def readalso(self, t, href):
        return self.rec("related links", f'<p><strong>Read Also:</strong> <a href="{href}">{self.e(t)}</a></p>')

    def ad(self):
        return self.rec("ad marker", '<div class="ad"><span class="ad-label">Advertisement</span></div>')

    def join(self, parts):
        return "\n".join(parts)


def render_body(s, dia):
    """Returns (html, gold_paragraphs)."""
    parts, gold = [], []
    ins = s.get("inserts", {})

    def do_inserts(i):
        for it in ins.get(i, []):
            kind = it[0]
            if kind == "figure":
                parts.append(dia.figure(it[1], it[2]))
            elif kind == "pullquote":
                parts.append(dia.pullquote(it[1], it[2]))
            elif kind == "readmore":
                parts.append(dia.readmore(it[1], it[2]))
            elif kind == "readalso":
                parts.append(dia.readalso(it[1], it[2]))
            elif kind == "ad":
                parts.append(dia.ad())
            else:
                raise ValueError(kind)

    do_inserts(-1)
    for i, b in enumerate(s["body"]):
        if isinstance(b, str):
            h = dia.p(b)
            gold.append(vis(esc(b)))
        elif b[0] in ("h2", "h3"):
            h = dia.h(int(b[0][1]), b[1])
            gold.append(vis(esc(b[1])))
        elif b[0] == "b":
            h = dia.bold(b[1])
            gold.append(vis(esc(b[1])))
        elif b[0] in ("ul", "ol"):
            h = dia.lst(b[0], b[1])
            gold.extend(vis(esc(x)) for x in b[1])
        else:
            raise ValueError(b)
        parts.append(h)
        do_inserts(i)
    return dia.join(parts), gold


def gold_entry(s, fname, body, rec, canonical=True, **extra):
    g = {
        "file": fname,
        "template": s["family"],
        "title": vis(esc(s["title"])),
        "outlet": s["site"],
        "author": s["author"],
        "date": s["date"],
        "canonical": url_of(s) if canonical else None,
        "body": body,
        "furniture": rec.items,
    }
    if s.get("repeats"):
        g["repeats"] = s["repeats"]
    if s.get("original"):
        g["original_publisher"] = s["original"]
        g["original_date"] = s.get("original_date")
    if s.get("notes"):
        g["notes"] = s["notes"]
    g.update(extra)
    return g


def nav_ul(items, ul_attrs='class="menu"', li_cls="menu-item", base="/"):
    lis = "".join(f'<li class="{li_cls}"><a href="{base}{slugify(x)}/">{esc(x)}</a></li>' for x in items)
    return f"<ul {ul_attrs}>{lis}</ul>"
