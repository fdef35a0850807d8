"""Consultation rounds: audience rules, opening and closing."""

from datetime import timedelta

import pytest
from django.utils import timezone

from consult.models import Sector
from consult.refusals import NotAllowed
from recommendations import tasks
from recommendations.consultation import services as consultation
from recommendations.models import DocumentVersion
from tests.consult.factories import member

from .factories import open_round

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("countries", "sectors", "member_countries", "member_sector", "allowed"),
    [
        ((), (), ("IT",), Sector.MEDICAL, True),
        (("NL",), (), ("NL",), Sector.MEDICAL, True),
        (("NL",), (), ("BE",), Sector.MEDICAL, False),
        (("NL",), (), ("BE", "NL"), Sector.MEDICAL, True),
        ((), (Sector.MEDICAL,), ("IT",), Sector.MEDICAL, True),
        ((), (Sector.MEDICAL,), ("IT",), Sector.POLICE, False),
        (("NL",), (Sector.LEGAL_AID,), ("NL",), Sector.MEDICAL, False),
    ],
)
def test_the_round_is_open_to_its_audience_of_countries_and_sectors_only(
    version, countries, sectors, member_countries, member_sector, allowed
):
    round = open_round(version, countries=countries, sectors=sectors)
    user = member(member_countries, sector=member_sector)

    assert user.has_perm("recommendations.give_feedback", round) is allowed


def test_someone_outside_the_audience_is_told_and_nothing_is_saved(version):
    round = open_round(version, countries=("BE",))
    outsider = member(("NL",))

    with pytest.raises(NotAllowed):
        consultation.give_feedback(author=outsider, round=round, clause=None, kind="comment", text="Hello")
    assert not round.feedback.exists()


def test_the_periodic_task_closes_due_rounds_once(version):
    now = timezone.now()
    round = open_round(version, opens_at=now - timedelta(days=10), closes_at=now - timedelta(minutes=1))

    assert tasks.close_due_rounds.delay().get() == 1
    assert tasks.close_due_rounds.delay().get() == 0

    round.refresh_from_db()
    assert round.closed_at is not None
    assert DocumentVersion.objects.get(pk=version.pk).status == DocumentVersion.Status.CLOSED


def test_a_round_still_running_is_not_closed(round):
    assert consultation.close_due_rounds() == 0
    assert round.is_open()


def test_the_close_task_is_in_the_beat_schedule(settings):
    tasks_scheduled = {entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values()}
    assert "recommendations.close_due_rounds" in tasks_scheduled
