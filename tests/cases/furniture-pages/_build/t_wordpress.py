# -*- coding: utf-8 -*-
"""Self-hosted WordPress and WordPress.com page templates."""
from base import *

MENUS = {
    1: ["Home", "City Hall", "Schools", "Business", "Sport", "Opinion", "About", "Contact"],
    2: ["Home", "About me", "Bridges", "Harbour history", "Contact"],
    3: ["News", "Drought", "Reservoir levels", "Data", "About us", "Donate"],
    4: ["Home", "Local", "Education", "County Board", "Events", "Submit a tip"],
    5: ["Home", "Work", "Housing", "Council", "Community", "Members"],
    6: ["Home", "News", "Housing", "What’s on", "Volunteer", "Contact"],
}


class WPDialect(Dialect):
    def h(self, level, t):
        return f'<h{level} class="wp-block-heading">{self.e(t)}</h{level}>'

    def lst(self, tag, items):
        return f'<{tag} class="wp-block-list">' + "".join(f"<li>{self.e(i)}</li>" for i in items) + f"</{tag}>"

    def figure(self, cap, credit):
        F = self.rec
        c = F("caption", self.e(cap))
        if credit:
            c += " " + F("photo credit", f"<em>{self.e(credit)}</em>")
        return (f'<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" '
                f'src="{self.files}photo-1024x683.jpg" alt="" class="wp-image-{len(cap)*37}" '
                f'sizes="(max-width: 1024px) 100vw, 1024px"><figcaption class="wp-element-caption">{c}</figcaption></figure>')

    def pullquote(self, t, cite):
        F = self.rec
        out = '<figure class="wp-block-pullquote"><blockquote>' + F("repeated body", f"<p>{self.e(t)}</p>")
        if cite:
            out += F("other", f"<cite>{self.e(cite)}</cite>")
        return out + "</blockquote></figure>"


def sharedaddy(F, url, pid, labels=("X", "Facebook", "LinkedIn", "Email", "Print")):
    lis = "".join(
        f'<li class="share-{slugify(l)}"><a rel="nofollow noopener noreferrer" data-shared="sharing-{slugify(l)}-{pid}" '
        f'class="share-{slugify(l)} sd-button share-icon" href="{url}?share={slugify(l)}&amp;nb=1" target="_blank" '
        f'title="Click to share on {l}"><span>{l}</span></a></li>' for l in labels)
    return F("share prompt",
             '<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing">'
             f'<h3 class="sd-title">Share this:</h3><div class="sd-content"><ul>{lis}<li class="share-end"></li></ul></div></div></div>')


def likes(F, pid, blogid):
    return F("share prompt",
             f"<div class='sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-unloaded' id='like-post-wrapper-{blogid}-{pid}-65e8' "
             f"data-src='https://widgets.wpcom.example/?ver=13.1#blog_id={blogid}&amp;post_id={pid}' data-name='like-post-frame-{blogid}-{pid}' data-title='Like or Reblog'>"
             "<h3 class=\"sd-title\">Like this:</h3><div class='likes-widget-placeholder post-likes-widget-placeholder' style='height: 55px;'>"
             "<span class='button'><span>Like</span></span> <span class=\"loading\">Loading...</span></div>"
             "<span class='sd-text-color'></span><a class='sd-link-color'></a></div>")


def jp_related(F, s, base, titles, ctx):
    items = ""
    for i, t in enumerate(titles):
        items += (f'<div class="jp-relatedposts-post jp-relatedposts-post{i} jp-relatedposts-post-thumbs" data-post-id="{900+i*13}" data-post-format="false">'
                  f'<a class="jp-relatedposts-post-a" href="{base}{slugify(t)}/" title="{attr(t)}" rel="nofollow" data-origin="1" data-position="{i}">'
                  f'<img loading="lazy" class="jp-relatedposts-post-img" src="./x_files/rel{i}.jpg" width="350" height="200" alt=""></a>'
                  f'<h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="{base}{slugify(t)}/">{esc(t)}</a></h4>'
                  f'<p class="jp-relatedposts-post-date" style="display: block;">{long_date((d(s["date"]) - dt.timedelta(days=9 * (i + 1) + s["n"])).isoformat())}</p>'
                  f'<p class="jp-relatedposts-post-context">In &quot;{esc(ctx)}&quot;</p></div>')
    return F("related links",
             f"<div id='jp-relatedposts' class='jp-relatedposts' style=\"display: block;\"><h3 class=\"jp-relatedposts-headline\"><em>Related</em></h3>"
             f'<div class="jp-relatedposts-items jp-relatedposts-items-visual jp-relatedposts-grid">{items}</div></div>')


def core_comment_form(F, base, pid, variant="core"):
    out = '<div id="respond" class="comment-respond">'
    out += F("comment form", '<h3 id="reply-title" class="comment-reply-title">Leave a Reply <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel reply</a></small></h3>')
    if variant == "login-required":
        out += F("comment form", f'<p class="must-log-in">You must be <a href="{base}wp-login.php?redirect_to=%2F">logged in</a> to post a comment.</p>')
        return out + "</div>"
    out += f'<form action="{base}wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>'
    if variant == "logged-in":
        out += F("comment form", f'<p class="logged-in-as"><a href="{base}wp-admin/profile.php" aria-label="Logged in as Gazette Volunteer. Edit your profile.">Logged in as Gazette Volunteer</a>. <a href="{base}wp-admin/profile.php">Edit your profile</a>. <a href="{base}wp-login.php?action=logout&amp;_wpnonce=3f9a1c">Log out?</a> <span class="required-field-message">Required fields are marked <span class="required">*</span></span></p>')
        out += F("comment form", '<p class="comment-form-comment"><label for="comment">Comment <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>')
    else:
        out += F("comment form", '<p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> <span class="required-field-message">Required fields are marked <span class="required">*</span></span></p>')
        out += F("comment form", '<p class="comment-form-comment"><label for="comment">Comment <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>')
        out += F("comment form", '<p class="comment-form-author"><label for="author">Name <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required></p>')
        out += F("comment form", '<p class="comment-form-email"><label for="email">Email <span class="required">*</span></label> <input id="email" name="email" type="email" value="" size="30" maxlength="100" aria-describedby="email-notes" autocomplete="email" required></p>')
        out += F("comment form", '<p class="comment-form-url"><label for="url">Website</label> <input id="url" name="url" type="url" value="" size="30" maxlength="200" autocomplete="url"></p>')
        out += F("comment form", '<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes"> <label for="wp-comment-cookies-consent">Save my name, email, and website in this browser for the next time I comment.</label></p>')
    out += (f'<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"> '
            f"<input type='hidden' name='comment_post_ID' value='{pid}' id='comment_post_ID'> <input type='hidden' name='comment_parent' id='comment_parent' value='0'></p>")
    out += '<p style="display: none;"><input type="hidden" id="akismet_comment_nonce" name="akismet_comment_nonce" value="7c1e0b2d94"></p>'
    out += '</form>'
    if variant != "logged-in":
        out += F("comment form", '<p class="akismet_comment_form_privacy_notice">This site uses Akismet to reduce spam. <a href="https://akismet.example/privacy/" target="_blank" rel="nofollow noopener">Learn how your comment data is processed</a>.</p>')
    return out + "</div><!-- #respond -->"


def highlander_form(F, blogname, base, pid, hosted=True):
    """The WordPress.com / Jetpack comment form."""
    F2 = F
    out = '<div id="respond" class="comment-respond">'
    out += F2("comment form", '<h3 id="reply-title" class="comment-reply-title">Leave a Reply <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel reply</a></small></h3>')
    out += f'<form action="{base}wp-comments-post.php" method="post" id="commentform" class="comment-form">'
    out += f'<input type="hidden" id="highlander_comment_nonce" name="highlander_comment_nonce" value="0b7f3e21aa"><input type="hidden" name="_wp_http_referer" value="/?p={pid}">'
    out += F2("comment form", '<div class="comment-form-field comment-textarea"><label for="comment">Enter your comment here...</label><div id="comment-form-comment"><textarea id="comment" name="comment" title="Enter your comment here..." style="height: 32px;"></textarea></div></div>')
    out += '<div id="comment-form-identity">'
    out += F2("comment form", '<div id="comment-form-nascar"><p>Fill in your details below or click an icon to log in:</p>'
              '<ul><li class="selected" style="display:none;"><a href="#comment-form-guest" id="postas-guest" class="comment-form-login-service" title="Guest"><span></span></a></li>'
              '<li><a href="#" id="postas-wordpress" class="comment-form-login-service" title="WordPress.com"><span></span></a></li>'
              '<li><a href="#comment-form-load-service:Facebook" id="postas-facebook" class="comment-form-login-service" title="Facebook"><span></span></a></li></ul></div>')
    out += ('<div id="comment-form-guest" class="comment-form-service selected"><div class="comment-form-padder"><div class="comment-form-avatar">'
            '<a href="#" target="_blank" tabindex="-1"><img src="./x_files/avatar-guest.png" alt="Gravatar" width="25" class="no-grav"></a></div><div class="comment-form-fields">')
    out += F2("comment form", '<div class="comment-form-field comment-form-email"><label for="email">Email <span class="required">(required)</span> <span class="nopublish">(Address never made public)</span></label><div class="comment-form-input"><input id="email" name="email" type="email" value=""></div></div>')
    out += F2("comment form", '<div class="comment-form-field comment-form-author"><label for="author">Name <span class="required">(required)</span></label><div class="comment-form-input"><input id="author" name="author" type="text" value=""></div></div>')
    out += F2("comment form", '<div class="comment-form-field comment-form-url"><label for="url">Website</label><div class="comment-form-input"><input id="url" name="url" type="url" value=""></div></div>')
    out += '</div></div></div>'
    for svc, label in (("wordpress", "WordPress.com"), ("facebook", "Facebook")):
        out += (f'<div id="comment-form-{svc}" class="comment-form-service"><div class="comment-form-padder"><div class="comment-form-avatar">'
                f'<img src="./x_files/{svc}-logo.png" alt="{label} Logo" width="25" class="no-grav"></div><div class="comment-form-fields">'
                f'<input type="hidden" name="{svc}_avatar" id="{svc}-avatar" class="comment-meta-{svc}" value="">'
                f'<input type="hidden" name="{svc}_user_id" id="{svc}-user_id" class="comment-meta-{svc}" value="">')
        out += F2("comment form", f'<p class="comment-form-posting-as pa-{svc}"><strong></strong> You are commenting using your {label} account. '
                  f'<span class="comment-form-log-out">(&nbsp;<a href="javascript:HighlanderComments.doExternalLogout( \'{svc}\' );">Log&nbsp;Out</a>&nbsp;/&nbsp;'
                  '<a href="#" onclick="javascript:HighlanderComments.switchAccount();return false;">Change</a>&nbsp;)</span></p>')
        out += '</div></div></div>'
    out += '</div>'
    out += F2("comment form", '<div id="comment-form-load-service" class="comment-form-service"><div class="comment-form-posting-as-cancel"><a href="javascript:HighlanderComments.cancelExternalWindow();">Cancel</a></div><p>Connecting to %s</p></div>')
    out += '<div id="comment-form-subscribe">'
    out += F2("comment form", '<p class="comment-subscription-form"><input type="checkbox" name="subscribe" id="subscribe" value="subscribe" style="width: auto;"> <label class="subscribe-label" id="subscribe-label" for="subscribe" style="display: inline;">Notify me of new comments via email.</label></p>')
    out += F2("newsletter prompt", '<p class="post-subscription-form"><input type="checkbox" name="subscribe_blog" id="subscribe_blog" value="subscribe" style="width: auto;"> <label class="subscribe-label" id="subscribe-blog-label" for="subscribe_blog" style="display: inline;">Notify me of new posts via email.</label></p>')
    out += '</div>'
    out += (f'<p class="form-submit wp-block-button"><input name="submit" type="submit" id="comment-submit" class="submit wp-block-button__link" value="Post Comment"> '
            f"<input type='hidden' name='comment_post_ID' value='{pid}' id='comment_post_ID'> <input type='hidden' name='comment_parent' id='comment_parent' value='0'></p>")
    out += '</form></div><!-- #respond -->'
    return out


def comment_list(F, s, url, comments, wpcom=False):
    if not comments:
        return ""
    n = len(comments)
    title = vis(esc(s["title"]))
    out = '<div id="comments" class="comments-area">'
    head = f'{n} Replies to “{esc(s["title"], "numeric")}”' if not wpcom else f'{n} thoughts on &ldquo;{esc(s["title"])}&rdquo;'
    out += F("other", f'<h2 class="comments-title">{head}</h2>')
    out += '<ol class="comment-list">'
    for i, (who, when, text) in enumerate(comments):
        cid = 800 + i * 17 + s["n"]
        out += (f'<li id="comment-{cid}" class="comment {"even" if i % 2 == 0 else "odd alt"} thread-even depth-1">'
                f'<article id="div-comment-{cid}" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard">'
                f'<img alt="" src="./x_files/avatar{i}.png" class="avatar avatar-48 photo" height="48" width="48" loading="lazy">'
                + F("other", f'<b class="fn">{esc(who)}</b> <span class="says">says:</span>') + '</div>'
                + '<div class="comment-metadata">' + F("date line", f'<a href="{url}#comment-{cid}"><time datetime="{s["date"]}T12:00:00+00:00">{esc(when)}</time></a>') + '</div></footer>'
                + F("other", f'<div class="comment-content"><p>{esc(text, "numeric")}</p></div>')
                + F("other", f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="{url}?replytocom={cid}#respond" data-commentid="{cid}" data-postid="1" aria-label="Reply to {attr(who)}">Reply</a></div>')
                + '</article></li>')
    out += '</ol>'
    return out


def wp_head(s, fname, url, o, wpcom=False):
    ent = o.get("entities", "raw")
    desc = attr(first_sentence(s))
    pub = iso(s["date"], s["time"])
    mod = iso(s["updated"] or s["date"], "10:05:00" if s["updated"] else s["time"])
    files = fname[:-5] + "_files/"
    h = ['<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">',
         '<meta name="viewport" content="width=device-width, initial-scale=1">',
         f'<title>{o["head_title"]}</title>']
    if o.get("jsonld") == "yoast":
        h.append('<!-- This site is optimized with the Yoast SEO plugin v21.9.1 -->')
        h.append('<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1">')
    else:
        h.append("<meta name='robots' content='max-image-preview:large'>")
    h.append(f'<link rel="canonical" href="{url}">')
    if o.get("og", True):
        h += ['<meta property="og:locale" content="en_US">', '<meta property="og:type" content="article">',
              f'<meta property="og:title" content="{attr(vis(esc(s["title"])))}">',
              f'<meta property="og:description" content="{desc}">',
              f'<meta property="og:url" content="{url}">',
              f'<meta property="og:site_name" content="{attr(s["site"])}">',
              f'<meta property="article:published_time" content="{pub}">',
              f'<meta property="article:modified_time" content="{mod}">',
              f'<meta property="og:image" content="https://{s["domain"]}/wp-content/uploads/{s["date"][:4]}/{s["date"][5:7]}/lead-1024x683.jpg">',
              '<meta property="og:image:width" content="1024">', '<meta property="og:image:height" content="683">']
    if o.get("meta_author") and s["author"]:
        h.append(f'<meta name="author" content="{attr(s["author"])}">')
    h.append('<meta name="twitter:card" content="summary_large_image">')
    if o.get("jsonld") == "yoast":
        h += ['<meta name="twitter:label1" content="Est. reading time">', '<meta name="twitter:data1" content="3 minutes">']
        site = f'https://{s["domain"]}/'
        graph = [
            {"@type": "Article", "@id": url + "#article", "isPartOf": {"@id": url},
             "author": {"name": s["author"], "@id": site + "#/schema/person/5b1c0f"},
             "headline": vis(esc(s["title"])), "datePublished": pub, "dateModified": mod,
             "mainEntityOfPage": {"@id": url}, "wordCount": sum(len(vis(esc(b)).split()) for b in s["body"] if isinstance(b, str)),
             "publisher": {"@id": site + "#organization"}, "image": {"@id": url + "#primaryimage"},
             "keywords": o.get("tags", []), "articleSection": [o.get("category", "News")], "inLanguage": "en-US"},
            {"@type": "WebPage", "@id": url, "url": url, "name": vis(o["head_title"]), "isPartOf": {"@id": site + "#website"},
             "datePublished": pub, "dateModified": mod, "breadcrumb": {"@id": url + "#breadcrumb"}, "inLanguage": "en-US"},
            {"@type": "BreadcrumbList", "@id": url + "#breadcrumb", "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "Home", "item": site},
                {"@type": "ListItem", "position": 2, "name": vis(esc(s["title"]))}]},
            {"@type": "WebSite", "@id": site + "#website", "url": site, "name": s["site"], "inLanguage": "en-US"},
            {"@type": "Organization", "@id": site + "#organization", "name": s["site"], "url": site},
            {"@type": "Person", "@id": site + "#/schema/person/5b1c0f", "name": s["author"],
             "url": site + "author/" + slugify(s["author"]) + "/"},
        ]
        h.append('<script type="application/ld+json" class="yoast-schema-graph">' + json.dumps({"@context": "https://schema.org", "@graph": graph}, ensure_ascii=False) + '</script>')
        h.append('<!-- / Yoast SEO plugin. -->')
    elif o.get("jsonld") == "article":
        h.append(jsonld({"@context": "https://schema.org", "@type": "Article", "headline": vis(esc(s["title"])),
                         "datePublished": pub, "dateModified": mod,
                         "author": {"@type": "Person", "name": s["author"]}, "mainEntityOfPage": url}))
    elif o.get("jsonld") == "newsarticle-publisher":
        h.append(jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": vis(esc(s["title"])),
                         "publisher": {"@type": "Organization", "name": s["site"],
                                       "logo": {"@type": "ImageObject", "url": f"https://{s['domain']}/wp-content/uploads/logo.png"}},
                         "mainEntityOfPage": {"@type": "WebPage", "@id": url}}))
    feed = "https://" + s["domain"] + "/feed/"
    h += [f'<link rel="alternate" type="application/rss+xml" title="{attr(s["site"])} &raquo; Feed" href="{feed}">',
          f'<link rel="alternate" type="application/rss+xml" title="{attr(s["site"])} &raquo; Comments Feed" href="https://{s["domain"]}/comments/feed/">',
          '<script>\nwindow._wpemojiSettings = {"baseUrl":"https:\\/\\/s.w.example\\/images\\/core\\/emoji\\/14.0.0\\/72x72\\/","ext":".png","svgUrl":"https:\\/\\/s.w.example\\/images\\/core\\/emoji\\/14.0.0\\/svg\\/","svgExt":".svg","source":{"concatemoji":"https:\\/\\/' + s["domain"] + '\\/wp-includes\\/js\\/wp-emoji-release.min.js?ver=6.4.3"}};\n/*! This file is auto-generated */\n!function(i,n){var o,s,e;function c(e){try{var t={supportTests:e,timestamp:(new Date).valueOf()};sessionStorage.setItem(o,JSON.stringify(t))}catch(e){}}}(window,document);\n</script>',
          '<style id="wp-emoji-styles-inline-css">\nimg.wp-smiley, img.emoji { display: inline !important; border: none !important; box-shadow: none !important; height: 1em !important; width: 1em !important; margin: 0 0.07em !important; vertical-align: -0.1em !important; background: none !important; padding: 0 !important; }\n</style>',
          f"<link rel='stylesheet' id='wp-block-library-css' href='./{files}style.min.css' media='all'>",
          '<style id="global-styles-inline-css">\nbody{--wp--preset--color--black: #000000;--wp--preset--color--white: #ffffff;--wp--preset--font-size--small: 13px;--wp--preset--font-size--large: 36px;}\n.has-black-color{color: var(--wp--preset--color--black) !important;}\n</style>',
          f"<link rel='stylesheet' id='{o.get('theme','theme')}-style-css' href='./{files}style.css' media='all'>",
          f"<link rel='stylesheet' id='jetpack_css-css' href='./{files}jetpack.css' media='all'>",
          f"<script src='./{files}jquery.min.js' id='jquery-core-js'></script>",
          f"<script src='./{files}jquery-migrate.min.js' id='jquery-migrate-js'></script>",
          f'<link rel="https://api.w.org/" href="https://{s["domain"]}/wp-json/">',
          f'<link rel="EditURI" type="application/rsd+xml" title="RSD" href="https://{s["domain"]}/xmlrpc.php?rsd">',
          '<meta name="generator" content="WordPress 6.4.3">' if not wpcom else '<meta name="generator" content="WordPress.com">',
          f"<link rel='shortlink' href='https://{s['domain']}/?p={4000 + s['n']*37}'>"]
    return "\n".join(h)


def wordpress_selfhosted(s, fname):
    o = s["opts"]
    F = Recorder()
    url = url_of(s)
    base = f'https://{s["domain"]}/'
    ent = o.get("entities", "raw")
    pid = 4000 + s["n"] * 37
    dia = WPDialect(F, ent, "./" + fname[:-5] + "_files/")
    body_html, gold = render_body(s, dia)
    year = s["date"][:4]
    cat = o.get("category", "News")
    tags = o.get("tags", [])
    menu = MENUS[s["n"]]

    # header
    hdr = F("navigation", '<a class="skip-link screen-reader-text" href="#content">Skip to content</a>')
    hdr += '<header id="masthead" class="site-header" role="banner"><div class="site-branding">'
    hdr += F("other", f'<p class="site-title"><a href="{base}" rel="home">{esc(s["site"], ent)}</a></p>')
    taglines = {1: "Independent news for Millbrook since 2011", 2: "Tides, steel and the odd opinion", 3: "Reporting on water in the Calder Valley",
                4: "Nonprofit news for Riverton County", 5: "Labour and community news from Eastfield", 6: "Your street, your news"}
    hdr += F("other", f'<p class="site-description">{esc(taglines[s["n"]], ent)}</p>')
    hdr += '</div>'
    hdr += F("navigation", '<nav id="site-navigation" class="main-navigation" role="navigation" aria-label="Top Menu">'
             '<button class="menu-toggle" aria-controls="top-menu" aria-expanded="false">Menu</button>'
             '<div class="menu-main-menu-container">' + nav_ul(menu, 'id="top-menu" class="menu"', "menu-item menu-item-type-taxonomy menu-item-object-category", base + "category/") + '</div></nav>')
    hdr += '</header>'

    # entry header
    eh = '<header class="entry-header">'
    if s["n"] in (3, 5):
        eh += F("tags", f'<div class="entry-categories"><span class="cat-links"><a href="{base}category/{slugify(cat)}/" rel="category tag">{esc(cat)}</a></span></div>')
    eh += f'<h1 class="entry-title">{esc(s["title"], ent)}</h1>'
    meta = '<div class="entry-meta">'
    dl = f'<span class="posted-on"><span class="screen-reader-text">Posted on</span> <a href="{url}" rel="bookmark"><time class="entry-date published" datetime="{iso(s["date"], s["time"])}">{long_date(s["date"])}</time>'
    if s["updated"]:
        dl += f' <time class="updated" datetime="{iso(s["updated"], "10:05:00")}">{long_date(s["updated"])}</time>'
    dl += '</a></span>'
    meta += F("date line", dl)
    if o.get("visible_byline", True) and s["author"]:
        meta += F("byline", f'<span class="byline"> by <span class="author vcard"><a class="url fn n" href="{base}author/{slugify(s["author"])}/">{esc(s["author"])}</a></span></span>')
    meta += '</div>'
    eh += meta + '</header>'
    if s["n"] == 4:
        eh += F("other", '<div class="reading-time"><span class="span-reading-time rt-reading-time"><span class="rt-label rt-prefix">Reading Time: </span> <span class="rt-time">3</span> <span class="rt-label rt-postfix">minutes</span></span></div>')

    # content extras
    extras = ""
    if o.get("share") == "sharedaddy":
        extras += sharedaddy(F, url, pid)
    elif o.get("share") == "addtoany":
        extras += F("share prompt", '<div class="addtoany_share_save_container addtoany_content addtoany_content_bottom"><div class="addtoany_header">Share this story:</div>'
                    '<div class="a2a_kit a2a_kit_size_32 addtoany_list" data-a2a-url="' + url + '" data-a2a-title="' + attr(vis(esc(s["title"]))) + '">'
                    '<a class="a2a_button_facebook" href="' + base + 'share/facebook" title="Facebook" rel="nofollow noopener" target="_blank"></a>'
                    '<a class="a2a_button_email" href="' + base + 'share/email" title="Email" rel="nofollow noopener" target="_blank"></a>'
                    '<a class="a2a_dd addtoany_share_save addtoany_share" href="' + base + 'share/">Share</a></div></div>')
    if o.get("likes"):
        extras += likes(F, pid, 188000000 + s["n"])
    if o.get("related"):
        extras += jp_related(F, s, base, pool(s["n"], 3), cat)

    inbody_appeal = ""
    if o.get("newsletter"):
        inbody_appeal += ('<div class="wp-block-group newsletter-box has-background"><div class="wp-block-group__inner-container">'
                          + F("newsletter prompt", '<h3 class="wp-block-heading">Get Valley Water Watch in your inbox</h3>')
                          + F("newsletter prompt", '<p>Reservoir levels, restrictions and what they mean for you, every Friday.</p>')
                          + '<form class="mailpoet_form" method="post" action="' + base + 'wp-admin/admin-post.php?action=mailpoet_subscription_form" novalidate>'
                          '<input type="email" class="mailpoet_text" name="data[form_field_email]" title="Email Address" value="" placeholder="Email Address *">'
                          '<input type="submit" class="mailpoet_submit" value="Subscribe!"></form></div></div>')
    if o.get("donate"):
        inbody_appeal += ('<div class="wp-block-group donate-box">'
                          + F("membership appeal", '<p><strong>Valley Water Watch is a nonprofit newsroom funded by readers like you.</strong> If our reporting helps you plan for the dry months, please consider a gift of any size.</p>')
                          + F("membership appeal", f'<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="{base}donate/">Donate today</a></div></div>')
                          + '</div>')
    if o.get("membership"):
        inbody_appeal += ('<aside class="member-appeal" id="dispatch-members">'
                          + F("membership appeal", '<h4>The Dispatch is owned by its readers</h4>')
                          + F("membership appeal", '<p>Join the 1,840 members who keep labour and community reporting in Eastfield free to read. Memberships start at £4 a month.</p>')
                          + F("membership appeal", f'<p><a class="button" href="{base}join/">Become a member</a></p>')
                          + '</aside>')

    # entry footer
    ef = '<footer class="entry-footer">'
    ef += F("tags", f'<span class="cat-links"><span class="screen-reader-text">Categories</span>Posted in <a href="{base}category/{slugify(cat)}/" rel="category tag">{esc(cat)}</a></span>')
    ef += F("tags", '<span class="tags-links"><span class="screen-reader-text">Tags</span>Tagged ' + ", ".join(f'<a href="{base}tag/{slugify(t)}/" rel="tag">{esc(t)}</a>' for t in tags) + '</span>')
    ef += '</footer>'

    abox = ""
    if o.get("author_box"):
        bios = {1: "Imogen covers City Hall, the budget and local elections for the Ledger. Tips are welcome by email.",
                5: "Priya reports on work, pay and housing in Eastfield. She was previously a shop steward in the print trade."}
        abox = ('<div class="author-box">' + f'<div class="author-avatar"><img alt="" src="./{fname[:-5]}_files/author.jpg" class="avatar avatar-96 photo" height="96" width="96"></div><div class="author-info">'
                + F("author box", f'<h4 class="author-title">About {esc(s["author"])}</h4>')
                + F("author box", f'<p class="author-bio">{esc(bios[s["n"]], ent)}</p>')
                + F("author box", f'<a class="author-link" href="{base}author/{slugify(s["author"])}/" rel="author">View all posts by {esc(s["author"])}</a>')
                + '</div></div>')

    prev_t, next_t = pool(s["n"], 2, 11)
    pnav = F("navigation", '<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">'
             f'<div class="nav-previous"><a href="{base}{slugify(prev_t)}/" rel="prev"><span class="nav-subtitle">Previous Post</span> <span class="nav-title">{esc(prev_t, ent)}</span></a></div>'
             f'<div class="nav-next"><a href="{base}{slugify(next_t)}/" rel="next"><span class="nav-subtitle">Next Post</span> <span class="nav-title">{esc(next_t, ent)}</span></a></div></div></nav>')

    comments = comment_list(F, s, url, o.get("comments", []))
    cf = o.get("comment_form", "core")
    if cf == "jetpack":
        form = highlander_form(F, s["site"], base, pid, hosted=False)
    else:
        form = core_comment_form(F, base, pid, cf)
    if comments:
        comments_html = comments + form + '</div>'
    else:
        comments_html = '<div id="comments" class="comments-area">' + form + '</div>'

    recent = pool(s["n"], 5, 20)
    side = '<aside id="secondary" class="widget-area" role="complementary" aria-label="Blog Sidebar">'
    side += F("navigation", f'<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="{base}"><label for="search-form-1"><span class="screen-reader-text">Search for:</span></label><input type="search" id="search-form-1" class="search-field" placeholder="Search &hellip;" value="" name="s"><button type="submit" class="search-submit"><span class="screen-reader-text">Search</span></button></form></section>')
    side += F("related links", '<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><nav aria-label="Recent Posts"><ul>' + "".join(f'<li><a href="{base}{slugify(t)}/">{esc(t, ent)}</a></li>' for t in recent) + '</ul></nav></section>')
    y = int(year)
    side += F("navigation", '<section id="archives-2" class="widget widget_archive"><h2 class="widget-title">Archives</h2><nav aria-label="Archives"><ul>' + "".join(f'<li><a href="{base}{y}/{m:02d}/">{MONTHS[m-1]} {y}</a></li>' for m in range(int(s["date"][5:7]), 0, -1)) + '</ul></nav></section>')
    side += F("navigation", f'<section id="meta-2" class="widget widget_meta"><h2 class="widget-title">Meta</h2><nav aria-label="Meta"><ul><li><a href="{base}wp-login.php">Log in</a></li><li><a href="{base}feed/">Entries feed</a></li><li><a href="{base}comments/feed/">Comments feed</a></li><li><a href="https://wordpress.example/">WordPress.org</a></li></ul></nav></section>')
    side += '</aside>'

    foot = '<footer id="colophon" class="site-footer" role="contentinfo"><div class="wrap">'
    foot += F("navigation", '<nav class="footer-navigation" aria-label="Footer Menu">' + nav_ul(["About", "Contact", "Privacy Policy", "Corrections"], 'id="footer-menu" class="menu"', "menu-item", base) + '</nav>')
    foot += F("copyright", f'<div class="site-info">&copy; {year} {esc(s["site"])} &middot; <a href="https://wordpress.example/" class="imprint">Proudly powered by WordPress</a></div>')
    foot += '</div></footer>'

    scripts = (f"<script src='./{fname[:-5]}_files/sharing.min.js' id='sharing-js-js'></script>\n"
               "<script id=\"sharing-js-js-after\">\nvar windowOpen;\n( function () { function matches( el, sel ) { return !! ( el.matches && el.matches( sel ) || el.msMatchesSelector && el.msMatchesSelector( sel ) ); } } )();\n</script>\n"
               f"<script id=\"jetpack-stats-js-before\">\n_stq = window._stq || [];\n_stq.push([ \"view\", JSON.parse(\"{{\\\"v\\\":\\\"ext\\\",\\\"blog\\\":\\\"{188000000 + s['n']}\\\",\\\"post\\\":\\\"{pid}\\\",\\\"tz\\\":\\\"0\\\"}}\") ]);\n</script>")

    body_cls = f'post-template-default single single-post postid-{pid} single-format-standard wp-embed-responsive has-sidebar colors-light'
    html = f"""<!DOCTYPE html>
{saved_from(url)}
<html lang="en-US" class="no-js no-svg"><head>
{wp_head(s, fname, url, o)}
</head>
<body class="{body_cls}">
<div id="page" class="site">
{hdr}
<div class="site-content-contain">
<div id="content" class="site-content">
<div class="wrap">
<div id="primary" class="content-area">
<main id="main" class="site-main">
<article id="post-{pid}" class="post-{pid} post type-post status-publish format-standard has-post-thumbnail hentry category-{slugify(cat)} {' '.join('tag-' + slugify(t) for t in tags)}">
{eh}
<div class="entry-content">
{body_html}
{inbody_appeal}
{extras}
</div><!-- .entry-content -->
{ef}
</article><!-- #post-{pid} -->
{abox}
{pnav}
{comments_html}
</main><!-- #main -->
</div><!-- #primary -->
{side}
</div><!-- .wrap -->
</div><!-- #content -->
{foot}
</div><!-- .site-content-contain -->
</div><!-- #page -->
{scripts}
</body></html>
"""
    return html, gold_entry(s, fname, gold, F)


def wordpress_com(s, fname):
    o = s["opts"]
    F = Recorder()
    url = url_of(s)
    base = f'https://{s["domain"]}/'
    ent = o.get("entities", "raw")
    pid = 100 + s["n"] * 53
    blogid = 210000000 + s["n"] * 1117
    dia = WPDialect(F, ent, "./" + fname[:-5] + "_files/")
    body_html, gold = render_body(s, dia)
    cat = o.get("category", "Uncategorized")
    tags = o.get("tags", [])
    site_e = esc(s["site"], ent)

    hdr = F("navigation", '<a class="skip-link screen-reader-text" href="#content">Skip to content</a>')
    hdr += '<header id="masthead" class="site-header" role="banner"><div class="site-branding">'
    hdr += F("other", f'<p class="site-title"><a href="{base}" rel="home">{site_e}</a></p>')
    hdr += '</div>'
    hdr += F("navigation", '<nav id="site-navigation" class="main-navigation" role="navigation"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Menu</button>'
             + nav_ul(["Home", "About", cat, "Contact"], 'id="primary-menu" class="menu"', "menu-item page_item", base) + '</nav>')
    hdr += '</header>'

    eh = '<header class="entry-header">' + f'<h1 class="entry-title">{esc(s["title"], ent)}</h1>'
    meta = '<div class="entry-meta">'
    meta += F("date line", f'<span class="posted-on">Posted on <a href="{url}" rel="bookmark"><time class="entry-date published updated" datetime="{iso(s["date"], s["time"])}">{long_date(s["date"])}</time></a></span>')
    if s["author"] and not o.get("hide_author"):
        meta += F("byline", f'<span class="byline"> by <span class="author vcard"><a class="url fn n" href="{base}author/{slugify(s["author"])}/">{esc(s["author"])}</a></span></span>')
    meta += '</div>'
    eh += meta + '</header>'

    ads = ""
    if o.get("wordads"):
        ads = ('<div class="wpcnt"><div class="wpa wpmrec">' + F("ad marker", '<span class="wpa-about">Advertisements</span>')
               + '<div class="u top_amp"><div id="atatags-370373-top" class="wpa-slot"></div><script>__ATA.cmd.push(function() { __ATA.initDynamicSlot({ id: \'atatags-370373-top\', location: 120, formFactor: \'001\', label: { text: \'Advertisements\' }, creative: { reportAd: { text: \'Report this ad\' }, privacySettings: { text: \'Privacy\' } } }); });</script></div>'
               + F("ad marker", '<div class="wpa-notice"><a href="#" class="wpa-report">Report this ad</a> <a href="#" class="wpa-privacy">Privacy</a></div>')
               + '</div></div>')

    extras = sharedaddy(F, url, pid, ("Share on X (Twitter)", "Share on Facebook", "Email", "Reddit")) + likes(F, pid, blogid) + jp_related(F, s, base, pool(s["n"], 3), cat)

    ef = '<footer class="entry-footer">'
    ef += F("tags", f'<span class="cat-links">Posted in <a href="{base}category/{slugify(cat)}/" rel="category tag">{esc(cat)}</a></span>')
    ef += F("tags", '<span class="tags-links">Tagged ' + ", ".join(f'<a href="{base}tag/{slugify(t)}/" rel="tag">{esc(t)}</a>' for t in tags) + '</span>')
    nc = len(o.get("comments", []))
    ef += F("other", f'<span class="comments-link"><a href="{url}#{"comments" if nc else "respond"}">{str(nc) + " Comments" if nc else "Leave a comment"}</a></span>')
    ef += '</footer>'

    prev_t, next_t = pool(s["n"], 2, 5)
    pnav = F("navigation", '<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">'
             f'<div class="nav-previous"><a href="{base}{slugify(prev_t)}/" rel="prev">&larr; {esc(prev_t, ent)}</a></div>'
             f'<div class="nav-next"><a href="{base}{slugify(next_t)}/" rel="next">{esc(next_t, ent)} &rarr;</a></div></div></nav>')

    comments = comment_list(F, s, url, o.get("comments", []), wpcom=True)
    form = highlander_form(F, s["site"], base, pid)
    comments_html = (comments + form + '</div>') if comments else ('<div id="comments" class="comments-area">' + form + '</div>')

    followers = o.get("followers", 100)
    side = '<aside id="secondary" class="widget-area" role="complementary">'
    side += ('<section id="blog_subscription-3" class="widget widget_blog_subscription jetpack_subscription_widget">'
             + F("newsletter prompt", f'<h2 class="widget-title"><label for="subscribe-field">Follow {site_e} via Email</label></h2>')
             + f'<form action="#" method="post" accept-charset="utf-8" id="subscribe-blog-blog_subscription-3">'
             + F("newsletter prompt", '<div id="subscribe-text"><p>Enter your email address to follow this blog and receive notifications of new posts by email.</p></div>')
             + F("newsletter prompt", f'<p class="subscribe-count">Join {followers:,} other subscribers</p>')
             + F("newsletter prompt", '<p id="subscribe-email"><label id="jetpack-subscribe-label" class="screen-reader-text" for="subscribe-field-blog_subscription-3">Email Address:</label><input type="email" name="email" required="required" value="" id="subscribe-field-blog_subscription-3" placeholder="Email Address"></p>')
             + F("newsletter prompt", '<p id="subscribe-submit"><button type="submit" class="wp-block-button__link" name="jetpack_subscriptions_widget">Follow</button></p>') + '</form></section>')
    side += F("related links", '<section id="recent-posts-3" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>' + "".join(f'<li><a href="{base}{slugify(t)}/">{esc(t, ent)}</a></li>' for t in pool(s["n"], 4, 9)) + '</ul></section>')
    side += F("tags", '<section id="categories-2" class="widget widget_categories"><h2 class="widget-title">Categories</h2><ul>' + "".join(f'<li class="cat-item"><a href="{base}category/{slugify(c)}/">{esc(c)}</a></li>' for c in [cat, "Uncategorized", "Updates"]) + '</ul></section>')
    side += '</aside>'

    foot = ('<footer id="colophon" class="site-footer" role="contentinfo"><div class="site-info">'
            + F("other", f'<a href="https://wordpress.example/?ref=footer_blog" rel="nofollow">Blog at WordPress.com.</a>') + '</div></footer>')

    actionbar = F("newsletter prompt", '<div id="actionbar" dir="ltr" style="display: none;" class="actnbr-pub-twentysixteen actnbr-has-follow"><ul>'
                 '<li class="actnbr-btn actnbr-hidden"><a class="actnbr-action actnbr-actn-follow" href=""><svg class="gridicon" height="20" width="20" viewBox="0 0 20 20"><path d="M2 4h16v12H2z"></path></svg><span>Subscribe</span></a>'
                 '<a class="actnbr-action actnbr-actn-following no-display" href=""><span>Subscribed</span></a>'
                 f'<div class="actnbr-popover tip tip-top-left actnbr-notice" id="follow-bubble"><div class="tip-arrow"></div><div class="tip-inner actnbr-follow-bubble"><ul><li class="actnbr-sitename"><a href="{base}"><img loading="lazy" alt="" src="./x_files/blavatar.png" class="avatar avatar-50" height="50" width="50"> {site_e}</a></li>'
                 f'<li class="actnbr-folded-follow"><a href="#" class="actnbr-action">Join {followers:,} other subscribers</a></li>'
                 '<li class="actnbr-login-nudge"><div>Already have a WordPress.com account? <a href="#">Log in now.</a></div></li></ul></div></div></li></ul></div>')
    # the action bar is display:none in the saved page, but its text is in the markup, so it is listed.

    head = wp_head(s, fname, url, dict(o, og=True), wpcom=True)
    head += f"\n<link rel='openid.server' href='{base}?openidserver=1'>\n<link rel='openid.delegate' href='{base}'>\n<link rel=\"search\" type=\"application/opensearchdescription+xml\" href=\"{base}osd.xml\" title=\"{attr(s['site'])}\">"
    body_cls = f'wp-singular post-template-default single single-post postid-{pid} single-format-standard wp-theme-pubtwentysixteen customizer-styles-applied highlander-enabled highlander-light'
    html = f"""<!DOCTYPE html>
{saved_from(url)}
<html lang="en"><head>
{head}
</head>
<body class="{body_cls}">
<div id="page" class="site"><div class="site-inner">
{hdr}
<div id="content" class="site-content">
<div id="primary" class="content-area"><main id="main" class="site-main" role="main">
<article id="post-{pid}" class="post-{pid} post type-post status-publish format-standard hentry category-{slugify(cat)}">
{eh}
<div class="entry-content">
{body_html}
{ads}
<div id="jp-post-flair" class="sharedaddy sd-like-enabled sd-sharing-enabled">
{extras}
</div>
</div><!-- .entry-content -->
{ef}
</article>
{pnav}
{comments_html}
</main></div>
{side}
</div><!-- .site-content -->
{foot}
</div></div>
{actionbar}
<script>
var HighlanderComments = {{"loggingInText":"Logging In\\u2026","submittingText":"Posting Comment\\u2026","postCommentText":"Post Comment","connectingToText":"Connecting to %s","commentingAsText":"%1$s: You are commenting using your %2$s account.","logoutText":"Log Out","loginText":"Log In","connectURL":"{base}public.api/connect/?action=request","logoutURL":"{base}wp-login.php?action=logout","homeURL":"{base}","postID":"{pid}","gravDefault":"identicon","enterACommentError":"Please enter a comment","enterEmailError":"Please enter your email address here","invalidEmailError":"Invalid email address","enterAuthorError":"Please enter your name here","gravatarFromEmail":"This picture will show whenever you leave a comment. Click to customize it.","logInToExternalAccount":"Log in to use details from one of these accounts.","change":"Change","changeAccount":"Change Account","comment_registration":"0","userIsLoggedIn":false,"isJetpack":false,"text_direction":"ltr"}};
</script>
</body></html>
"""
    return html, gold_entry(s, fname, gold, F)
