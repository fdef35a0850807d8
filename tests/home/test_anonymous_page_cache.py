"""The whole-page cache for anonymous visitors (home/anonymous_cache.py)."""

import gzip
import re

import pytest
from django.test import Client

from consult.models import AmbassadorRequest, SupportService
from home.models import CountryPage
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

COUNTRY = "/en/countries/nl/"
TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 300


def test_a_second_anonymous_visit_is_served_from_the_cache_without_queries(client, django_assert_num_queries):
    assert client.get("/en/")["X-Page-Cache"] == "miss"
    with django_assert_num_queries(0):
        response = client.get("/en/")
    assert response.status_code == 200
    assert response["X-Page-Cache"] == "hit"
    assert "<h1>" in response.content.decode()


def test_a_cached_page_keeps_no_store_for_browsers_and_varies_on_cookie(client):
    client.get("/en/")
    response = client.get("/en/")
    assert response["X-Page-Cache"] == "hit"
    assert "no-store" in response["Cache-Control"]
    assert "Cookie" in response["Vary"]
    assert response["Content-Language"] == "en"
    assert "Content-Security-Policy" in response


def test_a_cached_page_without_a_form_sets_no_cookie():
    Client().get("/en/")
    response = Client().get("/en/")
    assert response["X-Page-Cache"] == "hit"
    assert not response.cookies


def test_each_language_and_each_query_string_is_cached_apart(client):
    client.get("/en/countries/nl/")
    client.get("/ar/countries/nl/")
    arabic = client.get("/ar/countries/nl/")
    assert arabic["X-Page-Cache"] == "hit"
    assert '<html lang="ar" dir="rtl"' in arabic.content.decode()
    helplines = client.get(COUNTRY, {"kind": "helpline"})
    assert helplines["X-Page-Cache"] == "miss"
    assert helplines.content.decode().count('class="service"') == 1


def test_a_published_edit_shows_at_once_on_a_cached_page(client):
    client.get(COUNTRY)
    assert client.get(COUNTRY)["X-Page-Cache"] == "hit"
    page = CountryPage.objects.get(country__code="NL", locale__language_code="en")
    page.title = "The Netherlands, edited"
    page.save_revision().publish()
    response = client.get(COUNTRY)
    assert response["X-Page-Cache"] == "miss"
    assert "The Netherlands, edited" in response.content.decode()


def test_a_changed_service_shows_at_once_on_a_cached_page(client):
    client.get(COUNTRY)
    service = SupportService.objects.filter(country__code="NL", locale__language_code="en").first()
    service.name = "Renamed helpline"
    service.save()
    assert "Renamed helpline" in client.get(COUNTRY).content.decode()


def test_a_draft_that_is_not_published_does_not_show(client):
    client.get(COUNTRY)
    page = CountryPage.objects.get(country__code="NL", locale__language_code="en")
    page.title = "Draft title"
    page.save_revision()
    assert "Draft title" not in client.get(COUNTRY).content.decode()


def test_a_signed_in_member_never_gets_the_anonymous_page(client):
    client.get("/en/")
    client.force_login(UserFactory())
    response = client.get("/en/")
    assert "X-Page-Cache" not in response
    assert "Sign out" in response.content.decode()
    # and the member's page is not stored for anonymous visitors
    anonymous = Client().get("/en/")
    assert "Sign out" not in anonymous.content.decode()


def test_each_visitor_gets_their_own_csrf_token_on_a_cached_page_with_a_form():
    first, second = Client(), Client()
    first_html = first.get(COUNTRY).content.decode()
    response = second.get(COUNTRY)
    assert response["X-Page-Cache"] == "hit"
    second_token = TOKEN.search(response.content.decode()).group(1)
    assert second_token != TOKEN.search(first_html).group(1)
    # the token belongs to the second visitor's own cookie
    assert "csrftoken" in response.cookies
    assert "csrf-" not in response.content.decode()  # no marker left


def test_the_form_on_a_cached_page_still_works_with_csrf_checks(django_capture_on_commit_callbacks):
    Client().get(COUNTRY)  # fills the cache
    visitor = Client(enforce_csrf_checks=True)
    page = visitor.get(COUNTRY)
    assert page["X-Page-Cache"] == "hit"
    token = TOKEN.search(page.content.decode()).group(1)
    data = {
        "csrfmiddlewaretoken": token,
        "organisation": "Women's group Noord",
        "languages_needed": "Arabic",
        "region": "Amsterdam Noord",
        "preferred_dates": "March",
        "contact_channel": "email",
        "contact_details": "contact@group.example",
        "consent_to_contact": "on",
        "website": "",
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = visitor.post(COUNTRY, data)
    assert response.status_code == 302
    assert AmbassadorRequest.objects.count() == 1
    # the thank-you message is shown (not a cached page without it) and not stored for others
    followed = visitor.get(response["Location"])
    assert "Your request was sent to the country office" in followed.content.decode()
    assert "X-Page-Cache" not in followed
    assert "Your request was sent" not in Client().get(COUNTRY).content.decode()


def test_a_form_with_errors_is_not_cached(client):
    response = client.post(COUNTRY, {"organisation": ""})
    assert response.status_code == 400
    assert "X-Page-Cache" not in response


def test_pages_outside_wagtail_are_not_cached_unless_marked(client):
    client.get("/en/forums/")
    assert "X-Page-Cache" not in client.get("/en/forums/")


def test_a_404_is_not_cached(client):
    client.get("/en/no-such-page/")
    assert "X-Page-Cache" not in client.get("/en/no-such-page/")


def test_the_cache_can_be_turned_off(client, settings):
    settings.PAGE_CACHE_SECONDS = 0
    client.get("/en/")
    assert "X-Page-Cache" not in client.get("/en/")


def test_a_view_that_is_never_cached_skips_the_cache_look_up(client, monkeypatch):
    from home import anonymous_cache

    looked_up = []
    real_key = anonymous_cache.AnonymousPageCacheMiddleware._key
    monkeypatch.setattr(
        anonymous_cache.AnonymousPageCacheMiddleware,
        "_key",
        staticmethod(lambda request: looked_up.append(request.path) or real_key(request)),
    )

    assert client.get("/en/accounts/login/").status_code == 200
    assert client.get("/api/countries").status_code == 200
    assert looked_up == []
    client.get("/en/")
    client.get("/en/countries/nl/")
    assert looked_up == ["/en/", "/en/countries/nl/"]
    assert client.get("/en/")["X-Page-Cache"] == "hit"


def test_a_browser_reading_gzip_gets_the_cached_page_compressed_with_its_own_working_token(
    django_capture_on_commit_callbacks,
):
    Client().get(COUNTRY)  # fills the cache
    visitor = Client(enforce_csrf_checks=True)
    response = visitor.get(COUNTRY, HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    assert response["X-Page-Cache"] == "hit"
    assert response["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in response["Vary"]
    assert int(response["Content-Length"]) == len(response.content)
    page = gzip.decompress(response.content).decode()
    assert len(response.content) < len(page) / 3
    plain = Client().get(COUNTRY)  # no Accept-Encoding: the text itself
    assert plain["X-Page-Cache"] == "hit"
    assert "Content-Encoding" not in plain
    assert TOKEN.sub("", page) == TOKEN.sub("", plain.content.decode())
    # the token in the compressed page is this visitor's own: the form posts
    data = {
        "csrfmiddlewaretoken": TOKEN.search(page).group(1),
        "organisation": "Gzip readers' group",
        "languages_needed": "Tigrinya",
        "region": "Utrecht",
        "preferred_dates": "May",
        "contact_channel": "email",
        "contact_details": "contact@group.example",
        "consent_to_contact": "on",
        "website": "",
    }
    with django_capture_on_commit_callbacks(execute=True):
        sent = visitor.post(COUNTRY, data)
    assert sent.status_code == 302
    assert AmbassadorRequest.objects.filter(organisation="Gzip readers' group").exists()


def test_a_returning_visitor_gets_a_fresh_mask_of_their_own_secret_on_every_cached_page(
    django_capture_on_commit_callbacks,
):
    Client().get(COUNTRY)  # fills the cache
    visitor = Client(enforce_csrf_checks=True)
    visitor.get(COUNTRY)  # the visitor's CSRF cookie
    secret = visitor.cookies["csrftoken"].value
    pages = [visitor.get(COUNTRY, HTTP_ACCEPT_ENCODING="gzip") for _ in range(2)]
    assert [page["X-Page-Cache"] for page in pages] == ["hit", "hit"]
    tokens = [TOKEN.search(gzip.decompress(page.content).decode()).group(1) for page in pages]
    assert tokens[0] != tokens[1]
    assert visitor.cookies["csrftoken"].value == secret
    data = {
        "csrfmiddlewaretoken": tokens[0],
        "organisation": "Returning visitors",
        "languages_needed": "Somali",
        "region": "Den Haag",
        "preferred_dates": "June",
        "contact_channel": "email",
        "contact_details": "contact@group.example",
        "consent_to_contact": "on",
        "website": "",
    }
    with django_capture_on_commit_callbacks(execute=True):
        assert visitor.post(COUNTRY, data).status_code == 302
    assert AmbassadorRequest.objects.filter(organisation="Returning visitors").exists()
