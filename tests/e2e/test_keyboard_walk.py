"""A member signs in, posts in a forum thread and gives feedback on a clause
with the keyboard alone (Tab, Shift+Tab, Enter, Space, arrow keys and
typing), and can see where the focus is at every stop on the way.

Screenshots of each step go to var/screenshots/keyboard-walk/.
"""

from pathlib import Path

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SCREENSHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots" / "keyboard-walk"
MAX_TABS = 80

FOCUS = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const style = getComputedStyle(el);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
  const ring = style.boxShadow && style.boxShadow !== 'none';
  const label = (el.getAttribute('aria-label') || el.labels?.[0]?.innerText || el.innerText || el.name || el.tagName)
    .trim().slice(0, 60);
  return {tag: el.tagName.toLowerCase(), name: el.name || '', label, visible: outline || ring,
          outline: style.outlineStyle + ' ' + style.outlineWidth};
}"""


class Walk:
    """Moves the focus with the keyboard, checks each stop shows it, and
    keeps a screenshot per step."""

    def __init__(self, page):
        self.page = page
        self.step = 0
        self.stops = 0
        self.invisible = []

    def focused(self):
        return self.page.evaluate(FOCUS)

    def tab_to(self, matches, *, backwards=False):
        """Press Tab (or Shift+Tab) until the focused element ``matches``."""
        key = "Shift+Tab" if backwards else "Tab"
        for _ in range(MAX_TABS):
            self.page.keyboard.press(key)
            focus = self.focused()
            if focus is None:
                continue
            self.stops += 1
            if not focus["visible"]:
                self.invisible.append(f"{self.page.url}: {focus['tag']} '{focus['label']}' ({focus['outline']})")
            if matches(focus):
                return focus
        raise AssertionError(f"{MAX_TABS} presses of {key} never reached the element on {self.page.url}")

    def tab_to_text(self, text, **kwargs):
        return self.tab_to(lambda focus: focus["label"] == text, **kwargs)

    def tab_to_field(self, name, **kwargs):
        return self.tab_to(lambda focus: focus["name"] == name, **kwargs)

    def press_and_wait(self, key):
        """Press ``key`` on the focused link or button and wait for the page it opens."""
        with self.page.expect_navigation():
            self.page.keyboard.press(key)

    def shoot(self, name):
        self.step += 1
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(SCREENSHOTS / f"{self.step:02d}-{name}.png"), full_page=False)


def test_a_member_signs_in_posts_and_gives_feedback_with_the_keyboard_alone(browser, seeded_live_server, settings):
    from django.conf import settings as django_settings

    from tests.consult.factories import member
    from tests.forums.factories import ForumFactory, thread_with_posts
    from tests.recommendations.factories import draft, open_round

    settings.MODERATION_FIRST_POSTS = 0
    url = seeded_live_server.url
    person = member(("NL",), display_name="Keyboard user")
    forum = ForumFactory(slug="nl-keyboard", title="Netherlands: referrals")
    thread = thread_with_posts(2, forum=forum, title="Referral pathways after a disclosure")
    version = draft("NL", 3)
    open_round(version)
    clause = version.clauses.filter(kind="paragraph").first()

    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    walk = Walk(page)
    try:
        # 1. Sign in from the home page.
        page.goto(f"{url}/en/")
        walk.shoot("home")
        walk.tab_to_text("Sign in")
        walk.shoot("sign-in-link-focused")
        walk.press_and_wait("Enter")
        assert "/accounts/login/" in page.url
        walk.tab_to_field("login")
        page.keyboard.type(person.email)
        walk.tab_to_field("password")
        page.keyboard.type("correct horse battery")
        walk.shoot("sign-in-form-filled")
        walk.tab_to(lambda focus: focus["tag"] == "button" and focus["label"] == "Sign in")
        walk.press_and_wait("Enter")
        assert page.get_by_role("link", name="Sign out").is_visible()
        walk.shoot("signed-in")

        # 2. Reach the thread through the menu and the forum's list, and reply.
        walk.tab_to_text("Forums")
        walk.press_and_wait("Enter")
        walk.tab_to_text(forum.title)
        walk.press_and_wait("Enter")
        walk.tab_to_text(thread.title)
        walk.press_and_wait("Enter")
        assert thread.get_absolute_url() in page.url
        walk.shoot("thread")
        walk.tab_to_field("body")
        reply = "We refer to the sexual assault centre within the hour, with an interpreter if wanted."
        page.keyboard.type(reply)
        # one step back and forth: Shift+Tab leaves the text where it was
        walk.tab_to(lambda focus: focus["name"] != "body", backwards=True)
        walk.tab_to_field("body")
        walk.shoot("reply-typed")
        walk.tab_to_text("Post reply")
        walk.press_and_wait("Space")
        assert page.get_by_text(reply).is_visible()
        walk.shoot("reply-posted")

        # 3. Give feedback on a clause (the address typed, as a member given a link would).
        page.goto(f"{url}/en/recommendations/versions/{version.pk}/clauses/{clause.key}/")
        walk.shoot("clause")
        walk.tab_to_field("kind")
        chosen = ""
        for _ in range(6):  # the arrow keys choose a kind in the list
            page.keyboard.press("ArrowDown")
            chosen = page.evaluate("document.activeElement.selectedOptions[0].textContent").strip()
            if chosen.lower() == "concern":
                break
        assert chosen.lower() == "concern"
        walk.tab_to_field("text")
        feedback = "Say that the person chooses the interpreter's gender."
        page.keyboard.type(feedback)
        walk.shoot("feedback-typed")
        walk.tab_to_text("Send feedback")
        walk.press_and_wait("Enter")
        sent = page.locator(".recs-feedback", has_text=feedback)
        assert sent.is_visible()
        assert sent.locator(".recs-meta strong").inner_text().lower() == chosen.lower()
        walk.shoot("feedback-sent")
    finally:
        context.close()

    print(f"\nkeyboard walk: {walk.stops} focus stops, {len(walk.invisible)} without a visible focus style, "
          f"{walk.step} screenshots in {SCREENSHOTS.relative_to(django_settings.BASE_DIR)}")  # fmt: skip
    assert walk.invisible == []
