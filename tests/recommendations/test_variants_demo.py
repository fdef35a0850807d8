"""The seed shows forwarded feedback decided by the master's editors, as
the Belgian office reads it."""

import pytest
from django.core.management import call_command
from django.urls import reverse

from consult.models import User
from recommendations.drafting.variants.demo import OFFICES
from recommendations.models import ForwardedFeedback
from tests.consult.conftest import sign_in
from tests.consult.factories import add_totp

pytestmark = pytest.mark.django_db


def test_the_seeded_forwarded_feedback_carries_the_masters_decision_for_the_belgian_office(client):
    call_command("seed", stdout=open("/dev/null", "w"))  # noqa: SIM115
    forwarded = ForwardedFeedback.objects.select_related("variant__country").get()
    assert forwarded.variant.country.code == "BE"
    assert forwarded.decision == "partly_accepted"
    be_email = next(email for code, email, _language in OFFICES if code == "BE")
    office_user = User.objects.get(email=be_email)
    add_totp(office_user)  # office staff sign in with a second factor
    sign_in(client, office_user)
    response = client.get(reverse("recommendations:decide", args=[forwarded.feedback_id]))
    assert response.status_code == 200, response.get("Location")
    page = response.content.decode()
    assert "The master's editors decided: accepted in part." in page
    assert "Trauma-informed interpreting goes into the next European version" in page
