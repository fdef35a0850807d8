"""A visit leaves one history entry: after a quick exit, Back leads to
wherever the visitor was before the platform, not to a platform page."""

import re

import pytest
from playwright.sync_api import expect

from consult.models import AmbassadorRequest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

NEUTRAL = "https://www.bbc.com/weather"
BEFORE = "https://start.example/"


@pytest.fixture
def visitor(seeded_live_server, browser):
    """A phone-sized browser that starts on a page outside the platform, which
    links to the platform as a search result or a leaflet would."""
    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    page.set_default_timeout(15_000)
    start = f'<title>Start</title><h1>Somewhere else</h1><a href="{seeded_live_server.url}/en/">A link to PROTECT</a>'
    page.route(
        re.compile(r"^https://start\.example/.*"), lambda route: route.fulfill(body=start, content_type="text/html")
    )
    neutral = "<title>Weather</title>"
    page.route(
        re.compile(r"^https://www\.bbc\.com/.*"), lambda route: route.fulfill(body=neutral, content_type="text/html")
    )
    page.goto(BEFORE)
    yield page
    context.close()


def history_length(page):
    return page.evaluate("history.length")


def main_menu(page):
    """The header's main navigation as a phone user reaches it: behind "Menu"."""
    toggle = page.get_by_role("button", name="Menu")
    if toggle.is_visible() and toggle.get_attribute("aria-expanded") != "true":
        toggle.click()
    return page.get_by_role("navigation", name="Main")


def test_four_pages_clicked_then_the_red_bar_and_back_leaves_the_platform(seeded_live_server, visitor):
    page = visitor
    before = history_length(page)
    page.get_by_role("link", name="A link to PROTECT").click()
    page.wait_for_url(f"{seeded_live_server.url}/en/")
    arrived = history_length(page)
    assert arrived == before + 1  # the visit's one entry

    main_menu(page).get_by_role("link", name="Countries").click()
    page.wait_for_url("**/en/countries/")
    page.get_by_role("link", name="Netherlands").first.click()
    page.wait_for_url("**/en/countries/nl/")
    main_menu(page).get_by_role("link", name="Sign in").click()
    page.wait_for_url("**/accounts/login/**")
    assert history_length(page) == arrived

    page.locator("[data-quick-exit]").click()
    page.wait_for_url(f"{NEUTRAL}**")
    page.go_back()
    page.wait_for_load_state()
    assert page.url == BEFORE
    assert seeded_live_server.url not in page.url


def test_a_search_and_an_ambassador_request_leave_no_entry_and_shift_three_times_exits(seeded_live_server, visitor):
    page = visitor
    page.get_by_role("link", name="A link to PROTECT").click()
    page.wait_for_url(f"{seeded_live_server.url}/en/")
    arrived = history_length(page)

    main_menu(page).get_by_role("link", name="Countries").click()
    page.get_by_role("link", name="Netherlands").first.click()
    page.wait_for_url("**/en/countries/nl/")

    # A service filter (a GET form) and an ambassador request (a POST and a redirect).
    page.select_option("#filter-kind", "helpline")
    page.get_by_role("button", name="Show services").click()
    page.wait_for_url("**kind=helpline**")
    page.fill("#id_organisation", "Women's group Noord")
    page.fill("#id_languages_needed", "Tigrinya")
    page.fill("#id_region", "Amsterdam Noord")
    page.select_option("#id_contact_channel", "email")
    page.fill("#id_contact_details", "group@example.org")
    page.check("#id_consent_to_contact")
    page.get_by_role("button", name="Send request").click()
    confirmation = page.locator(".confirmation")
    expect(confirmation).to_contain_text("Your request was sent to the country office")
    expect(confirmation).to_be_focused()
    assert AmbassadorRequest.objects.filter(organisation="Women's group Noord").count() == 1
    assert history_length(page) == arrived

    for _ in range(3):
        page.keyboard.press("Shift")
    page.wait_for_url(f"{NEUTRAL}**")
    page.go_back()
    page.wait_for_load_state()
    assert page.url == BEFORE


def test_a_form_with_errors_opens_on_its_error_summary_which_links_to_the_field(seeded_live_server, browser):
    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    page.set_default_timeout(15_000)
    try:
        page.goto(f"{seeded_live_server.url}/en/countries/nl/")
        page.fill("#id_organisation", "Women's group Noord")
        page.fill("#id_languages_needed", "Tigrinya")
        page.fill("#id_region", "Amsterdam Noord")
        page.select_option("#id_contact_channel", "email")
        page.fill("#id_contact_details", "not-an-email")
        page.check("#id_consent_to_contact")
        page.get_by_role("button", name="Send request").click()

        summary = page.locator(".error-summary")
        expect(summary).to_be_focused()
        expect(summary.get_by_role("heading", name="There is a problem")).to_be_visible()
        summary.get_by_role("link", name=re.compile("Contact details")).click()
        expect(page.locator("#id_contact_details")).to_be_focused()
        expect(page.locator("#id_contact_details")).to_have_value("not-an-email")  # what was typed is kept
        assert not AmbassadorRequest.objects.exists()
    finally:
        context.close()


def test_without_javascript_the_page_says_how_to_leave_no_trace(seeded_live_server, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(f"{seeded_live_server.url}/en/")
        notice = page.locator(".no-js-notice")  # inside <noscript>, which get_by_text does not search
        expect(notice).to_be_visible()
        expect(notice).to_contain_text("use a private (incognito) window")
    finally:
        context.close()
