"""Dates read as each language writes them: a German day has its period, a
Hungarian date starts with the year, Greek names the month."""

import datetime

import pytest
from django.utils import timezone

from consult.models import Profile
from tests.consult.conftest import sign_in
from tests.consult.factories import member

pytestmark = pytest.mark.django_db

ACCEPTED = {
    "de": "7. Dezember 2026",
    "hu": "2026. december 7.",
    "hr": "7. prosinca 2026.",
    "sl": "7. december 2026",
    "es": "7 de diciembre de 2026",
    "el": "7 Δεκεμβρίου 2026",
    "en": "7 December 2026",
}


@pytest.mark.parametrize("language", sorted(ACCEPTED))
def test_the_account_page_gives_the_date_of_consent_as_the_language_writes_it(client, language):
    user = member(display_name="Lotte")
    Profile.objects.filter(user=user).update(
        consent_accepted_at=timezone.make_aware(datetime.datetime(2026, 12, 7, 12, 0), datetime.UTC)
    )
    sign_in(client, user)
    html = client.get(f"/{language}/account/").content.decode()
    assert f"({ACCEPTED[language]})" in html
