"""The signed-in account and its profile come from the cache
(consult/signed_in.py): no user or profile row is read on a member's second
request, and every change to either shows on the very next request, for that
member only."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from consult.members import services
from consult.models import CountryRole, Profile, User
from consult.signed_in import cached_account, remember_account
from tests.consult.conftest import sign_in
from tests.consult.factories import member, staff

pytestmark = pytest.mark.django_db

PAGE = "/en/members/"
ACCOUNT = "/en/account/"


def _get(client, path=PAGE):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    return response, " ".join(query["sql"] for query in queries.captured_queries)


def test_a_members_second_request_reads_no_user_or_profile_row(client):
    sign_in(client, member())
    client.get(PAGE)

    response, sql = _get(client)

    assert response.status_code == 200
    assert '"consult_user"' not in sql
    assert '"consult_profile"' not in sql


def test_a_changed_display_name_shows_on_the_next_request(client):
    user = member(display_name="Amal")
    sign_in(client, user)
    assert "Amal" in client.get(ACCOUNT).content.decode()

    services.update_own_profile(Profile.objects.get(user=user), display_name="Amal B.")

    assert "Amal B." in client.get(ACCOUNT).content.decode()


def test_a_member_edits_their_profile_through_the_form_and_sees_it_at_once(client):
    sign_in(client, member(display_name="Amal"))
    client.get(ACCOUNT)

    response = client.post(
        "/en/account/profile/",
        {"display_name": "Amal from Utrecht", "organisation": "Org", "job_role": "Lawyer", "email_frequency": "daily"},
    )

    assert response.status_code == 302
    assert "Amal from Utrecht" in client.get(ACCOUNT).content.decode()


def test_a_suspension_closes_the_member_area_on_the_next_request(client):
    user = member()
    sign_in(client, user)
    assert client.get(PAGE).status_code == 200
    moderator = staff(CountryRole.Role.MODERATOR)

    services.suspend_member(
        Profile.objects.get(user=user), moderator=moderator, reason="spam", until=timezone.now() + timedelta(days=3)
    )

    assert client.get(PAGE).status_code in (302, 403)


def test_a_deactivated_account_is_signed_out_on_the_next_request(client):
    user = member()
    sign_in(client, user)
    client.get(PAGE)

    user.is_active = False
    user.save(update_fields=["is_active"])

    response = client.get(PAGE, follow=True)
    assert not response.wsgi_request.user.is_authenticated
    assert "no longer exists or is not active" in response.content.decode()


def test_a_deleted_account_is_signed_out_on_the_next_request(client):
    user = member()
    sign_in(client, user)
    client.get(PAGE)

    User.objects.filter(pk=user.pk).delete()

    response = client.get(PAGE, follow=True)
    assert not response.wsgi_request.user.is_authenticated
    assert "no longer exists or is not active" in response.content.decode()


def test_a_new_password_ends_other_sessions_on_their_next_request(client):
    user = member()
    sign_in(client, user)
    client.get(PAGE)

    user.set_password("a whole new passphrase 42")
    user.save()

    response = client.get(PAGE)
    assert response.status_code == 302
    assert not response.wsgi_request.user.is_authenticated


def test_each_member_gets_their_own_account(client):
    from django.test import Client

    amal = member(display_name="Amal")
    bram = member(display_name="Bram")
    other = Client()
    sign_in(client, amal)
    sign_in(other, bram)
    for _ in range(2):
        assert client.get(PAGE).wsgi_request.user.pk == amal.pk
        assert other.get(PAGE).wsgi_request.user.pk == bram.pk
    assert "Amal" in client.get(ACCOUNT).content.decode()
    assert "Bram" not in client.get(ACCOUNT).content.decode()


def test_what_one_request_attaches_to_its_user_does_not_reach_the_next():
    user = member()

    first = cached_account(user.pk)
    first.marker = "first request"
    first.profile.display_name = "changed in memory, not saved"
    second = cached_account(user.pk)

    assert not hasattr(second, "marker")
    assert second.profile.display_name != "changed in memory, not saved"


def test_the_commit_retires_what_a_reader_cached_while_the_change_was_saved(django_capture_on_commit_callbacks):
    user = member(display_name="Before")
    cached_account(user.pk)

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        profile = Profile.objects.get(user=user)
        profile.display_name = "After"
        profile.save()
        # a reader in between, which (on another connection) still read the old row
        stale = cached_account(user.pk)
        stale.profile.display_name = "Before"
        remember_account(stale)
    for callback in callbacks:
        callback()

    assert cached_account(user.pk).profile.display_name == "After"


def test_a_malformed_session_is_anonymous_not_an_error(client):
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, SESSION_KEY

    session = client.session
    session[SESSION_KEY] = "not-a-number"
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session.save()
    client.cookies[settings.SESSION_COOKIE_NAME] = session.session_key

    response = client.get(PAGE)
    assert response.status_code in (302, 403)
    assert not response.wsgi_request.user.is_authenticated
