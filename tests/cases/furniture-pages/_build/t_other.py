# -*- coding: utf-8 -*-
"""Republishing aggregators, think-tank editorials and content farms."""
from base import *

AGG = {
    "commons": dict(nav=["Latest", "Regions", "Themes", "Partners", "About", "Membership"], tagline="Local journalism, shared widely",
                    press="press@commonswire.example", member="Support independent journalism. Become a member of Commons Wire Exchange from 4 a month, or make a one-off donation."),
    "voices": dict(nav=["Home", "Regions", "Topics", "Republish", "Our partners", "Donate"], tagline="Stories from the places the big outlets skip",
                   press="media@regionalvoices.example", member="Regional Voices Network is funded by readers like you. Make a donation today and help us keep every story free to read and free to republish."),
    "ledger": dict(nav=["Front page", "Regions", "Themes", "Data", "About the syndicate"], tagline="A cooperative news exchange",
                   press="desk@openledgersyndicate.example", member="Open Ledger Syndicate is run by its member newsrooms. Readers can join as supporting members for the price of a coffee a month."),
    "interlink": dict(nav=["News", "Regions", "Themes", "Member newsrooms", "Contact"], tagline="Republished news from local newsrooms",
                      press="inquiries@interlinkpress.example", member="Interlink Press Commons depends on reader donations. If you value local news, please chip in what you can."),
    "agora": dict(nav=["Latest", "By region", "By theme", "Newsrooms", "About", "Give"], tagline="Relaying local reporting to a wider audience",
                  press="press@agoranewsrelay.example", member="Keep the relay running: become a monthly member of Agora News Relay, or give once."),
}


def aggregator(s, fname):
    o = s["opts"]
    F = Recorder()
    url = url_of(s)
    base = f'https://{s["domain"]}'
    files = "./" + fname[:-5] + "_files/"
    cfg = AGG[o["agg_style"]]
    dia = Dialect(F, "named" if o["agg_style"] in ("commons", "agora") else "raw", files)
    body_html, gold = render_body(s, dia)
    pub = iso(s["date"], s["time"], "+02:00")
    author = s["author"]
    style = o["agg_style"]

    head = ['<meta charset="utf-8">', '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f'<title>{o["head_title"]}</title>',
            f'<meta name="description" content="{attr(first_sentence(s))}">']
    if style != "ledger":
        head.append(f'<link rel="canonical" href="{url}">')
    else:
        head.append(f'<link rel="canonical" href="{url}">')
    head += [f'<meta property="og:site_name" content="{attr(s["site"])}">',
             f'<meta property="og:title" content="{attr(vis(esc(s["title"])))}">',
             '<meta property="og:type" content="article">', f'<meta property="og:url" content="{url}">']
    if style in ("commons", "voices", "agora"):
        head.append(f'<meta property="article:published_time" content="{pub}">')
    if author and style in ("ledger", "voices", "agora"):
        head.append(f'<meta name="author" content="{attr(author)}">')
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": vis(esc(s["title"])),
          "datePublished": pub, "publisher": {"@type": "Organization", "name": s["site"]},
          "isBasedOn": {"@type": "NewsArticle", "publisher": {"@type": "Organization", "name": s["original"]}, "datePublished": s["original_date"]},
          "mainEntityOfPage": url}
    if author:
        ld["author"] = {"@type": "Person", "name": author}
    if style != "commons":
        head.append(jsonld(ld))
    head += [f'<link rel="stylesheet" href="{files}main.css">', f'<script defer src="{files}app.js"></script>',
             '<script>window.plausible = window.plausible || function() { (window.plausible.q = window.plausible.q || []).push(arguments) }</script>']
    if style == "voices":
        head.append('<script type="application/json" id="republish-config">' + json.dumps({"license": "CC BY-ND 4.0", "tracking_pixel": True, "post_id": 7700 + s["n"]}) + '</script>')

    hdr = ('<header class="site-header">'
           + F("navigation", '<a class="skip" href="#content">Skip to content</a>')
           + F("other", f'<div class="brand"><a href="{base}/" class="brand__name">{esc(s["site"])}</a> <span class="brand__tagline">{esc(cfg["tagline"])}</span></div>')
           + F("navigation", '<nav class="primary-nav" aria-label="Main">' + nav_ul(cfg["nav"], 'class="primary-nav__list"', "primary-nav__item", base + "/") + '</nav>')
           + F("membership appeal", f'<a class="btn btn--donate" href="{base}/donate">Donate</a>')
           + '</header>')

    art = '<article class="story" id="content">'
    art += '<header class="story__header">'
    art += F("tags", '<div class="story__kicker">' + " ".join(f'<a class="kicker" href="{base}/themes/{slugify(t)}">{esc(t)}</a>' for t in o["themes"][:1]) + '</div>')
    art += f'<h1 class="story__title">{dia.e(s["title"])}</h1>'
    meta = '<div class="story__meta">'
    if author and not o.get("author_only_meta"):
        meta += F("byline", f'<p class="story__byline">By <a href="{base}/authors/{slugify(author)}" rel="author">{esc(author)}</a>, {esc(s["original"])}</p>')
    elif o.get("staff_byline"):
        meta += F("byline", f'<p class="story__byline">By {esc(o["staff_byline"])}, {esc(s["original"])}</p>')
    date_txt = long_date(s["date"], "uk")
    meta += F("date line", f'<p class="story__date"><time datetime="{pub}">{date_txt}</time></p>')
    meta += '</div>'
    art += meta
    if style in ("commons", "agora"):
        art += F("share prompt", '<div class="share share--top"><span class="share__label">Share</span> <a href="#" class="share__link">Facebook</a> <a href="#" class="share__link">X</a> <a href="#" class="share__link">Email</a> <a href="#" class="share__link">Copy link</a></div>')
    art += '</header>'
    art += f'<div class="story__body entry-content">\n{body_html}\n</div>'
    # origin line
    origin = {
        "commons": f'This article was originally published by {s["original"]} and is republished here under a content-sharing agreement.',
        "voices": f'This article was originally published by {s["original"]} on {long_date(s["original_date"], "uk")}.',
        "ledger": f'This article was originally published by {s["original"]}. Read the original article.',
        "interlink": f'This article was originally published by {s["original"]}. It is republished with permission as part of the Interlink newsroom exchange.',
        "agora": f'This article was originally published by {s["original"]} on {long_date(s["original_date"], "uk")} and is relayed here with permission.',
    }[style]
    art += F("source-link stub", f'<p class="story__origin"><em>{esc(origin)}</em></p>')
    art += F("copyright", f'<p class="story__copyright">&copy; {s["date"][:4]} {esc(s["original"])}. Republished with permission.</p>')
    art += ('<footer class="story__footer">'
            + F("tags", '<div class="taxonomy taxonomy--regions"><span class="taxonomy__label">Regions:</span> ' + ", ".join(f'<a href="{base}/regions/{slugify(r)}">{esc(r)}</a>' for r in o["regions"]) + '</div>')
            + F("tags", '<div class="taxonomy taxonomy--themes"><span class="taxonomy__label">Themes:</span> ' + ", ".join(f'<a href="{base}/themes/{slugify(t)}">{esc(t)}</a>' for t in o["themes"]) + '</div>')
            + F("share prompt", '<div class="share share--bottom"><p class="share__prompt">Found this useful? Use the share buttons above or below to pass it on.</p>'
                '<a href="#" class="share__link">Facebook</a> <a href="#" class="share__link">X</a> <a href="#" class="share__link">LinkedIn</a> <a href="#" class="share__link">Email</a></div>')
            + '</footer>')
    art += '</article>'

    if o.get("republish_box"):
        art += ('<aside class="republish-box">' + F("other", '<h2>Republish this article</h2>')
                + F("copyright", '<p>You are free to republish this story online or in print under a Creative Commons licence, as long as you credit the author and the original outlet and do not edit the text.</p>')
                + F("other", '<button class="btn" data-action="republish">Republish this article</button>') + '</aside>')

    appeal = ('<aside class="membership-appeal">'
              + F("membership appeal", f'<h2 class="membership-appeal__title">{"Before you go…" if style != "interlink" else "Local news needs you"}</h2>')
              + F("membership appeal", f'<p>{esc(cfg["member"])}</p>')
              + F("membership appeal", f'<p><a class="btn btn--primary" href="{base}/membership">Become a member</a> <a class="btn" href="{base}/donate">Donate once</a></p>')
              + '</aside>')

    by = author or (o.get("staff_byline"))
    more = ""
    if by:
        more = ('<section class="author-articles">' + F("author box", f'<h2>Articles by {esc(by)}</h2>')
                + F("related links", '<ul>' + "".join(f'<li><a href="{base}/stories/{slugify(t)}">{esc(t)}</a></li>' for t in pool(s["n"], 3, 6)) + '</ul>')
                + '</section>')
    related = F("related links", '<section class="related"><h2>More from this region</h2><ul>' + "".join(f'<li><a href="{base}/stories/{slugify(t)}">{esc(t)}</a></li>' for t in pool(s["n"], 4, 19)) + '</ul></section>')

    foot = ('<footer class="site-footer">'
            + F("media inquiry", f'<p class="site-footer__press">For media inquiries contact <a href="mailto:{cfg["press"]}">{cfg["press"]}</a>.</p>')
            + F("navigation", '<nav aria-label="Footer">' + nav_ul(["About", "Partner newsrooms", "Republishing guidelines", "Privacy", "Contact"], 'class="footer-nav"', "footer-nav__item", base + "/") + '</nav>')
            + F("copyright", f'<p class="site-footer__copy">&copy; {s["date"][:4]} {esc(s["site"])}. Articles remain the copyright of their original publishers.</p>')
            + '</footer>')

    html = f"""<!DOCTYPE html>
{saved_from(url)}
<html lang="en"><head>
{chr(10).join(head)}
</head>
<body class="single single-story theme-{style}">
{hdr}
<main class="site-main">
{art}
{appeal}
{more}
{related}
</main>
{foot}
<img src="{files}pixel.gif" width="1" height="1" alt="" style="display:none" class="republication-tracker">
</body></html>
"""
    return html, gold_entry(s, fname, gold, F)


TT = {
    "halvorsen": dict(nav=["Research", "Commentary", "Events", "Data", "Experts", "About"], short="Halvorsen Institute", sub="Sign up for the Halvorsen fiscal briefing"),
    "coastal": dict(nav=["Publications", "Projects", "Events", "People", "About SCCP"], short="SCCP", sub="Get our policy briefings by email"),
    "fairhaven": dict(nav=["Editorials", "Reports", "Fellows", "Events", "Support us"], short="Fairhaven Policy Forum", sub="The Forum Weekly: our editorials, every Friday"),
    "calloway": dict(nav=["Ideas", "Research", "Cities", "Podcast", "About"], short="Calloway Institute", sub="Subscribe to Calloway Ideas"),
}


def thinktank(s, fname):
    o = s["opts"]
    F = Recorder()
    url = url_of(s)
    base = f'https://{s["domain"]}'
    files = "./" + fname[:-5] + "_files/"
    cfg = TT[o["tt_style"]]
    dia = Dialect(F, "raw", files)
    pub = iso(s["date"], s["time"], "+01:00")
    mod = iso(s["updated"], "12:00:00", "+01:00") if s["updated"] else pub

    def tt_fig(cap, credit):
        c = F("caption", f'<span class="hero__caption">{esc(cap)}</span>')
        if credit:
            c += " " + F("photo credit", f'<span class="hero__credit">{esc(credit)}</span>')
        return f'<figure class="hero"><img src="{files}hero.jpg" alt="" width="1600" height="900"><figcaption>{c}</figcaption></figure>'
    dia.figure = tt_fig
    ins = s.get("inserts", {})
    hero_ins = ins.get(-1, [])
    s2 = dict(s, inserts={k: v for k, v in ins.items() if k != -1})
    body_html, gold = render_body(s2, dia)
    hero = "".join(tt_fig(i[1], i[2]) for i in hero_ins if i[0] == "figure")
    style = o["tt_style"]

    head = ['<meta charset="utf-8">', '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f'<title>{o["head_title"]}</title>', f'<link rel="canonical" href="{url}">',
            f'<meta property="og:title" content="{attr(vis(esc(s["title"])))}">',
            f'<meta property="og:site_name" content="{attr(s["site"])}">', '<meta property="og:type" content="article">']
    if style in ("halvorsen", "calloway"):
        head.append(f'<meta name="author" content="{attr(s["author"])}">')
    if style != "fairhaven":
        head.append(f'<meta property="article:published_time" content="{pub}">')
    head.append(f'<meta property="article:modified_time" content="{mod}">')
    ld = {"@context": "https://schema.org", "@type": "NewsArticle" if style != "coastal" else "OpinionNewsArticle",
          "headline": vis(esc(s["title"])), "datePublished": pub, "dateModified": mod,
          "publisher": {"@type": "Organization", "name": s["site"], "url": base + "/"}, "mainEntityOfPage": url}
    if s["author"]:
        ld["author"] = {"@type": "Person", "name": s["author"], "jobTitle": "Senior Fellow"}
    else:
        ld["author"] = {"@type": "Organization", "name": f'{s["site"]} Editorial Board'}
    if style == "coastal":
        # the only machine-readable author is in JSON-LD for this site
        pass
    head.append(jsonld(ld))
    head += [f'<link rel="stylesheet" href="{files}site.css">', f'<link rel="stylesheet" href="{files}print.css" media="print">',
             f'<script src="{files}bundle.js" defer></script>']

    hdr = ('<header class="site-header" role="banner">'
           + F("navigation", '<a href="#main" class="visually-hidden-focusable">Skip to main content</a>')
           + F("other", f'<a class="site-logo" href="{base}/"><img src="{files}logo.svg" alt=""> <span>{esc(s["site"])}</span></a>')
           + F("navigation", '<nav class="main-menu" aria-label="Main menu">' + nav_ul(cfg["nav"], 'class="main-menu__list"', "main-menu__item", base + "/") + '</nav>')
           + F("navigation", f'<form class="site-search" action="{base}/search"><label for="q">Search</label><input id="q" name="q" type="search"></form>')
           + '</header>')

    top = '<div class="article-header">'
    top += F("tags", f'<p class="article-label">{esc(o["label"])}</p>')
    top += f'<h1 class="article-title">{esc(s["title"])}</h1>'
    if s["author"]:
        top += F("byline", f'<p class="article-byline">By <a href="{base}/experts/{slugify(s["author"])}">{esc(s["author"])}</a></p>')
    elif o.get("byline_text"):
        top += F("byline", f'<p class="article-byline">{esc(o["byline_text"])}</p>')
    top += F("date line", f'<p class="article-date">Published: <time datetime="{pub}">{long_date(s["date"], "uk")}</time></p>')
    if s["updated"]:
        top += F("date line", f'<p class="article-date article-date--updated">Last updated: <time datetime="{mod}">{long_date(s["updated"], "uk")}</time></p>')
    top += F("disclaimer", f'<p class="disclaimer disclaimer--top"><em>{esc(o["disclaimer"])}</em></p>')
    top += F("share prompt", '<div class="article-tools"><a href="#" class="tool tool--pdf">Download PDF</a> <a href="#" class="tool tool--print">Print</a> <a href="#" class="tool tool--share">Share</a> <a href="#cite" class="tool tool--cite">Cite this</a></div>')
    top += '</div>'

    after = F("disclaimer", f'<p class="disclaimer disclaimer--bottom">{esc(o["disclaimer"])}</p>')
    if s["author"]:
        bios = {"halvorsen": "is a senior fellow at the Halvorsen Institute, where she leads the municipal finance programme.",
                "coastal": "is director of the Centre's ports and shipping programme.",
                "calloway": "is a fellow in transport policy at the Calloway Institute for Cities."}
        after += ('<div class="author-card">' + F("author box", f'<p><strong>{esc(s["author"])}</strong> {esc(bios[style])}</p>') + '</div>')
    cite_year = s["date"][:4]
    after += F("other", f'<div class="cite-box" id="cite"><h2>Cite this</h2><p>{esc(s["author"] or s["site"] + " Editorial Board")} ({cite_year}). {esc(s["title"])}. {esc(s["site"])}.</p></div>')
    after += F("related links", '<section class="related-publications"><h2>Related publications</h2><ul>' + "".join(f'<li><a href="{base}/publications/{slugify(t)}">{esc(t)}</a></li>' for t in ["Paying for the pipes: municipal capital plans after 2020", "A primer on short-term municipal notes", "Who audits the auditors?"][:3 if style == "halvorsen" else 2]) + '</ul></section>')
    # headline stranded at the foot (e.g. from a print / 'back to top' widget)
    stranded = F("other", f'<div class="print-footer"><p class="print-footer__title">{esc(s["title"])}</p><p class="print-footer__url">{url}</p></div>')
    nl = ('<section class="newsletter">' + F("newsletter prompt", f'<h2>{esc(cfg["sub"])}</h2>')
          + F("newsletter prompt", '<form><input type="email" placeholder="Your email"><button type="submit">Subscribe</button></form>') + '</section>')
    foot = ('<footer class="site-footer">'
            + F("navigation", '<nav aria-label="Footer">' + nav_ul(["About", "Funding and transparency", "Careers", "Press", "Privacy"], 'class="footer-menu"', "footer-menu__item", base + "/") + '</nav>')
            + F("media inquiry", f'<p>Press and media: <a href="mailto:press@{s["domain"]}">press@{s["domain"]}</a></p>')
            + F("copyright", f'<p>&copy; {s["date"][:4]} {esc(s["site"])}. Registered charity no. {1100000 + s["n"] * 4127}.</p>')
            + '</footer>')

    html = f"""<!DOCTYPE html>
{saved_from(url)}
<html lang="en-GB"><head>
{chr(10).join(head)}
</head>
<body class="node-type-editorial">
{hdr}
<main id="main" class="main">
<article class="editorial">
{top}
{hero}
<div class="article-body rich-text">
{body_html}
</div>
{after}
</article>
{stranded}
{nl}
</main>
{foot}
</body></html>
"""
    return html, gold_entry(s, fname, gold, F)


def content_farm(s, fname):
    o = s["opts"]
    F = Recorder()
    url = url_of(s)
    base = f'https://{s["domain"]}'
    files = "./" + fname[:-5] + "_files/"
    dia = Dialect(F, "raw", files)
    body_html, gold = render_body(s, dia)
    style = o["farm_style"]
    pub = iso(s["date"], s["time"]) if s["date"] else None
    src = o["source_href"]
    canonical = o.get("canonical", True)

    head = ['<meta charset="UTF-8">', '<meta name="viewport" content="width=device-width, initial-scale=1.0">',
            f'<title>{o["head_title"]}</title>', "<meta name='robots' content='index, follow, max-image-preview:large'>"]
    if canonical:
        head.append(f'<link rel="canonical" href="{url}">')
    head += [f'<meta property="og:title" content="{attr(vis(esc(s["title"])))}">', f'<meta property="og:site_name" content="{attr(s["site"])}">',
             '<meta property="og:type" content="article">']
    if pub and style != "jnews":
        head.append(f'<meta property="article:published_time" content="{pub}">')
    if style == "generic":
        head.append('<meta name="author" content="admin">')
    if style == "tagdiv":
        head.append(jsonld({"@context": "https://schema.org", "@type": "Article", "headline": vis(esc(s["title"])),
                            "datePublished": pub, "author": {"@type": "Person", "name": "newsdesk"},
                            "publisher": {"@type": "Organization", "name": s["site"]}}))
    if style == "jnews":
        head.append(jsonld({"@context": "http://schema.org", "@type": "NewsArticle", "headline": vis(esc(s["title"])),
                            "datePublished": pub, "dateModified": pub, "author": {"@type": "Person", "name": "Editor"},
                            "publisher": {"@type": "Organization", "name": s["site"], "logo": {"@type": "ImageObject", "url": base + "/wp-content/uploads/logo.png"}},
                            "mainEntityOfPage": {"@type": "WebPage", "@id": url}}))
    head += ["<link rel='stylesheet' href='" + files + "td_legacy_main.css' type='text/css' media='all'>",
             "<script src='" + files + "jquery.min.js'></script>",
             '<script async src="' + files + 'adsbygoogle.js?client=ca-pub-0000000000000000" crossorigin="anonymous"></script>',
             '<script>var tdBlocksArray = []; var tds_general_modal_image = "yes"; var td_ajax_url = "' + base + '\\/wp-admin\\/admin-ajax.php?td_theme_name=Newspaper&v=12.6.3";</script>',
             '<meta name="generator" content="WordPress 6.2.2">']

    hdr = ('<div class="td-header-wrap tdc-row"><div class="td-header-top-menu">'
           + F("date line", f'<div class="td_data_time">{"Thursday, January 1, 1970" if not s["date"] else ""}</div>' if False else '<div class="td_data_time">Saturday, July 26, 2025</div>')
           + F("navigation", '<ul class="top-header-menu">' + "".join(f'<li class="menu-item"><a href="{base}/{slugify(x)}/">{x}</a></li>' for x in ["About Us", "Contact Us", "Privacy Policy", "DMCA", "Write For Us"]) + '</ul>')
           + '</div>'
           + F("other", f'<div class="td-logo-wrap"><a class="td-main-logo" href="{base}/"><img class="td-retina-data" src="{files}logo.png" alt="{attr(s["site"])}"><span class="td-visual-hidden">{esc(s["site"])}</span></a></div>')
           + F("navigation", '<div id="td-header-menu" role="navigation"><div class="menu-main-container"><ul id="menu-main" class="sf-menu">'
               + "".join(f'<li class="menu-item"><a href="{base}/category/{slugify(x)}/">{x}</a></li>' for x in ["Home", "World", "Business", "Sports", "Tech", "Entertainment", "Health", "Lifestyle"]) + '</ul></div></div>')
           + '<div class="td-a-rec td-a-rec-id-header"><ins class="adsbygoogle" style="display:inline-block;width:728px;height:90px" data-ad-client="ca-pub-0000000000000000" data-ad-slot="1234567890"></ins><script>(adsbygoogle = window.adsbygoogle || []).push({});</script></div>'
           + '</div>')

    crumbs = F("navigation", f'<div class="entry-crumbs"><span><a title="" class="entry-crumb" href="{base}/">Home</a></span> <i class="td-icon-right td-bread-sep"></i> <span><a class="entry-crumb" href="{base}/category/news/">News</a></span> <i class="td-icon-right td-bread-sep"></i> <span class="td-bred-no-url-last">{esc(s["title"])}</span></div>')

    meta = '<div class="td-module-meta-info">'
    if o.get("byline_text"):
        meta += F("byline", f'<div class="td-post-author-name"><div class="td-author-by">By</div> <a href="{base}/author/{slugify(o["byline_text"][3:])}/">{esc(o["byline_text"][3:])}</a><div class="td-author-line"> - </div></div>')
    if s["date"]:
        meta += F("date line", f'<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{pub}">{long_date(s["date"])}</time></span>')
    else:
        meta += F("date line", '<span class="td-post-date"><span class="td-module-date">Posted 2 days ago</span></span>')
    meta += F("other", '<div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-1">1,204</span></div>')
    meta += F("other", '<div class="td-post-comments"><a href="#respond"><i class="td-icon-comments"></i>0</a></div>')
    meta += '</div>'

    share_top = F("share prompt", '<div class="td-post-sharing td-post-sharing-top"><div class="td-post-sharing-visible"><span class="td-social-share-text">Share</span> '
                  + " ".join(f'<a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-{k}" href="{base}/share/{k}"><div class="td-social-but-text">{l}</div></a>' for k, l in (("facebook", "Facebook"), ("twitter", "Twitter"), ("pinterest", "Pinterest"), ("whatsapp", "WhatsApp")))
                  + '</div></div>')

    def content_block(extra_cls=""):
        inner = F("ad marker", '<p>[ad_1]</p>') if True else ""
        if o.get("scraped_byline"):
            inner += F("byline", f'<p><strong>{esc(o["scraped_byline"])}</strong></p>')
        inner += "\n" + body_html + "\n"
        inner += F("ad marker", '<p>[ad_2]') + "<br>\n" + F("source-link stub", f'<a href="{src}" target="_blank" rel="noopener">Source link</a>') + '</p>'
        return inner

    # The body copy is rendered once; for the triple-repeat page it is rendered three times.
    main_content = ('<div class="td-post-content tagdiv-type">\n'
                    + '<div class="td-post-featured-image"><a href="' + files + 'featured.jpg" data-caption=""><img width="696" height="464" class="entry-thumb" src="' + files + 'featured-696x464.jpg" alt="" title="' + attr(vis(esc(s["title"]))) + '"></a></div>\n'
                    + content_block() + '\n</div>')
    repeat_html = ""
    if s.get("repeats", 1) >= 2:
        # broken template: a page-builder block and a fallback block each print the full body again
        copy = body_html
        repeat_html += ('<div class="tdb_single_content tdi_77 td-pb-border-top td_block_template_1 td-post-content tagdiv-type"><div class="tdb-block-inner td-fix-index">\n'
                        + F("repeated body", copy) + '\n</div></div>\n')
        repeat_html += ('<div class="entry-content td-fallback-content">\n' + F("repeated body", copy) + '\n</div>\n')

    tags = {32: ["bridge", "closure", "Ostervik", "traffic"], 33: ["Calderwick Athletic", "football", "finance", "stadium"],
            34: ["drought", "farming", "wheat", "harvest"], 35: ["fares", "metro", "Westmark", "transport"]}[s["n"]]
    after = F("tags", '<div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>TAGS</span></li>' + "".join(f'<li><a href="{base}/tag/{slugify(t)}/">{esc(t)}</a></li>' for t in tags) + '</ul></div>')
    after += F("share prompt", '<div class="td-post-sharing-bottom"><span class="td-social-share-text">Like this article? Share it with your friends!</span> <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a> <a href="#">Telegram</a></div>')
    if o.get("byline_text"):
        after += F("author box", f'<div class="td-author-name vcard author"><span class="fn"><a href="{base}/author/{slugify(o["byline_text"][3:])}/">{esc(o["byline_text"][3:])}</a></span></div>')
    if style == "autoblog":
        after += F("disclaimer", f'<p class="auto-disclaimer"><em>Disclaimer: This story is auto-aggregated by a computer program and has not been created or edited by {esc(s["domain"].split(".")[0])}. Publisher: {esc(src.split("/")[2])}</em></p>')
    rel = pool(s["n"], 6, 23)
    after += F("related links", '<div class="td_block_wrap td_block_related_posts"><h4 class="td-related-title"><a class="td-related-left td-cur-simple-item" href="#">RELATED ARTICLES</a><a class="td-related-right" href="#">MORE FROM AUTHOR</a></h4><div class="td_block_inner">'
               + "".join(f'<div class="td-related-span4"><div class="td_module_related_posts td-animation-stack td_mod_related_posts"><h3 class="entry-title td-module-title"><a href="{base}/{slugify(t)}/" rel="bookmark" title="{attr(t)}">{esc(t)}</a></h3></div></div>' for t in rel)
               + '</div></div>')
    if style == "jnews":
        after += F("related links", '<div class="jp-relatedposts"><h3>Related posts:</h3><ol>' + "".join(f'<li><a href="{base}/{slugify(t)}/">{esc(t)}</a></li>' for t in pool(s["n"], 3, 31)) + '</ol></div>')

    form = ('<div class="comments" id="comments"><div id="respond" class="comment-respond">'
            + F("comment form", '<h4 id="reply-title" class="comment-reply-title">LEAVE A REPLY <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel reply</a></small></h4>')
            + f'<form action="{base}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>'
            + '<div class="clearfix"></div><div class="comment-form-input-wrap td-form-comment"><textarea placeholder="Comment:" id="comment" name="comment" cols="45" rows="8" aria-required="true"></textarea>'
            + F("comment form", '<div class="td-warning-comment">Please enter your comment!</div>') + '</div>'
            + '<div class="comment-form-input-wrap td-form-author"><input class="" id="author" name="author" placeholder="Name:*" type="text" value="" size="30" aria-required=\'true\'>'
            + F("comment form", '<div class="td-warning-author">Please enter your name here</div>') + '</div>'
            + '<div class="comment-form-input-wrap td-form-email"><input class="" id="email" name="email" placeholder="Email:*" type="text" value="" size="30" aria-required=\'true\'>'
            + F("comment form", '<div class="td-warning-email-error">You have entered an incorrect email address!</div>')
            + F("comment form", '<div class="td-warning-email">Please enter your email address here</div>') + '</div>'
            + F("comment form", '<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes"><label for="wp-comment-cookies-consent">Save my name, email, and website in this browser for the next time I comment.</label></p>')
            + '<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div>')

    side = ('<div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td-ss-main-sidebar">'
            + '<div class="td-a-rec td-a-rec-id-sidebar">' + F("ad marker", '<span class="td-adspot-title">- Advertisement -</span>') + '<ins class="adsbygoogle" style="display:inline-block;width:300px;height:250px"></ins></div>'
            + F("related links", '<div class="td_block_wrap td_block_popular"><h4 class="block-title"><span>Popular</span></h4><ul>' + "".join(f'<li><a href="{base}/{slugify(t)}/">{esc(t)}</a></li>' for t in pool(s["n"], 4, 37)) + '</ul></div>')
            + F("related links", '<div class="td_block_wrap td_block_latest"><h4 class="block-title"><span>Latest articles</span></h4><ul>' + "".join(f'<li><a href="{base}/{slugify(t)}/">{esc(t)}</a></li>' for t in pool(s["n"], 4, 8)) + '</ul></div>')
            + '</div></div>')

    foot = ('<div class="td-footer-wrap">'
            + F("other", f'<div class="footer-text-wrap">{esc(s["site"])} brings you the latest trending news from around the world, updated around the clock.</div>')
            + F("navigation", '<div class="footer-social-wrap"><span class="td-social-icon-wrap"><a href="#" title="Facebook">Facebook</a></span> <span class="td-social-icon-wrap"><a href="#" title="Twitter">Twitter</a></span> <span class="td-social-icon-wrap"><a href="#" title="Youtube">Youtube</a></span></div>')
            + F("copyright", f'<div class="td-sub-footer-copy">&copy; Copyright - {esc(s["site"])} {"- All rights reserved" if style != "tagdiv" else ""}</div>')
            + '</div>')

    html = f"""<!DOCTYPE html>
{saved_from(url)}
<html lang="en-US"><head>
{chr(10).join(head)}
</head>
<body class="post-template-default single single-post single-format-standard td-standard-pack global-block-template-1 td-full-layout" itemscope="itemscope" itemtype="https://schema.org/WebPage">
<div id="td-outer-wrap" class="td-theme-wrap">
{hdr}
<div class="td-main-content-wrap td-container-wrap"><div class="td-container td-post-template-default">
{crumbs}
<div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">
<article id="post-{90000 + s['n']}" class="post-{90000 + s['n']} post type-post status-publish format-standard has-post-thumbnail category-news" itemscope itemtype="https://schema.org/Article">
<div class="td-post-header"><header class="td-post-title"><h1 class="entry-title">{esc(s["title"])}</h1>
{meta}
</header></div>
{share_top}
{main_content}
{repeat_html}
<footer>{after}</footer>
</article>
{form}
</div></div>
{side}
</div></div></div>
{foot}
</div>
<script type="text/javascript" src="{files}tagdiv_theme.min.js"></script>
</body></html>
"""
    return html, gold_entry(s, fname, gold, F, canonical=canonical)
