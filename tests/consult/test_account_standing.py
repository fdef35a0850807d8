"""Every signed-in request reads its account's roles, country offices and
MFA from the cache (consult/account_standing.py) and its session from the
cache (cached_db): no query for them on a second request, and any change
shows on the very next request."""

import pytest
from allauth.mfa.models import Authenticator
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext

from consult.members import services
from consult.models import CountryRole
from tests.consult.conftest import sign_in
from tests.consult.factories import administrator, country_for, member, staff

pytestmark = pytest.mark.django_db

SETUP = "/en/accounts/2fa/totp/activate/"
PAGE = "/en/members/"


def _tables_read(client, path=PAGE):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200
    return " ".join(query["sql"] for query in queries.captured_queries)


def test_a_members_second_request_reads_no_session_role_group_or_authenticator_row(client):
    sign_in(client, member())
    client.get(PAGE)

    sql = _tables_read(client)

    for table in ("django_session", "consult_countryrole", "auth_group", "mfa_authenticator"):
        assert f'"{table}"' not in sql, table


def test_a_moderators_second_request_reads_no_role_or_authenticator_row(client):
    sign_in(client, staff(CountryRole.Role.MODERATOR))
    client.get(PAGE)

    sql = _tables_read(client)

    for table in ("django_session", "consult_countryrole", "mfa_authenticator"):
        assert f'"{table}"' not in sql, table


def test_a_role_granted_through_the_service_asks_for_mfa_on_the_next_request(client):
    user = member()
    sign_in(client, user)
    assert client.get(PAGE).status_code == 200

    services.grant_role(user, CountryRole.Role.MODERATOR, country_for("NL"), granted_by=administrator())

    response = client.get(PAGE)
    assert response.status_code == 302
    assert response["Location"].startswith(SETUP)


def test_a_role_row_created_directly_asks_for_mfa_on_the_next_request(client):
    user = member()
    sign_in(client, user)
    client.get(PAGE)

    CountryRole.objects.create(user=user, role=CountryRole.Role.EDITOR, country=None)

    assert client.get(PAGE)["Location"].startswith(SETUP)


def test_joining_a_country_office_group_asks_for_mfa_on_the_next_request(client):
    user = member()
    sign_in(client, user)
    client.get(PAGE)
    group = Group.objects.create(name="NL office")
    country = country_for("NL")
    country.staff_group = group
    country.save()
    client.get(PAGE)  # the country's group alone changes nothing for this member

    group.user_set.add(user)

    assert client.get(PAGE)["Location"].startswith(SETUP)


def test_removing_the_authenticator_asks_for_mfa_again_at_once(client):
    user = staff(CountryRole.Role.MODERATOR)
    sign_in(client, user)
    assert client.get(PAGE).status_code == 200

    Authenticator.objects.filter(user=user).delete()

    assert client.get(PAGE)["Location"].startswith(SETUP)


def test_a_withdrawn_role_closes_the_review_queue_on_the_next_request(client):
    user = staff(CountryRole.Role.MODERATOR)
    sign_in(client, user)
    assert client.get("/en/moderation/").status_code == 200

    services.revoke_role(user, CountryRole.Role.MODERATOR, country_for("NL"), revoked_by=administrator())

    assert client.get("/en/moderation/").status_code == 403


def test_signing_out_ends_the_cached_session(client):
    sign_in(client, member())
    client.get(PAGE)
    cookie = client.cookies["sessionid"].value

    client.post("/en/accounts/logout/")
    client.cookies["sessionid"] = cookie  # the old cookie, replayed

    response = client.get(PAGE)
    assert response.status_code == 302
    assert "/login/" in response["Location"]
