"""What a reader of a country page gets from the seeded film and leaflets:
the film with subtitles in the page's language, leaflets in the reader's
language first, and country and language names in that language."""

import re

import pytest
from django.core.files.base import ContentFile

from consult.models import Country, CountryDocument, Film, SubtitleTrack
from home.models import CountryPage
from home.seed_media import page_languages, seed_country_media

pytestmark = pytest.mark.django_db


@pytest.fixture
def media():
    seed_country_media()


def page_html(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    return response.content.decode()


def default_track(html):
    match = re.search(r'<track kind="subtitles" src="([^"]+)" srclang="([^"]+)" label="([^"]+)" default>', html)
    return match and match.groups()


def leaflet_languages(html):
    """The languages of the leaflet lists, in page order."""
    return re.findall(r'<h3 id="resources-([a-z]+)">', html)


def leaflet_groups(html):
    """[(language code, heading)] of the leaflet lists, in page order."""
    return re.findall(r'<h3 id="resources-([a-z]+)">([^<]+)</h3>', html)


def subtitle_names(html):
    """The names of the subtitle languages listed under the film."""
    return re.findall(r'hreflang="[a-z]+" type="text/vtt">([^<]+)</a>', html)


def test_every_country_page_in_each_of_its_languages_has_the_film_with_that_languages_track_and_a_leaflet(
    client, media
):
    """What a newcomer checks on each seeded country page, in each of its
    languages: the film with its title in that language and the track in that
    language as the default, a leaflet in that language listed first, and the
    country and language names in that language from CLDR."""
    from django.utils.html import escape

    from consult import cldr
    from home import seed_media_text

    pages = CountryPage.objects.live().select_related("country", "locale")
    checked = set()
    for page in pages:
        language, code = page.locale.language_code, page.country.code
        html = page_html(client, page.url)
        assert default_track(html)[1] == language, page.url
        title = escape(seed_media_text.FILM_TITLES[language])
        assert f'<p class="film-title"><strong>{title}</strong></p>' in html, page.url
        groups = leaflet_groups(html)
        assert groups[0][0] == language, page.url
        assert groups == [(lang, escape(cldr.language_name(lang, language))) for lang, _name in groups], page.url
        assert escape(cldr.language_name(language, language)) in subtitle_names(html), page.url
        assert f">{escape(cldr.country_name(code, language))}</h1>" in html, page.url
        assert escape(f"{seed_media_text.LEAFLET_TITLES[language]}: {cldr.country_name(code, language)}") in html
        checked.add((code, language))
    expected = {(country.code, code) for country in Country.objects.all() for code in page_languages(country)}
    assert checked == expected


def test_a_translated_film_title_and_description_replace_the_offices_text(client, media):
    html = page_html(client, "/ar/countries/nl/")
    assert '<p class="film-title"><strong>لست وحدك</strong></p>' in html
    assert "<p>فيلم قصير من برنامج PROTECT" in html
    assert "You are not alone" not in html
    assert "A short film of the PROTECT programme" not in html


def test_without_a_translation_the_film_shows_the_offices_text_marked_with_its_language(client, media):
    from wagtail.models import Locale

    Film.objects.filter(locale=Locale.objects.get(language_code="ar")).delete()
    html = page_html(client, "/ar/countries/nl/")
    assert '<p class="film-title" lang="en" dir="ltr"><strong>You are not alone</strong></p>' in html
    assert '<p lang="en" dir="ltr">A short film of the PROTECT programme' in html


def test_a_film_translated_through_wagtail_localize_keeps_the_offices_video_and_subtitles(client, media):
    """The translation holds only the title and description; the Dutch page
    plays the office's video with all its tracks."""
    from wagtail.models import Locale

    source = Film.objects.get(locale=Locale.get_default())
    dutch = source.get_translation(Locale.objects.get(language_code="nl"))
    assert (dutch.title, dutch.language, dutch.video_id) == ("U bent niet alleen", "nl", source.video_id)
    assert not dutch.subtitle_tracks.exists()
    assert dutch.transcript == ""
    html = page_html(client, "/nl/countries/nl/")
    assert html.count('<track kind="subtitles"') == source.subtitle_tracks.count()


def test_the_arabic_netherlands_page_names_the_country_and_languages_in_arabic_with_the_arabic_track_first(
    client, media
):
    html = page_html(client, "/ar/countries/nl/")
    assert default_track(html)[1:] == ("ar", "العربية")
    assert leaflet_languages(html)[0] == "ar"
    assert '<h3 id="resources-ar">العربية</h3>' in html
    assert "الهولندية" in html  # Dutch, as a service language and a leaflet heading
    assert 'lang="ar" dir="rtl"' in html  # the transcript from the Arabic track
    assert "لست وحدك." in html


def test_the_german_belgium_page_names_languages_in_german_and_lists_german_leaflets_first(client, media):
    html = page_html(client, "/de/countries/be/")
    assert default_track(html)[1] == "de"
    assert leaflet_languages(html)[0] == "de"
    assert '<h3 id="resources-nl">Niederländisch</h3>' in html
    assert "Wo Sie Hilfe bekommen: Belgien" in html  # the leaflet's own title
    assert "Sie sind nicht allein." in html  # the transcript in German


def test_the_dutch_netherlands_page_has_the_dutch_track_by_default_and_dutch_leaflets_first(client, media):
    html = page_html(client, "/nl/countries/nl/")
    assert default_track(html)[1] == "nl"
    assert leaflet_languages(html) == ["nl", "ar", "en", "fa"]  # the others by their Dutch name
    assert '<h3 id="resources-en">Engels</h3>' in html
    assert '<span class="resource__meta">(Folder, PDF)</span>' in html


def test_the_arabic_page_separates_a_leaflets_kind_and_format_with_the_arabic_comma(client, media):
    html = page_html(client, "/ar/countries/nl/")
    assert '<span class="resource__meta">(كتيّب، PDF)</span>' in html
    assert "كتيّب, PDF" not in html


def test_the_country_list_names_each_country_in_the_readers_language(client):
    html = page_html(client, "/de/countries/")
    assert '>Niederlande <span class="country-grid__note">(Englisch)</span></a>' in html
    # no German page: the link leads to the English one, and says so
    assert '>Bulgarien <span class="country-grid__note">(Englisch)</span></a>' in html
    assert ">Bulgaria" not in html


def test_the_home_page_names_the_countries_in_arabic(client):
    html = page_html(client, "/ar/")
    assert ">هولندا</a>" in html
    assert ">Netherlands</a>" not in html


def test_a_subtitle_track_is_served_as_webvtt(client, media):
    track = SubtitleTrack.objects.get(language="ti")
    response = client.get(f"/subtitles/{track.pk}.vtt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/vtt; charset=utf-8"
    body = b"".join(response.streaming_content).decode()
    assert body.startswith("WEBVTT")
    assert "ኣይኮንካን" in body


def test_an_offices_own_film_replaces_the_shared_one_on_its_pages_only(client, media):
    video = CountryDocument.objects.create(
        title="NL film", file=ContentFile(b"\x1aE\xdf\xa3", name="nl.webm"), kind="video"
    )
    own = Film.objects.create(title="Het verhaal van Amal", country=Country.objects.get(code="NL"), video=video)
    assert "Het verhaal van Amal" in page_html(client, "/nl/countries/nl/")
    assert "Het verhaal van Amal" not in page_html(client, "/nl/countries/be/")
    assert own.pk != Film.objects.for_country(Country.objects.get(code="BE").pk).pk


def test_without_a_track_in_the_readers_language_the_films_own_transcript_shows(client, media):
    SubtitleTrack.objects.filter(language="hu").delete()
    html = page_html(client, "/hu/countries/hu/")
    assert default_track(html) is None
    assert '<div class="transcript" lang="en" dir="ltr">' in html
