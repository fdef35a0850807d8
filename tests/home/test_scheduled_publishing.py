from datetime import timedelta

import pytest
from django.utils import timezone

from home.models import CountryPage
from home.tasks import publish_scheduled_pages

pytestmark = pytest.mark.django_db


def test_an_approved_change_scheduled_for_later_goes_live_when_its_time_has_come():
    page = CountryPage.objects.get(country__code="IT", locale__language_code="en")
    page.title = "Italy (new campaign)"
    revision = page.save_revision()
    revision.approved_go_live_at = timezone.now() + timedelta(hours=1)  # what "schedule" records
    revision.save(update_fields=["approved_go_live_at"])

    publish_scheduled_pages.delay()  # before the time: nothing changes
    page.refresh_from_db()
    assert page.title == "Italy"

    revision.approved_go_live_at = timezone.now() - timedelta(minutes=1)
    revision.save(update_fields=["approved_go_live_at"])
    publish_scheduled_pages.delay()
    publish_scheduled_pages.delay()  # twice: still one publication
    page.refresh_from_db()
    assert page.title == "Italy (new campaign)"
    assert page.get_latest_revision() == revision
