"""The programme's film: an accessible <video> with one subtitle track per language."""

import pytest
from django.core.files.base import ContentFile

from consult.models import CountryDocument, Film, SubtitleTrack
from home.models import CountryPage

pytestmark = pytest.mark.django_db

VTT = b"WEBVTT\n\n00:00.000 --> 00:04.000\nYou are not alone.\n"


@pytest.fixture
def film():
    video = CountryDocument.objects.create(
        title="PROTECT film", file=ContentFile(b"\x00\x00\x00\x18ftypmp42", name="protect.mp4"), kind="video"
    )
    film = Film.objects.create(title="You are not alone", video=video, transcript="Narrator: you are not alone.")
    for language, label in [("en", "English"), ("nl", "Nederlands"), ("ar", "العربية"), ("ti", "ትግርኛ")]:
        SubtitleTrack.objects.create(
            film=film, language=language, label=label, vtt_file=ContentFile(VTT, name=f"protect-{language}.vtt")
        )
    CountryPage.objects.filter(country__code="NL").update(film=film)
    return film


def test_the_film_plays_with_a_subtitle_track_per_language_and_the_pages_language_by_default(client, film):
    html = client.get("/nl/countries/nl/").content.decode()
    assert '<video class="film" controls' in html
    assert html.count('<track kind="subtitles"') == 4
    assert 'srclang="nl" label="Nederlands" default>' in html
    assert 'srclang="ar" label="العربية">' in html
    # the transcript, for people who cannot play video: the cues of the page's language
    assert '<div class="transcript" lang="nl" dir="ltr"><p>You are not alone.</p></div>' in html


def test_a_subtitle_file_must_be_webvtt(film):
    from django.core.exceptions import ValidationError

    track = SubtitleTrack(film=film, language="so", label="Soomaali", vtt_file=ContentFile(b"<svg/>", name="x.svg"))
    with pytest.raises(ValidationError):
        track.full_clean()


def test_without_a_track_in_the_pages_language_the_films_own_transcript_shows(client, film):
    html = client.get("/en/countries/nl/").content.decode()
    assert html.count('<track kind="subtitles"') == 4
    assert "Narrator: you are not alone." not in html  # the English track's cues come first
    SubtitleTrack.objects.filter(language="en").delete()
    assert "Narrator: you are not alone." in client.get("/en/countries/nl/").content.decode()


def test_a_page_without_a_film_has_no_video(client):
    assert "<video" not in client.get("/en/countries/be/").content.decode()


def test_the_film_is_a_download_that_says_its_format_and_size_beside_the_player(client, film):
    html = client.get("/en/countries/nl/").content.decode()
    download = html[html.index('<p class="film-download">') :]
    download = download[: download.index("</p>")]
    # a link to keep the file (the player stays the way to watch), not a page to open
    video = film.video
    assert f'<a href="{video.url}" download="{video.filename}" type="video/mp4">Download the film</a>' in download
    assert '<span class="download-meta">(MP4, 12\xa0bytes)</span>' in download


def test_each_subtitle_file_is_a_download_named_after_the_film_and_its_language(client, film):
    html = client.get("/en/countries/nl/").content.decode()
    files = html[html.index('<ul class="subtitle-list">') :]
    files = files[: files.index("</ul>")]
    dutch = film.subtitle_tracks.get(language="nl")
    assert (
        f'<li><a href="/subtitles/{dutch.pk}/download.vtt" download="you-are-not-alone-nl.vtt" hreflang="nl"'
        ' type="text/vtt">Dutch</a> <span class="download-meta">(WebVTT)</span></li>'
    ) in files

    response = client.get(f"/subtitles/{dutch.pk}/download.vtt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/vtt; charset=utf-8"
    # saved as a file, never shown as raw cues in place of the page
    assert response["Content-Disposition"] == 'attachment; filename="you-are-not-alone-nl.vtt"'
    assert b"".join(response.streaming_content) == VTT
    # the player's own track is still served inline
    assert "attachment" not in client.get(f"/subtitles/{dutch.pk}.vtt").get("Content-Disposition", "")


def test_a_missing_subtitle_file_is_not_found_rather_than_an_error(client, film):
    assert client.get("/subtitles/987654/download.vtt").status_code == 404
    track = film.subtitle_tracks.get(language="nl")
    track.vtt_file.storage.delete(track.vtt_file.name)
    assert client.get(f"/subtitles/{track.pk}/download.vtt").status_code == 404


def test_the_home_pages_resources_leave_the_films_video_to_the_film_section(client, film):
    from django.core.cache import cache

    CountryDocument.objects.create(title="Know your rights", file=ContentFile(b"%PDF-1.4", name="rights.pdf"))
    cache.clear()
    html = client.get("/en/").content.decode()
    resources = html[html.index('id="resources-heading"') :]
    resources = resources[: resources.index("</section>")]
    assert "Know your rights" in resources
    assert film.video.url not in resources  # once, with its size, beside the player
