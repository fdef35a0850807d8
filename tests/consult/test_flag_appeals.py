"""A member whose report (flag) was dismissed appeals the dismissal
(consult/moderation/flag_appeals.py): from their "My moderation" page, once,
within six months, decided by another moderator."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from consult.models import AuditLogEntry, CountryRole, Flag, ReviewItem, StatementOfReasons
from consult.moderation import flag_appeals
from consult.moderation import services as moderation
from consult.refusals import Conflict, NotAllowed
from forums.models import Visibility
from tests.consult.conftest import sign_in
from tests.consult.factories import administrator, member, staff
from tests.forums.factories import thread_with_posts

pytestmark = pytest.mark.django_db


@pytest.fixture
def moderators():
    return staff(CountryRole.Role.MODERATOR, "NL"), staff(CountryRole.Role.MODERATOR, "NL")


@pytest.fixture
def kept(moderators):
    """A post a member flagged as abusive, which the first moderator kept."""
    post = thread_with_posts(3).posts.order_by("created_at", "pk")[1]
    flagger = member(countries=("NL",))
    flag = moderation.flag(post, user=flagger, reason=Flag.Reason.ABUSIVE)
    item = moderation.pending_item_for(post)
    moderation.approve(item, moderator=moderators[0], note="Sharp, but within the rules.")
    return post, Flag.objects.get(pk=flag.pk), flagger


def test_the_flagger_sees_the_dismissal_on_my_moderation_and_appeals_it(client, kept, moderators):
    _post, flag, flagger = kept
    sign_in(client, flagger)
    page = client.get("/en/moderation/mine/").content.decode()
    assert "What I reported" in page
    assert "kept: no action taken" in page
    assert f"/en/moderation/reports/{flag.pk}/#appeal" in page
    detail = client.get(f"/en/moderation/reports/{flag.pk}/").content.decode()
    assert "Sharp, but within the rules." in detail
    response = client.post(
        f"/en/moderation/reports/{flag.pk}/", {"action": "appeal", "text": "It insults survivors by name."}
    )
    assert response.status_code == 302
    flag.refresh_from_db()
    assert flag.appeal_outcome == Flag.AppealOutcome.OPEN
    assert flag.dismissed_by == moderators[0]
    page = client.get("/en/moderation/mine/").content.decode()
    assert "waiting for a decision" in page
    assert f"/en/moderation/reports/{flag.pk}/#appeal" not in page


def test_another_moderator_reverses_and_the_post_is_hidden_with_a_statement_to_its_author(
    client, kept, moderators, django_capture_on_commit_callbacks
):
    post, flag, flagger = kept
    flag_appeals.appeal_dismissal(flag, user=flagger, text="It insults survivors by name.")
    client.force_login(moderators[1])
    listing = client.get("/en/moderation/appeals/").content.decode()
    assert f"/en/moderation/reports/{flag.pk}/" in listing
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/en/moderation/reports/{flag.pk}/",
            {"action": "decide", "outcome": "reversed", "reasons": "Naming people breaks the respect rule."},
        )
    assert response.status_code == 302
    post.refresh_from_db()
    assert post.status == Visibility.HIDDEN
    statement = StatementOfReasons.objects.get(
        object_id=post.pk, restriction=StatementOfReasons.Restriction.CONTENT_HIDDEN
    )
    assert statement.user == post.author
    assert statement.decided_by == moderators[1]
    told = [message for message in mail.outbox if message.to == [flagger.email]]
    assert len(told) == 1
    assert f"/moderation/reports/{flag.pk}/" in told[0].body
    assert "It insults" not in told[0].body
    sign_in(client, flagger)
    page = client.get(f"/en/moderation/reports/{flag.pk}/").content.decode()
    assert "Naming people breaks the respect rule." in page
    assert "dismissal reversed" in page
    assert AuditLogEntry.objects.filter(action="moderation.flag_appeal_reversed").count() == 1


def test_the_moderator_who_kept_the_content_may_not_decide_the_appeal(client, kept, moderators):
    _post, flag, flagger = kept
    flag_appeals.appeal_dismissal(flag, user=flagger, text="Please look again.")
    flag.refresh_from_db()
    with pytest.raises(NotAllowed):
        flag_appeals.decide_appeal(flag, moderator=moderators[0], outcome="reversed", reasons="x")
    client.force_login(moderators[0])
    response = client.post(
        f"/en/moderation/reports/{flag.pk}/", {"action": "decide", "outcome": "reversed", "reasons": "x"}
    )
    assert response.status_code == 403
    assert "another moderator decides" in response.content.decode()
    flag.refresh_from_db()
    assert flag.appeal_outcome == Flag.AppealOutcome.OPEN


def test_the_appeal_goes_to_the_administrators_when_the_country_has_no_other_moderator(
    moderators, django_capture_on_commit_callbacks
):
    only = moderators[0]
    CountryRole.objects.filter(user=moderators[1]).delete()
    admin = administrator()
    post = thread_with_posts(2).posts.last()
    flagger = member(countries=("NL",))
    flag = moderation.flag(post, user=flagger, reason=Flag.Reason.SPAM)
    moderation.approve(moderation.pending_item_for(post), moderator=only)
    with django_capture_on_commit_callbacks(execute=True):
        flag_appeals.appeal_dismissal(Flag.objects.get(pk=flag.pk), user=flagger, text="It is an advert.")
    assert [message.to for message in mail.outbox if "report is appealed" in message.subject] == [[admin.email]]


def test_a_second_appeal_is_refused(kept):
    _post, flag, flagger = kept
    flag_appeals.appeal_dismissal(flag, user=flagger, text="Once.")
    with pytest.raises(Conflict, match="already appealed"):
        flag_appeals.appeal_dismissal(flag, user=flagger, text="Twice.")


def test_an_appeal_after_six_months_is_refused_with_the_date(client, kept):
    post, flag, flagger = kept
    Flag.objects.filter(pk=flag.pk).update(created_at=timezone.now() - timedelta(days=201))
    ReviewItem.objects.filter(object_id=post.pk).update(decided_at=timezone.now() - timedelta(days=200))
    sign_in(client, flagger)
    assert f"/en/moderation/reports/{flag.pk}/#appeal" not in client.get("/en/moderation/mine/").content.decode()
    response = client.post(f"/en/moderation/reports/{flag.pk}/", {"action": "appeal", "text": "Late."})
    assert response.status_code == 409
    assert "The time to appeal this decision ended on" in response.content.decode()
    flag.refresh_from_db()
    assert flag.appealed_at is None


def test_a_flag_still_waiting_or_acted_on_cannot_be_appealed(moderators):
    post = thread_with_posts(2).posts.last()
    flagger = member(countries=("NL",))
    flag = moderation.flag(post, user=flagger, reason=Flag.Reason.OFF_TOPIC)
    with pytest.raises(Conflict, match="Only a report a moderator dismissed"):
        flag_appeals.appeal_dismissal(flag, user=flagger, text="Too early.")
    moderation.hide(moderation.pending_item_for(post), moderator=moderators[0], reason="Off-topic.")
    assert flag_appeals.state_of(flag).state == "acted"
    with pytest.raises(Conflict):
        flag_appeals.appeal_dismissal(flag, user=flagger, text="It was hidden anyway.")


def test_someone_elses_report_is_a_404_and_they_cannot_appeal_it(client, kept):
    _post, flag, _flagger = kept
    other = member(countries=("NL",))
    with pytest.raises(NotAllowed):
        flag_appeals.appeal_dismissal(flag, user=other, text="Me too.")
    sign_in(client, other)
    assert client.get(f"/en/moderation/reports/{flag.pk}/").status_code == 404
    assert client.post(f"/en/moderation/reports/{flag.pk}/", {"action": "appeal", "text": "x"}).status_code == 404


def test_an_empty_appeal_is_a_message_not_a_500(client, kept):
    _post, flag, flagger = kept
    sign_in(client, flagger)
    response = client.post(f"/en/moderation/reports/{flag.pk}/", {"action": "appeal", "text": "   "})
    assert response.status_code == 400
    assert "Say why the decision should change." in response.content.decode()


def test_two_moderators_deciding_at_once_the_second_is_told(kept, moderators):
    post, flag, flagger = kept
    third = staff(CountryRole.Role.MODERATOR, "NL")
    flag_appeals.appeal_dismissal(flag, user=flagger, text="Please.")
    flag.refresh_from_db()
    stale = Flag.objects.get(pk=flag.pk)
    flag_appeals.decide_appeal(flag, moderator=moderators[1], outcome="upheld", reasons="It stays.")
    with pytest.raises(Conflict, match="decided this appeal first"):
        flag_appeals.decide_appeal(stale, moderator=third, outcome="reversed", reasons="No.")
    post.refresh_from_db()
    assert post.status == Visibility.PUBLISHED


def test_my_moderation_lists_the_reports_in_a_fixed_number_of_queries(
    client, moderators, django_assert_max_num_queries
):
    flagger = member(countries=("NL",))
    for post in thread_with_posts(4).posts.all():
        flag = moderation.flag(post, user=flagger, reason=Flag.Reason.SPAM)
        moderation.approve(moderation.pending_item_for(post), moderator=moderators[0])
    sign_in(client, flagger)
    client.get("/en/moderation/mine/")
    with django_assert_max_num_queries(12):
        page = client.get("/en/moderation/mine/").content.decode()
    assert page.count("kept: no action taken") == 4
    assert flag.pk


def test_the_appealed_report_says_what_happens_next_with_a_due_date_and_times_with_their_zone(client, kept):
    import re

    _post, flag, flagger = kept
    sign_in(client, flagger)
    page = client.get(f"/en/moderation/reports/{flag.pk}/").content.decode()
    assert "Kept: no action taken<br>Reason: Sharp, but within the rules." in page
    assert "no action taken:" not in page
    client.post(f"/en/moderation/reports/{flag.pk}/", {"action": "appeal", "text": "It insults survivors by name."})
    page = client.get(f"/en/moderation/reports/{flag.pk}/").content.decode()
    assert "What happens next" in page
    flag.refresh_from_db()
    due = flag_appeals.appeal_due_at(flag)
    assert due > flag.appealed_at
    from django.utils import translation

    from consult.reader_time import reader_time, times_of

    with times_of(flagger), translation.override("en"):
        assert f"The decision is due by {reader_time(due, 'DATE_FORMAT')}." in page
    times = re.findall(r"<time [^>]*>([^<]+)</time>", page)
    assert len(times) >= 2
    assert all(re.search(r"\d\d:\d\d [A-Z]{3,4}", t) for t in times), times
