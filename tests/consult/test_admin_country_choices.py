"""Every country the admin offers is one the user may edit: Netherlands
office staff see and can post only the Netherlands, wherever a country is
picked (a snippet's form, a listing's filter, the country page's editor);
the administrator picks among all twelve."""

import re

import pytest
from wagtail.models import Locale

from consult.models import Ambassador, Country, CountryRole, SupportService
from home.models import CountryPage
from tests.consult.factories import administrator
from tests.consult.test_admin_country_scoping import office_member

pytestmark = pytest.mark.django_db


def offered_countries(response, name="country"):
    """The names in the <select name=country> the page shows."""
    html = response.content.decode()
    select = re.search(rf'<select name="{name}"[^>]*>(.*?)</select>', html, re.S)
    assert select, f"no country dropdown on {response.request['PATH_INFO']}"
    return {label.strip() for value, label in re.findall(r'<option value="([^"]+)"[^>]*>([^<]*)</option>', select[1])}


@pytest.fixture
def nl_staff(client):
    user = office_member(CountryRole.Role.COUNTRY_STAFF, "NL")
    client.force_login(user)
    return user


def service_form(country, name="Dutch helpline"):
    return {
        "country": country.pk,
        "name": name,
        "kind": "helpline",
        "languages": ["nl"],
        "sort_order": 100,
        "description": "",
        "phone": "",
        "website": "",
        "address": "",
        "city": "",
    }


@pytest.mark.parametrize(
    "url",
    [
        "/admin/snippets/consult/supportservice/add/",
        "/admin/snippets/consult/ambassador/add/",
        "/admin/snippets/consult/film/add/",
        "/admin/snippets/consult/supportservice/",
        "/admin/snippets/consult/ambassador/",
        "/admin/ambassador_requests/",
    ],
)
def test_nl_staff_are_offered_only_the_netherlands(client, nl_staff, url):
    assert offered_countries(client.get(url)) == {"Netherlands"}


def test_nl_staff_pick_only_the_netherlands_on_their_country_page(client, nl_staff):
    page = CountryPage.objects.get(country__code="NL", locale__language_code="en")
    assert offered_countries(client.get(f"/admin/pages/{page.pk}/edit/")) == {"Netherlands"}


def test_the_administrator_is_offered_all_twelve_countries(client):
    client.force_login(administrator())
    page = CountryPage.objects.get(country__code="NL", locale__language_code="en")
    for url in ("/admin/snippets/consult/supportservice/add/", f"/admin/pages/{page.pk}/edit/"):
        offered = offered_countries(client.get(url))
        assert len(offered) == 12
        assert {"Belgium", "Netherlands", "Spain"} <= offered


def test_nl_staff_cannot_post_a_new_service_under_belgium(client, nl_staff):
    be = Country.objects.get(code="BE")
    response = client.post("/admin/snippets/consult/supportservice/add/", service_form(be, "Posted to Belgium"))
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert not SupportService.objects.filter(name="Posted to Belgium").exists()


def test_nl_staff_cannot_move_their_service_to_belgium(client, nl_staff):
    nl, be = Country.objects.get(code="NL"), Country.objects.get(code="BE")
    service = SupportService.objects.create(country=nl, locale=Locale.get_default(), name="Ours", kind="helpline")
    response = client.post(f"/admin/snippets/consult/supportservice/edit/{service.pk}/", service_form(be, "Ours"))
    assert response.status_code == 200
    service.refresh_from_db()
    assert service.country == nl


def test_nl_staff_still_add_a_service_in_the_netherlands(client, nl_staff):
    nl = Country.objects.get(code="NL")
    response = client.post("/admin/snippets/consult/supportservice/add/", service_form(nl, "New Dutch line"))
    assert response.status_code == 302
    assert SupportService.objects.get(name="New Dutch line").country == nl


def test_nl_staff_cannot_post_an_ambassador_under_belgium(client, nl_staff):
    be = Country.objects.get(code="BE")
    data = {"country": be.pk, "display_name": "Posted", "languages": ["nl"], "region": "", "introduction": ""}
    response = client.post("/admin/snippets/consult/ambassador/add/", data)
    assert response.status_code == 200
    assert not Ambassador.objects.filter(display_name="Posted").exists()


def test_filtering_the_service_list_by_belgium_shows_no_belgian_service(client, nl_staff):
    be = Country.objects.get(code="BE")
    SupportService.objects.create(country=be, locale=Locale.get_default(), name="Belgian line", kind="helpline")
    response = client.get(f"/admin/snippets/consult/supportservice/?country={be.pk}")
    assert response.status_code == 200
    assert "Belgian line" not in response.content.decode()
