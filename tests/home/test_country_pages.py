"""Country pages: every country, in two languages at least, right-to-left where needed."""

import pytest

from consult.models import Ambassador, Country, SupportService
from home.models import CountryPage

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("code", ["BE", "BG", "HR", "GR", "HU", "IE", "IT", "MT", "NL", "PL", "SI", "ES"])
def test_each_country_page_answers_in_english_and_in_its_first_official_language(client, code):
    country = Country.objects.get(code=code)
    second = next(language for language in country.languages if language != "en")
    for language in ("en", second):
        response = client.get(f"/{language}/countries/{code.lower()}/")
        assert response.status_code == 200, (language, code)
        html = response.content.decode()
        assert f'<html lang="{language}"' in html
        assert "tel:112" in html
        assert "translation-notice" not in html  # a real translation, not the fallback


def test_an_arabic_country_page_is_right_to_left_in_arabic(client):
    html = client.get("/ar/countries/nl/").content.decode()
    assert '<html lang="ar" dir="rtl"' in html
    assert "<h1>هولندا</h1>" in html


def test_a_missing_translation_falls_back_to_english_with_a_notice(client):
    response = client.get("/de/countries/nl/")  # the Dutch country page has no German version
    assert response.status_code == 200
    html = response.content.decode()
    assert '<h1 lang="en" dir="ltr">Netherlands</h1>' in html  # the English text says it is English
    assert "Diese Seite ist noch nicht in Ihrer Sprache verfügbar" in html  # the notice in the visitor's language


def test_the_language_switcher_and_hreflang_list_exactly_the_existing_translations(client):
    html = client.get("/en/countries/be/").content.decode()
    alternates = {part.split('"')[0] for part in html.split('rel="alternate" hreflang="')[1:]}
    assert alternates == {"en", "nl", "fr", "de", "ar", "fa"}


def test_services_can_be_filtered_by_kind_city_and_language(client):
    url = "/en/countries/nl/"
    all_services = client.get(url).context["content"].services
    helplines = client.get(url, {"kind": "helpline"}).context["content"].services
    in_rotterdam = client.get(url, {"city": "Rotterdam"}).context["content"].services
    in_tigrinya = client.get(url, {"language": "ti"}).context["content"].services
    assert len(all_services) == 8
    assert [s.kind for s in helplines] == ["helpline"]
    assert {s.city for s in in_rotterdam} == {"Rotterdam"}
    assert [s.name for s in in_tigrinya] == ["Legal aid for migrants (sample)"]


def test_sample_services_carry_a_visible_notice_and_112_does_not(client):
    html = client.get("/en/countries/nl/", {"kind": "police"}).content.decode()
    assert "Emergency number 112" in html
    assert "sample-notice" in html  # the office's contact details are still a sample
    SupportService.objects.filter(country__code="NL").update(is_sample=False)
    Ambassador.objects.filter(country__code="NL").update(is_sample=False)
    # pages change through publishing (routing keeps the published page in the cache)
    for page in CountryPage.objects.filter(country__code="NL"):
        page.office_is_sample = False
        page.save_revision().publish()
    html = client.get("/en/countries/nl/").content.decode()
    assert "sample-notice" not in html


def test_a_service_translated_into_dutch_replaces_the_english_one_on_the_dutch_page(client):
    names = [s.name for s in client.get("/nl/countries/nl/").context["content"].services]
    assert "Alarmnummer 112" in names  # the seed's Dutch translation
    assert "Emergency number 112" not in names
    assert len(names) == 8


def test_a_country_page_needs_a_constant_number_of_queries(client, django_assert_max_num_queries):
    # first visit, cold cache: the site; the route in one query (the localized
    # root, every page on the path and their view restrictions: home/routing.py's
    # walk) and the specific page with its country; the page's translations
    # (language links) and Wagtail's site root paths (2); documents, the film,
    # services, ambassadors, open consultations and the country's published
    # national variants. Was 22 (Wagtail's own walk and restriction checks),
    # then 12 (the language links found their URLs through Wagtail's site
    # root paths and the root's translations). A film with subtitles adds
    # none: it comes with its tracks and its poster (test_country_sections).
    # As bench/cold_page.py: a running server (content types known), the
    # shared cache emptied by a publish.
    from django.core.cache import cache

    client.get("/en/countries/nl/")
    cache.clear()
    with django_assert_max_num_queries(10):
        response = client.get("/en/countries/nl/")
    assert response.status_code == 200


def test_the_language_links_lead_where_wagtail_would_for_every_live_page(client):
    from wagtail.models import Page

    from home.templatetags.site_tags import page_url

    pages = Page.objects.live().filter(depth__gte=2).select_related("locale")
    assert pages.count() > 30  # the seed's home, country and content pages in several languages
    for page in pages:
        assert page_url(page) == page.get_url(), page.url_path


def test_the_language_switcher_of_a_country_page_offers_its_translations(client):
    import re

    html = client.get("/en/countries/nl/").content.decode()
    assert 'href="/nl/countries/nl/"' in html
    assert 'href="/fr/countries/nl/"' in html or not re.search(r'href="/fr/', html)
    response = client.get("/nl/countries/nl/")
    assert response.status_code == 200


def test_a_second_page_for_the_same_country_and_language_is_refused():
    from django.core.exceptions import ValidationError

    existing = CountryPage.objects.get(country__code="NL", locale__language_code="en")
    duplicate = CountryPage(title="Again", slug="again", country=existing.country, locale=existing.locale)
    with pytest.raises(ValidationError):
        duplicate.clean()


def test_the_sitemap_lists_country_pages_in_several_languages(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    xml = response.content.decode()
    assert "/en/countries/nl/" in xml
    assert "/nl/countries/nl/" in xml


def test_site_search_finds_pages_and_services_in_the_visitors_language(client):
    response = client.get("/en/search/", {"q": "helpline"})
    assert response.status_code == 200
    results = response.context["results"]
    assert any("helpline" in service.name.lower() for service in results.services)


def test_a_changed_service_shows_at_once_although_the_sections_are_cached(client):
    client.get("/en/countries/nl/")  # fills the fragment cache
    service = SupportService.objects.get(country__code="NL", name="Emergency number 112")
    service.description = "Updated: ask for an interpreter in your language."
    service.save()
    assert "Updated: ask for an interpreter" in client.get("/en/countries/nl/").content.decode()


def test_a_second_visit_reads_everything_from_the_cache_not_the_database(client, django_assert_num_queries):
    # routing (home/routing.py), the sections, consultations: no query at all
    client.get("/en/countries/nl/")
    with django_assert_num_queries(0):
        client.get("/en/countries/nl/")


def test_a_second_visit_with_filters_reads_only_the_services(client, django_assert_max_num_queries):
    client.get("/en/countries/nl/")
    with django_assert_max_num_queries(2) as captured:
        client.get("/en/countries/nl/", {"kind": "helpline"})
    tables = " ".join(query["sql"] for query in captured.captured_queries)
    assert "consult_ambassador" not in tables


def test_the_contents_list_links_only_to_sections_the_page_has(client):
    html = client.get("/en/countries/nl/").content.decode()
    assert 'href="#resources"' not in html  # no documents yet
    assert 'href="#film"' not in html
    assert 'href="#help"' in html
