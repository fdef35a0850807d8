"""Quoting a post in a real browser, on a desktop and on a 360 px phone, with
JavaScript and without: the member reads who and what they quote in words,
lands in the reply box ready to type, can remove the quote, and the reply
shows the quote with its author's name."""

import re

import pytest
from playwright.sync_api import expect

from consult.models import Sector
from forums.models import Post
from tests.consult.factories import member
from tests.e2e.conftest import browser_sign_in
from tests.forums.factories import PostFactory, ThreadFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 360, "height": 740}
OPENING = "The night shelter takes walk-ins after 22:00, and the nurse there speaks Arabic and Tigrinya."


@pytest.fixture
def thread_to_quote(seeded_live_server, settings):
    settings.MODERATION_FIRST_POSTS = 0
    thread = ThreadFactory(author=member(display_name="Amira", sector=Sector.MEDICAL), title="Night shelters")
    quoted = PostFactory(thread=thread, is_opening=True, body_markdown=OPENING)
    for number in range(5):  # the reply box far below the quoted post, as in a real thread
        PostFactory(
            thread=thread,
            author=member(),
            body_markdown=f"Reply {number}: " + "We refer survivors to the shelter and follow up the next day. " * 6,
        )
    return seeded_live_server.url, thread, quoted


def _open_as_member(browser, base, viewport, **options):
    context = browser_sign_in(browser.new_context(viewport=viewport, **options), base, member())
    return context, context.new_page()


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_quote_shows_the_quote_in_words_and_lands_in_the_reply_box_ready_to_type(browser, thread_to_quote, viewport):
    base, thread, quoted = thread_to_quote
    context, page = _open_as_member(browser, base, viewport)
    try:
        page.goto(base + thread.get_absolute_url())
        page.locator(f"#post-{quoted.pk}").get_by_role("link", name="Quote").click()

        box = page.get_by_label("Your reply")
        expect(box).to_be_focused()
        assert box.input_value() == ""  # no "> [quote:7]" to read or to type around
        note = page.locator("#reply-quote")
        expect(note).to_contain_text("Quoting Amira (Medical): «The night shelter takes walk-ins after 22:00,")
        expect(note).to_be_in_viewport()
        expect(box).to_be_in_viewport()

        page.keyboard.type("We do the same in our town.")
        page.get_by_role("button", name="Post reply").click()

        reply = page.locator("article.post").filter(has_text="We do the same in our town.")
        expect(reply.locator("blockquote")).to_contain_text("Amira:")
        expect(reply.locator("blockquote")).to_contain_text("The night shelter takes walk-ins")
        saved = Post.objects.latest("pk")
        assert saved.body_markdown.startswith(f"> [quote:{quoted.pk}]")
        assert saved.reply_to_id == quoted.pk
    finally:
        context.close()


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_without_javascript_quote_is_a_link_to_a_reply_box_that_has_the_cursor(browser, thread_to_quote, viewport):
    base, thread, quoted = thread_to_quote
    context, page = _open_as_member(browser, base, viewport, java_script_enabled=False)
    try:
        page.goto(base + thread.get_absolute_url())
        page.locator(f"#post-{quoted.pk}").get_by_role("link", name="Quote").click()
        page.wait_for_url(re.compile(rf"\?quote={quoted.pk}"))

        expect(page.locator("#reply-quote")).to_contain_text("Quoting Amira (Medical): «The night shelter")
        expect(page.get_by_label("Your reply")).to_be_in_viewport()
        page.keyboard.type("Typed at once.")  # lands in the reply box: it has the focus
        expect(page.get_by_label("Your reply")).to_have_value("Typed at once.")

        page.get_by_role("button", name="Remove the quote").click()
        expect(page.locator("#reply-quote")).to_have_count(0)
        expect(page.get_by_label("Your reply")).to_have_value("Typed at once.")
        page.get_by_role("button", name="Post reply").click()

        expect(page.locator("article.post").filter(has_text="Typed at once.")).to_have_count(1)
        saved = Post.objects.latest("pk")
        assert saved.body_markdown == "Typed at once."
    finally:
        context.close()
