"""After a form that answers with a place on a page (a reply in a long
thread), the reader stays at what they made: the new post is in view and the
page's message is read just above it, not at the top of the page."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _in_view(page, selector):
    return page.evaluate(
        """(selector) => {
            const box = document.querySelector(selector).getBoundingClientRect();
            return box.top >= 0 && box.top < window.innerHeight;
        }""",
        selector,
    )


@pytest.mark.parametrize(("width", "height"), [(1280, 800), (360, 740)])
def test_a_reply_at_the_end_of_a_long_thread_is_in_view_with_its_message(
    browser, seeded_live_server, settings, width, height
):
    from forums.models import Post
    from tests.consult.factories import member
    from tests.e2e.conftest import browser_sign_in
    from tests.forums.factories import ForumFactory, thread_with_posts

    settings.MODERATION_FIRST_POSTS = 1  # the reply waits for a moderator: the page says so in a message
    person = member(("NL",), display_name="New colleague")
    forum = ForumFactory(slug="nl-long", title="Netherlands: long threads")
    thread = thread_with_posts(12, forum=forum, title="Shelter places in winter")
    context = browser_sign_in(
        browser.new_context(viewport={"width": width, "height": height}), seeded_live_server.url, person
    )
    page = context.new_page()
    page.set_default_timeout(15_000)
    try:
        page.goto(f"{seeded_live_server.url}{thread.get_absolute_url()}")
        page.fill("#id_body", "We keep two beds free for referrals after nine in the evening.")
        with page.expect_navigation():
            page.get_by_role("button", name="Post reply").click()
        reply = Post.objects.filter(thread=thread).latest("pk")
        page.wait_for_load_state("load")
        assert page.url.endswith(f"#post-{reply.pk}")
        assert _in_view(page, f"#post-{reply.pk}")
        assert _in_view(page, ".messages")
        # the message sits right above the post it is about
        assert page.evaluate(
            f"document.querySelector('.messages').nextElementSibling === document.querySelector('#post-{reply.pk}')"
        )
        assert page.evaluate("window.scrollY") > 0
    finally:
        context.close()
