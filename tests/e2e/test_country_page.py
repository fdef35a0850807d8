"""A country page on a phone: filter services, send an ambassador request."""

import pytest
from playwright.sync_api import expect

from consult.models import AmbassadorRequest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_visitor_on_a_360px_phone_filters_services_and_requests_an_ambassador(seeded_live_server, browser):
    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    page.set_default_timeout(15_000)
    try:
        page.goto(f"{seeded_live_server.url}/en/countries/nl/")
        assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
        assert page.locator(".service").count() == 8

        page.select_option("#filter-kind", "helpline")
        page.get_by_role("button", name="Show services").click()
        page.wait_for_url("**kind=helpline**")
        assert page.locator(".service").count() == 1

        page.fill("#id_organisation", "Women's group Noord")
        page.fill("#id_languages_needed", "Tigrinya")
        page.fill("#id_region", "Amsterdam Noord")
        page.select_option("#id_contact_channel", "phone")
        page.fill("#id_contact_details", "000 000 000")
        page.check("#id_consent_to_contact")
        page.get_by_role("button", name="Send request").click()
        expect(page.get_by_text("Your request was sent to the country office")).to_be_in_viewport()
        assert AmbassadorRequest.objects.filter(organisation="Women's group Noord").count() == 1
        page.screenshot(
            path=str(seeded_live_server.__class__.__module__ and "var/country-page-360.png"), full_page=False
        )
    finally:
        context.close()


def test_chromium_reads_the_compressed_cached_page_and_sends_its_form(seeded_live_server, browser, settings):
    settings.PAGE_CACHE_SECONDS = 300
    context = browser.new_context()
    page = context.new_page()
    page.set_default_timeout(15_000)
    try:
        page.goto(f"{seeded_live_server.url}/en/countries/nl/")  # rendered and stored
        context.clear_cookies()
        served = page.goto(f"{seeded_live_server.url}/en/countries/nl/")
        assert served.headers["x-page-cache"] == "hit"
        assert served.headers["content-encoding"] == "gzip"
        assert page.locator(".service").count() == 8
        page.fill("#id_organisation", "Compressed page readers")
        page.fill("#id_languages_needed", "Dari")
        page.fill("#id_region", "Rotterdam")
        page.select_option("#id_contact_channel", "phone")
        page.fill("#id_contact_details", "000 000 000")
        page.check("#id_consent_to_contact")
        page.get_by_role("button", name="Send request").click()
        expect(page.get_by_text("Your request was sent to the country office")).to_be_in_viewport()
        assert AmbassadorRequest.objects.filter(organisation="Compressed page readers").count() == 1
    finally:
        context.close()
