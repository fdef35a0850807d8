"""Wagtail routing from the cache (home/routing.py): fast, and never stale."""

import pytest
from wagtail.models import PageViewRestriction

from home.models import CountryPage

pytestmark = pytest.mark.django_db

URL = "/en/countries/mt/"


def malta():
    return CountryPage.objects.get(country__code="MT", locale__language_code="en")


def test_an_unpublished_page_answers_404_at_once(client):
    assert client.get(URL).status_code == 200
    malta().unpublish()
    assert client.get(URL).status_code == 404


def test_a_new_slug_moves_the_page_at_once(client):
    client.get(URL)
    page = malta()
    page.slug = "malta"
    page.save_revision().publish()
    assert client.get(URL).status_code == 404
    assert client.get("/en/countries/malta/").status_code == 200


def test_a_change_saved_without_publishing_in_code_shows_too(client):
    client.get(URL)
    page = malta()  # any save of a page bumps the page tree version
    page.office_name = "Changed in code"
    page.save()
    assert "Changed in code" in client.get(URL).content.decode()


def test_a_view_restriction_added_later_applies_at_once(client):
    client.get(URL)
    PageViewRestriction.objects.create(page=malta(), restriction_type=PageViewRestriction.LOGIN)
    response = client.get(URL)
    assert response.status_code == 302
    assert "login" in response["Location"]


def test_the_translation_notice_stays_on_a_second_visit(client):
    first = client.get("/de/countries/nl/").content.decode()
    second = client.get("/de/countries/nl/").content.decode()
    assert "translation-notice" in first
    assert "translation-notice" in second


def test_a_second_visit_needs_no_query_for_routing(client, django_assert_num_queries):
    client.get("/en/countries/mt/")
    with django_assert_num_queries(0):
        assert client.get("/en/countries/mt/").status_code == 200


def test_a_view_restriction_on_a_parent_applies_on_the_first_visit(client):
    # the first visit is routed by home/routing.py's own short walk, which reads the restrictions too
    PageViewRestriction.objects.create(page=malta().get_parent(), restriction_type=PageViewRestriction.LOGIN)
    response = client.get(URL)
    assert response.status_code == 302
    assert "login" in response["Location"]
    assert client.get(URL).status_code == 302  # and on the second, from the cache


def test_a_page_missing_in_the_language_is_still_found_by_wagtails_own_routing(client):
    response = client.get("/de/countries/nl/")  # the short walk finds no German page: Wagtail falls back
    assert response.status_code == 200
    assert "translation-notice" in response.content.decode()
