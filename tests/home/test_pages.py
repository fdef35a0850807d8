"""The public site's frame: home page, country pages, languages, safety headers."""

import re

import pytest

from consult.models import Country

pytestmark = pytest.mark.django_db


def test_the_home_page_lists_the_12_countries_each_linking_to_its_page(
    client, site_tree, django_assert_max_num_queries
):
    # cold cache: Wagtail's own routing (site, locale, root page) once, to fill
    # the route cache (home/routing.py), the country grid, consultations, documents
    with django_assert_max_num_queries(16):
        response = client.get("/en/")
    assert response.status_code == 200
    html = response.content.decode()
    for country in Country.objects.all():
        assert f'href="/en/countries/{country.code.lower()}/"' in html
        assert country.name in html


def test_every_country_page_answers_and_shows_the_emergency_number(client, site_tree):
    for code in Country.objects.values_list("code", flat=True):
        response = client.get(f"/en/countries/{code.lower()}/")
        assert response.status_code == 200, code
        assert "112" in response.content.decode()


def test_the_bare_root_sends_a_visitor_to_a_language_prefix(client, site_tree):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.8")
    assert response.status_code == 302
    assert response["Location"] == "/en/"


def test_the_quick_exit_link_is_the_first_focusable_element_and_works_without_javascript(client, site_tree, settings):
    html = client.get("/en/").content.decode()
    body = html[html.index("<body") :]
    first_link = re.search(r"<a\b[^>]*>", body).group(0)
    assert "data-quick-exit" in first_link
    assert f'href="{settings.QUICK_EXIT_URL}"' in first_link


def test_pages_are_sent_with_no_store_so_back_does_not_bring_them_back(client, site_tree):
    response = client.get("/en/")
    assert "no-store" in response["Cache-Control"]


def test_pages_forbid_inline_and_third_party_scripts(client, site_tree):
    policy = client.get("/en/")["Content-Security-Policy"]
    script_src = re.search(r"script-src ([^;]*)", policy).group(1)
    assert script_src.strip() == "'self'"
    assert "frame-ancestors 'none'" in policy


def test_no_page_loads_anything_from_another_origin(client, site_tree):
    html = client.get("/en/").content.decode()
    external = re.findall(r'(?:src|href)="(https?://[^"]+)"', html)
    # the only absolute links: the quick-exit destination and hreflang alternates of this site
    assert all(url.startswith(("https://www.bbc.com/", "http://testserver/")) for url in external), external
    assert "<script>" not in html  # no inline script


def test_arabic_and_farsi_pages_are_right_to_left_and_english_is_not(client, site_tree):
    assert 'dir="rtl"' in client.get("/ar/forums/").content.decode()
    assert 'lang="fa" dir="rtl"' in client.get("/fa/forums/").content.decode()
    assert 'dir="ltr"' in client.get("/en/forums/").content.decode()


def test_the_page_has_a_skip_link_and_landmarks(client, site_tree):
    html = client.get("/en/").content.decode()
    assert 'href="#main"' in html
    for landmark in ('role="banner"', '<main id="main"', 'role="contentinfo"', "<nav"):
        assert landmark in html


def test_the_language_switcher_offers_only_existing_translations(client, site_tree):
    html = client.get("/en/countries/nl/").content.decode()
    switcher = html[html.index('class="language-switcher"') :]
    switcher = switcher[: switcher.index("</nav>")]
    assert 'hreflang="nl"' in switcher
    assert 'hreflang="de"' not in switcher  # the Dutch country page has no German version


def test_robots_txt_keeps_crawlers_out_of_accounts_and_admin(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert "Disallow: /admin/" in response.content.decode()


def test_an_unknown_page_answers_404_not_500(client, site_tree):
    assert client.get("/en/no-such-page/").status_code == 404


def test_a_renamed_country_page_shows_on_the_cached_home_page_once_published(client, site_tree):
    from home.models import CountryPage

    client.get("/en/")  # fills the cache
    page = CountryPage.objects.get(country__code="MT", locale__language_code="en")
    page.title = "Malta and Gozo"
    page.save_revision().publish()
    assert "Malta and Gozo" in client.get("/en/").content.decode()


def test_a_new_translation_appears_in_the_cached_language_switcher_once_published(client, site_tree):
    from wagtail.models import Locale

    from home.models import CountryPage

    client.get("/en/countries/pl/")
    page = CountryPage.objects.get(country__code="PL", locale__language_code="en")
    german = page.copy_for_translation(Locale.objects.get(language_code="de"))
    german.save_revision().publish()
    assert 'hreflang="de"' in client.get("/en/countries/pl/").content.decode()


def test_a_second_visit_to_the_home_page_needs_no_query(client, site_tree, django_assert_num_queries):
    # routing, the country grid, consultations and documents all come from the cache
    client.get("/en/")
    with django_assert_num_queries(0):
        client.get("/en/")


def test_a_country_without_a_page_in_the_readers_language_says_its_page_is_in_english(client):
    # /nl/: the Dutch and Belgian offices publish in Dutch; the others' pages open in English, and the grid says so
    html = client.get("/nl/").content.decode()
    grid = html.split('class="country-grid"', 1)[1].split("</ul>", 1)[0]
    bulgaria = grid.split('data-country="BG"', 1)[1].split("</li>", 1)[0]
    assert 'hreflang="en"' in bulgaria
    assert "Bulgarije" in bulgaria
    assert "(Engels)" in bulgaria
    netherlands = grid.split('data-country="NL"', 1)[1].split("</li>", 1)[0]
    assert "(Engels)" not in netherlands
