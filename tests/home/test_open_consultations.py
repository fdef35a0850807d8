"""Country and home pages list the consultations open now."""

from datetime import timedelta

import pytest
from django.utils import timezone

from tests.recommendations.factories import draft, open_round

pytestmark = pytest.mark.django_db


@pytest.fixture
def rounds():
    dutch = draft("NL")
    dutch.document.title = "Dutch SOP recommendations"
    dutch.document.save()
    eu = draft(None)
    eu.document.title = "EU-wide SOP recommendations"
    eu.document.save()
    members_only = draft("NL")
    members_only.document.title = "Members-only draft"
    members_only.document.members_only_in_consultation = True
    members_only.document.save()
    closed = draft("NL")
    closed.document.title = "Closed last month"
    closed.document.save()
    now = timezone.now()
    return [
        open_round(dutch),
        open_round(eu),
        open_round(members_only),
        open_round(closed, opens_at=now - timedelta(days=60), closes_at=now - timedelta(days=30)),
    ]


def test_a_country_page_lists_its_own_and_eu_wide_open_consultations(client, rounds):
    html = client.get("/en/countries/nl/").content.decode()
    assert "Dutch SOP recommendations" in html
    assert "EU-wide SOP recommendations" in html
    assert "Members-only draft" not in html
    assert "Closed last month" not in html


def test_another_countrys_page_shows_only_the_eu_wide_consultation(client, rounds):
    html = client.get("/en/countries/be/").content.decode()
    assert "EU-wide SOP recommendations" in html
    assert "Dutch SOP recommendations" not in html


def test_the_home_page_lists_every_public_open_consultation(client, rounds):
    html = client.get("/en/").content.decode()
    assert "Dutch SOP recommendations" in html
    assert "EU-wide SOP recommendations" in html
    assert "Members-only draft" not in html
