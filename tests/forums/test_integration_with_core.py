"""The forums inside the consultation core: review queue, seed, a member's data."""

import pytest
from django.urls import reverse

from consult.members import account_data
from consult.models import Country, CountryRole
from forums.demo import seed_forums
from forums.discussion import services
from forums.models import Forum, Subscription
from tests.consult.factories import member, staff
from tests.forums.factories import thread_with_posts

pytestmark = pytest.mark.django_db


def test_a_held_post_is_in_the_queue_of_its_countrys_moderators_only(signed_in, client):
    post = services.reply(thread_with_posts(1), member(), body="Her number is 0612345678.")
    queue = reverse("moderation:queue")
    nl_page = signed_in(staff(CountryRole.Role.MODERATOR, "NL")).get(queue).content.decode()
    assert post.get_absolute_url() in nl_page
    client.logout()
    be_page = signed_in(staff(CountryRole.Role.MODERATOR, "BE")).get(queue).content.decode()
    assert post.get_absolute_url() not in be_page


def test_seeding_the_forums_creates_one_per_country_and_the_themes_once():
    created = seed_forums()
    assert seed_forums() == 0
    assert created == Forum.objects.count()
    assert Forum.objects.filter(country__isnull=False).count() == Country.objects.count()
    assert Forum.objects.filter(country__isnull=True).count() == 6


def test_a_members_data_export_holds_their_posts_and_deletion_keeps_them():
    thread = thread_with_posts(1)
    author = thread.author
    Subscription.objects.create(user=author, thread=thread)
    exported = account_data.export_account_data(author)
    assert exported["forums"]["posts"][0]["text"] == thread.posts.get().body_markdown
    from forums.account_data import erase_forum_data

    erase_forum_data(author)
    assert not Subscription.objects.filter(user=author).exists()
    assert thread.posts.exists()
