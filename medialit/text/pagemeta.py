"""What a saved page or pasted text says about itself: title, outlet, author, date, link.

Each field is taken from the first place that has it, in the order of
`data/lexicons/page-metadata.yml`, and remembers where it came from ("og:site_name",
"a 'By …' line"), so an import can say so. A field nothing fills stays empty: a guess
never beats an empty field, so a file name, an ad placeholder, a photo credit, a
section label or the site's own name never becomes a title, and a generic byline
("admin", "newsdesk", "staff") never becomes an author.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from medialit.text.lexicons import read_lexicon

_SPACE = re.compile(r"\s+")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


def lexicon() -> dict:
    """The words and patterns of `data/lexicons/page-metadata.yml` (read once, through
    `medialit.text.lexicons`)."""
    return read_lexicon("page-metadata.yml") or {}


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    spec = lexicon()
    out = {}
    for name in ("placeholder", "not_a_title", "generic_author", "platform", "title_separator"):
        words = spec.get(name) or ["(?!)"]
        out[name] = re.compile("|".join(f"(?:{w})" for w in words), re.I)
    return out


def loose_text(text: str) -> str:
    """Text compared loosely: case, spacing and curly quotes do not count.

    >>> loose_text("  \u201cAbout  2,500\u201d Troops ")
    '"about 2,500" troops'
    """
    return _SPACE.sub(" ", text.translate(_QUOTES)).strip().casefold()


def clean_title(text: str | None) -> str:
    """A title without ad placeholders and spare spaces; "" when it cannot be a title.

    >>> clean_title("[ad_1] Don't let them bury the inspection records")
    "Don't let them bury the inspection records"
    >>> clean_title("Editorial © Photo: A. Person / Agency"), clean_title("page.html")
    ('', '')
    """
    if not text:
        return ""
    text = _patterns()["placeholder"].sub(" ", text)
    text = _SPACE.sub(" ", text).strip(" |-–—:")
    if not text or _patterns()["not_a_title"].search(text):
        return ""
    return text


def _segments(title_tag: str) -> list[str]:
    """The parts of a <title> between separators, longest first."""
    parts = [p.strip() for p in _patterns()["title_separator"].split(title_tag) if p and p.strip()]
    return sorted(parts, key=len, reverse=True)


def _ld_objects(json_ld: list) -> list[dict]:
    """Every object in the page's JSON-LD, with those inside @graph and lists."""
    out, work = [], list(json_ld)
    while work:
        item = work.pop(0)
        if isinstance(item, list):
            work[:0] = item
        elif isinstance(item, dict):
            out.append(item)
            if isinstance(item.get("@graph"), list):
                work[:0] = item["@graph"]
    return out


def _types(obj: dict) -> set[str]:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {str(k) for k in kinds if k}


def _ld_article(json_ld: list) -> dict:
    """The page's JSON-LD article (NewsArticle, BlogPosting, ...), or {}."""
    kinds = set(lexicon().get("article_types") or [])
    return next((o for o in _ld_objects(json_ld) if _types(o) & kinds), {})


def _ld_name(value, objects: list[dict]) -> list[str]:
    """The names a JSON-LD author or publisher value gives (following @id references)."""
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items:
        if isinstance(item, str):
            names.append(item)
        elif isinstance(item, dict):
            if not item.get("name") and item.get("@id"):
                item = next((o for o in objects if o.get("@id") == item["@id"]), item)
            if "Organization" in _types(item) and "author" not in str(item.get("@type", "")):
                names.append("\0" + str(item.get("name") or ""))  # an organisation
            elif item.get("name"):
                names.append(str(item["name"]))
    return names


def choose_title(
    meta: dict, json_ld: list, title_tag: str, headings: list[tuple[str, str]]
) -> tuple[str, str]:
    """The headline of a saved page and where it came from.

    A visible heading wins when it matches what the page's metadata calls its title
    (og:title, the JSON-LD headline, <title> or a part of it): that is the headline as
    shown. Else the metadata title, else the first <h1>, else the longest part of <title>.

    >>> choose_title({}, [], "Site: Big news today", [("h1", "Site"), ("h3", "Big news today")])
    ('Big news today', 'the headline on the page (<h3>), as in <title>')
    """
    article = _ld_article(json_ld)
    site = loose_text(meta.get("og:site_name") or "")
    if not clean_title(title_tag):
        title_tag = ""  # a photo credit or a file name: none of its parts is a title either
    named = [
        ("og:title", meta.get("og:title") or ""),
        ("the JSON-LD headline", str(article.get("headline") or "")),
        ("twitter:title", meta.get("twitter:title") or ""),
        ("<title>", title_tag),
        *(("<title>", part) for part in _segments(title_tag)),
    ]
    shown = [(tag, text) for tag, text in headings if clean_title(text)]
    for source, text in named:
        wanted = loose_text(clean_title(text))
        if not wanted or wanted == site:
            continue
        for tag, heading in shown:
            if loose_text(clean_title(heading)) == wanted:
                return clean_title(heading), f"the headline on the page (<{tag}>), as in {source}"
    for source, text in named[:3]:
        if clean_title(text):
            return clean_title(text), source
    sites = {site, *(loose_text(p) for p in _segments(title_tag)[1:])}
    for tag, heading in shown:
        if tag == "h1" and loose_text(heading) not in sites:
            return clean_title(heading), "the page's first <h1>"
    for part in _segments(title_tag):
        if clean_title(part) and loose_text(part) != site and len(part.split()) >= 3:
            return clean_title(part), "<title>"
    return "", ""


# -- dates -----------------------------------------------------------------------------

_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for m in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DATES = [
    re.compile(rf"\b{_DAY}\s+{_MONTH},?\s+{_YEAR}\b", re.I),
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I),
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)\b"),
]


def iso_date(text: str) -> str:
    """The first calendar date written in `text`, as YYYY-MM-DD, or "".

    >>> iso_date("Posted on April 12, 2022 by Pip"), iso_date("Tue 5 Sept. 2023"), iso_date("soon")
    ('2022-04-12', '2023-09-05', '')
    """
    best = None
    for pattern in _DATES:
        m = pattern.search(text)
        if m and (best is None or m.start() < best.start()):
            best = m
    if best is None:
        return ""
    month = best.group("month")
    month_number = int(month) if month.isdigit() else _MONTHS[month.lower().rstrip(".")]
    try:
        return dt.date(int(best.group("year")), month_number, int(best.group("day"))).isoformat()
    except ValueError:
        return ""


# -- names -----------------------------------------------------------------------------

_NAME_TOKEN = re.compile(r"[A-Z][\w.'’-]*$")


def generic_author(name: str) -> bool:
    """Whether a byline names no person ("admin", "Editor", "Tribune staff and wire reports").

    >>> generic_author("newsdesk"), generic_author("Mercury reporters"), generic_author("Ann Lee")
    (True, True, False)
    """
    return bool(_patterns()["generic_author"].search(name.strip()))


@lru_cache(maxsize=1)
def _particles() -> frozenset[str]:
    return frozenset(str(w).lower() for w in lexicon().get("name_particles") or [])


def _person(name: str, strict: bool) -> bool:
    tokens = name.split()
    if not tokens or generic_author(name) or any(ch.isdigit() for ch in name):
        return False
    if not strict:
        return len(tokens) <= 6 and not name.startswith("http")
    return (
        2 <= len(tokens) <= 5
        and all(_NAME_TOKEN.match(t) or t.lower() in _particles() for t in tokens)
        and tokens[0].lower() not in ("the", "a", "an")
    )


def join_names(names: list[str]) -> str:
    """Names as a byline writes them: "A", "A and B", "A, B and C".

    >>> join_names(["Ann Lee", "Bo Park", "Cy Dunn"])
    'Ann Lee, Bo Park and Cy Dunn'
    """
    names = list(dict.fromkeys(n.strip() for n in names if n.strip()))
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def split_names(text: str, strict: bool = False) -> list[str]:
    """The people a list of names holds; [] when one of them is no person.

    >>> split_names("Linnea Abernathy-Sato, Thaddeus Brightwell-Omari")
    ['Linnea Abernathy-Sato', 'Thaddeus Brightwell-Omari']
    """
    parts = [p.strip() for p in re.split(r"\s*(?:,|;|&|\band\b)\s*", text) if p.strip()]
    if not parts or not all(_person(p, strict) for p in parts):
        return []
    return parts


_BYLINE = re.compile(
    r"(?:^|\b(?:posted|written|published|words|story|reporting|report)\b[^.!?]{0,40}?\s)"
    r"by\s+(?P<names>[^|•·–—(]+?)"
    r"(?:\s*(?:[|•·–—(]|\s-\s|,\s*(?!\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*\s+and\s)"
    r"(?=[^,]*$)|\s+at\s+\d|\s+on\s+\w)|\s*$)",
    re.I,
)


def byline_names(line: str) -> list[str]:
    """The people a byline credits: "By A and B", "Posted on <date> by A", "Posted by A at 20:47".

    >>> byline_names("By Jonas Tiberius Wald, The Ellesmarch Herald")
    ['Jonas Tiberius Wald']
    >>> byline_names("Posted on April 12, 2022 by Pip Carrow"), byline_names("By admin")
    (['Pip Carrow'], [])
    """
    if len(line.split()) > 16:
        return []
    m = _BYLINE.search(line)
    if not m:
        return []
    names = m.group("names").strip(" ,.")
    names = re.split(r",\s*(?=[^,]*$)", names)[0] if " and " not in names else names
    return split_names(names, strict=True)


# -- the page's own account of itself ----------------------------------------------------


def _iso(stamp: str) -> str:
    m = re.match(r"\s*((?:19|20)\d\d-\d\d-\d\d)", stamp or "")
    if m:
        try:
            return dt.date.fromisoformat(m.group(1)).isoformat()
        except ValueError:
            return ""
    return iso_date(stamp or "")


def _platform(name: str) -> bool:
    return bool(_patterns()["platform"].search(name.strip()))


_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:copyright\s*)?(?:(?:19|20)\d\d\s*)?[-–—,]?\s*"
    r"(?P<name>[^.|,\d–—·•-][^.|–—·•]*?)"
    r"\s*(?:(?:19|20)\d\d|[.|,–—·•-]|\bltd\b|\blimited\b|\binc\b|\ball rights\b|$)",
    re.I,
)


def copyright_name(line: str) -> str:
    """The owner a copyright line names, or "".

    >>> copyright_name("© Copyright Portside Evening News Ltd 2023. All rights reserved.")
    'Portside Evening News'
    >>> copyright_name("© Copyright - Viral Daily Brief - All rights reserved")
    'Viral Daily Brief'
    """
    m = _COPYRIGHT.search(line)
    if not m:
        return ""
    name = m.group("name").strip(" -–—,")
    words = name.split()
    if not 1 <= len(words) <= 6 or not words[0][:1].isupper() or generic_author(name):
        return ""
    return name


def html_metadata(page) -> tuple[dict, dict]:
    """Outlet, author, date and link of a saved page (`htmlpage.Page`), and where each
    came from. The title is `page.title` (see `choose_title`)."""
    meta, facts = page.meta, page.facts
    objects = _ld_objects(facts.get("json_ld") or [])
    article = _ld_article(facts.get("json_ld") or [])
    lines = facts.get("lines") or []
    fields: dict[str, str] = {}
    found: dict[str, str] = {}

    def put(name: str, value: str, source: str) -> bool:
        if value and name not in fields:
            fields[name], found[name] = value, source
        return name in fields

    if page.title:
        put("title", page.title, facts.get("title_from") or "the page")
    # outlet
    site = meta.get("og:site_name", "")
    if site and not _platform(site):
        put("outlet", site, "og:site_name")
    for name in _ld_name(article.get("publisher"), objects):
        name = name.lstrip("\0")
        if name and not _platform(name):
            put("outlet", name, "the JSON-LD publisher")
    for obj in objects:
        if "WebSite" in _types(obj) and obj.get("name") and not _platform(str(obj["name"])):
            put("outlet", str(obj["name"]), "the JSON-LD WebSite")
    if meta.get("application-name") and not _platform(meta["application-name"]):
        put("outlet", meta["application-name"], "application-name")
    put("outlet", _site_in_title(facts.get("title_tag") or "", page.title, lines), "<title>")
    for text, where in reversed(lines):
        if where != "text" and len(text.split()) <= 25 and copyright_name(text):
            put("outlet", copyright_name(text), "the copyright line")
            break
    # author
    people = [n for n in _ld_name(article.get("author"), objects) if not n.startswith("\0")]
    people = [n for p in people for n in split_names(p)]
    if people:
        put("author", join_names(people), "the JSON-LD author")
    for key in lexicon().get("author_meta") or []:
        names = split_names(re.sub(r"^by\s+", "", meta.get(key, ""), flags=re.I))
        if names:
            put("author", join_names(names), f"<meta name={key}>")
    for text, _ in lines:
        if byline_names(text):
            put("author", join_names(byline_names(text)), "the byline on the page")
            break
    # date
    put("date", _iso(meta.get("article:published_time", "")), "article:published_time")
    put("date", _iso(str(article.get("datePublished") or "")), "the JSON-LD datePublished")
    for key in lexicon().get("date_meta") or []:
        if meta.get(key):
            put("date", _iso(meta[key]), f"<meta name={key}>")
    for time in facts.get("times") or []:
        classes, label = time["classes"], time["label"].strip()
        later = re.search(r"updated|modified", classes) and not re.search(
            r"published|datepublished|entry-date", classes
        )
        if later or re.search(r"(updated|modified|amended)\W*$", label):
            continue
        put("date", _iso(time["datetime"]), "<time datetime>")
    put("date", _date_near_headline(lines), "the date line under the headline")
    # link
    canonical = (facts.get("canonical") or "").strip()
    if re.match(r"https?://", canonical):
        put("link", canonical, "<link rel=canonical>")
    return fields, found


def _site_in_title(title_tag: str, title: str, lines: list[tuple[str, str]]) -> str:
    """The site's name in a <title> that holds the headline and the name ("Headline | Site",
    "Site: Headline"): what is left beside the headline, if it is a short name.

    >>> _site_in_title("Ferry Watch: Winter timetable: two sailings cut", "Winter timetable: "
    ...                "two sailings cut", [])
    'Ferry Watch'
    """
    if not title or not title_tag:
        return ""
    whole, head = title_tag.translate(_QUOTES), title.translate(_QUOTES)
    rests = []
    if whole.casefold().startswith(head.casefold()):
        rests.append(whole[len(head) :])
    if whole.casefold().endswith(head.casefold()):
        rests.append(whole[: len(whole) - len(head)])
    shown = {loose_text(text) for text, _ in lines}
    parts = [p for rest in rests for p in _segments(rest) if clean_title(p)]
    parts.sort(key=lambda p: (loose_text(p) not in shown, -len(p)))
    return parts[0] if parts and len(parts[0].split()) <= 6 else ""


def _date_near_headline(lines: list[tuple[str, str]]) -> str:
    """The date on a short line just under the headline (or just above it), not an
    "Updated ..." date and not one in the site's header or menu."""
    from medialit.text.cleaning import furniture_reason

    start = next((i for i, (_, where) in enumerate(lines) if where == "headline"), None)
    if start is None:
        return ""
    after = []
    for i in range(start + 1, min(start + 16, len(lines))):
        if lines[i][1] == "text":
            break
        after.append(i)
    for i in [*after, *range(start - 1, max(start - 4, -1), -1)]:
        text, where = lines[i]
        if where == "furniture" or len(text.split()) > 18:
            continue
        text = re.split(r"\b(updated|modified|amended)\b", text, flags=re.I)[0]
        if furniture_reason(text, 0.0) in ("date line", "byline") and iso_date(text):
            return iso_date(text)
        if _META_LINE.match(text) and len(text.split()) <= 12:  # "5 May 2025 · Opinion"
            return iso_date(text)
    return ""


# a line of the article's details that opens with its date
_META_LINE = re.compile(
    r"\W{0,3}((mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(\d{1,2}\s+[a-z]{3,9}\.?,?\s+|"
    r"[a-z]{3,9}\.?\s+\d{1,2},?\s+)(19|20)\d\d\b(?![^.!?]*[.!?]$)",
    re.I,
)


def text_metadata(paragraphs: list[str], title: str | None) -> tuple[dict, dict]:
    """Outlet, author and date of a text pasted from a web page: the name above the
    headline or the last copyright line, a "By …" or "Posted on … by …" line, and a date
    line under the headline (or a dateline that opens the first paragraph)."""
    from medialit.text.cleaning import furniture_reason, menu_line

    fields: dict[str, str] = {}
    found: dict[str, str] = {}

    def put(name: str, value: str, source: str) -> None:
        if value and name not in fields:
            fields[name], found[name] = value, source

    at = paragraphs.index(title) if title in paragraphs else None
    if at is not None:
        put("title", title, "the first line that reads as a headline")
    for text in reversed(paragraphs):
        if len(text.split()) <= 25 and copyright_name(text):
            put("outlet", copyright_name(text), "the copyright line")
            break
    if at:
        for text in paragraphs[:at]:
            words = text.split()
            if (
                2 <= len(words) <= 6
                and all(w[:1].isupper() or w.lower() in ("of", "the", "and", "for") for w in words)
                and not furniture_reason(text, 0.0)
                and not menu_line(text)
            ):
                put("outlet", text, "the site's name above the headline")
                break
    near = paragraphs[(at or 0) : (at or 0) + 12]
    for text in near:
        if byline_names(text):
            put("author", join_names(byline_names(text)), "the byline under the headline")
            break
    if at is not None:  # a name on its own line among the details under the headline
        for text in paragraphs[at + 1 : at + 6]:
            if len(text.split()) > 12 or re.search(r"[.!?]$", text):
                break
            if not furniture_reason(text, 0.0) and split_names(text, strict=True):
                put("author", join_names(split_names(text, strict=True)),
                    "the name under the headline")  # fmt: skip
                break
    for text in near:
        head = re.split(r"\b(updated|modified|amended)\b", text, flags=re.I)[0]
        if len(text.split()) <= 18 and furniture_reason(head, 0.0) in ("date line", "byline"):
            put("date", iso_date(head), "the date line under the headline")
    for text in near:
        dateline = _DATELINE.match(text)
        if dateline:
            put("date", iso_date(dateline.group(0)), "the dateline")
            break
    for text in paragraphs:
        source = _SOURCE.match(text)
        if source and not generic_author(source.group(1)):
            put("outlet", source.group(1).strip(), "the 'Source: …' line")
            break
    return fields, found


# "LONDON, 5 March 2024 (Agency) –" at the start of a paragraph
_DATELINE = re.compile(r"[A-Z][A-Z .'’-]{1,40},\s+[^.!?]{4,40}?\d{4}\b[^.!?]{0,30}?[–—-]\s")
_SOURCE = re.compile(r"source\s*:\s*([^.!?]{2,60}?)\.?\s*$", re.I)
