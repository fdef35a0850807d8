"""Signing in and out keeps the language the person reads the site in."""

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


@pytest.mark.parametrize("language", ["nl", "ar", "en"])
def test_a_member_who_signs_out_lands_on_the_home_page_in_the_language_they_were_reading(client, language):
    client.force_login(member(countries=("NL",)))
    response = client.post(f"/{language}/accounts/logout/")
    assert response.status_code == 302
    assert response["Location"] == f"/{language}/"


def test_a_next_address_still_decides_where_signing_in_leads(client):
    user = member(countries=("NL",))
    response = client.post("/nl/accounts/login/", {"login": user.email, "password": PASSWORD, "next": "/nl/forums/"})
    assert response["Location"] == "/nl/forums/"


def test_e_mails_follow_the_language_a_member_signs_in_with_and_link_to_pages_in_it(client, mailoutbox):
    from consult.models import Profile
    from consult.notifications import send_email_to_user

    user = member(countries=("NL",))
    send_email_to_user(user.pk, "moderation_decision", {"decision": "approved"})
    assert "/en/moderation/mine/" in mailoutbox[-1].body  # never signed in yet: the site's language

    client.post("/nl/accounts/login/", {"login": user.email, "password": PASSWORD})
    assert Profile.objects.get(user=user).email_language == "nl"
    send_email_to_user(user.pk, "moderation_decision", {"decision": "approved"})
    body = mailoutbox[-1].body
    assert "Meld u aan om de reden van de moderator te lezen:" in body
    assert "/nl/moderation/mine/" in body

    client.post("/nl/accounts/logout/")
    client.post("/ar/accounts/login/", {"login": user.email, "password": PASSWORD})
    assert Profile.objects.get(user=user).email_language == "ar"
