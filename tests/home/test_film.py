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
