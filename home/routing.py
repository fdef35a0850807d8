"""Cheaper Wagtail routing: the site and the page for a path, from the cache.

Wagtail finds a page by walking the tree from the site's root, one level at
a time, two queries per level (the child, then its specific row), after a
query for the site and one for the locale; then two more for the view
restrictions of the page and its ancestors. For ``/en/countries/nl/`` that
was nine queries and a third of the page's CPU time.

On a miss (every cache empty: after a publish or a deploy) the walk itself
is shortened (``walk``): the site root's translation and every page along
the path in one query (by slug and depth, with whether a view restriction
applies to each), then the specific page with the rows its template needs;
the result is used at once, so Wagtail does not walk again. Any
path the short walk cannot answer the way Wagtail would (a missing page, a
page that is not live, a page type with its own ``route``: a routable page,
the fallback to the default language) goes through Wagtail's own routing.
The site lookup, the walk and the specific page run SQL compiled once by the
process (consult/compiled.py): building those querysets cost more CPU than
running them.

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

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db.models import Case, Exists, IntegerField, OuterRef, Q, Subquery, When
from django.http.request import split_domain_port
from django.utils import translation
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.models.sites import (
    MATCH_DEFAULT,
    MATCH_HOSTNAME,
    MATCH_HOSTNAME_DEFAULT,
    MATCH_HOSTNAME_PORT,
    get_site_for_hostname,
)
from wagtail.url_routing import RouteResult

from consult import compiled

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
        site = find_site(hostname, request.get_port())
        if site is None:
            return None
        cache.set(key, site, timeout=TIMEOUT)
    return site


def find_site(hostname, port):
    """Wagtail's ``get_site_for_hostname`` (the same query, the same choice),
    its SQL compiled once by the process (consult/compiled.py); None where
    Wagtail finds no site."""
    try:
        port = int(port)
    except (TypeError, ValueError):
        try:
            return get_site_for_hostname(hostname, port)
        except Site.DoesNotExist:
            return None

    def query(hostname, port):
        return (
            Site.objects.annotate(
                match=Case(
                    When(hostname=hostname, port=port, then=MATCH_HOSTNAME_PORT),
                    When(hostname=hostname, is_default_site=True, then=MATCH_HOSTNAME_DEFAULT),
                    When(is_default_site=True, then=MATCH_DEFAULT),
                    default=MATCH_HOSTNAME,
                    output_field=IntegerField(),
                )
            )
            .filter(Q(hostname=hostname) | Q(is_default_site=True))
            .order_by("match")
            .select_related("root_page")
        )

    sites = compiled.rows("routing:site", query, [hostname, port])
    if sites:
        if len(sites) == 1 or sites[0].match in (MATCH_HOSTNAME_PORT, MATCH_HOSTNAME_DEFAULT):
            return sites[0]
        if sites[0].match == MATCH_DEFAULT:
            return sites[len(sites) == 2]
    return None


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
            entry = self._entry(request, path)
            if entry is None:  # unknown paths and sub-routes are not kept
                return None  # Wagtail routes this one itself (and keeps its result)
            cache.set(key, entry, timeout=TIMEOUT)
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
        components = [component for component in path.split("/") if component]
        walked = walk(request._wagtail_site, components)
        if walked is not None:
            pk, model, is_restricted = walked
        else:
            route = Page.route_for_request(request, path)
            if route is None:
                return None
            found, args, kwargs = route
            if args or kwargs:  # a routable page's sub-route: not cached
                return None
            pk, model, is_restricted = found.pk, type(found) if type(found) is not Page else found.specific_class, None
        related = getattr(model, "route_select_related", ())
        found = compiled.rows(
            f"routing:page:{model._meta.label}:{','.join(related)}",
            lambda pk: model.objects.select_related(*related).filter(pk=pk),
            [pk],
        )
        if not found:
            raise model.DoesNotExist
        stored = found[0]
        if is_restricted is None:
            is_restricted = restricted(stored)
        return {
            "page": stored,
            "fallback": bool(getattr(request, "translation_fallback", False)),
            "unrestricted": not is_restricted,
        }


def plain_route(model):
    """Whether pages of ``model`` route to their children as Wagtail's Page does
    (home.models' FallbackRoutingMixin differs only when a page is missing and
    says so with ``routes_as_page``; reading the flag keeps routing free of an
    import of the models, which import it)."""
    return model is not None and (model.route is Page.route or getattr(model, "routes_as_page", False))


def walk(site, components):
    """``(pk, model, restricted)``: the live page at ``components`` under the
    site root's translation in the active language, its specific model, and
    whether a view restriction applies to it (see ``restricted``), in one
    query (its SQL compiled once per number of components); None when
    Wagtail's own routing must answer (see the module's docstring)."""
    root = site.root_page
    language = translation.get_language() if getattr(settings, "WAGTAIL_I18N_ENABLED", False) else None
    if language:
        try:
            language = get_supported_content_language_variant(language)
        except LookupError:
            return None
    params = [root.depth, root.pk]
    for depth, component in enumerate(components, start=root.depth + 1):
        params += [depth, component]
    if language:
        params.append(language)
    rows = compiled.rows(f"routing:walk:{len(components)}:{bool(language)}", _walk_query, params)
    key = root.translation_key
    # pk, path, depth, slug, live, content_type_id, translation_key, restricted
    root = next((row for row in rows if row[6] == key and row[2] == root.depth), None)
    if root is None:
        return None
    chain = [root]
    for component in components:
        parent = chain[-1]
        chain.append(
            next(
                (
                    row
                    for row in rows
                    if row[3] == component and row[2] == parent[2] + 1 and row[1].startswith(parent[1])
                ),
                None,
            )
        )
        if chain[-1] is None:
            return None
    models = [ContentType.objects.get_for_id(row[5]).model_class() for row in chain]
    if not all(plain_route(model) for model in models):
        return None
    final = chain[-1]
    if not final[4]:
        return None
    return final[0], models[-1], any(row[7] for row in rows if final[1].startswith(row[1]))


def _walk_query(root_depth, root_pk, *rest):
    """``walk``'s query: ``rest`` holds each component's depth and slug, then the language if any."""
    wanted = Q(depth__lt=root_depth)  # the ancestors of the root and its translations, for their restrictions
    pairs = rest[: len(rest) // 2 * 2]
    for depth, component in zip(pairs[::2], pairs[1::2], strict=True):
        wanted |= Q(depth=depth, slug=component)  # translated trees sit beside the root, at its depth
    root_key = Page.objects.filter(pk=root_pk).values("translation_key")[:1]
    if len(rest) % 2:
        wanted |= Q(translation_key=Subquery(root_key), locale__language_code=rest[-1], live=True)
    else:
        wanted |= Q(pk=root_pk)
    restrictions = PageViewRestriction.objects.filter(Q(page_id=OuterRef("pk")) | Q(page_id=OuterRef("alias_of_id")))
    return (
        Page.objects.filter(wanted)
        .annotate(restricted=Exists(restrictions))
        .values_list("pk", "path", "depth", "slug", "live", "content_type_id", "translation_key", "restricted")
    )


def restricted(page):
    """Whether a view restriction applies to ``page``: on itself, an ancestor
    or the page an ancestor is an alias of (one query; Wagtail's check makes
    two and counts an alias's own restriction out, so this errs on the side
    of checking)."""
    paths = [page.path[:end] for end in range(Page.steplen, len(page.path) + 1, Page.steplen)]
    return PageViewRestriction.objects.filter(Q(page__path__in=paths) | Q(page__aliases__path__in=paths)).exists()


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
