"""Signing in: allauth throttles, django-axes locks out, both admins go through allauth."""

import re

import pytest
from axes.models import AccessAttempt
from django.core.cache import cache

from consult.models import CountryRole
from tests.consult.conftest import PASSWORD
from tests.consult.factories import member, staff, totp_code

pytestmark = pytest.mark.django_db

LOGIN = "/en/accounts/login/"


def _try(client, email, password):
    return client.post(LOGIN, {"login": email, "password": password})


def test_a_member_signs_in_with_email_and_password(client):
    user = member()
    response = _try(client, user.email, PASSWORD)
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)


def test_a_wrong_password_gets_a_message_that_does_not_say_whether_the_account_exists(client):
    user = member()
    wrong = _try(client, user.email, "not the password").content.decode()
    unknown = _try(client, "nobody@example.org", "not the password").content.decode()
    message = "The email address and/or password you specified are not correct."
    assert message in wrong
    assert message in unknown


def test_allauth_throttles_rapid_failures_for_one_account(client):
    user = member()
    for _ in range(5):
        _try(client, user.email, "not the password")
    response = _try(client, user.email, "not the password")
    assert "Too many failed login attempts" in response.content.decode()


def test_django_axes_locks_the_account_out_even_for_the_right_password(client, settings):
    """allauth's limit lives in the cache and only slows an attacker down;
    axes counts failures in the database and locks out for AXES_COOLOFF_TIME."""
    user = member()
    for _ in range(settings.AXES_FAILURE_LIMIT):
        cache.clear()  # past allauth's 5-per-5-minutes throttle, as a slow attacker would be
        _try(client, user.email, "not the password")
    cache.clear()

    response = _try(client, user.email, PASSWORD)

    assert response.status_code == 429
    assert "Sign-in is locked for a while" in response.content.decode()
    assert "_auth_user_id" not in client.session
    assert AccessAttempt.objects.get().username == user.email.lower()


def test_a_lockout_of_one_account_does_not_lock_another_account_from_the_same_address(client, settings):
    attacked, other = member(), member()
    for _ in range(settings.AXES_FAILURE_LIMIT):
        cache.clear()
        _try(client, attacked.email, "not the password")
    cache.clear()
    response = _try(client, other.email, PASSWORD)
    assert response.status_code == 302


def test_a_wrong_totp_code_is_refused_and_does_not_sign_in(client):
    user = staff(CountryRole.Role.MODERATOR, with_mfa=False)
    from tests.consult.factories import add_totp

    secret = add_totp(user)
    response = _try(client, user.email, PASSWORD)
    assert response["Location"].startswith("/en/accounts/2fa/authenticate/")
    good = totp_code(secret)
    wrong = "000000" if good != "000000" else "111111"

    response = client.post("/en/accounts/2fa/authenticate/", {"code": wrong})

    assert response.status_code == 200
    assert "Incorrect code." in response.content.decode()
    assert "_auth_user_id" not in client.session

    response = client.post("/en/accounts/2fa/authenticate/", {"code": good})
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)


@pytest.mark.parametrize(
    ("path", "next_path"),
    [("/django-admin/login/", "/django-admin/"), ("/admin/login/", "/admin/")],
)
def test_the_admin_sign_in_pages_send_to_allauths_sign_in(client, path, next_path):
    response = client.get(path)
    assert response.status_code == 302
    assert response["Location"] == f"/en/accounts/login/?next={next_path.replace('/', '%2F')}"


def test_posting_a_password_to_the_django_admin_login_signs_nobody_in(client):
    user = member()
    user.is_staff = True
    user.save()
    response = client.post("/django-admin/login/", {"username": user.email, "password": PASSWORD})
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session


def test_the_wagtail_admin_sends_a_visitor_to_allauths_sign_in(client):
    # Through /admin/login/, which refuses a signed-in account without admin access instead.
    response = client.get("/admin/", follow=True)
    assert response.redirect_chain[0][0] == "/admin/login/?next=/admin/"
    assert response.redirect_chain[-1][0].startswith("/en/accounts/login/")
    assert "next=/admin/" in response.redirect_chain[-1][0].replace("%2F", "/")


def test_the_two_factor_steps_cancel_looks_secondary_beside_its_sign_in_button(client):
    """ "Cancel" was drawn like the step's main button: a reader could not
    tell which one carries on."""
    from tests.consult.factories import add_totp

    user = staff(CountryRole.Role.MODERATOR, with_mfa=False)
    add_totp(user)
    _try(client, user.email, PASSWORD)

    for language, cancel in (("en", "Cancel"), ("de", "Abbrechen")):
        html = client.get(f"/{language}/accounts/2fa/authenticate/").content.decode()
        buttons = [
            (" ".join(attributes.split()), text)
            for attributes, text in re.findall(r"<button\s([^>]*)>\s*([^<]*?)\s*</button>", html)
        ]
        (cancel_attributes,) = [attributes for attributes, text in buttons if text == cancel]
        assert 'class="button button--secondary" form="logout-from-stage"' in cancel_attributes
        (go_on,) = [attributes for attributes, text in buttons if "submit" in attributes and text != cancel]
        assert "button--secondary" not in go_on
