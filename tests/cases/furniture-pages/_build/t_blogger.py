# -*- coding: utf-8 -*-
"""Blogger / Blogspot page templates (classic 'Simple'/'Watermark' layouts and the newer 'Contempo' layout)."""
from base import *

DESCS = {12: "News and campaigns from the people who ride the Kestrel Road buses",
         13: "Weather, cattle and paperwork on a small upland farm",
         14: "Notes from a secondary school classroom, twenty-two years in",
         15: "Keeping the dale's paths open since 2009",
         16: "Timetables, fares and the boats that keep the island going"}
BIOS = {12: "Retired bus mechanic, now chair of the Kestrel Road Bus Users group. Opinions my own.",
        13: "I farm 140 acres with my partner and too many sheepdogs.",
        14: "Physics teacher. Exam marker for far too long. Views my own, not my school's.",
        15: "Footpath officer for the local ramblers. Walker, map reader, stile fixer."}


class BloggerDialect(Dialect):
    def __init__(self, rec, ent, files, style):
        super().__init__(rec, ent, files)
        self.style = style  # br | divs | p

    def p(self, t):
        if self.style == "br":
            return self.e(t)
        if self.style == "divs":
            return (f'<div style="text-align: justify;"><span style="font-family: georgia, serif;">{self.e(t)}</span></div>'
                    '<div style="text-align: justify;"><span style="font-family: georgia, serif;"><br /></span></div>')
        return f"<p>{self.e(t)}</p>"

    def bold(self, t):
        if self.style == "br":
            return f"<b>{self.e(t)}</b>"
        return f"<p><b>{self.e(t)}</b></p>"

    def h(self, level, t):
        return f'<h{level} style="text-align: left;">{self.e(t)}</h{level}>'

    def lst(self, tag, items):
        return f'<{tag} style="text-align: left;">' + "".join(f"<li>{self.e(i)}</li>" for i in items) + f"</{tag}>"

    def figure(self, cap, credit):
        F = self.rec
        cell = ""
        if cap:
            cell = F("caption", f'<td class="tr-caption" style="text-align: center;">{self.e(cap)}</td>')
        return ('<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container" style="margin-left: auto; margin-right: auto;"><tbody>'
                f'<tr><td style="text-align: center;"><a href="{self.files}fields-large.jpg" style="margin-left: auto; margin-right: auto;">'
                f'<img border="0" data-original-height="1200" data-original-width="1600" height="300" src="{self.files}fields.jpg" width="400" /></a></td></tr>'
                f'<tr>{cell}</tr></tbody></table>')

    def join(self, parts):
        if self.style != "br":
            return "\n".join(parts)
        out = ""
        for i, p in enumerate(parts):
            if i and not p.startswith("<ul") and not p.startswith("<ol") and not parts[i-1].startswith("<ul") and not parts[i-1].startswith("<ol"):
                out += "<br />\n<br />\n"
            elif i:
                out += "\n"
            out += p
        return out


def blogger(s, fname):
    o = s["opts"]
    F = Recorder()
    url = url_of(s)
    base = f'https://{s["domain"]}/'
    ent = o.get("entities", "raw")
    files = "./" + fname[:-5] + "_files/"
    theme = o.get("blogger_theme", "simple")
    style = "br" if o.get("br_style") else ("divs" if theme == "watermark" else "p")
    dia = BloggerDialect(F, ent, files, style)
    body_html, gold = render_body(s, dia)
    if style == "br":
        body_html = '<div dir="ltr" style="text-align: left;" trbidi="on">\n' + body_html + '\n</div>'
    blog_id = 7000000000000000000 + s["n"] * 982451653
    post_id = 3000000000000000000 + s["n"] * 179424673
    pub = iso(s["date"], s["time"], "+01:00")
    title_e = esc(s["title"], ent)
    desc = attr(first_sentence(s))
    author = s["author"] if not o.get("hide_author") else None
    labels = o.get("labels", [])
    ncom = len(o.get("comments", []))
    year, month = s["date"][:4], s["date"][5:7]

    head = [
        "<meta content='width=1100' name='viewport'/>" if theme != "contempo" else "<meta content='width=device-width, initial-scale=1' name='viewport'/>",
        "<meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>",
        "<meta content='blogger' name='generator'/>",
        f"<link href='{base}favicon.ico' rel='icon' type='image/x-icon'/>",
        f"<link href='{url}' rel='canonical'/>",
        f'<link rel="alternate" type="application/atom+xml" title="{attr(s["site"])} - Atom" href="{base}feeds/posts/default" />',
        f'<link rel="alternate" type="application/rss+xml" title="{attr(s["site"])} - RSS" href="{base}feeds/posts/default?alt=rss" />',
        f'<link rel="service.post" type="application/atom+xml" title="{attr(s["site"])} - Atom" href="https://www.blogger.example/feeds/{blog_id}/posts/default" />',
        f'<link rel="alternate" type="application/atom+xml" title="{attr(s["site"])} - Atom" href="{base}feeds/{post_id}/comments/default" />',
        f"<meta content='{url}' property='og:url'/>",
        f"<meta content='{attr(vis(esc(s['title'])))}' property='og:title'/>",
        f"<meta content='{desc}' property='og:description'/>",
        f"<title>{o['head_title']}</title>",
        "<style id='page-skin-1' type='text/css'><!--\n/*\n-----------------------------------------------\nBlogger Template Style\nName:     " + theme.title() + "\n----------------------------------------------- */\n/* Content\n----------------------------------------------- */\nbody {\n  font: normal normal 14px Georgia, Utopia, 'Palatino Linotype', Palatino, serif;\n  color: #333333;\n  background: #f4f1ea none repeat scroll top left;\n}\nh3.post-title, .comments h4 { font: normal normal 22px Georgia, serif; margin: .75em 0 0; }\n.post-body { font-size: 110%; line-height: 1.4; position: relative; }\n--></style>",
        "<script type='text/javascript'>\n(function() { var a = window, b = document; a.BLOG_v2 = true; a.BLOG_id = '" + str(blog_id) + "'; })();\n</script>",
        f"<link type='text/css' rel='stylesheet' href='{files}widget_css_bundle.css' />",
    ]
    if theme == "contempo":
        head.insert(5, f"<meta content='{attr(s['site'])}' property='og:site_name'/>")

    # --- the post
    post = ""
    if theme == "contempo":
        ld = {"@context": "http://schema.org", "@type": "BlogPosting",
              "mainEntityOfPage": {"@type": "WebPage", "@id": url},
              "headline": vis(esc(s["title"])), "description": first_sentence(s),
              "datePublished": pub, "dateModified": pub,
              "image": {"@type": "ImageObject", "url": "https://blogger.example/img/b/R29vZ2xl/placeholder/w1200-h630-p-k-no-nu/img.png", "height": 630, "width": 1200},
              "publisher": {"@type": "Organization", "name": "Blogger", "logo": {"@type": "ImageObject", "url": "https://blogger.example/img/logo_blogger_40px.png", "width": 206, "height": 60}}}
        if author:
            ld["author"] = {"@type": "Person", "name": author}
        post += jsonld(ld)
    post += f"<a name='{post_id}'></a>\n"
    post += f"<h3 class='post-title entry-title' itemprop='name'>\n{title_e}\n</h3>\n"
    post += "<div class='post-header'><div class='post-header-line-1'>"
    if theme == "contempo":
        if author:
            post += F("byline", f"<span class='byline post-author vcard'><span class='byline-label'>By</span> <span class='fn'><meta content='https://www.blogger.example/profile/0{s['n']}' itemprop='url'/><a class='g-profile' href='https://www.blogger.example/profile/0{s['n']}' rel='author' title='author profile'><span itemprop='name'>{esc(author)}</span></a></span></span>")
        post += F("date line", f" <span class='byline post-timestamp'><span class='byline-label'>-</span> <meta content='{url}' itemprop='url'/><a class='timestamp-link' href='{url}' rel='bookmark' title='permanent link'><time class='published' datetime='{pub}' itemprop='datePublished' title='{pub}'>{o['time_label']}</time></a></span>")
    post += "</div></div>\n"
    if theme == "contempo":
        post += f"<div class='post-body-container'><div class='post-body entry-content float-container' id='post-body-{post_id}'>\n{body_html}\n</div></div>\n"
    else:
        post += f"<div class='post-body entry-content' id='post-body-{post_id}' itemprop='description articleBody'>\n{body_html}\n<div style='clear: both;'></div>\n</div>\n"

    # --- post footer
    pf = "<div class='post-footer'>"
    if theme == "contempo":
        pf += "<div class='post-footer-line post-footer-line-0'>"
        if labels:
            pf += F("tags", "<span class='byline post-labels'><span class='byline-label'>Labels:</span> " + " ".join(f"<a href='{base}search/label/{l.replace(' ', '%20')}' rel='tag'>{esc(l)}</a>" for l in labels) + "</span>")
        pf += "</div>"
        share_items = [("Get link", "link"), ("Facebook", "facebook"), ("X", "twitter"), ("Pinterest", "pinterest"), ("Email", "email"), ("Other Apps", "other")]
        lis = "".join(f"<li><span aria-label='{l}' class='sharing-platform-button sharing-element-{k}' data-url='{url}' role='menuitem' tabindex='-1' title='{l}'><svg class='svg-icon-24 touch-icon sharing-{k}'><use xlink:href='#icon-{k}'></use></svg><span class='platform-sharing-text'>{l}</span></span></li>" for l, k in share_items)
        pf += ("<div class='post-share-buttons post-share-buttons-bottom invisible'><div class='byline post-share-buttons goog-inline-block'>"
               f"<div aria-owns='sharing-popup-Blog1-byline-{post_id}' class='sharing' data-title='{attr(vis(esc(s['title'])))}'>"
               f"<button aria-controls='sharing-popup-Blog1-byline-{post_id}' aria-label='Share' class='sharing-button touch-icon-button' id='sharing-button-Blog1-byline-{post_id}' role='button'><div class='flat-icon-button ripple'><svg class='svg-icon-24'><use xlink:href='#icon-share'></use></svg></div></button>"
               + F("share prompt", f"<div class='share-buttons-container'><ul aria-hidden='true' aria-label='Share' class='share-buttons hidden' id='sharing-popup-Blog1-byline-{post_id}' role='menu'>{lis}</ul></div>")
               + "</div></div></div>")
    else:
        pf += "<div class='post-footer-line post-footer-line-1'>"
        if author:
            pf += F("byline", f"<span class='post-author vcard'>\nPosted by\n<span class='fn' itemprop='author' itemscope='itemscope' itemtype='http://schema.org/Person'><meta content='https://www.blogger.example/profile/0{s['n']}' itemprop='url'/><a class='g-profile' href='https://www.blogger.example/profile/0{s['n']}' rel='author' title='author profile'><span itemprop='name'>{esc(author)}</span></a></span>\n</span>")
        pf += F("date line", f"<span class='post-timestamp'>\nat\n<meta content='{url}' itemprop='url'/><a class='timestamp-link' href='{url}' rel='bookmark' title='permanent link'><abbr class='published' itemprop='datePublished' title='{pub}'>{o['time_label']}</abbr></a>\n</span>")
        ctext = "No comments:" if ncom == 0 else f"{ncom} comments:"
        pf += F("comment form", f"<span class='post-comment-link'>\n<a class='comment-link' href='{url}#comment-form' onclick=''>\n{ctext}\n</a>\n</span>")
        pf += f"<span class='post-icons'><span class='item-control blog-admin pid-{s['n']}'><a href='https://www.blogger.example/post-edit.g?blogID={blog_id}&amp;postID={post_id}&amp;from=pencil' title='Edit Post'><img alt='' class='icon-action' height='18' src='{files}icon18_edit_allbkg.gif' width='18'/></a></span></span>"
        shares = [("Email This", "sb-email"), ("BlogThis!", "sb-blog"), ("Share to X", "sb-twitter"), ("Share to Facebook", "sb-facebook"), ("Share to Pinterest", "sb-pinterest")]
        pf += F("share prompt", "<div class='post-share-buttons goog-inline-block'>" + "".join(
            f"<a class='goog-inline-block share-button {c}' href='https://www.blogger.example/share-post.g?blogID={blog_id}&amp;postID={post_id}&amp;target={c[3:]}' target='_blank' title='{l}'><span class='share-button-link-text'>{l}</span></a>" for l, c in shares) + "</div>")
        pf += "</div><div class='post-footer-line post-footer-line-2'>"
        if labels:
            pf += F("tags", "<span class='post-labels'>\nLabels:\n" + ",\n".join(f"<a href='{base}search/label/{l.replace(' ', '%20')}' rel='tag'>{esc(l)}</a>" for l in labels) + "\n</span>")
        pf += "</div><div class='post-footer-line post-footer-line-3'><span class='post-location'></span></div>"
    pf += "</div>"

    # --- comments
    if theme == "contempo":
        com = ("<section class='comments embed' data-num-comments='0' id='comments'><a name='comments'></a>"
               + F("comment form", "<h3 class='title'>Comments</h3>")
               + "<div id='Blog1_comments-block-wrapper'></div><div class='footer'><div class='comment-form'><a name='comment-form'></a>"
               + F("comment form", "<h4 id='comment-post-message'>Post a Comment</h4>")
               + f"<a href='' id='blogger-comment-from-post'></a><iframe allowtransparency='allowtransparency' class='blogger-iframe-colorize blogger-comment-from-post' frameborder='0' height='410px' id='comment-editor' name='comment-editor' src='' width='100%'></iframe></div></div></section>")
    else:
        com = "<div class='comments' id='comments'><a name='comments'></a>"
        com += F("comment form", f"<h4>{'No comments' if ncom == 0 else str(ncom) + ' comments'}:</h4>")
        com += "<div id='Blog1_comments-block-wrapper'><dl class='avatar-comment-indent' id='comments-block'>"
        for i, (who, when, text) in enumerate(o.get("comments", [])):
            cid = 5550000 + s["n"] * 100 + i
            com += (f"<dt class='comment-author ' id='c{cid}'><a name='c{cid}'></a><div class='avatar-image-container vcard'><span dir='ltr'><img src='{files}blank.gif' width='35' height='35' class='delayLoad' style='display: none;' /></span></div>"
                    + F("other", f"<a href='https://www.blogger.example/profile/{cid}' rel='nofollow'>{esc(who)}</a> said...") + "</dt>"
                    + F("other", f"<dd class='comment-body' id='Blog1_cmt-{cid}'><p>{esc(text, ent)}</p></dd>")
                    + "<dd class='comment-footer'><span class='comment-timestamp'>"
                    + F("date line", f"<a href='{url}?showComment={cid}#c{cid}' title='comment permalink'>{esc(when)}</a>")
                    + f"<span class='item-control blog-admin pid-{cid}'><a class='comment-delete' href='https://www.blogger.example/comment/delete/{blog_id}/{cid}' title='Delete Comment'><img src='{files}icon_delete13.gif'/></a></span></span></dd>")
        com += "</dl></div>"
        com += F("comment form", f"<p class='comment-footer'><a href='https://www.blogger.example/comment/fullpage/post/{blog_id}/{post_id}' onclick=''>Post a Comment</a></p>")
        com += "</div>"

    newer, older = pool(s["n"], 2, 3)
    if theme == "contempo":
        pager = F("navigation", "<div class='blog-pager container' id='blog-pager'>"
                  f"<a class='blog-pager-newer-link flat-button ripple' href='{base}{year}/{month}/{slugify(newer)[:40]}.html' id='Blog1_blog-pager-newer-link' title='Newer Post'>Newer Post</a>"
                  f"<a class='blog-pager-older-link flat-button ripple' href='{base}{year}/{month}/{slugify(older)[:40]}.html' id='Blog1_blog-pager-older-link' title='Older Post'>Older Post</a></div>")
        feeds = ""
    else:
        pager = F("navigation", "<div class='blog-pager' id='blog-pager'>"
                  f"<span id='blog-pager-newer-link'>\n<a class='blog-pager-newer-link' href='{base}{year}/{month}/{slugify(newer)[:40]}.html' id='Blog1_blog-pager-newer-link' title='Newer Post'>Newer Post</a>\n</span>"
                  f"<span id='blog-pager-older-link'>\n<a class='blog-pager-older-link' href='{base}{year}/{month}/{slugify(older)[:40]}.html' id='Blog1_blog-pager-older-link' title='Older Post'>Older Post</a>\n</span>"
                  f"<a class='home-link' href='{base}'>Home</a></div>")
        feeds = F("navigation", f"<div class='post-feeds'><div class='feed-links'>\nSubscribe to:\n<a class='feed-link' href='{base}feeds/{post_id}/comments/default' target='_blank' type='application/atom+xml'>Post Comments (Atom)</a>\n</div></div>")

    # --- header
    if theme == "contempo":
        header = ('<header class="centered-top-container" role="banner"><div class="centered-top"><a name="top"></a><div class="blog-name container"><div class="container section" id="header"><div class="widget Header" data-version="2" id="Header1"><div class="header-widget">'
                  + F("other", f'<div><h1><a href="{base}">{esc(s["site"])}</a></h1></div>') + F("other", f'<p>{esc(DESCS[s["n"]])}</p>')
                  + '</div></div></div></div>'
                  + F("navigation", '<nav role="navigation"><div class="clearboth section" id="page_list_top"><div class="widget PageList" data-version="2" id="PageList1"><div class="widget-content"><div class="overflowable-container"><div class="overflowable-contents"><div class="container"><ul class="tabs">'
                      f'<li class="overflowable-item"><a href="{base}">Home</a></li><li class="overflowable-item"><a href="{base}p/about.html">About</a></li><li class="overflowable-item"><a href="{base}p/marking-diary.html">Marking diary</a></li></ul></div></div></div></div></div></div></nav>')
                  + '</div></header>')
    else:
        header = ("<div class='navbar section' id='navbar' name='Navbar'><div class='widget Navbar' data-version='1' id='Navbar1'><script type=\"text/javascript\">\nfunction setAttributeOnload(object, attribute, val) { if(window.addEventListener) { window.addEventListener('load', function(){ object[attribute] = val; }, false); } else { window.attachEvent('onload', function(){ object[attribute] = val; }); } }\n</script><div id=\"navbar-iframe-container\"></div></div></div>\n"
                  "<header><div class='header-outer'><div class='header-cap-top cap-top'></div><div class='fauxborder-left header-fauxborder-left'><div class='region-inner header-inner'><div class='header section' id='header' name='Header'><div class='widget Header' data-version='1' id='Header1'><div id='header-inner'>"
                  + F("other", f"<div class='titlewrapper'><h1 class='title'>\n<a href='{base}'>{esc(s['site'])}</a>\n</h1></div>")
                  + F("other", f"<div class='descriptionwrapper'><p class='description'><span>{esc(DESCS[s['n']])}</span></p></div>")
                  + "</div></div></div></div></div></div></header>\n"
                  "<div class='tabs-outer'><div class='region-inner tabs-inner'><div class='tabs section' id='crosscol' name='Cross-Column'><div class='widget PageList' data-version='1' id='PageList1'><div class='widget-content'>"
                  + F("navigation", f"<ul><li class='selected'><a href='{base}'>Home</a></li><li><a href='{base}p/about.html'>About</a></li><li><a href='{base}p/contact.html'>Contact</a></li></ul>")
                  + "<div class='clear'></div></div></div></div></div></div>")

    # --- sidebar
    side = ""
    if theme != "contempo":
        side = "<div class='column-right-outer'><div class='column-right-inner'><aside><div class='sidebar section' id='sidebar-right-1'>"
        if s["n"] in BIOS:
            side += ("<div class='widget Profile' data-version='1' id='Profile1'>" + F("author box", "<h2>About Me</h2>") + "<div class='widget-content'>"
                     f"<a href='https://www.blogger.example/profile/0{s['n']}'><img alt='My photo' class='profile-img' height='80' src='{files}photo.jpg' width='60' /></a>"
                     "<dl class='profile-datablock'>"
                     + F("author box", f"<dt class='profile-data'><a class='profile-name-link g-profile' href='https://www.blogger.example/profile/0{s['n']}' rel='author'>{esc(s['author'] or s['site'])}</a></dt>")
                     + F("author box", f"<dd class='profile-textblock'>{esc(BIOS[s['n']])}</dd>") + "</dl>"
                     + F("author box", f"<a class='profile-link' href='https://www.blogger.example/profile/0{s['n']}' rel='author'>View my complete profile</a>")
                     + "<div class='clear'></div></div></div>")
        mname = MONTHS[int(month) - 1]
        same_month = [s["title"]] + pool(s["n"], 2, 17)
        arch = (f"<ul class='hierarchy'><li class='archivedate expanded'><a class='toggle' href='javascript:void(0)'><span class='zippy toggle-open'>&#9660;&nbsp;</span></a>"
                f"<a class='post-count-link' href='{base}{year}/'>{year}</a> <span class='post-count' dir='ltr'>({len(same_month) + 6})</span>"
                f"<ul class='hierarchy'><li class='archivedate expanded'><a class='toggle' href='javascript:void(0)'><span class='zippy toggle-open'>&#9660;&nbsp;</span></a>"
                f"<a class='post-count-link' href='{base}{year}/{month}/'>{mname}</a> <span class='post-count' dir='ltr'>({len(same_month)})</span>"
                "<ul class='posts'>" + "".join(f"<li><a href='{base}{year}/{month}/{slugify(t)[:40]}.html'>{esc(t)}</a></li>" for t in same_month) + "</ul></li>"
                f"<li class='archivedate collapsed'><a class='toggle' href='javascript:void(0)'><span class='zippy'>&#9658;&nbsp;</span></a><a class='post-count-link' href='{base}{year}/01/'>January</a> <span class='post-count' dir='ltr'>(6)</span></li></ul></li>"
                f"<li class='archivedate collapsed'><a class='toggle' href='javascript:void(0)'><span class='zippy'>&#9658;&nbsp;</span></a><a class='post-count-link' href='{base}{int(year)-1}/'>{int(year)-1}</a> <span class='post-count' dir='ltr'>(23)</span></li></ul>")
        side += "<div class='widget BlogArchive' data-version='1' id='BlogArchive1'>" + F("navigation", "<h2>Blog Archive</h2><div class='widget-content'><div id='ArchiveList'><div id='BlogArchive1_ArchiveList'>" + arch + "</div></div></div>") + "</div>"
        if s["n"] in (13, 16):
            side += ("<div class='widget Followers' data-version='1' id='Followers1'>" + F("newsletter prompt", "<h2 class='title'>Followers</h2>")
                     + "<div class='widget-content'><div id='Followers1-wrapper'><div style='margin-right:2px;'><div><script type=\"text/javascript\" src=\"./x_files/followers.js\"></script></div></div></div></div></div>")
        side += ("<div class='widget ReportAbuse' data-version='1' id='ReportAbuse1'>" + F("other", f"<h3 class='title'><a class='report_abuse' href='https://www.blogger.example/go/report-abuse' rel='noopener nofollow' target='_blank'>Report Abuse</a></h3>") + "</div>")
        side += "</div></aside></div></div>"
    else:
        pp = pool(s["n"], 2, 25)
        side = ("<section class='widget PopularPosts' data-version='2' id='PopularPosts1'>" + F("related links", "<h3 class='title'>Popular posts from this blog</h3>")
                + "".join(
                    "<div class='post-outer-container'><div class='post-outer'><div class='post'><div class='post-content'>"
                    + F("related links", f"<a class='post-content-link' href='{base}2024/0{3+i}/{slugify(t)[:40]}.html'><div class='post-title'><h3 class='post-title'>{esc(t)}</h3></div></a>")
                    + F("date line", f"<div class='post-header'><div class='post-header-line-1'><span class='byline post-timestamp'><a class='timestamp-link' href='{base}' rel='bookmark'><time class='published'>{MONTHS[2+i]} 1{2+i}, 2024</time></a></span></div></div>")
                    + F("related links", f"<div class='snippet-item post-snippet snippet-container r-snippet-container'><div class='snippet-item r-snippetized'>A short note on {esc(t.lower())}, and what it means for the rest of us in the staffroom.</div></div>")
                    + F("related links", f"<div class='jump-link flat-button ripple'><a class='flat-button ripple' href='{base}2024/0{3+i}/{slugify(t)[:40]}.html' title='{attr(t)}'>Read more</a></div>")
                    + "</div></div></div></div>" for i, t in enumerate(pp))
                + "</section>")

    if theme == "contempo":
        foot = ("<footer class='footer section' id='footer' name='Footer'><div class='widget Attribution' data-version='2' id='Attribution1'><div class='widget-content'>"
                + F("other", f"<div class='blogger'><a href='https://www.blogger.example/' rel='nofollow'><svg class='svg-icon-24'><use xlink:href='#icon-blogger'></use></svg>Powered by Blogger</a></div>")
                + F("photo credit", "<div class='image-attribution'>Theme images by <a href='https://images.example/portfolio/ravenna-solberg'>Ravenna Solberg</a></div>")
                + "</div></div>"
                + "<div class='widget ReportAbuse' data-version='2' id='ReportAbuse1'>" + F("other", "<h3 class='title'><a class='report_abuse' href='https://www.blogger.example/go/report-abuse' rel='noopener nofollow' target='_blank'>Report Abuse</a></h3>") + "</div></footer>")
    else:
        tname = "Simple" if theme == "simple" else "Watermark"
        foot = ("<footer><div class='footer-outer'><div class='region-inner footer-inner'><div class='foot section' id='footer-3' name='Footer'><div class='widget Attribution' data-version='1' id='Attribution1'>"
                + F("other", f"<div class='widget-content' style='text-align: center;'>\n{tname} theme. Powered by <a href='https://www.blogger.example' target='_blank'>Blogger</a>.\n</div>")
                + "</div></div></div></div></footer>")

    if theme == "contempo":
        main = ('<main class="centered-bottom" id="main" role="main" tabindex="-1"><div class="main section" id="page_body" name="Page body"><div class="widget Blog" data-version="2" id="Blog1"><div class="blog-posts hfeed container">'
                f'<article class="post-outer-container"><div class="post-outer"><div class="post">\n{post}\n{pf}\n</div></div>\n{com}\n</article></div>\n{pager}\n</div></div>\n{side}\n</main>')
        page = ('<div class="page"><div class="bg-photo-overlay"></div><div class="bg-photo-container"><div class="bg-photo"></div></div><div class="page_body"><div class="centered"><div class="centered-top-placeholder"></div>'
                f'\n{header}\n{main}\n{foot}\n</div></div></div>')
        body_cls = "version-1-3-3 variant-indie_light"
    else:
        date_header = F("date line", f"<h2 class='date-header'><span>{esc(o['date_header'])}</span></h2>") if o.get("date_header") else ""
        main = ("<div class='main-outer'><div class='main-cap-top cap-top'></div><div class='fauxborder-left main-fauxborder-left'><div class='region-inner main-inner'><div class='columns fauxcolumns'>"
                "<div class='columns-inner'><div class='column-center-outer'><div class='column-center-inner'><div class='main section' id='main' name='Main'><div class='widget Blog' data-version='1' id='Blog1'><div class='blog-posts hfeed'>\n"
                f"<div class='date-outer'>\n{date_header}\n<div class='date-posts'>\n<div class='post-outer'>\n"
                f"<div class='post hentry uncustomized-post-template' itemprop='blogPost' itemscope='itemscope' itemtype='http://schema.org/BlogPosting'>\n"
                f"<meta content='{files}img.jpg' itemprop='image_url'/><meta content='{blog_id}' itemprop='blogId'/><meta content='{post_id}' itemprop='postId'/>\n"
                f"{post}\n{pf}\n</div>\n{com}\n</div>\n</div></div>\n</div>\n{pager}\n<div class='clear'></div>\n{feeds}\n</div></div></div></div></div>\n"
                f"{side}\n</div></div></div></div>")
        page = ("<div class='body-fauxcolumns'><div class='fauxcolumn-outer body-fauxcolumn-outer'><div class='cap-top'><div class='cap-left'></div><div class='cap-right'></div></div></div></div>"
                f"<div class='content'><div class='content-fauxcolumns'></div><div class='content-outer'><div class='content-cap-top cap-top'></div><div class='fauxborder-left content-fauxborder-left'><div class='content-inner'>\n{header}\n{main}\n{foot}\n</div></div></div></div>")
        body_cls = "loading" + (" variant-simplysimple" if theme == "simple" else " variant-sand")

    js_site = esc(s["site"]).replace("'", "\\x27")
    js_title = vis(esc(s["title"])).replace("'", "\\x27")
    js_ptitle = vis(o["head_title"]).replace("'", "\\x27")
    js_path = s["path"][1:]
    html = f"""<!DOCTYPE html>
{saved_from(url)}
<html class="v2" dir="ltr" lang="en-GB"><head>
{chr(10).join(head)}
</head>
<body class="{body_cls}">
{page}
<script type="text/javascript" src="{files}3801212009-widgets.js"></script>
<script type='text/javascript'>
window['__wavt'] = 'AOuZoY5placeholder:1700000000000';_WidgetManager._Init('//www.blogger.example/rearrange?blogID\\x3d{blog_id}','//{s["domain"]}/{js_path}','{blog_id}');
_WidgetManager._SetDataContext([{{'name': 'blog', 'data': {{'blogId': '{blog_id}', 'title': '{js_site}', 'url': '{url}', 'canonicalUrl': '{url}', 'homepageUrl': '{base}', 'pageType': 'item', 'postId': '{post_id}', 'pageName': '{js_title}', 'pageTitle': '{js_ptitle}'}}}}]);
</script>
</body></html>
"""
    return html, gold_entry(s, fname, gold, F)
