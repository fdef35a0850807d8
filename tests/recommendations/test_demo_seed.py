"""The demo shows the job: the seeded document has a published first round
(version 1 → 2 with its diff, histories and report) and an open second
round with feedback from several countries and sectors, a change of dates
with its reason, and items waiting for the Dutch moderators."""

import pytest
from django.urls import reverse

from consult.demo import seed_demo_accounts, seed_demo_application
from consult.models import CountryRole, Profile, ReviewItem, User
from consult.moderation.queue_counts import waiting_for
from recommendations.demo import TITLE, seed_recommendations
from recommendations.models import DocumentVersion, Feedback, RecommendationDocument, RoundChange
from tests.consult.conftest import sign_in
from tests.consult.factories import add_totp

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    seed_demo_accounts()
    seed_demo_application()
    assert seed_recommendations() == 1
    return RecommendationDocument.objects.get(title=TITLE)


def test_version_1_was_consulted_closed_early_built_and_superseded_by_version_2_in_consultation(demo):
    v1, v2 = demo.versions.order_by("number")
    assert v1.status == DocumentVersion.Status.SUPERSEDED
    assert v2.status == DocumentVersion.Status.CONSULTATION
    first, second = v1.round_or_none, v2.round_or_none
    assert first.closed_at is not None
    assert "finished its review two weeks early" in RoundChange.objects.get(round=first, kind="closed").reason
    assert second.is_open()
    assert "Greek and Italian partners" in RoundChange.objects.get(round=second, kind="extended").reason
    assert v2.clauses.filter(text__contains="**within 24 hours**").exists()


def test_the_open_round_has_feedback_from_several_countries_and_sectors(demo):
    round = demo.versions.get(number=2).round_or_none
    visible = Feedback.objects.filter(round=round).visible()
    assert visible.values("author_country").distinct().count() >= 5
    assert visible.values("author_sector").distinct().count() >= 5
    assert visible.filter(endorsement_count__gt=0).exists()
    assert visible.filter(decision="undecided").count() >= 3
    assert visible.exclude(decision="undecided").exists()


def test_the_demo_editor_sees_the_rounds_the_report_and_the_diff(client, demo):
    editor = User.objects.get(email="editor@demo.protect.example")
    add_totp(editor)  # staff set up two-factor authentication at their first sign-in
    sign_in(client, editor)
    v1, v2 = demo.versions.order_by("number")
    report = client.get(reverse("recommendations:report", args=[v1.round_or_none.pk])).content.decode()
    assert "Calling together keeps people in care." in report
    diff = client.get(reverse("recommendations:version_diff", args=[v1.pk, v2.pk])).content.decode()
    assert "<strong>within 24 hours</strong>" in diff
    page = client.get(reverse("recommendations:round_manage", args=[v2.round_or_none.pk])).content.decode()
    assert "Extend the consultation" in page


def test_the_dutch_moderators_have_a_flagged_and_a_held_item_and_an_application(demo):
    moderator = User.objects.get(email="moderator.nl@demo.protect.example")
    nl = {role.country_id for role in CountryRole.objects.filter(user=moderator)}
    waiting = ReviewItem.objects.filter(state="pending", country_id__in=nl)
    assert set(waiting.values_list("reason", flat=True)) == {"flags", "personal_data"}
    assert waiting_for(nl) >= 2
    assert Profile.objects.filter(status=Profile.Status.PENDING, countries__in=nl).exists()


def test_seeding_again_creates_nothing(demo):
    counts = (Feedback.objects.count(), DocumentVersion.objects.count(), ReviewItem.objects.count())
    assert seed_recommendations() == 0
    assert seed_demo_application() == 0
    assert (Feedback.objects.count(), DocumentVersion.objects.count(), ReviewItem.objects.count()) == counts
