"""Cached pages answered by the first middleware (home/anonymous_cache.py):
a hit sends what the whole stack sends, and whatever a middleware above the
view would have answered differently still goes through the whole stack."""

import gzip
import re
import time
from email.utils import parsedate_to_datetime

import pytest
from django.http import HttpResponse
from django.middleware import csrf
from django.test import Client
from django.utils.cache import patch_vary_headers

pytestmark = pytest.mark.django_db

COUNTRY = "/en/countries/nl/"
TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
GZIP = {"HTTP_ACCEPT_ENCODING": "gzip, deflate, br"}
# what a hit sends for itself: its encoding, its length, that it is a hit, and Vary below
HIT_ONLY = {"content-encoding", "content-length", "x-page-cache", "vary"}


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 300


def visitor(kind):
    """A browser: new (no cookie), returning (its CSRF cookie), with a cookie
    in Django's old masked form, or with a cookie that is not a CSRF secret."""
    cookies = {
        "new": None,
        "returning": csrf._get_new_csrf_string(),
        "legacy masked cookie": csrf._mask_cipher_secret(csrf._get_new_csrf_string()),
        "malformed cookie": "not-a-secret",
    }[kind]
    client = Client(enforce_csrf_checks=True)
    if cookies:
        client.cookies["csrftoken"] = cookies
    return client


def body_of(response):
    content = response.content
    if response.get("Content-Encoding") == "gzip":
        content = gzip.decompress(content)
    return content.decode()


def cookie_attributes(response):
    """Each cookie set, with every attribute but its value and its expiry time."""
    return {
        name: {key: value for key, value in morsel.items() if key != "expires"}
        for name, morsel in response.cookies.items()
    }


def whole_stack(settings, client, path, headers):
    """The page rendered through the whole stack, the cache out of the way."""
    settings.PAGE_CACHE_SECONDS = 0
    try:
        return client.get(path, **headers)
    finally:
        settings.PAGE_CACHE_SECONDS = 300


@pytest.mark.parametrize("path", ["/en/", COUNTRY, "/ar/countries/nl/", "/fr/", "/de/countries/nl/?kind=helpline"])
@pytest.mark.parametrize("kind", ["new", "returning", "legacy masked cookie", "malformed cookie"])
@pytest.mark.parametrize("reads_gzip", [True, False])
def test_a_hit_sends_what_the_whole_stack_sends(settings, path, kind, reads_gzip):
    headers = GZIP if reads_gzip else {}
    assert Client().get(path)["X-Page-Cache"] == "miss"  # stored by another visitor
    rendered = whole_stack(settings, visitor(kind), path, headers)
    cached_visitor = visitor(kind)
    sent_cookie = cached_visitor.cookies.get("csrftoken")
    hit = cached_visitor.get(path, **headers)
    assert hit["X-Page-Cache"] == "hit"

    assert hit.status_code == rendered.status_code == 200
    assert {name: value for name, value in hit.items() if name.lower() not in HIT_ONLY} == {
        name: value for name, value in rendered.items() if name.lower() not in HIT_ONLY
    }
    expected_vary = HttpResponse()
    if rendered.has_header("Vary"):
        expected_vary["Vary"] = rendered["Vary"]
    patch_vary_headers(expected_vary, ("Cookie", "Accept-Encoding"))
    assert hit["Vary"] == expected_vary["Vary"]
    assert hit.get("Content-Encoding") == ("gzip" if reads_gzip else None)
    assert int(hit["Content-Length"]) == len(hit.content)
    assert cookie_attributes(hit) == cookie_attributes(rendered)
    for response in (hit, rendered):
        if "csrftoken" in response.cookies:
            expires = parsedate_to_datetime(response.cookies["csrftoken"]["expires"]).timestamp()
            assert abs(expires - (time.time() + settings.CSRF_COOKIE_AGE)) < 60

    page, reference = body_of(hit), body_of(rendered)
    assert TOKEN.sub("", page) == TOKEN.sub("", reference)
    tokens = TOKEN.findall(page)
    assert len(tokens) == len(TOKEN.findall(reference))
    if tokens:
        # the visitor's own token: their cookie's secret, or the new one set with the page
        secret = hit.cookies["csrftoken"].value if "csrftoken" in hit.cookies else sent_cookie.value
        if kind == "returning":
            assert secret == sent_cookie.value
        assert {csrf._unmask_cipher_token(token) for token in tokens} == {secret}


def test_a_hit_runs_no_other_middleware(monkeypatch):
    from django.middleware.security import SecurityMiddleware

    from consult.middleware import NoStoreMiddleware, SiteLocaleMiddleware

    Client().get(COUNTRY)
    ran = []
    for cls, name in (
        (SecurityMiddleware, "process_request"),
        (SiteLocaleMiddleware, "process_response"),
        (NoStoreMiddleware, "__call__"),
    ):
        original = getattr(cls, name)
        monkeypatch.setattr(cls, name, lambda self, *args, _o=original, _n=name: ran.append(_n) or _o(self, *args))
    response = Client().get(COUNTRY, **GZIP)
    assert response["X-Page-Cache"] == "hit"
    assert ran == []
    response = Client().get("/en/forums/")  # not a cached page: the whole stack
    assert sorted(ran) == ["__call__", "process_request", "process_response"]


def test_plain_http_is_still_sent_to_https_when_the_https_page_is_cached(settings):
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_HSTS_SECONDS = 3600
    assert Client().get(COUNTRY, secure=True)["X-Page-Cache"] == "miss"
    hit = Client().get(COUNTRY, secure=True)
    assert hit["X-Page-Cache"] == "hit"
    assert hit["Strict-Transport-Security"] == "max-age=3600"
    plain = Client().get(COUNTRY)
    assert plain.status_code == 301
    assert plain["Location"] == "https://testserver/en/countries/nl/"
    assert "X-Page-Cache" not in plain


def test_a_host_not_allowed_gets_what_the_whole_stack_answers(settings):
    settings.ALLOWED_HOSTS = ["testserver"]
    Client().get(COUNTRY)
    assert Client().get(COUNTRY)["X-Page-Cache"] == "hit"
    browser = Client(raise_request_exception=False)
    refused = browser.get(COUNTRY, HTTP_HOST="elsewhere.example")
    assert refused.status_code in (400, 500)
    assert "X-Page-Cache" not in refused
    reference = whole_stack(settings, browser, COUNTRY, {"HTTP_HOST": "elsewhere.example"})
    assert refused.status_code == reference.status_code


def test_a_user_agent_refused_by_the_settings_is_refused_on_cached_pages_too(settings):
    settings.DISALLOWED_USER_AGENTS = [re.compile("ScraperBot")]
    Client().get(COUNTRY)
    refused = Client().get(COUNTRY, HTTP_USER_AGENT="ScraperBot/2.0")
    assert refused.status_code == 403
    assert Client().get(COUNTRY, HTTP_USER_AGENT="Mozilla/5.0")["X-Page-Cache"] == "hit"


def test_a_path_without_a_language_is_left_to_the_locale_middleware(client):
    """/ picks the language from the browser's Accept-Language: never from the cache."""
    for _ in range(2):
        response = client.get("/", HTTP_ACCEPT_LANGUAGE="nl")
        assert "X-Page-Cache" not in response
    assert response.status_code == 302
    assert response["Location"].startswith("/nl/")


@pytest.mark.parametrize("method", ["head", "options"])
def test_only_get_is_served_from_the_cache(client, method):
    client.get(COUNTRY)
    assert "X-Page-Cache" not in getattr(client, method)(COUNTRY)


def test_the_same_visitor_keeps_their_secret_from_a_cached_page_to_a_form_they_post(django_capture_on_commit_callbacks):
    """A new visitor's secret set by a hit is the one a later page (rendered
    through the whole stack) and the form check use."""
    from consult.models import AmbassadorRequest

    Client().get(COUNTRY)
    browser = visitor("new")
    hit = browser.get(COUNTRY, **GZIP)
    assert hit["X-Page-Cache"] == "hit"
    secret = browser.cookies["csrftoken"].value
    token = TOKEN.search(body_of(hit)).group(1)
    assert csrf._unmask_cipher_token(token) == secret
    data = {
        "csrfmiddlewaretoken": token,
        "organisation": "First-middleware readers",
        "languages_needed": "Pashto",
        "region": "Groningen",
        "preferred_dates": "July",
        "contact_channel": "email",
        "contact_details": "contact@group.example",
        "consent_to_contact": "on",
        "website": "",
    }
    with django_capture_on_commit_callbacks(execute=True):
        assert browser.post(COUNTRY, data).status_code == 302
    assert AmbassadorRequest.objects.filter(organisation="First-middleware readers").exists()
