from functools import lru_cache

from django import template
from django.conf import settings
from django.core.cache import cache
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from wagtail.models import Page

from ..page_cache import pages_version

register = template.Library()


def _sorted(links):
    order = {code: position for position, (code, _name) in enumerate(settings.LANGUAGES)}
    return sorted(links, key=lambda link: order.get(link["code"], len(order)))


def _page_language_links(page, request):
    names = dict(settings.LANGUAGES)
    # live only: a translation behind a view restriction asks for its password itself
    translations = (
        Page.objects.filter(translation_key=page.translation_key, live=True)
        .select_related("locale")
        .only("url_path", "locale__language_code")
    )
    return _sorted(
        {
            "code": p.locale.language_code,
            "name": names.get(p.locale.language_code, p.locale.language_code),
            "url": page_url(p),
        }
        for p in translations
    )


def page_url(page):
    """The page's URL as Wagtail's ``get_url`` gives it on this one-site
    platform, whose root is translated into every locale: the path below the
    locale's root, under the locale's language prefix. Wagtail finds the root
    through the site root paths and the root's translations, two queries on
    an empty cache (a third of a cold country page's); the root is the first
    step of the page's own ``url_path``. The tests check it against
    ``get_url`` for every live page the seed creates."""
    root_path = "/" + page.url_path.strip("/").partition("/")[0] + "/"
    with translation.override(page.locale.language_code):
        return reverse("wagtail_serve", args=(page.url_path[len(root_path) :],))


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
    # the same for every request of a path: one resolve and reverse per language, once per process
    return _sorted({"code": code, "name": name, "url": translate_url(path, code)} for code, name in settings.LANGUAGES)
