"""Staff roles and administrators must use MFA: until they set it up, they can do nothing but set it up."""

import pytest
from allauth.mfa.models import Authenticator

from consult.models import CountryRole
from tests.consult.conftest import sign_in
from tests.consult.factories import add_totp, administrator, member, staff

pytestmark = pytest.mark.django_db

STAFF_ROLES = [CountryRole.Role.MODERATOR, CountryRole.Role.EDITOR, CountryRole.Role.COUNTRY_STAFF]
SETUP = "/en/accounts/2fa/totp/activate/"


def _staff_without_mfa(role):
    if role == "administrator":
        return administrator(with_mfa=False)
    return staff(role, with_mfa=False)


@pytest.mark.parametrize("role", [*STAFF_ROLES, "administrator"])
@pytest.mark.parametrize(
    "path", ["/en/account/", "/en/members/", "/en/moderation/applications/", "/admin/", "/django-admin/", "/en/"]
)
def test_a_staff_account_without_mfa_is_sent_to_mfa_setup_from_every_page(client, site_tree, role, path):
    sign_in(client, _staff_without_mfa(role))
    response = client.get(path)
    assert response.status_code == 302
    assert response["Location"].startswith(SETUP)


@pytest.mark.parametrize("role", [*STAFF_ROLES, "administrator"])
def test_a_staff_account_without_mfa_can_open_the_mfa_setup_page_and_sign_out(client, role):
    sign_in(client, _staff_without_mfa(role))
    assert client.get(SETUP).status_code == 200
    assert client.get("/en/accounts/2fa/").status_code == 200
    response = client.post("/en/accounts/logout/")
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize("role", STAFF_ROLES)
def test_a_staff_account_with_totp_reaches_its_pages(client, role):
    user = staff(role)
    sign_in(client, user)
    response = client.get("/en/account/")
    assert response.status_code == 200


def test_an_administrator_with_totp_reaches_the_django_admin(client):
    sign_in(client, administrator())
    assert client.get("/django-admin/").status_code == 200


def test_a_member_without_a_staff_role_is_not_asked_for_mfa(client):
    sign_in(client, member())
    assert client.get("/en/members/").status_code == 200


def test_activating_totp_with_the_right_code_lifts_the_redirect(client):
    from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value, yield_hotp_counters_from_time

    user = staff(CountryRole.Role.MODERATOR, with_mfa=False)
    sign_in(client, user)
    client.get(SETUP)
    secret = client.session["mfa.totp.secret"]
    code = format_hotp_value(hotp_value(secret, next(iter(yield_hotp_counters_from_time()))))

    response = client.post(SETUP, {"code": code})

    assert response.status_code == 302
    assert Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
    assert client.get("/en/moderation/applications/").status_code == 200


def test_activating_totp_with_a_wrong_code_is_refused_with_a_message(client):
    user = staff(CountryRole.Role.MODERATOR, with_mfa=False)
    sign_in(client, user)
    client.get(SETUP)
    response = client.post(SETUP, {"code": "123456"})
    assert response.status_code == 200
    assert "Incorrect code." in response.content.decode()
    assert not Authenticator.objects.filter(user=user).exists()


def test_a_staff_account_cannot_remove_its_authenticator_app(client):
    user = staff(CountryRole.Role.EDITOR)
    sign_in(client, user)
    response = client.post("/en/accounts/2fa/totp/deactivate/")
    assert response.status_code == 200
    assert Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


def test_a_member_may_remove_their_own_authenticator_app(client):
    user = member()
    add_totp(user)
    sign_in(client, user)
    response = client.post("/en/accounts/2fa/totp/deactivate/")
    assert response.status_code == 302
    assert not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


def test_a_staff_account_without_mfa_may_confirm_its_password_on_the_way_to_mfa_setup(client):
    user = staff(CountryRole.Role.COUNTRY_STAFF, with_mfa=False)
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    response = client.get(SETUP)
    assert response["Location"].startswith("/en/accounts/reauthenticate/")
    response = client.post(response["Location"], {"password": "correct horse battery"})
    assert response.status_code == 302
    assert client.get(SETUP).status_code == 200


def _sign_in_with_password(client, user):
    return client.post(
        "/en/accounts/login/", {"login": user.email, "password": "correct horse battery"}, follow=True
    ).content.decode()


def test_at_first_sign_in_a_moderator_without_mfa_is_not_told_they_are_signed_in_nor_offered_the_queue(
    client, site_tree
):
    html = _sign_in_with_password(client, staff(CountryRole.Role.MODERATOR, with_mfa=False))

    assert "Set it up to continue." in html
    assert "You are signed in." not in html
    assert "Review queue" not in html
    assert "Applications" not in html


def test_a_moderator_with_mfa_has_the_queue_in_the_menu(client, site_tree):
    sign_in(client, staff(CountryRole.Role.MODERATOR))

    assert "Review queue" in client.get("/en/").content.decode()


def test_a_member_is_told_they_are_signed_in(client, site_tree):
    html = _sign_in_with_password(client, member(("NL",)))

    assert "You are signed in." in html
