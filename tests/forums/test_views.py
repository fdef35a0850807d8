"""The forum pages: what each reader sees, bad input, and pinned query counts."""

import re

import pytest
from django.urls import reverse

from consult.models import CountryRole, Profile
from forums.models import Post, Visibility
from tests.consult.factories import country_for, member, staff
from tests.forums.factories import ForumFactory, PostFactory, theme_forum, thread_with_posts

pytestmark = pytest.mark.django_db


def test_a_visitor_who_is_not_signed_in_reads_how_to_join_and_no_forum(client):
    forum = ForumFactory(title="Nederland forum")
    response = client.get(reverse("forums:index"))
    assert response.status_code == 200
    assert forum.title not in response.content.decode()
    assert reverse("account_signup") in response.content.decode()


def test_a_visitor_who_is_not_signed_in_is_sent_to_sign_in_from_a_forum(client):
    response = client.get(ForumFactory().get_absolute_url())
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


@pytest.mark.parametrize("status", [Profile.Status.PENDING, Profile.Status.REJECTED])
def test_an_account_that_is_not_approved_sees_no_forum(signed_in, status):
    forum = ForumFactory(title="Dutch forum")
    client = signed_in(member(status=status))
    assert client.get(reverse("forums:index")).status_code == 403
    assert client.get(forum.get_absolute_url()).status_code == 403


def test_members_of_one_country_do_not_see_another_countrys_forum(signed_in):
    dutch = ForumFactory(slug="nl-forum", title="Nederland forum")
    belgian = ForumFactory(slug="be-forum", title="Belgie forum", country=country_for("BE"))
    thread = thread_with_posts(1, forum=belgian, title="Belgian shelters")
    client = signed_in(member(("NL",)))
    index = client.get(reverse("forums:index")).content.decode()
    assert dutch.title in index
    assert belgian.title not in index
    assert client.get(belgian.get_absolute_url()).status_code == 403
    assert client.get(thread.get_absolute_url()).status_code == 403
    assert client.get(reverse("forums:post", args=[thread.posts.get().pk])).status_code == 403


def test_members_of_one_country_do_not_find_another_countrys_posts_by_search(signed_in):
    belgian = ForumFactory(slug="be-forum", country=country_for("BE"))
    thread_with_posts(1, forum=belgian, title="Zebrafish referral pathway")
    thread_with_posts(1, forum=ForumFactory(slug="nl-forum"), title="Zebrafish in the Netherlands")
    page = signed_in(member(("NL",))).get(reverse("forums:search"), {"q": "zebrafish"}).content.decode()
    assert "<mark>Zebrafish</mark> in the Netherlands" in page  # the word searched for marked
    assert "referral pathway" not in page


def test_search_never_shows_a_hidden_or_waiting_post(signed_in):
    thread = thread_with_posts(1)
    PostFactory(thread=thread, author=member(), body_markdown="Kingfisher hidden", status=Visibility.HIDDEN)
    PostFactory(thread=thread, author=member(), body_markdown="Kingfisher waiting", status=Visibility.PENDING)
    page = signed_in(member()).get(reverse("forums:search"), {"q": "kingfisher"}).content.decode()
    assert "Kingfisher" not in page


def test_a_hidden_post_is_not_on_the_thread_page_of_a_member(signed_in):
    thread = thread_with_posts(1)
    PostFactory(thread=thread, author=member(), body_markdown="Heron secret", status=Visibility.HIDDEN)
    assert "Heron secret" not in signed_in(member()).get(thread.get_absolute_url()).content.decode()


def test_a_moderator_sees_a_hidden_post_marked_as_hidden(signed_in):
    thread = thread_with_posts(1)
    PostFactory(thread=thread, author=member(), body_markdown="Heron secret", status=Visibility.HIDDEN)
    page = signed_in(staff(CountryRole.Role.MODERATOR, "NL")).get(thread.get_absolute_url()).content.decode()
    assert "Heron secret" in page
    assert "Hidden by a moderator" in page


@pytest.mark.parametrize(
    "markdown",
    [
        "<script>alert('x')</script>",
        "[click](javascript:alert('x'))",
        "[click](JAVASCRIPT:alert('x'))",
        '<a href="javascript:alert(1)">click</a>',
        "<img src=x onerror=alert('x')>",
        "<svg onload=alert('x')>",
        "[click](data:text/html;base64,PHNjcmlwdD4=)",
    ],
    ids=["script tag", "javascript link", "upper-case scheme", "html link", "onerror", "svg", "data url"],
)
def test_script_in_markdown_never_reaches_the_page_unescaped(signed_in, markdown):
    author = member()
    thread = thread_with_posts(1)
    response = signed_in(author).post(thread.get_absolute_url(), {"body": f"Look: {markdown}"})
    assert response.status_code == 302
    page = signed_in(author).get(thread.get_absolute_url()).content.decode().lower()
    post_html = Post.objects.latest("pk").body_html.lower()
    tags = re.findall(r"<[^>]*>", post_html)  # what is left is escaped text, shown as typed
    assert not [tag for tag in tags if re.search(r"script|javascript:|data:|\bon\w+\s*=|<img|<svg", tag)]
    assert "<script>alert" not in page
    assert "javascript:alert" not in page


def test_a_reply_to_a_locked_thread_gets_a_message_and_keeps_the_text(signed_in):
    thread = thread_with_posts(1, is_locked=True)
    response = signed_in(member()).post(thread.get_absolute_url(), {"body": "My carefully typed answer."})
    assert response.status_code == 400
    page = response.content.decode()
    assert "locked or closed" in page
    assert "My carefully typed answer." in page


def test_an_over_long_reply_gets_a_message_and_keeps_the_text(signed_in):
    thread = thread_with_posts(1)
    body = "word " * 4001
    response = signed_in(member()).post(thread.get_absolute_url(), {"body": body})
    assert response.status_code == 400
    assert "at most 20000 characters" in response.content.decode()
    assert "word word word" in response.content.decode()


def test_an_empty_reply_gets_a_message_beside_the_field(signed_in):
    response = signed_in(member()).post(thread_with_posts(1).get_absolute_url(), {"body": "  "})
    assert response.status_code == 400
    assert "Write something before posting." in response.content.decode()


def test_a_post_to_the_forum_of_another_country_is_refused(signed_in):
    belgian = ForumFactory(slug="be-forum", country=country_for("BE"))
    response = signed_in(member(("NL",))).post(
        reverse("forums:new_thread", args=[belgian.slug]), {"kind": "discussion", "title": "Hi", "body": "Hello"}
    )
    assert response.status_code == 403
    assert not belgian.threads.exists()


def test_a_stale_edit_shows_the_current_version_and_keeps_the_text(signed_in):
    post = thread_with_posts(1).posts.get()
    Post.objects.filter(pk=post.pk).update(version=2, body_markdown="Changed elsewhere")
    response = signed_in(post.author).post(
        reverse("forums:edit_post", args=[post.pk]), {"body": "My edit from an old form", "version": 1}
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert "changed since you opened the form" in page
    assert "My edit from an old form" in page


def test_a_held_post_tells_its_author_what_the_guard_found(signed_in):
    author = member()
    thread = thread_with_posts(1)
    client = signed_in(author)
    sent = client.post(thread.get_absolute_url(), {"body": "Her number is +31 6 1234 5678."}, follow=True)
    assert "read why beside it" in sent.content.decode()
    page = client.get(thread.get_absolute_url()).content.decode()
    assert "waits for a moderator" in page
    assert "a phone number" in page
    assert "1234 5678" not in page.split("post__body")[0]  # masked in the notice


def test_a_first_post_held_for_a_moderator_is_not_said_to_be_explained_beside_it(signed_in, settings):
    """Held as a new member's first post, nothing was found: the message
    says it waits, not that the reason stands beside it."""
    settings.MODERATION_FIRST_POSTS = 2
    thread = thread_with_posts(1)
    client = signed_in(member())
    page = client.post(thread.get_absolute_url(), {"body": "We open the night desk at ten."}, follow=True)
    html = page.content.decode()
    assert "only you (and the moderators) can see it" in html
    assert "read why beside it" not in html


def test_the_author_of_a_disclosure_is_shown_the_support_services_of_their_country(signed_in):
    from consult.models import Country, SupportService

    netherlands = Country.objects.get(code="NL")
    service = SupportService.objects.filter(country=netherlands, locale__language_code="en").first()
    author = member(("NL",))
    thread = thread_with_posts(1)
    client = signed_in(author)
    client.post(thread.get_absolute_url(), {"body": "A client told me something today.", "safeguarding": "on"})
    page = client.get(thread.get_absolute_url()).content.decode()
    assert "Where to get help" in page
    assert service.name in page
    # each service once, in the page's language: not its Dutch translation beside it
    dutch = SupportService.objects.get(translation_key=service.translation_key, locale__language_code="nl")
    assert dutch.name != service.name
    assert dutch.name not in page


def test_edit_history_is_shown_to_the_author_and_moderators_only(signed_in, client):
    from forums.discussion import services

    post = thread_with_posts(1).posts.get()
    services.edit_post(post, post.author, body="Second version", version=1)
    url = reverse("forums:post_history", args=[post.pk])
    assert signed_in(post.author).get(url).status_code == 200
    assert signed_in(staff(CountryRole.Role.MODERATOR, "NL")).get(url).status_code == 200
    assert signed_in(member()).get(url).status_code == 403


def test_jump_to_first_unread_goes_to_the_first_post_the_reader_has_not_seen(signed_in):
    from forums.models import ReadMarker

    thread = thread_with_posts(5)
    reader = member()
    posts = list(thread.posts.order_by("pk"))
    ReadMarker.objects.create(user=reader, thread=thread, last_read_post_id=posts[2].pk)
    response = signed_in(reader).get(thread.get_absolute_url() + "?unread")
    assert response["Location"] == reverse("forums:post", args=[posts[3].pk])


def test_reading_a_thread_moves_the_read_marker_and_clears_the_new_badge(signed_in):
    thread = thread_with_posts(3)
    reader = member()
    client = signed_in(reader)
    assert "badge--unread" in client.get(thread.forum.get_absolute_url()).content.decode()
    client.get(thread.get_absolute_url())
    assert "badge--unread" not in client.get(thread.forum.get_absolute_url()).content.decode()


def test_a_quote_names_the_quoted_post_above_the_reply_form_and_carries_it(signed_in):
    thread = thread_with_posts(1)
    post = thread.posts.get()
    page = signed_in(member()).get(thread.get_absolute_url(), {"quote": post.pk}).content.decode()
    assert "«We work with the municipal shelter and a trusted interpreter.»" in page
    assert f'<input type="hidden" name="quote" value="{post.pk}"' in page


def test_a_practice_thread_shows_its_structured_fields(signed_in):
    response = signed_in(member()).post(
        reverse("forums:new_thread", args=[ForumFactory().slug]),
        {
            "kind": "practice",
            "title": "Women-only waiting room",
            "body": "Summary below.",
            "practice_context": "Mixed waiting rooms kept women away.",
            "practice_action": "A separate room.",
            "practice_outcome": "More women came back.",
            "practice_sectors": ["medical"],
        },
    )
    assert response.status_code == 302
    page = signed_in(member()).get(response["Location"]).content.decode()
    assert "Mixed waiting rooms kept women away." in page
    assert "Medical" in page


def test_a_practice_without_its_context_is_refused_and_keeps_the_text(signed_in):
    response = signed_in(member()).post(
        reverse("forums:new_thread", args=[ForumFactory().slug]),
        {"kind": "practice", "title": "Untold", "body": "Some text I typed"},
    )
    assert response.status_code == 200
    assert "A good practice needs its context" in response.content.decode()
    assert "Some text I typed" in response.content.decode()


# --- pinned query counts -----------------------------------------------------------


def test_the_forum_index_runs_a_fixed_number_of_queries(signed_in, django_assert_num_queries):
    for n in range(5):
        thread_with_posts(2, forum=ForumFactory(slug=f"f{n}"))
    theme_forum(slug="health")
    client = signed_in(member())
    with django_assert_num_queries(INDEX_QUERIES):
        assert client.get(reverse("forums:index")).status_code == 200


def test_a_forum_page_runs_a_fixed_number_of_queries(signed_in, django_assert_num_queries):
    forum = ForumFactory()
    for _ in range(20):
        thread_with_posts(2, forum=forum)
    client = signed_in(member())
    with django_assert_num_queries(FORUM_QUERIES):
        assert client.get(forum.get_absolute_url()).status_code == 200


def test_a_thread_page_with_50_posts_runs_a_fixed_number_of_queries(signed_in, django_assert_num_queries):
    thread = thread_with_posts(50)
    for post in thread.posts.all()[:10]:
        PostFactory(thread=thread, author=member(), reply_to=post)
    client = signed_in(member())
    with django_assert_num_queries(THREAD_QUERIES):
        assert client.get(thread.get_absolute_url()).status_code == 200
    with django_assert_num_queries(THREAD_QUERIES_AGAIN):
        assert client.get(thread.get_absolute_url()).status_code == 200


# Of these, 3 are the same on every member page's first request (the user with
# its profile in one query, roles, groups; the session comes from the cache, and the rules grant the
# permissions, so Django's model permissions are not loaded) and up to 3
# decide which forums the member reads (their countries, and the forums with
# their limits unless the cache has them). The rest: index 1 (forums with
# counts); forum 4 (forum, count, page of threads with read markers,
# subscription); thread 8 (thread, the reader's read marker, subscription
# and count of the posts they see in one query, the page of posts with
# authors, replies, reactions and content warnings, moving the read marker:
# up to 5 on a first visit).
# Coming back to a page already read: the user and profile
# (consult/signed_in.py), the roles and groups (consult/account_standing.py)
# and the forum limits come from the cache and the read marker stays, so 4.
INDEX_QUERIES = 7
FORUM_QUERIES = 10
THREAD_QUERIES = 14
THREAD_QUERIES_AGAIN = 4


def test_watching_a_thread_from_its_page_and_stopping_again(signed_in):
    from forums.models import Subscription

    thread = thread_with_posts(1)
    reader = member()
    client = signed_in(reader)
    url = reverse("forums:watch_thread", args=[thread.pk])
    assert client.post(url).status_code == 302
    assert Subscription.objects.filter(user=reader, thread=thread).exists()
    client.post(url, {"action": "stop"})
    assert not Subscription.objects.filter(user=reader, thread=thread).exists()


def test_a_member_cannot_watch_a_forum_they_may_not_read(signed_in):
    belgian = ForumFactory(slug="be-forum", country=country_for("BE"))
    response = signed_in(member(("NL",))).post(reverse("forums:watch_forum", args=[belgian.pk]))
    assert response.status_code == 403


def test_marking_a_post_helpful_from_the_thread_page_shows_the_count(signed_in):
    thread = thread_with_posts(1)
    client = signed_in(member())
    client.post(reverse("forums:helpful", args=[thread.posts.get().pk]))
    assert "1 found this helpful" in client.get(thread.get_absolute_url()).content.decode()


def test_notifications_never_show_a_thread_of_a_forum_the_member_can_no_longer_read(signed_in):
    from forums.models import Notification

    belgian = ForumFactory(slug="be-forum", country=country_for("BE"))
    thread = thread_with_posts(1, forum=belgian, title="Belgian confidential thread")
    reader = member(("NL",))
    Notification.objects.create(user=reader, kind="new_post", thread=thread, post=thread.posts.get())
    page = signed_in(reader).get(reverse("forums:notifications")).content.decode()
    assert "Belgian confidential thread" not in page


def test_a_reply_cannot_name_the_author_of_a_post_the_member_cannot_see():
    from django.test import Client

    from forums.models import Post, Visibility
    from tests.consult.conftest import sign_in

    thread = thread_with_posts(1)
    held_author = member(display_name="Hidden Writer")
    held = PostFactory(thread=thread, author=held_author, status=Visibility.PENDING)
    client = sign_in(Client(), member())
    client.post(thread.get_absolute_url(), {"body": "Replying to the held post.", "reply_to": held.pk})
    reply = Post.objects.get(body_markdown="Replying to the held post.")
    assert reply.reply_to is None
    assert "Hidden Writer" not in client.get(thread.get_absolute_url()).content.decode()


def test_a_members_own_edit_form_has_no_note_for_moderators(signed_in):
    post = thread_with_posts(1).posts.get()
    html = signed_in(post.author).get(f"/en/forums/posts/{post.pk}/edit/").content.decode()
    assert "Note to the author" not in html
