"""The forums' own moderation actions: each writes its audit row and tells the member."""

import pytest
from django.core.exceptions import PermissionDenied

from consult.models import AuditLogEntry, CountryRole
from forums import refusals
from forums.discussion import services as discussion
from forums.models import Notification
from forums.moderation import services
from tests.consult.factories import country_for, member, staff
from tests.forums.factories import ForumFactory, thread_with_posts

pytestmark = pytest.mark.django_db


@pytest.fixture
def moderator():
    return staff(CountryRole.Role.MODERATOR, "NL")


def _other_forum():
    return ForumFactory(slug="nl-second")


ACTIONS = [
    ("forums.thread.lock", lambda t, m: services.lock_thread(t, m, reason="Heated"), "is_locked", True),
    ("forums.thread.unlock", lambda t, m: services.lock_thread(t, m, reason="Calm", locked=False), "is_locked", False),
    ("forums.thread.pin", lambda t, m: services.pin_thread(t, m, reason="Useful"), "is_pinned", True),
    ("forums.thread.unpin", lambda t, m: services.pin_thread(t, m, reason="Old", pinned=False), "is_pinned", False),
    ("forums.thread.close", lambda t, m: services.close_thread(t, m, reason="Answered"), "is_closed", True),
    (
        "forums.thread.slow_mode",
        lambda t, m: services.set_slow_mode(t, m, seconds=120, reason="Busy"),
        "slow_mode_seconds",
        120,
    ),
]


@pytest.mark.parametrize(("action", "act", "field", "value"), ACTIONS, ids=[a[0] for a in ACTIONS])
def test_each_thread_action_changes_the_thread_writes_an_audit_row_and_tells_the_author(
    moderator, action, act, field, value, django_capture_on_commit_callbacks, mailoutbox
):
    thread = thread_with_posts(1)
    with django_capture_on_commit_callbacks(execute=True):
        act(thread, moderator)
    thread.refresh_from_db()
    assert getattr(thread, field) == value
    row = AuditLogEntry.objects.about(thread).get(action=action)
    assert row.actor == moderator
    assert row.country.code == "NL"
    assert row.reason
    notice = Notification.objects.get(user=thread.author, kind=Notification.Kind.MODERATION)
    assert notice.action == action
    assert [m.to for m in mailoutbox] == [[thread.author.email]]


def test_moving_a_thread_writes_an_audit_row_with_both_forums(moderator):
    thread = thread_with_posts(1)
    target = _other_forum()
    services.move_thread(thread, moderator, to_forum=target, reason="Wrong forum")
    thread.refresh_from_db()
    assert thread.forum == target
    assert "nl-second" in AuditLogEntry.objects.about(thread).get(action="forums.thread.move").reason


def test_a_moderator_cannot_move_a_thread_into_a_forum_they_do_not_moderate(moderator):
    thread = thread_with_posts(1)
    belgian = ForumFactory(slug="be", country=country_for("BE"))
    with pytest.raises(PermissionDenied):
        services.move_thread(thread, moderator, to_forum=belgian, reason="Elsewhere")


def test_a_moderator_of_another_country_cannot_lock_a_thread():
    with pytest.raises(PermissionDenied):
        services.lock_thread(thread_with_posts(1), staff(CountryRole.Role.MODERATOR, "BE"), reason="No")


def test_a_thread_action_needs_a_reason(moderator):
    with pytest.raises(refusals.ForumError):
        services.lock_thread(thread_with_posts(1), moderator, reason=" ")


def test_an_author_closes_their_own_thread_without_an_audit_row():
    thread = thread_with_posts(1)
    services.close_thread(thread, thread.author)
    thread.refresh_from_db()
    assert thread.is_closed
    assert not AuditLogEntry.objects.about(thread).exists()


def test_a_warning_writes_an_audit_row_and_the_member_reads_it_on_the_site(moderator, signed_in):
    post = thread_with_posts(1).posts.get()
    services.warn_member(post, moderator, reason="Please do not describe clients in such detail.")
    assert AuditLogEntry.objects.about(post).get(action="forums.member.warn").actor == moderator
    from django.urls import reverse

    page = signed_in(post.author).get(reverse("forums:notifications")).content.decode()
    assert "Please do not describe clients in such detail." in page
    assert "Member warned" in page
    assert "forums.member.warn" not in page


def test_a_moderators_edit_needs_a_note_keeps_the_old_text_and_tells_the_author(moderator):
    post = thread_with_posts(1).posts.get()
    with pytest.raises(refusals.ForumError):
        discussion.edit_post(post, moderator, body="Trimmed.", version=1)
    discussion.edit_post(post, moderator, body="Trimmed.", version=1, note="Took out the town name.")
    revision = post.revisions.get()
    assert revision.note == "Took out the town name."
    assert AuditLogEntry.objects.about(post).get(action="forums.post.edit").reason == "Took out the town name."
    assert Notification.objects.filter(user=post.author, action="forums.post.edit").exists()


def test_a_moderator_removing_a_post_is_audited_and_the_author_told(moderator):
    post = thread_with_posts(2).posts.last()
    discussion.remove_post(post, moderator, reason="Off-topic advertising")
    assert AuditLogEntry.objects.about(post).get(action="forums.post.remove").reason == "Off-topic advertising"
    assert Notification.objects.filter(user=post.author, action="forums.post.remove").exists()


def test_the_moderation_page_applies_an_action_and_keeps_the_reason_on_error(moderator, signed_in):
    from django.urls import reverse

    thread = thread_with_posts(1)
    client = signed_in(moderator)
    url = reverse("forums:moderate_thread", args=[thread.pk])
    assert client.get(url).status_code == 200
    response = client.post(url, {"action": "lock", "lock-reason": "Heated discussion"})
    assert response.status_code == 302
    thread.refresh_from_db()
    assert thread.is_locked


def test_a_member_cannot_open_the_moderation_page(signed_in):
    from django.urls import reverse

    thread = thread_with_posts(1)
    assert signed_in(member()).get(reverse("forums:moderate_thread", args=[thread.pk])).status_code == 403


def test_a_moderator_hides_a_post_from_the_thread_page_and_the_author_is_told(
    moderator, signed_in, django_capture_on_commit_callbacks, mailoutbox
):
    from django.urls import reverse

    from consult.models import ReviewItem
    from forums.models import Visibility

    post = thread_with_posts(2).posts.last()
    with django_capture_on_commit_callbacks(execute=True):
        response = signed_in(moderator).post(reverse("forums:hide_post", args=[post.pk]), {"reason": "Names a town"})
    assert response.status_code == 302
    post.refresh_from_db()
    assert post.status == Visibility.HIDDEN
    assert ReviewItem.objects.get(object_id=post.pk).state == ReviewItem.State.HIDDEN
    assert AuditLogEntry.objects.about(post).filter(action="moderation.hidden").exists()
    assert any(m.to == [post.author.email] for m in mailoutbox)


def test_a_disclosure_is_marked_as_such_in_the_review_queue():
    from consult.models import ReviewItem

    post = discussion.reply(thread_with_posts(1), member(), body="Something happened.", safeguarding=True)
    assert "safeguarding" in {f["kind"] for f in ReviewItem.objects.get(object_id=post.pk).findings}


def test_the_author_of_a_hidden_post_reads_the_moderators_reason_and_a_link_to_the_statement(moderator, client):
    from django.urls import reverse

    from consult.models import StatementOfReasons
    from tests.consult.conftest import sign_in

    thread = thread_with_posts(2)
    post = thread.posts.last()
    services.hide_post(post, moderator, reason="Names the only interpreter in a small town")
    statement = StatementOfReasons.objects.get(object_id=post.pk, restriction="content_hidden")

    sign_in(client, post.author)
    html = client.get(thread.get_absolute_url()).content.decode()
    assert "Names the only interpreter in a small town" in html
    assert reverse("moderation:statement", args=[statement.pk]) in html

    sign_in(client, thread.author)  # another member of the thread: the post is not shown to them at all
    html = client.get(thread.get_absolute_url()).content.decode()
    assert "Names the only interpreter in a small town" not in html
    assert reverse("moderation:statement", args=[statement.pk]) not in html
