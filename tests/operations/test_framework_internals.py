"""The framework internals this code relies on, each pinned so that an
upgrade that changes them fails here, by name, before it breaks a page.

docs/upgrading.md lists them with the module that relies on each; when one
of these fails, read that module's docstring before changing the test.
"""

import re

import pytest
from django.contrib.messages.storage.cookie import CookieStorage
from django.http import HttpResponse
from django.middleware import csrf
from django.template import Context, Template
from django.test import RequestFactory
from django.urls import resolve
from wagtail.models import Page, Site
from wagtail.url_routing import RouteResult

from home import anonymous_cache, routing

pytestmark = pytest.mark.django_db


# --- Wagtail's request routing (home/routing.py) ------------------------------


def test_wagtail_serves_pages_through_wagtail_views_serve(site_tree):
    """PageRouteCacheMiddleware and the page cache recognise Wagtail's view by module and name."""
    view = resolve("/en/").func
    assert routing.is_wagtail_serve(view), f"Wagtail's page view is now {view.__module__}.{view.__name__}"
    assert anonymous_cache._is_cacheable_view(view)


def test_wagtail_takes_the_route_from_request_wagtail_route_for_request(site_tree, django_assert_num_queries):
    request = RequestFactory().get("/en/anything/")
    request._wagtail_route_for_request = RouteResult(site_tree)
    with django_assert_num_queries(0):
        route = Page.route_for_request(request, "/en/anything/")
    assert route is request._wagtail_route_for_request, "Wagtail no longer reads _wagtail_route_for_request"
    page, args, kwargs = route
    assert (page, args, kwargs) == (site_tree, [], {})


def test_wagtail_takes_the_site_from_request_wagtail_site(django_assert_num_queries):
    site = Site.objects.get(is_default_site=True)
    request = RequestFactory().get("/en/")
    request._wagtail_site = site
    with django_assert_num_queries(0):
        assert Site.find_for_request(request) is site, "Wagtail no longer reads _wagtail_site"


def test_wagtail_pages_still_check_view_restrictions_through_get_view_restrictions(site_tree):
    """UnrestrictedPageMixin overrides it to skip a query."""
    assert callable(Page.get_view_restrictions)
    assert list(site_tree.get_view_restrictions()) == []


def test_django_requests_still_have_get_raw_host():
    """home/routing.py reads the host as Wagtail does, through this private method."""
    request = RequestFactory().get("/", HTTP_HOST="protect.example.org:8443")
    assert request._get_raw_host() == "protect.example.org:8443"


# --- Django's CSRF token internals (home/anonymous_cache.py) ------------------


def test_a_masked_csrf_token_is_64_letters_and_digits():
    """The page cache finds tokens in a page by this shape (MASKED_TOKEN)."""
    token = csrf.get_token(RequestFactory().get("/"))
    assert csrf.CSRF_TOKEN_LENGTH == 64
    assert re.fullmatch(r"[A-Za-z0-9]{64}", token)
    assert anonymous_cache.MASKED_TOKEN.fullmatch(token.encode())


def test_a_masked_token_unmasks_to_the_secret_in_request_meta():
    """The page cache compares _unmask_cipher_token(token) with META["CSRF_COOKIE"]
    and stores a page only when META["CSRF_COOKIE_NEEDS_UPDATE"] says the secret is new."""
    request = RequestFactory().get("/")
    token = csrf.get_token(request)
    assert request.META["CSRF_COOKIE_NEEDS_UPDATE"] is True
    assert len(request.META["CSRF_COOKIE"]) == csrf.CSRF_SECRET_LENGTH
    assert csrf._unmask_cipher_token(token) == request.META["CSRF_COOKIE"]


def test_the_page_caches_token_is_what_djangos_middleware_accepts_and_sets_as_a_cookie():
    """anonymous_cache.visitor_token repeats get_token: the secret in
    META["CSRF_COOKIE"] (made there for a new visitor), META["CSRF_COOKIE_NEEDS_UPDATE"]
    to have CsrfViewMiddleware set the cookie, and Django's masking (mask + cipher)."""
    for cookie in ({}, {"csrftoken": csrf._get_new_csrf_string()}):
        request = RequestFactory().get("/")
        request.COOKIES.update(cookie)
        middleware = csrf.CsrfViewMiddleware(lambda request: HttpResponse())
        middleware.process_request(request)
        token = anonymous_cache.visitor_token(request)
        assert csrf._unmask_cipher_token(token) == request.META["CSRF_COOKIE"]
        assert csrf._does_token_match(token, request.META["CSRF_COOKIE"])
        if cookie:
            assert request.META["CSRF_COOKIE"] == cookie["csrftoken"]
        response = middleware.process_response(request, HttpResponse())
        assert response.cookies["csrftoken"].value == request.META["CSRF_COOKIE"]


def test_the_messages_cookie_is_still_called_messages():
    assert CookieStorage.cookie_name == anonymous_cache.MESSAGES_COOKIE


# --- The post fragment cache's CSRF marker (forums/fragments.py) --------------


def test_the_csrf_token_tag_renders_the_context_value_in_the_field_the_fragments_replace():
    """Fragments render with csrf_token=<marker> and swap exactly this text
    for each reader's token: the tag must print the context value as is."""
    marker = "csrf-0123456789abcdef01234567"
    html = Template("{% csrf_token %}").render(Context({"csrf_token": marker}))
    assert f'name="csrfmiddlewaretoken" value="{marker}"' in html


# --- What the middleware above the page cache do (home/anonymous_cache.py) ----


def test_the_locale_middleware_takes_the_language_of_the_paths_prefix_as_the_page_cache_does(settings):
    """A cached page is looked up, before LocaleMiddleware runs, under the
    language its path names: the one LocaleMiddleware activates, whatever the
    browser asks for."""
    from django.middleware.locale import LocaleMiddleware

    for code, _name in settings.LANGUAGES:
        request = RequestFactory().get(f"/{code}/countries/nl/", HTTP_ACCEPT_LANGUAGE="fa, ar;q=0.9")
        request.COOKIES[settings.LANGUAGE_COOKIE_NAME] = "el"
        LocaleMiddleware(lambda request: HttpResponse()).process_request(request)
        assert request.LANGUAGE_CODE == code == anonymous_cache.path_language(request.path_info)


def test_response_headers_keep_their_items_in_store_by_lower_case_name():
    """A cached page's headers are checked and encoded once, and each hit
    copies ResponseHeaders._store ({lower-case name: (name, value)})."""
    from django.http.response import ResponseHeaders

    headers = ResponseHeaders({"Content-Language": "ar", "X-Frame-Options": "DENY"})
    assert headers._store == {
        "content-language": ("Content-Language", "ar"),
        "x-frame-options": ("X-Frame-Options", "DENY"),
    }
    response = HttpResponse(b"page")
    response.headers._store = headers._store.copy()
    assert response["content-language"] == "ar"
    assert list(response.items()) == [("Content-Language", "ar"), ("X-Frame-Options", "DENY")]
