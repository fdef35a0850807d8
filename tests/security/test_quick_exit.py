"""The quick exit on every public page template: the first thing a keyboard
reaches in the page is the link that leaves for QUICK_EXIT_URL (it works
without JavaScript), and the page is sent with no-store so Back does not
bring it back. Every Wagtail page type joins by itself (get_page_models)."""

import re

import pytest
from django.conf import settings
from django.db import OperationalError
from django.utils import timezone
from wagtail.models import Locale, Page, get_page_models

from home.models import HomePage, StandardPage
from recommendations.models import DocumentVersion
from tests.recommendations.factories import draft

pytestmark = pytest.mark.django_db

FOCUSABLE = re.compile(r"<(a|button|input|select|textarea)\b[^>]*>", re.I)


def assert_quick_exit_comes_first(html):
    body = html[html.index("<body") :]
    first = FOCUSABLE.search(body).group(0)
    assert "data-quick-exit" in first, first
    assert f'href="{settings.QUICK_EXIT_URL}"' in first


def _page_of_each_type():
    english = Locale.get_default()
    home = HomePage.objects.get(locale=english)
    if not StandardPage.objects.live().exists():
        about = StandardPage(title="About the programme", slug="about", locale=english, body="<p>About.</p>")
        home.add_child(instance=about)
    pages = {}
    for model in get_page_models():
        if model is Page:
            continue
        page = model.objects.live().filter(locale=english).first()
        assert page is not None, f"no live {model.__name__} to check"
        pages[model.__name__] = page
    return pages


def test_every_wagtail_page_type_starts_with_the_quick_exit(client):
    pages = _page_of_each_type()
    assert {"HomePage", "CountryIndexPage", "CountryPage", "StandardPage", "SearchPage"} <= set(pages)
    for name, page in pages.items():
        response = client.get(page.url)
        assert response.status_code == 200, name
        assert "no-store" in response["Cache-Control"], name
        assert_quick_exit_comes_first(response.content.decode())


@pytest.fixture
def published_version():
    version = draft("NL", 3)
    DocumentVersion.objects.filter(pk=version.pk).update(status=DocumentVersion.Status.FINAL, frozen_at=timezone.now())
    return version


def public_paths(version):
    clause = version.clauses.in_order().last()
    return [
        "/ar/",
        "/ar/countries/nl/",
        "/en/search/?q=shelter",
        "/en/forums/",
        "/en/recommendations/",
        f"/en/recommendations/versions/{version.pk}/",
        f"/en/recommendations/versions/{version.pk}/clauses/{clause.key}/",
        "/en/accounts/login/",
        "/en/accounts/signup/",
        "/en/accounts/password/reset/",
        "/en/accounts/password/reset/done/",
        "/en/accounts/confirm-email/",
        "/en/code-of-conduct/",
        "/en/privacy/",
        "/en/account/deleted/",
        "/en/no-such-page/",
    ]


def test_every_public_page_of_the_apps_starts_with_the_quick_exit(client, published_version):
    for path in public_paths(published_version):
        response = client.get(path)
        assert response.status_code in (200, 404), path
        assert "no-store" in response["Cache-Control"], path
        assert_quick_exit_comes_first(response.content.decode())


def test_the_rate_limit_page_starts_with_the_quick_exit(client):
    for _ in range(int(settings.ACCOUNT_RATE_LIMITS["signup"].split("/")[0]) + 1):
        response = client.post("/en/accounts/signup/", {"email": "x"})
    assert response.status_code == 429
    assert_quick_exit_comes_first(response.content.decode())


def test_the_database_unavailable_page_starts_with_the_quick_exit(rf):
    from consult.views import server_error

    try:
        raise OperationalError("the server closed the connection")
    except OperationalError:
        response = server_error(rf.get("/en/"))
    assert response.status_code == 503
    assert_quick_exit_comes_first(response.content.decode())
