"""Posting: what publishes at once, what waits for a moderator and why."""

from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied
from django.utils import timezone

from consult.models import CountryRole, ReviewItem
from consult.moderation import services as moderation
from forums import refusals
from forums.discussion import services
from forums.models import Post, Thread, Visibility
from forums.moderation import services as forum_moderation
from tests.consult.factories import country_for, member, staff
from tests.forums.factories import ForumFactory, thread_with_posts

pytestmark = pytest.mark.django_db

ORDINARY = "We pair each survivor with a trained interpreter of her choice and meet in a neutral place."


def test_a_post_of_an_established_member_is_published_at_once():
    thread = thread_with_posts(1)
    post = services.reply(thread, member(), body=ORDINARY)
    assert post.status == Visibility.PUBLISHED
    thread.refresh_from_db()
    assert thread.post_count == 2
    assert thread.last_post_id == post.pk


def test_a_new_members_first_post_waits_in_the_queue_of_its_country(settings):
    settings.MODERATION_FIRST_POSTS = 2
    thread = thread_with_posts(1)
    post = services.reply(thread, member(), body=ORDINARY)
    assert post.status == Visibility.PENDING
    item = ReviewItem.objects.get(object_id=post.pk)
    assert item.reason == ReviewItem.Reason.FIRST_POSTS
    assert item.country.code == "NL"


def test_only_the_moderators_of_the_posts_country_can_approve_a_first_post(settings):
    settings.MODERATION_FIRST_POSTS = 2
    post = services.reply(thread_with_posts(1), member(), body=ORDINARY)
    item = ReviewItem.objects.get(object_id=post.pk)
    with pytest.raises(PermissionDenied):
        moderation.approve(item, moderator=staff(CountryRole.Role.MODERATOR, "BE"))
    moderation.approve(item, moderator=staff(CountryRole.Role.MODERATOR, "NL"))
    post.refresh_from_db()
    assert post.status == Visibility.PUBLISHED
    assert post.thread.post_count == 2


def test_a_new_thread_is_listed_only_once_its_opening_post_is_approved(settings):
    settings.MODERATION_FIRST_POSTS = 1
    thread = services.start_thread(ForumFactory(), member(), title="Interpreters at night", body=ORDINARY)
    assert thread.status == Visibility.PENDING
    item = ReviewItem.objects.get(object_id=thread.posts.get().pk)
    moderation.approve(item, moderator=staff(CountryRole.Role.MODERATOR, "NL"))
    thread.refresh_from_db()
    assert thread.status == Visibility.PUBLISHED


def test_every_post_in_a_premoderated_forum_waits_for_a_moderator():
    thread = thread_with_posts(1, forum=ForumFactory(premoderated=True))
    post = services.reply(thread, member(), body=ORDINARY)
    assert post.status == Visibility.PENDING
    assert ReviewItem.objects.get(object_id=post.pk).reason == ReviewItem.Reason.PREMODERATED


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("You can reach her on +31 6 1234 5678 after six.", "phone"),
        ("Write to amina.k@example.org for the details.", "email"),
        ("Her IND case nr. 2023/44817-B is still open.", "case_number"),
        ("She lives at Lindenstraat 14 with her aunt.", "address"),
        ("The girl was born 14/03/2009 in Asmara.", "date_of_birth"),
    ],
    ids=["phone", "email", "case number", "address", "date of birth"],
)
def test_the_guard_holds_a_post_with_each_kind_of_identifier_and_tells_the_author(text, kind):
    post = services.reply(thread_with_posts(1), member(), body=text)
    assert post.status == Visibility.PENDING
    assert kind in {finding["kind"] for finding in post.held_findings}
    item = ReviewItem.objects.get(object_id=post.pk)
    assert item.reason == ReviewItem.Reason.PERSONAL_DATA


def test_the_guard_reads_the_title_and_practice_fields_of_a_new_thread():
    thread = services.start_thread(
        ForumFactory(),
        member(),
        title="A practice",
        body=ORDINARY,
        kind=Thread.Kind.PRACTICE,
        practice_context="Call the mother on 0612345678.",
        practice_action="Outreach",
        practice_outcome="Trust",
    )
    assert thread.status == Visibility.PENDING
    assert thread.posts.get().held_findings[0]["kind"] == "phone"


def test_the_guard_holds_a_word_from_the_moderators_list():
    from consult.models import GuardWord

    GuardWord.objects.create(phrase="Azadeh", language="")
    post = services.reply(thread_with_posts(1), member(), body="I met Azadeh again at the centre.")
    assert post.status == Visibility.PENDING


def test_a_member_cannot_post_in_the_forum_of_another_country():
    forum = ForumFactory(slug="be", country=country_for("BE"))
    with pytest.raises(PermissionDenied):
        services.start_thread(forum, member(("NL",)), title="Hello", body=ORDINARY)


def test_a_reply_to_a_locked_thread_is_refused_with_a_clear_message():
    thread = thread_with_posts(1, is_locked=True)
    with pytest.raises(refusals.ThreadNotOpen):
        services.reply(thread, member(), body=ORDINARY)


def test_a_moderator_can_still_reply_to_a_locked_thread():
    thread = thread_with_posts(1, is_locked=True)
    post = services.reply(thread, staff(CountryRole.Role.MODERATOR, "NL"), body=ORDINARY)
    assert post.status == Visibility.PUBLISHED


@pytest.mark.parametrize("body", ["", "   \n  "], ids=["empty", "blank"])
def test_an_empty_post_is_refused(body):
    with pytest.raises(refusals.EmptyPost):
        services.reply(thread_with_posts(1), member(), body=body)


def test_an_over_long_post_is_refused_with_its_length(settings):
    with pytest.raises(refusals.PostTooLong, match="20000"):
        services.reply(thread_with_posts(1), member(), body="a" * 20001)


def test_slow_mode_allows_one_post_per_member_per_interval():
    thread = thread_with_posts(1, slow_mode_seconds=600)
    author = member()
    services.reply(thread, author, body=ORDINARY)
    with pytest.raises(refusals.SlowMode):
        services.reply(thread, author, body="And one more thing.")
    Post.objects.filter(author=author).update(created_at=timezone.now() - timedelta(minutes=11))
    services.reply(thread, author, body="And one more thing.")


def test_a_flood_of_posts_is_stopped():
    thread = thread_with_posts(1)
    author = member()
    for n in range(services.POSTS_PER_MINUTE):
        services.reply(thread, author, body=f"Point {n}.")
    with pytest.raises(refusals.PostingTooFast):
        services.reply(thread, author, body="One too many.")


def test_a_stale_edit_is_refused():
    post = thread_with_posts(1).posts.get()
    services.edit_post(post, post.author, body="First change.", version=1)
    with pytest.raises(refusals.StaleEdit):
        services.edit_post(post, post.author, body="Second change from an old form.", version=1)


def test_an_edit_keeps_the_old_text_and_renders_the_new_one():
    post = thread_with_posts(1).posts.get()
    old = post.body_markdown
    services.edit_post(post, post.author, body="Now **bold**.", version=1)
    post.refresh_from_db()
    assert post.body_html == "<p>Now <strong>bold</strong>.</p>"
    assert post.revisions.get().body_markdown == old
    assert post.version == 2


def test_an_edit_that_adds_a_phone_number_sends_a_published_post_back_to_the_queue():
    post = thread_with_posts(2).posts.last()
    services.edit_post(post, post.author, body="Call 0612345678.", version=1)
    post.refresh_from_db()
    assert post.status == Visibility.PENDING
    assert post.thread.post_count == 1


def test_a_removed_post_stays_in_the_database_but_leaves_the_count():
    thread = thread_with_posts(2)
    post = thread.posts.last()
    services.remove_post(post, post.author)
    post.refresh_from_db()
    thread.refresh_from_db()
    assert post.removed_at is not None
    assert thread.post_count == 1


def test_helpful_toggles_once_per_member():
    post = thread_with_posts(1).posts.get()
    reader = member()
    assert services.toggle_helpful(post, reader) is True
    assert services.toggle_helpful(post, reader) is False
    assert post.reactions.count() == 0


def test_hiding_the_opening_post_hides_the_thread():
    post = thread_with_posts(1).posts.get()
    item = moderation.hold_for_review(post, reason=ReviewItem.Reason.FLAGS)
    moderation.hide(item, moderator=staff(CountryRole.Role.MODERATOR, "NL"), reason="Identifies a client.")
    post.refresh_from_db()
    assert post.status == Visibility.HIDDEN
    assert post.thread.status == Visibility.HIDDEN


def test_flags_from_enough_members_hide_a_post():
    post = thread_with_posts(2).posts.last()
    for _ in range(3):
        forum_moderation.flag_post(post, member(), reason="abusive")
    post.refresh_from_db()
    assert post.status == Visibility.HIDDEN


def test_a_safeguarding_flag_hides_the_post_at_once_and_alerts_the_countrys_moderators(
    django_capture_on_commit_callbacks, mailoutbox
):
    post = thread_with_posts(2).posts.last()
    moderator = staff(CountryRole.Role.MODERATOR, "NL")
    staff(CountryRole.Role.MODERATOR, "BE")
    with django_capture_on_commit_callbacks(execute=True):
        forum_moderation.flag_post(post, member(), reason="safeguarding")
    post.refresh_from_db()
    assert post.status == Visibility.HIDDEN
    assert [m.to for m in mailoutbox if "Safeguarding" in m.subject] == [[moderator.email]]


def test_a_post_marked_as_a_disclosure_waits_and_alerts_the_moderators(django_capture_on_commit_callbacks, mailoutbox):
    moderator = staff(CountryRole.Role.MODERATOR, "NL")
    with django_capture_on_commit_callbacks(execute=True):
        post = services.reply(thread_with_posts(1), member(), body=ORDINARY, safeguarding=True)
    assert post.status == Visibility.PENDING
    assert any(m.to == [moderator.email] and "Safeguarding" in m.subject for m in mailoutbox)
