"""Who reads, writes and moderates which forum: the role by forum matrix."""

import pytest

from consult.models import CountryRole, Profile, Sector
from tests.consult.factories import administrator, member, staff
from tests.forums.factories import ForumFactory, theme_forum, thread_with_posts

pytestmark = pytest.mark.django_db


def dutch_forum():
    return ForumFactory(slug="nl-forum")


def belgian_forum():
    from tests.consult.factories import country_for

    return ForumFactory(slug="be-forum", country=country_for("BE"))


@pytest.mark.parametrize(
    ("who", "reads_nl", "reads_be", "moderates_nl"),
    [
        (lambda: member(("NL",)), True, False, False),
        (lambda: member(("BE",)), False, True, False),
        (lambda: member(("NL", "BE")), True, True, False),
        (lambda: member(("NL",), status=Profile.Status.PENDING), False, False, False),
        (lambda: member(("NL",), status=Profile.Status.REJECTED), False, False, False),
        (lambda: staff(CountryRole.Role.MODERATOR, "NL"), True, False, True),
        (lambda: staff(CountryRole.Role.MODERATOR, "BE"), False, True, False),
        (lambda: staff(CountryRole.Role.MODERATOR, None), True, True, True),
        (lambda: staff(CountryRole.Role.EDITOR, "BE"), False, True, False),
        (administrator, True, True, True),
    ],
    ids=[
        "nl member",
        "be member",
        "nl+be member",
        "pending",
        "rejected",
        "nl moderator",
        "be moderator",
        "moderator everywhere",
        "editor",
        "administrator",
    ],
)
def test_each_role_reads_and_moderates_only_the_forums_of_its_countries(who, reads_nl, reads_be, moderates_nl):
    nl, be = dutch_forum(), belgian_forum()
    user = who()
    assert user.has_perm("forums.view_forum", nl) is reads_nl
    assert user.has_perm("forums.view_forum", be) is reads_be
    assert user.has_perm("forums.moderate_forum", nl) is moderates_nl


def test_a_suspended_member_reads_no_forum():
    from datetime import timedelta

    from django.utils import timezone

    user = member(("NL",), status=Profile.Status.SUSPENDED, suspended_until=timezone.now() + timedelta(days=3))
    assert not user.has_perm("forums.view_forum", dutch_forum())


def test_a_theme_forum_limited_to_sectors_is_read_only_by_those_sectors():
    forum = theme_forum(slug="medical-only", limited_to_sectors=[Sector.MEDICAL])
    assert member(sector=Sector.MEDICAL).has_perm("forums.view_forum", forum)
    assert not member(sector=Sector.LEGAL_AID).has_perm("forums.view_forum", forum)


def test_a_theme_forum_limited_to_countries_is_read_only_by_members_of_those_countries():
    from tests.consult.factories import country_for

    forum = theme_forum(slug="benelux")
    forum.limited_to_countries.set([country_for("NL"), country_for("BE")])
    assert member(("BE",)).has_perm("forums.view_forum", forum)
    assert not member(("IT",)).has_perm("forums.view_forum", forum)


def test_an_open_theme_forum_is_moderated_only_by_moderators_of_every_country_and_administrators():
    forum = theme_forum(slug="health")
    assert not staff(CountryRole.Role.MODERATOR, "NL").has_perm("forums.moderate_forum", forum)
    assert staff(CountryRole.Role.MODERATOR, None).has_perm("forums.moderate_forum", forum)
    assert administrator().has_perm("forums.moderate_forum", forum)


def test_a_member_cannot_edit_the_post_of_another_member():
    thread = thread_with_posts(1, forum=dutch_forum())
    post = thread.posts.get()
    assert post.author.has_perm("forums.edit_post", post)
    assert not member().has_perm("forums.edit_post", post)
    assert staff(CountryRole.Role.MODERATOR, "NL").has_perm("forums.edit_post", post)


def test_a_member_cannot_flag_or_mark_helpful_their_own_post():
    thread = thread_with_posts(1, forum=dutch_forum())
    post = thread.posts.get()
    assert not post.author.has_perm("forums.flag_post", post)
    assert not post.author.has_perm("forums.react_to_post", post)
    assert member().has_perm("forums.flag_post", post)


def test_nobody_but_moderators_replies_to_a_locked_thread():
    thread = thread_with_posts(1, forum=dutch_forum(), is_locked=True)
    assert not member().has_perm("forums.reply_to_thread", thread)
    assert staff(CountryRole.Role.MODERATOR, "NL").has_perm("forums.reply_to_thread", thread)


def test_a_waiting_thread_is_seen_by_its_author_and_moderators_only():
    thread = thread_with_posts(1, forum=dutch_forum(), status="pending")
    assert thread.author.has_perm("forums.view_thread", thread)
    assert not member().has_perm("forums.view_thread", thread)
    assert staff(CountryRole.Role.MODERATOR, "NL").has_perm("forums.view_thread", thread)


@pytest.mark.parametrize("status", ["published", "pending", "hidden", "removed"])
def test_the_thread_page_s_per_post_actions_are_the_named_permissions(status):
    """The thread page decides edit, react and history for 50 posts without
    re-checking the thread each time; it must answer what has_perm answers."""
    from django.utils import timezone

    from forums.rules import post_actions_on_a_thread_page

    forum = dutch_forum()
    thread = thread_with_posts(2, forum=forum)
    post = thread.posts.order_by("pk").last()
    if status == "removed":
        post.removed_at = timezone.now()
    else:
        post.status = status
    post.save()
    readers = [post.author, member(("NL",)), staff(CountryRole.Role.MODERATOR, "NL")]
    for user in readers:
        moderator = user.has_perm("forums.moderate_forum", forum)
        actions = post_actions_on_a_thread_page(user, post, moderator=moderator)
        assert actions == {
            "can_edit": user.has_perm("forums.edit_post", post),
            "can_react": user.has_perm("forums.react_to_post", post),
            "can_history": user.has_perm("forums.view_post_history", post),
        }, (status, user)
