"""Signing in keeps the language the person reads the site in."""

import pytest

from tests.consult.conftest import PASSWORD
from tests.consult.factories import member

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", ["nl", "ar", "en"])
def test_a_member_who_signs_in_on_a_translated_page_lands_on_the_home_page_in_that_language(client, language):
    user = member(countries=("NL",))
    response = client.post(f"/{language}/accounts/login/", {"login": user.email, "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == f"/{language}/"


def test_a_next_address_still_decides_where_signing_in_leads(client):
    user = member(countries=("NL",))
    response = client.post("/nl/accounts/login/", {"login": user.email, "password": PASSWORD, "next": "/nl/forums/"})
    assert response["Location"] == "/nl/forums/"
