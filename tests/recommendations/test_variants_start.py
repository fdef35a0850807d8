"""An office finds how to start its country's variant where its staff work:
the master's page, the recommendations index, its country page and the
account's tools, each leading to one clear form that tells its errors."""

import pytest
from django.core.cache import cache
from django.urls import reverse

from consult.models import Country
from recommendations.drafting.variants import services
from recommendations.models import CountryVariant
from tests.consult.conftest import sign_in
from tests.consult.factories import administrator, member

from .factories import draft
from .variant_data import european_editor, office, published_master

pytestmark = pytest.mark.django_db


@pytest.fixture
def master(db):
    return published_master(european_editor())


def test_nl_staff_start_the_nl_variant_by_clicking_from_the_masters_page(client, master):
    nl_office = office("NL")
    sign_in(client, nl_office)
    page = client.get(reverse("recommendations:document", args=[master.document_id]), follow=True).content.decode()
    start = reverse("recommendations:variant_create", args=[master.document_id])
    assert f'href="{start}"' in page
    assert "Start your country's national version" in page
    form = client.get(start)
    assert form.status_code == 200
    assert 'name="country"' in form.content.decode()
    response = client.post(start, {"country": Country.objects.get(code="NL").pk, "language": "nl"})
    variant = CountryVariant.objects.get(master=master.document, country__code="NL")
    assert response.status_code == 302
    assert response["Location"] == variant.get_absolute_url()
    assert variant.language == "nl"


def test_the_start_page_from_the_account_lists_the_masters_and_the_offices_country(client, master):
    nl_office = office("NL")
    sign_in(client, nl_office)
    account = client.get(reverse("members:account")).content.decode()
    start = reverse("recommendations:variant_start")
    assert f'href="{start}"' in account
    index = client.get(reverse("recommendations:index")).content.decode()
    assert f'href="{start}"' in index
    page = client.get(start).content.decode()
    assert master.document.title in page
    assert "Netherlands" in page
    assert "Belgium" not in page  # only the offices the staff member works in
    response = client.post(start, {"master": master.document_id, "country": Country.objects.get(code="NL").pk})
    assert response.status_code == 302
    assert CountryVariant.objects.filter(master=master.document, country__code="NL").exists()


def test_the_country_page_offers_its_office_the_start_form_for_that_country(client, master):
    cache.clear()
    start = reverse("recommendations:variant_start")
    assert start not in client.get("/en/countries/nl/").content.decode()  # not for the public
    sign_in(client, member(("NL",)))
    assert start not in client.get("/en/countries/nl/").content.decode()  # nor for members
    sign_in(client, office("NL"))
    assert f'href="{start}?country=NL"' in client.get("/en/countries/nl/").content.decode()
    assert f"{start}?country=" not in client.get("/en/countries/be/").content.decode()  # another country's page
    form = client.get(start + "?country=NL").content.decode()
    nl = Country.objects.get(code="NL").pk
    assert f'<option value="{nl}" selected>' in form


def test_an_unpublished_master_is_refused_in_the_form(client):
    editor = european_editor()
    unpublished = draft(None, 3, editors=[editor]).document
    unpublished.is_master = True
    unpublished.save()
    sign_in(client, office("NL"))
    response = client.post(
        reverse("recommendations:variant_start"),
        {"master": unpublished.pk, "country": Country.objects.get(code="NL").pk},
    )
    assert response.status_code == 409
    assert "This master has no published version yet" in response.content.decode()
    assert not CountryVariant.objects.exists()


def test_a_second_variant_for_the_same_country_is_refused_in_the_start_form(client, master):
    nl_office = office("NL")
    services.create_variant(staff=nl_office, master=master.document, country=Country.objects.get(code="NL"))
    sign_in(client, office("NL"))
    response = client.post(
        reverse("recommendations:variant_start"),
        {"master": master.document_id, "country": Country.objects.get(code="NL").pk},
    )
    assert response.status_code == 409
    assert "already has a variant" in response.content.decode()
    assert CountryVariant.objects.filter(country__code="NL").count() == 1


def test_an_empty_start_form_names_each_missing_field(client, master):
    sign_in(client, office("NL"))
    response = client.post(reverse("recommendations:variant_start"), {})
    assert response.status_code == 400
    page = response.content.decode()
    assert "There is a problem" in page
    assert page.count("This field is required.") >= 2


def test_the_start_form_is_for_country_offices_only(client, master):
    start = reverse("recommendations:variant_start")
    assert client.get(start).status_code == 302  # sign in first
    for outsider in (member(("NL",)), european_editor(), administrator()):
        sign_in(client, outsider)
        assert client.get(start).status_code == 403
        posted = client.post(start, {"master": master.document_id, "country": Country.objects.get(code="NL").pk})
        assert posted.status_code == 403
    assert not CountryVariant.objects.exists()
