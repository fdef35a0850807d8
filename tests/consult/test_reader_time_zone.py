"""Signed-in readers read times in their own time zone (the browser says
which in the ``tz`` cookie); visitors and unknown zones get the site's."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse

from tests.consult.conftest import sign_in
from tests.consult.factories import member
from tests.recommendations.factories import draft, open_round

pytestmark = pytest.mark.django_db

CLOSES = datetime(2030, 3, 1, 12, 0, tzinfo=ZoneInfo("UTC"))


@pytest.fixture
def round():
    return open_round(draft("NL", 2), closes_at=CLOSES)


def _page(client, round):
    return client.get(round.version.get_absolute_url()).content.decode()


def test_a_signed_in_reader_in_athens_reads_athens_time(client, round):
    sign_in(client, member(("NL",)))
    client.cookies["tz"] = "Europe/Athens"
    assert "1 March 2030 14:00" in _page(client, round)


def test_without_the_cookie_the_site_time_zone_applies(client, round):
    sign_in(client, member(("NL",)))
    assert "1 March 2030 13:00" in _page(client, round)  # Brussels


def test_a_made_up_zone_is_ignored(client, round):
    sign_in(client, member(("NL",)))
    client.cookies["tz"] = "Mars/Olympus_Mons"
    assert "1 March 2030 13:00" in _page(client, round)


def test_a_visitor_gets_neither_the_script_nor_another_zone(client, round):
    client.cookies["tz"] = "Europe/Athens"
    page = _page(client, round)
    assert "1 March 2030 13:00" in page
    assert "time-zone.js" not in page
    assert "time-zone.js" not in client.get(reverse("recommendations:index")).content.decode()


def test_a_signed_in_page_loads_the_script(client):
    sign_in(client, member(("NL",)))
    assert "time-zone.js" in client.get(reverse("recommendations:index")).content.decode()
