"""The quick-exit control in a real browser: it leaves, and Back does not return."""

import re

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

NEUTRAL = "https://www.bbc.com/weather"
BEFORE = "https://start.example/"


@pytest.fixture
def offline_page(page):
    """Answer the outside addresses locally, so the test needs no network."""
    page.route(re.compile(r"^https://www\.bbc\.com/.*"), lambda route: route.fulfill(
        status=200, content_type="text/html", body="<title>Weather</title><h1>Weather</h1>"
    ))  # fmt: skip
    page.route(re.compile(r"^https://start\.example/.*"), lambda route: route.fulfill(
        status=200, content_type="text/html", body="<title>Start</title><h1>Somewhere else</h1>"
    ))  # fmt: skip
    return page


def test_pressing_shift_three_times_leaves_the_site_and_back_does_not_return(seeded_live_server, offline_page):
    page = offline_page
    page.goto(BEFORE)
    page.goto(f"{seeded_live_server.url}/en/")
    assert page.get_by_role("heading", name="PROTECT").is_visible()

    for _ in range(3):
        page.keyboard.press("Shift")
    page.wait_for_url(f"{NEUTRAL}**")
    assert page.title() == "Weather"

    page.go_back()
    page.wait_for_load_state()
    assert page.url == BEFORE  # the platform's page was replaced, not stacked
    assert seeded_live_server.url not in page.url


def test_the_quick_exit_button_is_the_first_stop_in_the_tab_order(seeded_live_server, offline_page):
    page = offline_page
    page.goto(f"{seeded_live_server.url}/en/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.getAttribute('data-quick-exit') !== null")
    assert focused
    page.keyboard.press("Enter")
    page.wait_for_url(f"{NEUTRAL}**")


def test_the_home_page_fits_a_360_pixel_wide_phone_without_sideways_scrolling(seeded_live_server, browser):
    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    try:
        page.goto(f"{seeded_live_server.url}/en/")
        assert page.get_by_role("link", name="Netherlands").is_visible()
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0
    finally:
        context.close()


def test_escape_folds_the_phone_menu_and_gives_the_focus_back_to_its_button(seeded_live_server, browser):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    try:
        page.goto(f"{seeded_live_server.url}/en/")
        toggle = page.get_by_role("button", name="Menu")
        forums = page.locator(".site-nav").get_by_role("link", name="Forums")
        assert not forums.is_visible()
        toggle.click()
        assert forums.is_visible()
        forums.focus()
        page.keyboard.press("Escape")
        assert not forums.is_visible()
        assert toggle.get_attribute("aria-expanded") == "false"
        assert page.evaluate("document.activeElement.classList.contains('site-menu-toggle')")
    finally:
        context.close()
