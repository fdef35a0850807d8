"""Cheaper Wagtail routing: the site and the page for a path, from the cache.

Wagtail finds a page by walking the tree from the site's root, one level at
a time, two queries per level (the child, then its specific row), after a
query for the site and one for the locale; then two more for the view
restrictions of the page and its ancestors. For ``/en/countries/nl/`` that
was nine queries and a third of the page's CPU time.

``PageRouteCacheMiddleware`` hands Wagtail's ``serve`` view the result of that
walk instead (Wagtail reads ``request._wagtail_site`` and
``request._wagtail_route_for_request`` when they are set): the site and the
specific page (with the rows its template needs) from the cache, no query.
The cached entries are keyed by the page tree version (home/page_cache.py),
which publishing, unpublishing, moving, slug changes and deletions bump, and
here also any save of a page (a change made in code without publishing),
sites, view restrictions, countries and locales. A page with a view
restriction on itself or an ancestor keeps Wagtail's own restriction check.
"""

from django.core.cache import cache
from django.http.request import split_domain_port
from django.utils import translation
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.url_routing import RouteResult

from .page_cache import bump, pages_version

TIMEOUT = 3600


def is_wagtail_serve(view_func):
    return getattr(view_func, "__module__", "") == "wagtail.views" and view_func.__name__ == "serve"


def cached_site(request, version):
    """The Site for the request's host and port, as Wagtail would find it."""
    hostname = split_domain_port(request._get_raw_host())[0]
    key = f"page-route-site:{version}:{hostname}:{request.get_port()}"
    site = cache.get(key)
    if site is None:
        site = Site.find_for_request(request)
        if site is None:
            return None
        cache.set(key, site, timeout=TIMEOUT)
    return site


class UnrestrictedPageMixin:
    """Pages whose route entry says no view restriction applies skip the query for them."""

    def get_view_restrictions(self):
        if getattr(self, "_route_cache_unrestricted", False):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()


class PageRouteCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not is_wagtail_serve(view_func) or request.method not in ("GET", "HEAD"):
            return None
        path = view_kwargs.get("path", view_args[0] if view_args else "")
        version = pages_version()
        site = cached_site(request, version)
        if site is None:
            return None
        request._wagtail_site = site
        key = f"page-route:{version}:{site.pk}:{translation.get_language()}:{path}"
        entry = cache.get(key)
        if entry is None:
            if entry := self._entry(request, path):  # unknown paths are not kept
                cache.set(key, entry, timeout=TIMEOUT)
            return None  # Wagtail routed this one itself (and keeps its result)
        page = entry["page"]
        if entry["fallback"]:
            request.translation_fallback = True
        if entry["unrestricted"]:
            page._route_cache_unrestricted = True
        request._wagtail_route_for_request = RouteResult(page)
        return None

    @staticmethod
    def _entry(request, path):
        """What the cache keeps for a path: the specific page and how it was found, or None."""
        route = Page.route_for_request(request, path)
        if route is None:
            return None
        page, args, kwargs = route
        if args or kwargs:  # a routable page's sub-route: not cached
            return None
        model = type(page)
        stored = model.objects.select_related(*getattr(model, "route_select_related", ())).get(pk=page.pk)
        return {
            "page": stored,
            "fallback": bool(getattr(request, "translation_fallback", False)),
            "unrestricted": not page.get_view_restrictions().exists(),
        }


def _bump_on_page_save(sender, instance, **kwargs):
    if isinstance(instance, Page):
        bump()


def connect():
    """Whatever a cached route holds bumps the page tree version when it changes."""
    from django.db.models.signals import post_delete, post_save
    from wagtail.models import Locale

    from consult.models import Country

    post_save.connect(_bump_on_page_save, dispatch_uid="page-tree-version:page-save")
    for model in (PageViewRestriction, Site, Country, Locale):
        label = model._meta.label_lower
        post_save.connect(bump, sender=model, dispatch_uid=f"page-tree-version:save:{label}")
        post_delete.connect(bump, sender=model, dispatch_uid=f"page-tree-version:delete:{label}")
