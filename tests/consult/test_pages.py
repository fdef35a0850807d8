"""The members' pages render for those allowed to see them."""

import pytest

from consult.models import CountryRole, Profile
from tests.consult.conftest import sign_in
from tests.consult.factories import ProfileFactory, country_for, member, staff

pytestmark = pytest.mark.django_db


def test_the_application_form_labels_every_field_and_links_the_texts_to_accept(client):
    country_for("NL")
    html = client.get("/en/accounts/signup/").content.decode()
    for label in (
        "Display name",
        "Organisation",
        "Sector",
        "Countries where you work",
        "Job role",
        "Why do you want to join?",
        "Discreet e-mails",
        'href="/en/code-of-conduct/"',
        'href="/en/privacy/"',
    ):
        assert label in html
    assert "Netherlands" in html


@pytest.mark.parametrize("path", ["/en/code-of-conduct/", "/en/privacy/"])
def test_the_code_of_conduct_and_privacy_notice_show_their_version(client, settings, path):
    response = client.get(path)
    assert response.status_code == 200
    assert f"Version {settings.CODE_OF_CONDUCT_VERSION}" in response.content.decode()


def test_my_account_shows_the_profile_and_the_links_to_manage_it(client):
    user = member(display_name="Lotte", organisation="Safe House")
    sign_in(client, user)
    html = client.get("/en/account/").content.decode()
    for text in ("Lotte", "Safe House", "/en/accounts/email/", "/en/accounts/password/change/", "/en/accounts/2fa/"):
        assert text in html
    assert "Applications waiting for review" not in html


def test_a_moderator_sees_the_moderation_links_on_their_account_page(client):
    sign_in(client, staff(CountryRole.Role.MODERATOR, "NL"))
    html = client.get("/en/account/").content.decode()
    assert "/en/moderation/applications/" in html
    assert "/en/moderation/audit-log/" in html


def test_the_review_page_shows_the_application(client):
    sign_in(client, staff(CountryRole.Role.MODERATOR, "NL"))
    applicant = ProfileFactory(status=Profile.Status.PENDING, motivation="Long-time shelter volunteer in Utrecht.")
    html = client.get(f"/en/moderation/applications/{applicant.pk}/").content.decode()
    assert "Long-time shelter volunteer in Utrecht." in html
    assert "Ask for more information" in html


def test_the_suspension_page_asks_for_a_reason_and_an_end_date(client):
    sign_in(client, staff(CountryRole.Role.MODERATOR, "NL"))
    target = ProfileFactory()
    html = client.get(f"/en/moderation/members/{target.pk}/suspend/").content.decode()
    assert 'name="reason"' in html
    assert 'type="date"' in html


def test_editing_my_profile_keeps_what_i_typed_when_a_field_is_wrong(client):
    user = member()
    sign_in(client, user)
    response = client.post(
        "/en/account/profile/",
        {"display_name": "x", "organisation": "New Org Name", "job_role": "Lawyer", "email_frequency": "daily"},
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "at least 2 characters" in html
    assert 'value="New Org Name"' in html
    user.profile.refresh_from_db()
    assert user.profile.organisation != "New Org Name"


def test_the_site_navigation_offers_my_account_when_signed_in(client, site_tree):
    sign_in(client, member())
    assert 'href="/en/account/"' in client.get("/en/").content.decode()


def test_a_member_chooses_to_be_named_in_exports_on_their_profile(client):
    user = member()
    sign_in(client, user)
    html = client.get("/en/account/profile/").content.decode()
    assert "Show my display name in published consultation reports and exports" in html
    assert user.profile.named_in_exports is False
    response = client.post(
        "/en/account/profile/",
        {"display_name": "Amal H", "organisation": "Org", "job_role": "Lawyer", "email_frequency": "daily",
         "named_in_exports": "on"},
    )  # fmt: skip
    assert response.status_code == 302
    user.profile.refresh_from_db()
    assert user.profile.named_in_exports is True
