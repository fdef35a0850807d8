"""Sign-up, sign-in and password reset do the same work whether or not the
address has an account, so neither the answer nor its time tells who is a
member. The times themselves are measured by bench/enumeration_timing.py
(a test on times would fail on a slow machine); these tests hold the work
equal: as many password hashes, one account e-mail scheduled, one reset token.
"""

from unittest import mock

import pytest
from allauth.account.forms import default_token_generator
from django.contrib.auth.hashers import MD5PasswordHasher

from consult.models import Country, OutboxEntry, User
from tests.consult.factories import member

pytestmark = pytest.mark.django_db

PASSPHRASE = "a long and unusual passphrase"


def signup_form(email):
    return {
        "email": email,
        "password1": PASSPHRASE,
        "password2": PASSPHRASE,
        "display_name": "Amira",
        "organisation": "Refugee legal aid",
        "sector": "legal_aid",
        "countries": [Country.objects.get(code="NL").pk],
        "job_role": "Lawyer",
        "motivation": "I advise survivors on residence permits and want to share practice.",
        "accept_code_of_conduct": "on",
        "accept_privacy_notice": "on",
    }


def work_done(post):
    """Password hashes computed, account e-mails scheduled and reset tokens
    made while ``post()`` runs, and its response."""
    hashes = mock.patch.object(MD5PasswordHasher, "encode", autospec=True, side_effect=MD5PasswordHasher.encode)
    tokens = mock.patch.object(default_token_generator, "make_token", wraps=default_token_generator.make_token)
    emails_before = OutboxEntry.objects.filter(task_name="consult.send_account_email").count()
    with hashes as encode, tokens as make_token:
        response = post()
    emails = OutboxEntry.objects.filter(task_name="consult.send_account_email").count() - emails_before
    return {"hashes": encode.call_count, "emails": emails, "tokens": make_token.call_count}, response


def test_a_sign_up_with_an_address_that_has_an_account_does_the_work_of_a_new_sign_up(client):
    taken = member().email

    new, new_response = work_done(lambda: client.post("/en/accounts/signup/", signup_form("new@example.org")))
    existing, existing_response = work_done(lambda: client.post("/en/accounts/signup/", signup_form(taken)))

    assert User.objects.filter(email="new@example.org").exists()
    assert User.objects.filter(email=taken).count() == 1
    assert new == existing
    assert new["hashes"] >= 1
    assert new["emails"] == 1
    assert new_response.status_code == existing_response.status_code == 302
    assert new_response["Location"] == existing_response["Location"]


def test_a_failed_sign_in_hashes_as_often_for_an_address_with_and_without_an_account(client):
    known = member().email

    existing, existing_response = work_done(
        lambda: client.post("/en/accounts/login/", {"login": known, "password": "not the password"})
    )
    unknown, unknown_response = work_done(
        lambda: client.post("/en/accounts/login/", {"login": "nobody@example.org", "password": "not the password"})
    )

    assert existing == unknown
    assert existing["hashes"] >= 1
    assert existing_response.status_code == unknown_response.status_code == 200


def test_a_password_reset_does_the_same_work_for_an_address_with_and_without_an_account(client):
    known = member().email

    existing, existing_response = work_done(lambda: client.post("/en/accounts/password/reset/", {"email": known}))
    unknown, unknown_response = work_done(
        lambda: client.post("/en/accounts/password/reset/", {"email": "nobody@example.org"})
    )

    assert existing == unknown == {"hashes": 0, "emails": 1, "tokens": 1}
    assert existing_response.status_code == unknown_response.status_code == 302
    assert existing_response["Location"] == unknown_response["Location"]
