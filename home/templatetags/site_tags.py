from functools import lru_cache
from urllib.parse import unquote, urlsplit, urlunsplit

from django import template
from django.conf import settings
from django.core.cache import cache
from django.db.models import Subquery
from django.template.loader import render_to_string
from django.urls import NoReverseMatch, Resolver404, resolve, reverse
from django.utils import translation
from django.utils.html import format_html, format_html_join
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import gettext
from wagtail.models import Page

from consult import compiled

from ..page_cache import pages_version

register = template.Library()


def _sorted(links):
    order = {code: position for position, (code, _name) in enumerate(settings.LANGUAGES)}
    return sorted(links, key=lambda link: order.get(link["code"], len(order)))


def _page_language_links(page, request):
    names = dict(settings.LANGUAGES)
    # live only: a translation behind a view restriction asks for its password itself
    translations = compiled.rows(
        "language-links",
        lambda pk: Page.objects.filter(
            translation_key=Subquery(Page.objects.filter(pk=pk).values("translation_key")[:1]), live=True
        ).values_list("url_path", "locale__language_code"),
        [page.pk],
    )
    return _sorted(
        {"code": code, "name": names.get(code, code), "url": _url(url_path, code)} for url_path, code in translations
    )


def page_url(page):
    """The page's URL as Wagtail's ``get_url`` gives it on this one-site
    platform, whose root is translated into every locale: the path below the
    locale's root, under the locale's language prefix. Wagtail finds the root
    through the site root paths and the root's translations, two queries on
    an empty cache (a third of a cold country page's); the root is the first
    step of the page's own ``url_path``. The tests check it against
    ``get_url`` for every live page the seed creates."""
    return _url(page.url_path, page.locale.language_code)


def _url(url_path, language_code):
    root_path = "/" + url_path.strip("/").partition("/")[0] + "/"
    with translation.override(language_code):
        return reverse("wagtail_serve", args=(url_path[len(root_path) :],))


@register.simple_tag(takes_context=True)
def language_links(context):
    """The languages this page exists in, as [{code, name, url}] in settings order.

    On a Wagtail page: only its live translations, so the switcher never leads
    to a missing page (cached until the page tree changes). Elsewhere: every
    site language, by URL prefix. Either way each link keeps the page's query
    string: a GET form ("report this" names its subject in ``?about=``), a
    filter or a page number reads the same in the other language.
    """
    request = context.get("request")
    page = context.get("page")
    if isinstance(page, Page):
        key = f"language-links:{page.pk}:{pages_version()}"
        links = cache.get(key)
        if links is None:
            links = _page_language_links(page, request)
            cache.set(key, links, timeout=3600)
        return _with_query(links, request)
    if request is None:
        return []
    if len(request.path) > 200:  # any path reaches a 404 page: keep odd ones out of the cache
        return _with_query(_translated_paths.__wrapped__(request.path), request)
    return _with_query(_translated_paths(request.path), request)


def _with_query(links, request):
    if request is None or not request.GET:
        return links
    params = request.GET.copy()
    # a "next" to another site is never echoed into a link (the pages ignore it anyway)
    for value in params.getlist("next"):
        if not url_has_allowed_host_and_scheme(value, allowed_hosts={request.get_host()}):
            params.pop("next")
            break
    query = params.urlencode()
    if not query:
        return links
    return [link | {"url": f"{link['url']}?{query}"} for link in links]


@lru_cache(maxsize=512)
def _translated_paths(path):
    # the same for every request of a path: once per process
    urls = _translate_url_into_each_language(path)
    return _sorted({"code": code, "name": name, "url": urls[code]} for code, name in settings.LANGUAGES)


def _translate_url_into_each_language(url):
    """{language code: Django's ``translate_url(url, code)``} for every site
    language, the URL resolved once rather than once per language (16
    resolves were half of what a page's first view in a process paid for
    its language links)."""
    parsed = urlsplit(url)
    try:
        match = resolve(unquote(parsed.path))  # as translate_url: the URL may be encoded
    except Resolver404:
        return {code: url for code, _name in settings.LANGUAGES}
    name = f"{match.namespace}:{match.url_name}" if match.namespace else match.url_name
    urls = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            try:
                path = reverse(name, args=match.args, kwargs=match.kwargs)
            except NoReverseMatch:
                urls[code] = url
            else:
                urls[code] = urlunsplit((parsed.scheme, parsed.netloc, path, parsed.query, parsed.fragment))
    return urls


# The parts of the base template every page shares, rendered once and reused
# by this process: the head's asset links, the header (quick exit, navigation,
# the person's tools and their counts) and the footer. Rendering them cost
# about 1.5 ms of every page (some 40 translated strings, a dozen URL
# reversals and static file look-ups). Kept in the process, not the shared
# cache: a deploy, which may change these templates or the hashed asset
# names, starts new processes, so no page ever shows an old header. With
# DEBUG (development, templates reloaded on change) they are rendered each
# time.
_SHARED_PARTS = {}
_SHARED_PARTS_LIMIT = 4096
_SWITCHER_MARKER = "<!--language-switcher-->"


def _shared_part(key, render):
    if settings.DEBUG:
        return render()
    html = _SHARED_PARTS.get(key)
    if html is None:
        html = render()
        if len(_SHARED_PARTS) >= _SHARED_PARTS_LIMIT:
            _SHARED_PARTS.clear()
        _SHARED_PARTS[key] = html
    return html


@register.simple_tag
def site_assets():
    return _shared_part(("assets",), lambda: render_to_string("includes/site_assets.html"))


@register.simple_tag
def site_footer():
    language = translation.get_language()
    return _shared_part(("footer", language), lambda: render_to_string("includes/site_footer.html"))


@register.simple_tag(takes_context=True)
def site_header(context, role_nav, editor_counts=None):
    """The header, per language, tools and counts (``role_nav``, the editor's
    ``editor_counts``), with this page's language switcher put in."""
    language = translation.get_language()
    editor_counts = tuple(editor_counts or (0, 0))
    # the navigation's values, not the lazy object (which holds the request)
    key = ("header", language, role_nav.fingerprint, editor_counts)
    header = _shared_part(
        key,
        lambda: render_to_string(
            "includes/site_header.html",
            {
                "role_nav": role_nav,
                "editor_counts": editor_counts,
                "LANGUAGE_CODE": language,
                "QUICK_EXIT_URL": settings.QUICK_EXIT_URL,
            },
        ),
    )
    switcher = _language_switcher(context.get("language_links"), language)
    # both parts were escaped when they were built (a template, format_html)
    return mark_safe(header.replace(_SWITCHER_MARKER, switcher, 1))  # noqa: S308


# The language switcher and the alternates are built here rather than in a
# template: they loop over up to 16 links on every page, which cost more than
# the rest of the base template once the shared parts are reused.
def _language_switcher(links, language):
    if not links:
        return ""
    return _switcher_html(tuple((link["code"], str(link["name"]), link["url"]) for link in links), language)


# most pages are asked for again and again with the same links (the same path)
@lru_cache(maxsize=2048)
def _switcher_html(links, language):
    """Sixteen languages in one line of the header: a disclosure named by a
    globe and the page's language; open, the links, each a real link with the
    language's own name and ``lang``. Without JavaScript it opens as well
    (``<details>``); static/js/site-menu.js closes it with Escape or a click
    elsewhere."""
    items = format_html_join(
        "\n      ",
        '<li><a href="{}" hreflang="{}" lang="{}"{}>{}</a></li>',
        ((url, code, code, _CURRENT if code == language else "", name) for code, name, url in links),
    )
    current = next((name for code, name, _url in links if code == language), None)
    current = current or dict(settings.LANGUAGES).get(language, language)
    label = gettext("Language")
    return format_html(
        '<nav class="language-switcher" aria-label="{}">\n  <details class="language-switcher__menu">\n'
        '    <summary>{}<span class="visually-hidden">{}: </span><span lang="{}">{}</span></summary>\n'
        "    <ul>\n      {}\n    </ul>\n  </details>\n</nav>",
        label,
        _GLOBE,
        label,
        language,
        current,
        items,
    )


# a globe, the sign for "languages" that needs no reading (drawn, not a font's emoji)
_GLOBE = mark_safe(
    '<svg class="language-switcher__globe" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true"'
    ' focusable="false"><g fill="none" stroke="currentColor" stroke-width="1.8"><circle cx="12" cy="12" r="9.5"/>'
    '<path d="M2.5 12h19M12 2.5c2.6 2.7 3.9 5.9 3.9 9.5s-1.3 6.8-3.9 9.5c-2.6-2.7-3.9-5.9-3.9-9.5s1.3-6.8 3.9-9.5z"/>'
    "</g></svg>"
)
_CURRENT = mark_safe(' aria-current="true"')


@register.simple_tag(takes_context=True)
def language_alternates(context):
    """``<link rel="alternate" hreflang>`` for each language of this page."""
    request, links = context.get("request"), context.get("language_links")
    if request is None or not links:
        return ""
    return _alternates_html(
        f"{request.scheme}://{request.get_host()}", tuple((link["code"], link["url"]) for link in links)
    )


@lru_cache(maxsize=2048)
def _alternates_html(origin, links):
    return format_html_join(
        "\n  ", '<link rel="alternate" hreflang="{}" href="{}{}">', ((code, origin, url) for code, url in links)
    )
