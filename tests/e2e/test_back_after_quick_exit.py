"""The tester's exact path on a phone, in a fresh tab, on a machine where the
quick exit's neutral site cannot load: home page, the Netherlands, "Leave this
site quickly", Back. Back must never show a platform page."""

import contextlib
import re

import pytest
from playwright.sync_api import Error as PlaywrightError

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def phone(seeded_live_server, browser):
    """A fresh browser context (a new tab, no history) the size of a phone,
    where the neutral site is unreachable, as on a machine without internet."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.route(re.compile(r"^https://www\.bbc\.com/.*"), lambda route: route.abort("internetdisconnected"))
    yield page
    context.close()


def on_platform(page, live_server):
    return page.url.startswith(live_server.url)


def leave_quickly_then_back(page, live_server, name):
    page.get_by_role("link", name="Leave this site quickly").click()
    page.wait_for_function(f"!location.href.startsWith({live_server.url!r})")
    assert not on_platform(page, live_server)
    with contextlib.suppress(PlaywrightError):  # the platform page Back reached replaced itself at once
        page.go_back(wait_until="commit")
    page.wait_for_timeout(1500)
    page.screenshot(path=f"var/screenshots/{name}.png")


def test_back_after_a_quick_exit_from_a_fresh_tab_never_lands_on_the_platform(seeded_live_server, phone):
    page = phone
    page.goto(f"{seeded_live_server.url}/")
    page.wait_for_url("**/en/")
    page.get_by_role("link", name="Netherlands").first.click()
    page.wait_for_url("**/en/countries/nl/")

    leave_quickly_then_back(page, seeded_live_server, "back_after_exit_fresh_tab")

    assert not on_platform(page, seeded_live_server), page.url
    assert "Netherlands" not in page.content()


def test_back_never_shows_a_platform_page_left_in_history_before_the_exit(seeded_live_server, phone):
    """A platform page can still sit in the history behind the exit (here the
    visitor typed the second address, which adds an entry): Back reaches it,
    and it leaves again before it is shown."""
    page = phone
    page.goto(f"{seeded_live_server.url}/en/")
    page.goto(f"{seeded_live_server.url}/en/countries/nl/")

    leave_quickly_then_back(page, seeded_live_server, "back_after_exit_typed_address")

    assert not on_platform(page, seeded_live_server), page.url
    assert "Netherlands" not in page.content()


def test_opening_the_site_again_after_an_exit_shows_it(seeded_live_server, phone):
    page = phone
    page.goto(f"{seeded_live_server.url}/en/")
    leave_quickly_then_back(page, seeded_live_server, "back_after_exit_then_return")

    page.goto(f"{seeded_live_server.url}/en/countries/nl/")
    page.wait_for_timeout(500)
    assert on_platform(page, seeded_live_server)
    assert page.get_by_role("heading", name="Netherlands").first.is_visible()
