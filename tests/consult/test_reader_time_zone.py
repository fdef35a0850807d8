"""One rule for every time a person reads: their country's zone (the site's
for visitors and people with no country), on every page and in e-mails,
with the zone named ("22:22 EET")."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.urls import reverse

from consult.models import CountryRole, ReviewItem
from consult.moderation import services as moderation
from recommendations.consultation import rounds
from tests.consult.conftest import sign_in
from tests.consult.factories import country_for, member, staff
from tests.forums.factories import ForumFactory, thread_with_posts
from tests.moderation_app.models import Note
from tests.recommendations.factories import FeedbackFactory, draft, open_round

pytestmark = pytest.mark.django_db

UTC = ZoneInfo("UTC")
CLOSES = datetime(2030, 3, 1, 12, 0, tzinfo=UTC)
# the moment the tester saw as 22:22 on one page and 21:22 on another
EVENT = datetime(2030, 3, 1, 20, 22, tzinfo=UTC)


@pytest.fixture
def round():
    return open_round(draft("NL", 2), closes_at=CLOSES)


def _page(client, round):
    return client.get(round.version.get_absolute_url()).content.decode()


def test_a_dutch_member_reads_amsterdam_time_with_its_zone(client, round):
    sign_in(client, member(("NL",)))
    assert "1 March 2030 13:00 CET" in _page(client, round)


def test_a_greek_member_reads_athens_time_with_its_zone(client, round):
    sign_in(client, member(("GR",)))
    assert "1 March 2030 14:00 EET" in _page(client, round)


def test_an_irish_member_reads_dublin_time(client, round):
    sign_in(client, member(("IE",)))
    assert "1 March 2030 12:00 GMT" in _page(client, round)


def test_the_browser_zone_cookie_no_longer_changes_what_a_member_reads(client, round):
    sign_in(client, member(("NL",)))
    client.cookies["tz"] = "Europe/Athens"
    page = _page(client, round)
    assert "13:00 CET" in page
    assert "14:00" not in page


def test_a_visitor_and_a_member_without_a_country_read_the_site_time(client, round):
    assert "1 March 2030 13:00 CET" in _page(client, round)  # Brussels
    sign_in(client, member(()))
    assert "1 March 2030 13:00 CET" in _page(client, round)


def test_a_member_whose_country_changes_reads_the_new_zone_at_once(client, round):
    reader = member(("NL",))
    sign_in(client, reader)
    assert "13:00 CET" in _page(client, round)
    reader.profile.countries.set([country_for("GR")])
    assert "14:00 EET" in _page(client, round)


def test_no_page_loads_a_time_zone_script(client):
    sign_in(client, member(("NL",)))
    assert "time-zone.js" not in client.get(reverse("recommendations:index")).content.decode()


@pytest.fixture
def _run_on_commit(monkeypatch):
    from django.db import transaction

    monkeypatch.setattr(transaction, "on_commit", lambda func, using=None, robust=False: func())


@pytest.mark.usefixtures("_run_on_commit")
def test_one_moment_shows_the_same_clock_time_on_the_thread_the_queue_the_round_and_the_e_mail(client):
    reader = staff(CountryRole.Role.MODERATOR, "GR")
    expected = "22:22 EET"  # 20:22 UTC in Athens; Brussels would say 21:22

    thread = thread_with_posts(1, forum=ForumFactory(country=reader.profile.countries.get()))
    thread.posts.update(created_at=EVENT)

    note = Note.objects.create(author=member(("GR",)), country=reader.profile.countries.get(), text="x")
    moderation.hold_for_review(note, reason=ReviewItem.Reason.FIRST_POSTS)
    ReviewItem.objects.update(created_at=EVENT)

    round = open_round(draft("GR", 2), closes_at=EVENT - timedelta(days=1))
    FeedbackFactory(round=round, author=reader, clause=round.version.clauses.in_order()[0])
    editor = staff(CountryRole.Role.EDITOR, "GR")
    mail.outbox.clear()
    rounds.extend_round(editor=editor, round=round, closes_at=EVENT, reason="One more day.")

    sign_in(client, reader)
    pages = {
        "thread": client.get(thread.get_absolute_url()).content.decode(),
        "review queue": client.get(reverse("moderation:queue")).content.decode(),
        "round": client.get(round.version.get_absolute_url()).content.decode(),
    }
    [email] = [message for message in mail.outbox if message.to == [reader.email]]
    pages["e-mail"] = email.body
    for where, text in pages.items():
        assert expected in text, where
        assert "21:22" not in text, where
