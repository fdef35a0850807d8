"""The clause-by-country matrix and its three exports follow one rule, the
master's audience: a public master's matrix, CSV, PDF and Word are public;
a members-only master's need an account with access."""

import pytest
from django.core.cache import cache
from django.urls import reverse

from consult.models import Country
from recommendations.drafting.variants import services
from tests.consult.conftest import sign_in
from tests.consult.factories import administrator, member

from .variant_data import european_editor, office, published_master

pytestmark = pytest.mark.django_db

ROUTES = ["variant_matrix", "variant_matrix_csv", "variant_matrix_pdf", "variant_matrix_docx"]
STARTS = {
    "variant_matrix": b"<!DOCTYPE html>",
    "variant_matrix_csv": b"number,kind,master text",
    "variant_matrix_pdf": b"%PDF",
    "variant_matrix_docx": b"PK",
}


def master_with_a_published_variant(*, members_only):
    master = published_master(european_editor())
    master.document.members_only_in_consultation = members_only
    master.document.save()
    be_office = office("BE")
    variant = services.create_variant(staff=be_office, master=master.document, country=Country.objects.get(code="BE"))
    services.publish_variant(staff=be_office, variant=variant)
    return master.document


def _get(client, route, master):
    cache.clear()  # each export counts against one visitor's rate limit; not what these tests are about
    return client.get(reverse(f"recommendations:{route}", args=[master.pk]))


@pytest.mark.parametrize("route", ROUTES)
def test_a_public_masters_matrix_and_every_export_are_public(client, route):
    master = master_with_a_published_variant(members_only=False)
    for who in (None, member(("NL",)), office("NL")):
        if who is not None:
            sign_in(client, who)
        response = _get(client, route, master)
        assert response.status_code == 200, (route, who)
        assert response.content.lstrip().startswith(STARTS[route]), route


@pytest.mark.parametrize("route", ROUTES)
def test_a_members_only_masters_matrix_and_every_export_need_access(client, route):
    master = master_with_a_published_variant(members_only=True)
    response = _get(client, route, master)
    assert response.status_code == 302  # anonymous: sign in first
    assert "/accounts/login/" in response["Location"]
    sign_in(client, member(("NL",), status="pending"))
    assert _get(client, route, master).status_code == 403
    for who in (member(("NL",)), office("NL"), administrator()):
        sign_in(client, who)
        response = _get(client, route, master)
        assert response.status_code == 200, (route, who)
        assert response.content.lstrip().startswith(STARTS[route]), route


def test_the_api_matrix_follows_the_same_audience(client):
    master = master_with_a_published_variant(members_only=True)
    url = f"/api/recommendations/documents/{master.pk}/variants"
    assert client.get(url).status_code == 404
    sign_in(client, member(("NL",)))
    assert client.get(url).status_code == 200


def test_one_visitor_gets_a_few_renders_a_minute_then_is_told_to_wait(client):
    master = master_with_a_published_variant(members_only=False)
    cache.clear()
    url = reverse("recommendations:variant_matrix_docx", args=[master.pk])
    from recommendations.drafting.variants.views import MATRIX_EXPORTS_PER_MINUTE

    for _ in range(MATRIX_EXPORTS_PER_MINUTE):
        assert client.get(url).status_code == 200
    refused = client.get(url)
    assert refused.status_code == 429
    assert "Too many attempts" in refused.content.decode()
    assert refused["Retry-After"] == "60"
