"""Seed the programme's film (shared by every office), its subtitle tracks
and a sample leaflet per country in each of its page languages.

The film, its poster and the leaflets are small generated files committed
under home/seed_files/ (``manage.py make_seed_media`` makes them again);
the subtitles are written from home/seed_media_text.py. Idempotent: what
exists is left alone, so staff changes survive a second run.
"""

from pathlib import Path

from django.conf import settings
from django.core.files import File
from django.core.files.base import ContentFile
from django.db import transaction
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale

from consult import cldr
from consult.models import Country, CountryDocument, Film, SubtitleTrack

from . import seed_media_text as text
from .demo import translate_page

SEED_FILES = Path(__file__).resolve().parent / "seed_files"


def webvtt(language):
    """The seeded film's subtitles in ``language``, as WebVTT bytes."""
    blocks = ["WEBVTT", ""]
    for (start, end), line in zip(text.CUE_TIMES, text.SUBTITLES[language], strict=True):
        blocks += [f"{_time(start)} --> {_time(end)}", line, ""]
    return "\n".join(blocks).encode()


def _time(seconds):
    minutes, rest = divmod(seconds, 60)
    return f"00:{int(minutes):02d}:{rest:06.3f}"


def page_languages(country):
    """The languages a country's page is published in: English, the country's
    official languages, Arabic and Farsi (as seed_translations makes them)."""
    codes = [settings.LANGUAGE_CODE, *country.languages, "ar", "fa"]
    return list(dict.fromkeys(codes))


@transaction.atomic
def seed_film():
    """The shared film with a track per language in SUBTITLES, its title and
    description translated into every site language; returns it."""
    film = Film.objects.filter(
        country__isnull=True, title=text.FILM_TITLE, locale__language_code=settings.LANGUAGE_CODE
    ).first()
    if film is None:
        root = Collection.get_first_root_node()
        with (SEED_FILES / "film.webm").open("rb") as video_file:
            video = CountryDocument.objects.create(
                title=text.FILM_TITLE,
                file=File(video_file, name="protect-film.webm"),
                collection=root,
                kind=CountryDocument.Kind.VIDEO,
                language=settings.LANGUAGE_CODE,
            )
        with (SEED_FILES / "poster.jpg").open("rb") as poster_file:
            poster = get_image_model().objects.create(
                title=f"{text.FILM_TITLE} (poster)", file=File(poster_file, name="protect-film.jpg"), collection=root
            )
        film = Film.objects.create(
            title=text.FILM_TITLE,
            description=text.FILM_DESCRIPTION,
            video=video,
            poster=poster,
            transcript="\n".join(text.SUBTITLES[settings.LANGUAGE_CODE]),
        )
    existing = set(film.subtitle_tracks.values_list("language", flat=True))
    for order, language in enumerate(text.SUBTITLES):
        if language in existing:
            continue
        SubtitleTrack.objects.create(
            film=film,
            sort_order=order,
            language=language,
            label=cldr.native_language_name(language),
            vtt_file=ContentFile(webvtt(language), name=f"protect-film-{language}.vtt"),
        )
    for locale in Locale.objects.exclude(language_code=settings.LANGUAGE_CODE):
        code = locale.language_code
        if code in text.FILM_DESCRIPTIONS:
            strings = {text.FILM_TITLE: text.FILM_TITLES[code], text.FILM_DESCRIPTION: text.FILM_DESCRIPTIONS[code]}
            translate_page(film, locale, strings)
    return film


@transaction.atomic
def seed_leaflets():
    """A sample leaflet per country in each of its page languages, in the
    country's collection; returns how many were created."""
    created = 0
    for country in Country.objects.exclude(collection=None).select_related("collection"):
        have = set(
            CountryDocument.objects.filter(
                collection=country.collection, kind=CountryDocument.Kind.LEAFLET
            ).values_list("language", flat=True)
        )
        for language in page_languages(country):
            if language in have or language not in text.LEAFLET_TITLES:
                continue
            title = f"{text.LEAFLET_TITLES[language]}: {cldr.country_name(country.code, language)}"
            with (SEED_FILES / "leaflets" / f"leaflet-{language}.pdf").open("rb") as pdf:
                CountryDocument.objects.create(
                    title=title,
                    file=File(pdf, name=f"leaflet-{country.code.lower()}-{language}.pdf"),
                    collection=country.collection,
                    kind=CountryDocument.Kind.LEAFLET,
                    language=language,
                )
            created += 1
    return created


def seed_country_media():
    """The film and the leaflets (after seed_country_offices made the collections)."""
    seed_film()
    return seed_leaflets()
