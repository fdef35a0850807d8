import pytest
from django.db import IntegrityError

from consult.models import User

pytestmark = pytest.mark.django_db


def test_a_user_logs_in_with_an_email_address_and_has_no_username():
    user = User.objects.create_user(email="Ana@Example.org", password="long enough password")
    assert user.email == "Ana@example.org"  # the domain is normalised
    assert User.USERNAME_FIELD == "email"
    assert not hasattr(user, "username") or user.username is None


def test_two_accounts_cannot_share_an_address_that_differs_only_in_case():
    User.objects.create_user(email="ana@example.org", password="long enough password")
    with pytest.raises(IntegrityError):
        User.objects.create_user(email="ANA@example.org", password="long enough password")


def test_the_health_endpoint_reports_the_database_reachable(client):
    response = client.get("/health/")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
