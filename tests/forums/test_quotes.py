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

from consult.models import CountryRole, Profile, Sector
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
    form = re.search(r'<section id="reply">.*?</form>', page, re.S).group(0)
    fields = dict(re.findall(r'<input type="hidden" name="(quote|reply_to)" value="([^"]*)"', form))
    response = client.post(thread.get_absolute_url(), {"body": "We do the same.", **fields})
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


def _reply_form(page):
    return re.search(r'<section id="reply">.*?</section>', page, re.S).group(0)


def test_quote_shows_who_and_what_is_quoted_in_words_and_leaves_the_reply_box_empty_and_focused():
    author = member(display_name="Amira", sector=Sector.MEDICAL)
    thread = ThreadFactory(author=author)
    quoted = PostFactory(
        thread=thread,
        is_opening=True,
        body_markdown="The **night shelter** takes walk-ins after 22:00, and the nurse there speaks Arabic and more.",
    )
    client = sign_in(Client(), member())

    form = _reply_form(client.get(thread.get_absolute_url(), {"quote": quoted.pk}).content.decode())

    medical = dict(Sector.choices)[Sector.MEDICAL]
    words = "The night shelter takes walk-ins after 22:00, and the nurse there speaks…"
    assert f"Quoting Amira ({medical}): «{words}»" in form
    textarea = re.search(r"<textarea[^>]*>(.*?)</textarea>", form, re.S)
    assert textarea.group(1).strip() == ""  # no "> [quote:7]" to read or to break
    assert "[quote:" not in form
    assert " autofocus" in textarea.group(0)  # the cursor is in the reply box, without JavaScript too
    assert "Remove the quote" in form


def test_the_reply_sent_with_a_quote_quotes_the_post_and_answers_it(quoted_thread):
    thread, quoted, quoting, client = quoted_thread
    assert quoting.body_markdown.startswith(f"> [quote:{quoted.pk}]\n> The night shelter")
    assert quoting.body_markdown.endswith("We do the same.")
    article = _article(client.get(thread.get_absolute_url()).content.decode(), quoting)
    assert f'<strong class="quote__author">{NAME}:</strong>' in article


def test_removing_the_quote_keeps_what_was_typed_and_sends_a_reply_without_it():
    thread = ThreadFactory(author=member(display_name="Amira"))
    quoted = PostFactory(thread=thread, is_opening=True, body_markdown="Walk-ins after 22:00.")
    client = sign_in(Client(), member())

    response = client.post(
        thread.get_absolute_url(),
        {"body": "My own words.", "quote": quoted.pk, "reply_to": quoted.pk, "remove_quote": "1"},
    )

    assert response.status_code == 200
    form = _reply_form(response.content.decode())
    assert "Quoting" not in form
    assert re.search(r"<textarea[^>]*>\s*My own words.</textarea>", form)
    assert 'name="quote"' in form
    assert f'name="quote" value="{quoted.pk}"' not in form
    assert not Post.objects.filter(body_markdown__contains="My own words").exists()


def test_a_quote_of_a_post_the_member_cannot_see_shows_nothing_and_quotes_nothing():
    thread = ThreadFactory(author=member(display_name="Amira"))
    PostFactory(thread=thread, is_opening=True)
    held = PostFactory(thread=thread, status="pending", body_markdown="Held text about walk-ins.")
    client = sign_in(Client(), member())

    form = _reply_form(client.get(thread.get_absolute_url(), {"quote": held.pk}).content.decode())
    assert "Quoting" not in form
    client.post(thread.get_absolute_url(), {"body": "Hello.", "quote": held.pk})
    assert Post.objects.latest("pk").body_markdown == "Hello."


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
