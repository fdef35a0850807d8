"""One fresh sign-in counts as recent: right after typing their password (and
code), nobody is asked for it again before TOTP set-up, data export or
account deletion; after ACCOUNT_REAUTHENTICATION_TIMEOUT they are. TOTP
set-up goes on, through the recovery codes, to where the person was going.

Every test signs in through the real sign-in form (and two-factor page).
"""

import time
from urllib.parse import quote

import pytest
from allauth.account.internal.flows.login import AUTHENTICATION_METHODS_SESSION_KEY
from allauth.mfa.models import Authenticator

from consult.models import CountryRole, Profile
from tests.consult.conftest import PASSWORD
from tests.consult.factories import add_totp, member, staff, totp_code

pytestmark = pytest.mark.django_db

SETUP = "/en/accounts/2fa/totp/activate/"
RECOVERY_CODES = "/en/accounts/2fa/recovery-codes/"
REAUTHENTICATE = "/en/accounts/reauthenticate/"


def sign_in_through_the_form(client, user, totp_secret=None):
    response = client.post("/en/accounts/login/", {"login": user.email, "password": PASSWORD})
    assert response.status_code == 302, response.content.decode()[:1000]
    if totp_secret is not None:
        assert response["Location"] == "/en/accounts/2fa/authenticate/"
        response = client.post(response["Location"], {"code": totp_code(totp_secret)})
        assert response.status_code == 302
    assert client.session.get("_auth_user_id") == str(user.pk)


def _setup_code(client):
    return totp_code(client.session["mfa.totp.secret"])


def test_staff_who_just_signed_in_set_up_totp_without_typing_their_password_again(client):
    user = staff(CountryRole.Role.COUNTRY_STAFF, with_mfa=False)
    sign_in_through_the_form(client, user)

    response = client.get(SETUP)

    assert response.status_code == 200
    response = client.post(SETUP, {"code": _setup_code(client)})
    assert response.status_code == 302
    assert Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


def test_after_totp_setup_the_recovery_codes_page_continues_to_where_the_person_was_going(client):
    user = staff(CountryRole.Role.MODERATOR, with_mfa=False)
    sign_in_through_the_form(client, user)
    response = client.get("/en/moderation/applications/")
    assert response["Location"] == f"{SETUP}?next={quote('/en/moderation/applications/', safe='')}"

    form_page = client.get(response["Location"])
    assert '<input type="hidden" name="next" value="/en/moderation/applications/">' in form_page.content.decode()
    response = client.post(SETUP, {"code": _setup_code(client), "next": "/en/moderation/applications/"})
    assert response["Location"] == f"{RECOVERY_CODES}?next=%2Fen%2Fmoderation%2Fapplications%2F"

    codes_page = client.get(response["Location"])
    assert codes_page.status_code == 200
    assert 'href="/en/moderation/applications/"' in codes_page.content.decode()
    assert client.get("/en/moderation/applications/").status_code == 200


def test_the_recovery_codes_page_does_not_lead_to_another_site(client):
    user = staff(CountryRole.Role.EDITOR, with_mfa=False)
    sign_in_through_the_form(client, user)
    client.get(SETUP)

    response = client.post(SETUP, {"code": _setup_code(client), "next": "https://elsewhere.example/"})

    assert response["Location"] == RECOVERY_CODES
    assert "elsewhere.example" not in client.get(f"{RECOVERY_CODES}?next=https://elsewhere.example/").content.decode()


def test_a_member_who_just_signed_in_exports_their_data_without_typing_their_password_again(client):
    user = member()
    sign_in_through_the_form(client, user)

    response = client.post("/en/account/export/")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")


def test_staff_who_just_signed_in_with_their_code_export_their_data_without_the_password_again(client):
    user = staff(CountryRole.Role.COUNTRY_STAFF, with_mfa=False)
    secret = add_totp(user)
    sign_in_through_the_form(client, user, totp_secret=secret)

    response = client.post("/en/account/export/")

    assert response.status_code == 200


def test_a_member_who_just_signed_in_asks_to_delete_their_account_without_the_password_again(client):
    user = member()
    sign_in_through_the_form(client, user)

    response = client.post("/en/account/delete/", {"confirm": "on"})

    assert response.status_code == 200
    assert Profile.objects.get(user=user).deletion_requested_at is not None


def test_a_sign_in_older_than_the_timeout_asks_for_the_password_again(client, settings):
    user = member()
    sign_in_through_the_form(client, user)
    session = client.session
    for record in session[AUTHENTICATION_METHODS_SESSION_KEY]:
        record["at"] = time.time() - settings.ACCOUNT_REAUTHENTICATION_TIMEOUT - 1
    session.save()

    response = client.post("/en/account/export/")

    assert response.status_code == 302
    assert response["Location"].startswith(REAUTHENTICATE)
    # allauth then carries out the suspended request: the export itself
    response = client.post(response["Location"], {"password": PASSWORD})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")


def test_a_session_of_another_account_lends_no_recent_sign_in(client):
    first, second = member(), member()
    sign_in_through_the_form(client, first)
    client.force_login(second, backend="django.contrib.auth.backends.ModelBackend")

    response = client.post("/en/account/export/")

    assert response.status_code == 302
    assert response["Location"].startswith(REAUTHENTICATE)


def test_the_recovery_codes_links_download_and_generate_stand_apart_as_two_buttons(client):
    import re
    from pathlib import Path

    from django.conf import settings

    user = staff(CountryRole.Role.EDITOR, with_mfa=False)
    sign_in_through_the_form(client, user)
    client.get(SETUP)
    client.post(SETUP, {"code": _setup_code(client)})
    html = client.get(RECOVERY_CODES).content.decode()
    box = html[html.index('<div class="recovery-codes">') :]
    assert re.search(r'<a href="[^"]+download[^"]*"[^>]*>\s*Download codes', box)
    assert "Generate new codes" in box
    css = (Path(settings.BASE_DIR) / "static" / "css" / "site.css").read_text()
    rule = re.search(r"\.recovery-codes > a\[href\] \{([^}]*)\}", css)
    assert rule
    assert "margin-inline-end" in rule.group(1)
    assert "display: inline-block" in rule.group(1)
