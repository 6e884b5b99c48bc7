# -*- coding: utf-8 -*-
"""News-site templates: Drupal (8+/10 style markup) and an Arc-like 'Fusion' stack."""
from base import *

DRUPAL_MENUS = {
    17: ["News", "Transport", "Business", "Sport", "Opinion", "Weather", "Obituaries", "Jobs"],
    18: ["News", "Local", "Flooding", "Council", "Sport", "What's On", "Property", "Contact us"],
    19: ["News", "Business", "Agriculture", "Courts", "Schools", "Opinion", "E-Edition"],
}


class DrupalDialect(Dialect):
    def figure(self, cap, credit):
        F = self.rec
        c = F("caption", self.e(cap))
        if credit:
            c += " " + F("photo credit", f'<span class="image-credit">{self.e(credit)}</span>')
        return (f'<figure role="group" class="caption caption-img align-center"><img loading="lazy" src="{self.files}diesel-unit.jpg" data-entity-uuid="2f0c7f2e-1c55-4f77-b1c1-6c1a31c2e0aa" data-entity-type="file" alt="" width="1200" height="800">'
                f'<figcaption>{c}</figcaption></figure>')

    def pullquote(self, t, cite):
        F = self.rec
        out = '<aside class="pull-quote"><blockquote>' + F("repeated body", f"<p>{self.e(t)}</p>")
        if cite:
            out += F("other", f"<footer>&mdash; {self.e(cite)}</footer>")
        return out + "</blockquote></aside>"

    def ad(self):
        return ('<div class="ad-container ad-inarticle" id="div-gpt-ad-inarticle">'
                + self.rec("ad marker", '<div class="ad-label">Advertisement</div>')
                + '<div id="gpt-inarticle-1" class="gpt-slot" data-ad-unit="/2218/herald/news/inarticle"></div></div>')


class ArcDialect(Dialect):
    def p(self, t):
        return f'<p class="c-paragraph">{self.e(t)}</p>'

    def h(self, level, t):
        return f'<h{level} class="c-heading b-article-body__heading">{self.e(t)}</h{level}>'

    def lst(self, tag, items):
        return f'<{tag} class="c-list b-article-body__list">' + "".join(f"<li>{self.e(i)}</li>" for i in items) + f"</{tag}>"

    def figure(self, cap, credit):
        F = self.rec
        c = F("caption", f'<span class="c-media-item__caption">{self.e(cap)}</span>')
        if credit:
            c += " " + F("photo credit", f'<span class="c-media-item__credit">({self.e(credit)})</span>')
        return (f'<figure class="c-media-item b-article-body__image"><div class="c-media-item__container"><picture><source srcset="{self.files}resizer-800.webp" type="image/webp">'
                f'<img class="c-image" src="{self.files}resizer-800.jpg" alt="" width="800" height="533" loading="lazy"></picture></div>'
                f'<figcaption class="c-media-item__fig-caption">{c}</figcaption></figure>')

    def pullquote(self, t, cite):
        F = self.rec
        out = '<blockquote class="c-pull-quote b-article-body__pull-quote">' + F("repeated body", f"<p>{self.e(t)}</p>")
        if cite:
            out += F("other", f"<span class=\"c-pull-quote__citation\">{self.e(cite)}</span>")
        return out + "</blockquote>"

    def readmore(self, t, href):
        return self.rec("related links", f'<p class="c-paragraph b-article-body__interstitial-link"><b>Read more:</b> <a href="{href}">{self.e(t)}</a></p>')

    def ad(self):
        self.k = getattr(self, "k", 0) + 1
        return (f'<div class="ad-slot ad-slot--inline arcad b-article-body__ad" id="arcad_feature-0-{self.k}" data-testid="ad-slot" data-ad-name="article-inline-{self.k}">'
                + self.rec("ad marker", '<div class="ad-slot__label">ADVERTISEMENT</div>')
                + '<div class="arcad_container" style="min-height: 250px;"></div></div>')


def drupal(s, fname):
    o = s["opts"]
    F = Recorder()
    url = url_of(s)
    base = f'https://{s["domain"]}'
    files = "./" + fname[:-5] + "_files/"
    dia = DrupalDialect(F, "raw", files)
    body_html, gold = render_body(s, dia)
    nid = int(s["path"].split("/")[-1]) if s["path"].startswith("/node/") else 30000 + s["n"] * 211
    pub = iso(s["date"], s["time"], "+01:00")
    mod = iso(s["updated"] or s["date"], "09:30:00" if s["updated"] else s["time"], "+01:00")
    dte = d(s["date"])
    drupal_date = f'{["Mon","Tue","Wed","Thu","Fri","Sat","Sun"][dte.weekday()]}, {dte.month:02d}/{dte.day:02d}/{dte.year} - {s["time"][:5]}'

    head = ['<meta charset="utf-8">',
            f'<title>{o["head_title"]}</title>',
            f'<meta name="description" content="{attr(first_sentence(s))}">']
    if o.get("canonical", True):
        head.append(f'<link rel="canonical" href="{url}">')
    head.append(f'<link rel="shortlink" href="{base}/node/{nid}">')
    if o.get("og"):
        head += [f'<meta property="og:site_name" content="{attr(s["site"])}">', '<meta property="og:type" content="article">',
                 f'<meta property="og:url" content="{url}">', f'<meta property="og:title" content="{attr(vis(esc(s["title"])))}">',
                 f'<meta property="og:image" content="{base}/sites/default/files/styles/og_image/public/{s["date"][:7]}/lead.jpg">',
                 f'<meta property="article:published_time" content="{pub}">', f'<meta property="article:modified_time" content="{mod}">']
        for t in o.get("tags", []):
            head.append(f'<meta property="article:tag" content="{attr(t)}">')
    if o.get("meta_author") and s["author"]:
        head.append(f'<meta name="author" content="{attr(s["author"])}">')
    head += ['<meta name="Generator" content="Drupal 10 (https://www.drupal.example)">', '<meta name="MobileOptimized" content="width">',
             '<meta name="HandheldFriendly" content="true">', '<meta name="viewport" content="width=device-width, initial-scale=1.0">']
    if o.get("jsonld") == "newsarticle":
        head.append(jsonld({"@context": "https://schema.org", "@graph": [{
            "@type": "NewsArticle", "headline": vis(esc(s["title"])), "name": vis(esc(s["title"])),
            "about": o.get("tags", []), "description": first_sentence(s),
            "image": {"@type": "ImageObject", "url": f"{base}/sites/default/files/{s['date'][:7]}/lead.jpg", "width": "1200", "height": "800"},
            "datePublished": pub, "dateModified": mod,
            "author": {"@type": "Person", "name": s["author"]},
            "publisher": {"@type": "NewsMediaOrganization", "@id": base + "/", "name": s["site"], "url": base + "/",
                          "logo": {"@type": "ImageObject", "url": f"{base}/themes/custom/{o['drupal_theme']}/logo.png"}},
            "mainEntityOfPage": url}]}))
    head += [f'<link rel="icon" href="{base}/themes/custom/{o["drupal_theme"]}/favicon.ico" type="image/vnd.microsoft.icon">',
             f'<link rel="stylesheet" media="all" href="{files}css_k2M9aLZm1nQq8.css">',
             f'<script src="{files}js_Wd0bRZt4ktP0.js"></script>',
             '<script>window.googletag = window.googletag || {cmd: []}; googletag.cmd.push(function() { googletag.defineSlot("/2218/' + o["drupal_theme"] + '/news", [[300, 250], [728, 90]], "gpt-leaderboard").addService(googletag.pubads()); googletag.enableServices(); });</script>']

    menu = DRUPAL_MENUS[s["n"]]
    header = ('<a href="#main-content" class="visually-hidden focusable skip-link">' + 'Skip to main content' + '</a>')
    header = F("navigation", header)
    header += ('<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="layout-container">'
               '<header role="banner" class="site-header"><div class="region region-header">'
               f'<div id="block-{o["drupal_theme"]}-branding" class="block block-system block-system-branding-block">'
               + F("other", f'<a href="{base}/" rel="home" class="site-logo"><img src="{files}logo.svg" alt="Home"></a><div class="site-name"><a href="{base}/" rel="home">{esc(s["site"])}</a></div>')
               + '</div>'
               + F("navigation", '<nav role="navigation" aria-labelledby="block-mainnavigation-menu" id="block-mainnavigation" class="block block-menu navigation menu--main">'
                   '<h2 class="visually-hidden" id="block-mainnavigation-menu">Main navigation</h2>'
                   + nav_ul(menu, 'class="menu"', "menu-item", base + "/") + '</nav>')
               + F("navigation", f'<div class="header-tools"><a href="{base}/search" class="search-link">Search</a> <a href="{base}/user/login" class="login-link">Log in</a> <a href="{base}/subscribe" class="subscribe-link">Subscribe</a></div>')
               + '</div></header>')
    header += ('<div class="region region-leaderboard"><div class="ad-container ad-leaderboard" id="div-gpt-leaderboard">'
               + F("ad marker", '<div class="ad-label">Advertisement</div>') + '<div id="gpt-leaderboard"></div></div></div>')
    crumbs = o.get("breadcrumb", ["Home", "News"])
    header += ('<div class="region region-breadcrumb"><div id="block-breadcrumbs" class="block block-system block-system-breadcrumb-block">'
               + F("navigation", '<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol>'
                   + "".join(f'<li><a href="{base}/{"" if c == "Home" else slugify(c)}">{esc(c)}</a></li>' for c in crumbs) + '</ol></nav>')
               + '</div></div>')

    art = f'<article role="article" about="{s["path"]}" class="node node--type-article node--promoted node--view-mode-full">'
    art += f'<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">{esc(s["title"])}</span></h1>'
    meta = '<footer class="node__meta"><div class="node__submitted">'
    if s["author"]:
        meta += F("byline", f'<span class="byline">By <span class="field field--name-uid field--type-entity-reference field--label-hidden"><a href="{base}/author/{slugify(s["author"])}" hreflang="en">{esc(s["author"])}</a></span></span>')
    elif o.get("staff_byline"):
        meta += F("byline", f'<span class="byline">By <span class="field field--name-field-byline-text field--type-string field--label-hidden">{esc(o["staff_byline"])}</span></span>')
    meta += " " + F("date line", f'<span class="field field--name-created field--type-created field--label-hidden"><time datetime="{pub}" title="{drupal_date}" class="datetime">{drupal_date}</time></span>')
    if s["updated"]:
        ud = d(s["updated"])
        meta += " " + F("date line", f'<span class="field field--name-changed field--type-changed"><span class="label">Updated</span> <time datetime="{mod}" class="datetime">{["Mon","Tue","Wed","Thu","Fri","Sat","Sun"][ud.weekday()]}, {ud.month:02d}/{ud.day:02d}/{ud.year} - 09:30</time></span>')
    meta += '</div></footer>'
    art += meta
    art += ('<div class="node__share">' + F("share prompt", '<div class="social-share"><span class="social-share__label">Share this article</span> '
            f'<a href="{base}/share?u={s["path"]}&amp;to=facebook" class="social-share__facebook">Facebook</a> <a href="{base}/share?u={s["path"]}&amp;to=x" class="social-share__x">X</a> '
            f'<a href="mailto:?subject={attr(vis(esc(s["title"])))}&amp;body={url}" class="social-share__email">Email</a> <a href="{base}/share?u={s["path"]}&amp;to=whatsapp" class="social-share__whatsapp">WhatsApp</a></div>') + '</div>')
    art += f'<div class="node__content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">\n{body_html}\n</div>'
    if o.get("source_line"):
        art += F("other", f'<div class="field field--name-field-source field--type-string field--label-hidden field__item"><p class="source-line">{esc(o["source_line"])}</p></div>')
    if o.get("correction"):
        art += F("other", f'<div class="field field--name-field-correction field--type-text-long field--label-hidden field__item"><p class="correction"><em>{esc(o["correction"])}</em></p></div>')
    if o.get("amended"):
        art += F("other", f'<div class="field field--name-field-amendment field--type-text-long field--label-hidden field__item"><p class="amended-note">{esc(o["amended"])}</p></div>')
    tags = o.get("tags", [])
    art += ('<div class="field field--name-field-tags field--type-entity-reference field--label-above clearfix">'
            + F("tags", '<div class="field__label">Tags</div><div class="field__items">' + "".join(f'<div class="field__item"><a href="{base}/taxonomy/term/{100+i*7}" hreflang="en">{esc(t)}</a></div>' for i, t in enumerate(tags)) + '</div>')
            + '</div>')
    art += '</div></article>'

    related = pool(s["n"], 3, 2)
    related_block = ('<div class="views-element-container block block-views block-views-blockrelated-articles-block-1"><h2 class="block-title">' + 'Related articles' + '</h2>')
    related_block = F("related links", related_block + '<div class="view view-related-articles"><div class="view-content">'
                      + "".join(f'<div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="{base}/news/{slugify(t)}" hreflang="en">{esc(t)}</a></span></div></div>' for t in related)
                      + '</div></div></div>')

    most = pool(s["n"], 5, 30)
    sidebar = '<aside class="layout-sidebar-second" role="complementary"><div class="region region-sidebar">'
    sidebar += ('<div class="ad-container ad-mpu" id="div-gpt-mpu">' + F("ad marker", '<div class="ad-label">Advertisement</div>') + '<div id="gpt-mpu-1"></div></div>')
    sidebar += F("related links", '<div id="block-mostread" class="block block-views block-views-blockmost-read-block-1"><h2 class="block-title">Most read</h2><div class="view view-most-read"><div class="view-content"><ol>'
                 + "".join(f'<li><a href="{base}/news/{slugify(t)}">{esc(t)}</a></li>' for t in most) + '</ol></div></div></div>')
    nl_title = {17: "Get the Herald’s morning briefing", 18: "Sign up to the Courier newsletter", 19: "The Tribune, in your inbox"}[s["n"]]
    sidebar += ('<div id="block-newsletter" class="block block-newsletter-signup">'
                + F("newsletter prompt", f'<h2 class="block-title">{esc(nl_title)}</h2>')
                + F("newsletter prompt", '<p>The day’s top local stories, delivered before 7am. Free, and you can unsubscribe at any time.</p>')
                + f'<form class="newsletter-signup-form" data-drupal-selector="newsletter-signup-form" action="{s["path"]}" method="post" id="newsletter-signup-form" accept-charset="UTF-8">'
                + F("newsletter prompt", '<div class="js-form-item form-item js-form-type-email form-type-email"><label for="edit-email" class="js-form-required form-required">Email address</label><input data-drupal-selector="edit-email" type="email" id="edit-email" name="email" value="" size="60" maxlength="254" class="form-email required" required="required" aria-required="true"></div>')
                + '<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input data-drupal-selector="edit-submit" type="submit" id="edit-submit" name="op" value="Sign up" class="button js-form-submit form-submit"></div></form></div>')
    sidebar += '</div></aside>'

    tagcloud = F("tags", '<div id="block-tagcloud" class="block block-tagclouds"><h2 class="block-title">Popular topics</h2><div class="tagclouds-term">'
                 + " ".join(f'<span class="tagclouds level{1 + (i % 5)}"><a href="{base}/taxonomy/term/{200+i}">{t}</a></span>' for i, t in enumerate(["Council", "Housing", "Schools", "Crime", "Weather", "Roads", "Health", "Farming", "Elections"])) + '</div></div>')

    footer = '<footer role="contentinfo" class="site-footer"><div class="region region-footer">'
    footer += F("navigation", '<nav role="navigation" aria-labelledby="block-footer-menu" id="block-footer" class="block block-menu navigation menu--footer"><h2 class="visually-hidden" id="block-footer-menu">Footer</h2>'
                + nav_ul(["About us", "Contact us", "Advertise with us", "Complaints", "Privacy notice", "Cookie settings", "Terms of use"], 'class="menu"', "menu-item", base + "/") + '</nav>')
    footer += F("copyright", f'<div id="block-copyright" class="block block-block-content"><div class="field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>&copy; {s["date"][:4]} {esc(s["site"])}. All rights reserved. No part of this site may be reproduced without our written permission.</p></div></div>')
    footer += '</div></footer>'

    settings = json.dumps({"path": {"baseUrl": "/", "pathPrefix": "", "currentPath": f"node/{nid}", "currentPathIsAdmin": False, "isFront": False, "currentLanguage": "en"},
                           "pluralDelimiter": "\u0003", "suppressDeprecationErrors": True,
                           "ajaxPageState": {"libraries": "eJxdjEEKwzAMBD_kWE8yir0tJrIlLAWav7eQ0kMvA8McZiEj0ccaQqy.9GrmGtsKwOAymSHbU", "theme": o["drupal_theme"], "theme_token": None},
                           "dataLayer": {"defaultLang": "en", "entityType": "node", "entityBundle": "article", "entityId": str(nid), "entityTitle": vis(esc(s["title"])),
                                         "entityCreated": str(int(dt.datetime.fromisoformat(s["date"] + "T" + s["time"]).timestamp())), "entityTaxonomy": {"tags": {str(100 + i * 7): t for i, t in enumerate(tags)}}},
                           "user": {"uid": 0, "permissionsHash": "5b3c0e9f1a7d2c4e8f6a0b1d3e5c7a9f2b4d6e8a0c1e3f5a7b9d1c3e5f7a9b1d"}}, ensure_ascii=False)

    html = f"""<!DOCTYPE html>
{saved_from(url)}
<html lang="en" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  og: http://ogp.me/ns#  schema: http://schema.org/"><head>
{chr(10).join(head)}
</head>
<body class="path-node page-node-type-article">
{header}
<main role="main"><a id="main-content" tabindex="-1"></a>
<div class="layout-content"><div class="region region-content">
<div data-drupal-messages-fallback class="hidden"></div>
<div id="block-{o["drupal_theme"]}-content" class="block block-system block-system-main-block">
{art}
</div>
{related_block}
{tagcloud}
</div></div>
{sidebar}
</main>
{footer}
</div></div>
<script type="application/json" data-drupal-selector="drupal-settings-json">{settings}</script>
<script src="{files}js_mH1rU2kB0s8E.js"></script>
</body></html>
"""
    return html, gold_entry(s, fname, gold, F, canonical=o.get("canonical", True))


ARC_NAV = {
    "caldmere": ["Local", "Transportation", "Politics", "Business", "Sports", "Opinions", "Food", "Obituaries"],
    "capital": ["News", "Health", "Politics", "Education", "Business", "Sports", "Opinion", "Puzzles"],
    "northgate": ["News", "Local", "Weather", "Sports", "Entertainment", "Business", "Opinion", "Obits"],
}


def arc(s, fname):
    o = s["opts"]
    F = Recorder()
    url = url_of(s)
    base = f'https://www.{s["domain"]}' if False else f'https://{s["domain"]}'
    files = "./" + fname[:-5] + "_files/"
    dia = ArcDialect(F, "raw", files)
    body_html, gold = render_body(s, dia)
    tz = "-05:00" if s["date"][5:7] in ("01", "02", "03", "11", "12") else "-04:00"
    pub = iso(s["date"], s["time"], tz)
    mod = iso(s["updated"] or s["date"], "09:15:00" if s["updated"] else s["time"], tz)
    site_key = o["arc_site"]
    authors = s.get("authors") or ([s["author"]] if s["author"] else [])
    arc_id = "".join(chr(65 + (ord(c) * 7 + s["n"]) % 26) for c in s["slug"][:26])

    head = ['<meta charset="utf-8">', '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f'<title>{o["head_title"]}</title>',
            f'<link rel="canonical" href="{url}">',
            f'<meta name="description" content="{attr(first_sentence(s))}">',
            f'<meta property="og:title" content="{attr(vis(esc(s["title"])))}">',
            f'<meta property="og:description" content="{attr(first_sentence(s))}">',
            f'<meta property="og:url" content="{url}">',
            f'<meta property="og:site_name" content="{attr(s["site"])}">',
            '<meta property="og:type" content="article">',
            f'<meta property="og:image" content="https://{s["domain"]}/resizer/v2/{arc_id}.jpg?auth=9c1b&amp;width=1200&amp;height=630">',
            '<meta name="twitter:card" content="summary_large_image">']
    if o.get("jsonld") != "newsarticle-dateonly":
        head.append(f'<meta property="article:published_time" content="{pub}">')
        head.append(f'<meta property="article:modified_time" content="{mod}">')
    head.append(f'<meta property="article:section" content="{o["section"]}">')
    if o.get("meta_author") and authors:
        head.append(f'<meta name="author" content="{attr(", ".join(authors))}">')
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": vis(esc(s["title"])),
          "description": first_sentence(s),
          "image": [f"https://{s['domain']}/resizer/v2/{arc_id}.jpg?width=1200&height=800"],
          "datePublished": pub, "dateModified": mod,
          "author": [{"@type": "Person", "name": a, "url": f"https://{s['domain']}/people/{slugify(a)}/"} for a in authors],
          "publisher": {"@type": "NewsMediaOrganization", "name": s["site"], "logo": {"@type": "ImageObject", "url": f"https://{s['domain']}/pf/resources/images/logo.png"}},
          "mainEntityOfPage": {"@type": "WebPage", "@id": url}, "isAccessibleForFree": False,
          "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".b-article-body"}}
    head.append(jsonld(ld))
    head += [f'<link rel="stylesheet" href="{files}{site_key}.css">',
             f'<script async src="{files}pb-ads.js"></script>',
             '<script>window.arcAdsPrebidConfig = {"timeout": 1200, "bidders": ["appnexus", "rubicon"]}; window.dataLayer = window.dataLayer || []; window.dataLayer.push({"contentType": "story", "section": "' + o["section"] + '"});</script>',
             '<style>.ad-slot__label{font:11px/1.2 sans-serif;letter-spacing:.08em;color:#6b6b6b;text-align:center;margin:0 0 4px}.c-paragraph{font-size:1.125rem;line-height:1.6}</style>']

    nav = ('<header class="b-header-nav-chain"><div class="b-header-nav-chain__top-layout">'
           + F("navigation", f'<a class="b-skip-link" href="#main">Skip to main content</a>')
           + F("navigation", '<nav class="b-header-nav-chain__nav" aria-label="Sections Menu"><button class="c-button c-button--small" aria-label="Sections">Sections</button>'
               + nav_ul(ARC_NAV[site_key], 'class="b-links-bar"', "b-links-bar__item", f"https://{s['domain']}/") + '</nav>')
           + F("other", f'<a href="https://{s["domain"]}/" class="b-header-nav-chain__logo" aria-label="{attr(s["site"])}"><img src="{files}logo.svg" alt="{attr(s["site"])}"><span class="b-header-nav-chain__site-name">{esc(s["site"])}</span></a>')
           + F("membership appeal", f'<div class="b-header-nav-chain__actions"><a class="c-button c-button--primary" href="https://{s["domain"]}/subscribe/">Subscribe</a> <a class="c-button" href="https://{s["domain"]}/account/login/">Sign In</a></div>')
           + '</div></header>')
    top_ad = ('<div class="ad-slot ad-slot--leaderboard arcad" id="arcad_leaderboard-0">' + F("ad marker", '<div class="ad-slot__label">Advertisement</div>') + '<div class="arcad_container" style="min-height: 90px;"></div></div>')

    art = '<div class="b-article-header">'
    art += F("navigation", f'<div class="b-overline"><a class="c-overline" href="https://{s["domain"]}/{slugify(o["section"])}/">{esc(o["section"])}</a></div>')
    art += f'<h1 class="b-headline c-heading">{esc(s["title"])}</h1>'
    if authors:
        names = " and ".join(f'<a class="c-link" href="https://{s["domain"]}/people/{slugify(a)}/">{esc(a)}</a>' for a in authors)
        art += F("byline", f'<div class="b-byline"><span class="b-byline__by">By</span> <span class="b-byline__names">{names}</span></div>')
    if o.get("visible_date") == "relative":
        art += F("date line", '<div class="b-date"><span class="c-date">Updated 3 hours ago</span></div>')
    else:
        vd = f'{long_date(s["date"])} at {int(s["time"][:2]) % 12 or 12}:{s["time"][3:5]} {"a.m." if int(s["time"][:2]) < 12 else "p.m."} {"EST" if tz == "-05:00" else "EDT"}'
        if s["updated"]:
            vd += f' | Updated {long_date(s["updated"])} at 9:15 a.m. {"EST" if tz == "-05:00" else "EDT"}'
        art += F("date line", f'<div class="b-date"><time class="c-date" datetime="{pub}">{vd}</time></div>')
    art += F("share prompt", '<div class="b-share-bar" role="group" aria-label="Share this article">'
             + "".join(f'<button class="c-button c-button--icon b-share-bar__button" data-social="{k}" aria-label="Share on {l}"><span class="visually-hidden">Share on {l}</span></button>' for k, l in (("facebook", "Facebook"), ("x", "X"), ("linkedin", "LinkedIn"), ("email", "Email")))
             + '<button class="c-button b-share-bar__button b-share-bar__gift">Gift this article</button></div>')
    art += '</div>'
    art += f'<article class="b-article-body" id="article-body">\n{body_html}\n</article>'
    if o.get("amended"):
        art += F("other", f'<div class="b-correction"><p class="c-paragraph c-paragraph--correction"><i>{esc(o["amended"])}</i></p></div>')
    art += F("tags", '<div class="b-tag-list"><span class="b-tag-list__label">More on:</span> ' + " ".join(f'<a class="c-pill" href="https://{s["domain"]}/topics/{slugify(t)}/">{esc(t)}</a>' for t in [o["section"]] + pool(s["n"], 1, 3)[:0] + {"caldmere": ["Bike share", "Caldmere City Hall"], "capital": ["Hospitals", "Unions"], "northgate": ["Heat wave", "Parks"]}[site_key]) + '</div>')
    if authors:
        bio = {"caldmere": "covers transportation and City Hall for the Courant.", "capital": "report on health care and hospitals for the Ledger-Dispatch.", "northgate": "is a general assignment reporter at the Post."}[site_key]
        who = " and ".join(esc(a) for a in authors)
        art += F("author box", f'<div class="b-author-bio"><p class="b-author-bio__text"><b>{who}</b> {bio}</p></div>')

    most = pool(s["n"], 5, 13)
    rail = ('<aside class="b-right-rail">'
            + '<div class="ad-slot ad-slot--right-rail arcad" id="arcad_rr-0">' + F("ad marker", '<div class="ad-slot__label">Advertisement</div>') + '<div class="arcad_container" style="min-height: 250px;"></div></div>'
            + F("related links", '<div class="b-top-table-list b-most-read"><h2 class="c-heading b-most-read__title">Most Read</h2><ol>' + "".join(f'<li class="b-most-read__item"><a href="https://{s["domain"]}/news/{slugify(t)}/">{esc(t)}</a></li>' for t in most) + '</ol></div>')
            + '<div class="b-newsletter-signup">'
            + F("newsletter prompt", f'<h3 class="c-heading">{"The Morning Courant" if site_key == "caldmere" else ("Health Check" if site_key == "capital" else "Northgate Today")}</h3>')
            + F("newsletter prompt", '<p class="c-paragraph">Get the stories that matter delivered to your inbox every weekday morning.</p>')
            + F("newsletter prompt", '<form class="b-newsletter-signup__form"><input type="email" placeholder="Email address" aria-label="Email address"><button class="c-button c-button--primary" type="submit">Sign Up</button></form>')
            + F("newsletter prompt", '<p class="c-paragraph c-paragraph--small">By signing up you agree to our Terms of Use and Privacy Policy.</p>')
            + '</div></aside>')

    paywall = ('<div class="b-paywall-banner" id="paywall-banner" data-campaign="metered-3">'
               + F("membership appeal", f'<p class="b-paywall-banner__text">You have read 2 of 3 free articles this month. Subscribe for just $1 a week to keep reading {esc(s["site"])}.</p>')
               + F("membership appeal", f'<a class="c-button c-button--primary" href="https://{s["domain"]}/subscribe/?campaign=metered-3">See subscription options</a>')
               + '</div>')

    foot = ('<footer class="b-footer">'
            + F("navigation", '<nav class="b-footer__links">' + nav_ul(["Contact Us", "Customer Service", "Advertise", "Careers", "Terms of Use", "Privacy Policy", "Do Not Sell My Personal Information", "Accessibility"], 'class="b-footer__list"', "b-footer__item", f"https://{s['domain']}/") + '</nav>')
            + F("copyright", f'<p class="b-footer__copyright">&copy; {s["date"][:4]} {esc(s["site"])}. All rights reserved. This website is powered by a content management system licensed from a third party.</p>')
            + '</footer>')

    fusion = {"_id": arc_id, "type": "story", "version": "0.10.9", "canonical_url": s["path"], "canonical_website": site_key,
              "headlines": {"basic": vis(esc(s["title"])), "meta_title": vis(o["head_title"])},
              "description": {"basic": first_sentence(s)},
              "credits": {"by": [{"_id": slugify(a), "type": "author", "name": a, "byline": a} for a in authors]},
              "display_date": pub.replace(tz, "Z") if False else pub, "first_publish_date": pub, "last_updated_date": mod, "publish_date": mod,
              "taxonomy": {"primary_section": {"_id": "/" + slugify(o["section"]), "name": o["section"]}},
              "label": {"basic": {"display": False, "text": ""}}, "subtype": "standard", "content_restrictions": {"content_code": "metered"}}
    fusion_js = ('window.Fusion=window.Fusion||{};Fusion.arcSite="' + site_key + '";Fusion.contextPath="/pf";Fusion.deployment="1184";'
                 'Fusion.globalContent=' + json.dumps(fusion, ensure_ascii=False) + ';Fusion.globalContentConfig={"source":"content-api","query":{"_website_url":"' + s["path"] + '","website":"' + site_key + '"}};'
                 'Fusion.lastModified=1700000000000;Fusion.contentCache={};Fusion.layout="article-right-rail";Fusion.metas={"title":{"value":"' + s["site"].replace('"', '') + '"}};')

    html = f"""<!DOCTYPE html>
{saved_from(url)}
<html lang="en"><head>
{chr(10).join(head)}
</head>
<body>
<div id="fusion-app" class="layout-section wrap-bottom">
{nav}
{top_ad}
<main id="main" class="b-single-column-regular b-article-right-rail">
<div class="container layout-section"><div class="row"><div class="col-sm-12 col-md-xl-8 b-main-column">
{art}
</div><div class="col-sm-12 col-md-xl-4">
{rail}
</div></div></div>
</main>
{paywall}
{foot}
</div>
<script id="fusion-metadata" type="application/javascript">{fusion_js}</script>
<script src="{files}engine.js"></script>
<script src="{files}react.js"></script>
</body></html>
"""
    return html, gold_entry(s, fname, gold, F)
