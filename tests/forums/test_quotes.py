"""Quotes refer to the quoted post: the page shows its author's name as it
is now, and no quoting post, search result or cached fragment keeps a copy."""

import importlib
import pickle
import re

import pytest
from django.apps import apps
from django.core.cache import cache
from django.test import Client
from django.urls import reverse

from consult.models import CountryRole, Profile
from consult.sanitising import FORUM_POST, render_markdown
from forums.account_data import erase_forum_data
from forums.models import Post, PostRevision
from tests.consult.conftest import sign_in
from tests.consult.factories import member, staff

from .factories import PostFactory, ThreadFactory, thread_with_posts

pytestmark = pytest.mark.django_db

NAME = "Ilse Vermeulen-Quotes"


def _quote_through_the_page(client, thread, quoted):
    """Press "Quote" on ``quoted`` and send the reply form as it was filled."""
    page = client.get(thread.get_absolute_url(), {"quote": quoted.pk}).content.decode()
    body = re.search(r'<textarea name="body"[^>]*>(.*?)</textarea>', page, re.S).group(1)
    body = body.replace("&gt;", ">").replace("&#x27;", "'").replace("&quot;", '"').replace("&amp;", "&")
    response = client.post(
        thread.get_absolute_url(), {"body": body.strip() + "\n\nWe do the same.", "reply_to": quoted.pk}
    )
    assert response.status_code == 302
    return Post.objects.latest("pk")


@pytest.fixture
def quoted_thread():
    """A thread whose opening post is by Ilse, and a reply quoting it made
    through the page; returns (thread, Ilse's post, the quoting post, the
    quoting member's client)."""
    thread = ThreadFactory(author=member(display_name=NAME))
    quoted = PostFactory(thread=thread, is_opening=True, body_markdown="The night shelter takes walk-ins after 22:00.")
    client = sign_in(Client(), member(display_name="Quoting Quinten"))
    quoting = _quote_through_the_page(client, thread, quoted)
    return thread, quoted, quoting, client


def _article(page, post):
    return re.search(rf'<article[^>]*id="post-{post.pk}".*?</article>', page, re.S).group(0)


def test_a_quote_is_stored_as_a_reference_to_the_post_without_the_authors_name(quoted_thread):
    _thread, quoted, quoting, _client = quoted_thread
    assert f"[quote:{quoted.pk}]" in quoting.body_markdown
    assert "walk-ins after 22:00" in quoting.body_markdown
    assert NAME not in quoting.body_markdown
    assert NAME not in quoting.body_html
    assert quoting.reply_to_id == quoted.pk


def test_the_thread_page_names_the_quoted_author_as_they_are_now(quoted_thread):
    thread, quoted, quoting, client = quoted_thread
    article = _article(client.get(thread.get_absolute_url()).content.decode(), quoting)
    assert f'<strong class="quote__author">{NAME}:</strong>' in article
    assert "[quote:" not in article

    Profile.objects.filter(user=quoted.author).update(display_name="Ilse V.")
    article = _article(client.get(thread.get_absolute_url()).content.decode(), quoting)
    assert '<strong class="quote__author">Ilse V.:</strong>' in article
    assert NAME not in article


def test_an_erased_author_shows_as_former_member_in_quotes_in_the_readers_language(quoted_thread):
    thread, quoted, quoting, client = quoted_thread
    client.get(thread.get_absolute_url())  # the fragments are cached with the name in place
    profile = quoted.author.profile
    erase_forum_data(quoted.author)
    profile.display_name, profile.status = "", Profile.Status.DELETED
    profile.save()

    page = client.get(thread.get_absolute_url()).content.decode()
    assert NAME not in page
    assert '<strong class="quote__author">former member:</strong>' in _article(page, quoting)
    dutch = client.get(thread.get_absolute_url().replace("/en/", "/nl/", 1)).content.decode()
    assert '<strong class="quote__author">voormalig lid:</strong>' in _article(dutch, quoting)


def test_no_cached_fragment_holds_a_members_name(quoted_thread):
    thread, _quoted, _quoting, client = quoted_thread
    cache.clear()
    page = client.get(thread.get_absolute_url()).content.decode()
    assert NAME in page
    cached = [pickle.loads(value) for key, value in cache._cache.items() if "forums:post:" in key]  # noqa: S301
    assert len(cached) == 2
    assert not any(NAME in html or "Quoting Quinten" in html for html in cached)


def test_search_finds_the_quoting_post_by_its_text_but_not_by_the_quoted_authors_name(quoted_thread):
    _thread, _quoted, quoting, client = quoted_thread
    by_text = client.get(reverse("forums:search"), {"q": "walk-ins"}).content.decode()
    assert f"/{quoting.pk}/" in by_text
    assert f"{NAME}: The night shelter" in by_text  # the excerpt names the author as they are now
    by_name = client.get(reverse("forums:search"), {"q": "Vermeulen-Quotes"}).content.decode()
    assert f"/{quoting.pk}/" not in by_name


def test_a_typed_token_names_no_author_of_another_thread():
    elsewhere = PostFactory(thread=ThreadFactory(author=member(display_name="Hidden Hanna")))
    thread = thread_with_posts(1)
    client = sign_in(Client(), member())
    response = client.post(thread.get_absolute_url(), {"body": f"> [quote:{elsewhere.pk}]\n> guess"})
    assert response.status_code == 302
    page = client.get(thread.get_absolute_url()).content.decode()
    assert "Hidden Hanna" not in page
    assert f"[quote:{elsewhere.pk}]" in page


def test_a_moderators_pages_about_one_post_name_the_quoted_author(quoted_thread):
    _thread, _quoted, quoting, _client = quoted_thread
    moderator = sign_in(Client(), staff(CountryRole.Role.MODERATOR, "NL"))
    for name in ("forums:hide_post", "forums:warn_member", "forums:remove_post"):
        page = moderator.get(reverse(name, args=[quoting.pk])).content.decode()
        assert f'<strong class="quote__author">{NAME}:</strong>' in page, name


# --- Quotes written before they referred to the post ------------------------------


def _copied_quote(thread, quoted, *, name, author=None):
    body = f"> **{name}:**\n> {quoted.body_markdown}\n\nAgreed."
    return PostFactory(
        thread=thread,
        author=author or member(),
        reply_to=quoted,
        body_markdown=body,
        body_html=render_markdown(body, FORUM_POST),
    )


def test_the_data_migration_turns_copied_names_into_references():
    thread = ThreadFactory(author=member(display_name=NAME))
    quoted = PostFactory(thread=thread, is_opening=True, body_markdown="Walk-ins after 22:00.")
    other = PostFactory(thread=thread, author=member(display_name="Other Olga"), body_markdown="Interpreters help.")
    legacy = _copied_quote(thread, quoted, name=NAME)
    by_name_only = PostFactory(
        thread=thread,
        author=member(),
        body_markdown="> **Other Olga:**\n> Interpreters help.\n\nYes.",
        body_html="<p>old</p>",
    )
    revision = PostRevision.objects.create(
        post=legacy, version=1, body_markdown=f"> **{NAME}:**\n> Walk-ins after 22:00.", edited_by=legacy.author
    )
    unknown = PostFactory(thread=thread, body_markdown="> **Nobody Here:**\n> text nobody wrote")

    migration = importlib.import_module("forums.migrations.0004_quotes_refer_to_posts")
    migration.refer_quotes_to_posts(apps, None)

    legacy.refresh_from_db()
    by_name_only.refresh_from_db()
    revision.refresh_from_db()
    unknown.refresh_from_db()
    assert legacy.body_markdown.startswith(f"> [quote:{quoted.pk}]\n> Walk-ins after 22:00.")
    assert NAME not in legacy.body_html
    assert f"[quote:{quoted.pk}]" in legacy.body_html
    assert by_name_only.body_markdown.startswith(f"> [quote:{other.pk}]")
    assert revision.body_markdown.startswith(f"> [quote:{quoted.pk}]")
    assert unknown.body_markdown.startswith("> **Nobody Here:**")  # not identified: kept as written


def test_erasure_turns_copied_quotes_of_the_member_into_references(client):
    thread = ThreadFactory(author=member(display_name=NAME))
    quoted = PostFactory(thread=thread, is_opening=True, body_markdown="Walk-ins after 22:00.")
    legacy = _copied_quote(thread, quoted, name=NAME)
    # the quoted text was edited since: the member's latest earlier post is taken
    edited = _copied_quote(thread, quoted, name=NAME)
    edited.body_markdown = edited.body_markdown.replace("Walk-ins", "Walk ins")
    edited.save()

    erase_forum_data(quoted.author)

    for post in (legacy, edited):
        post.refresh_from_db()
        assert NAME not in post.body_markdown
        assert NAME not in post.body_html
        assert post.body_markdown.startswith(f"> [quote:{quoted.pk}]")
