"""Office staff make their film in the Wagtail admin: a film with subtitle
tracks, a broken WebVTT refused with its line number, never a 500."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from consult.models import Country, Film

from .test_country_office_permissions import _member_of

pytestmark = pytest.mark.django_db

VTT = b"WEBVTT\n\n00:00.500 --> 00:04.000\nJe bent niet alleen.\n"


@pytest.fixture
def nl():
    return Country.objects.get(code="NL")


@pytest.fixture
def nl_staff(client, nl):
    user = _member_of(nl.staff_group)
    client.force_login(user)
    return user


def film_form(country, tracks):
    data = {
        "country": str(country.pk),
        "title": "Het verhaal van Amal",
        "description": "",
        "language": "nl",
        "transcript": "",
        "subtitle_tracks-TOTAL_FORMS": str(len(tracks)),
        "subtitle_tracks-INITIAL_FORMS": "0",
        "subtitle_tracks-MIN_NUM_FORMS": "0",
        "subtitle_tracks-MAX_NUM_FORMS": "1000",
    }
    for index, (language, content) in enumerate(tracks):
        data |= {
            f"subtitle_tracks-{index}-language": language,
            f"subtitle_tracks-{index}-label": "",
            f"subtitle_tracks-{index}-vtt_file": SimpleUploadedFile(f"{language}.vtt", content, "text/vtt"),
            f"subtitle_tracks-{index}-ORDER": str(index + 1),
            f"subtitle_tracks-{index}-DELETE": "",
            f"subtitle_tracks-{index}-id": "",
        }
    return data


def form_errors(response):
    form = response.context["form"]
    tracks = form.formsets["subtitle_tracks"]
    return form.errors, tracks.errors, tracks.non_form_errors()


def test_the_snippets_menu_offers_office_staff_films(client, nl_staff):
    response = client.get("/admin/snippets/")
    assert response.status_code == 200
    assert "/admin/snippets/consult/film/" in response.content.decode()


def test_office_staff_create_a_film_with_subtitle_tracks_in_the_admin(client, nl_staff, nl):
    response = client.post("/admin/snippets/consult/film/add/", film_form(nl, [("nl", VTT), ("ti", VTT)]))
    assert response.status_code == 302, form_errors(response)
    film = Film.objects.get(title="Het verhaal van Amal")
    assert film.country == nl
    assert sorted(film.subtitle_tracks.values_list("language", flat=True)) == ["nl", "ti"]
    assert film.subtitle_tracks.get(language="nl").text == "Je bent niet alleen."


def test_a_broken_subtitle_file_is_refused_in_the_admin_with_its_line_number(client, nl_staff, nl):
    broken = b"WEBVTT\n\n00:00:01,000 --> 00:00:04,000\nJe bent niet alleen.\n"
    response = client.post("/admin/snippets/consult/film/add/", film_form(nl, [("nl", broken)]))
    assert response.status_code == 200
    assert "Line 3:" in str(form_errors(response))
    assert "Line 3:" in response.content.decode()
    assert not Film.objects.filter(title="Het verhaal van Amal").exists()


def test_office_staff_cannot_file_a_film_as_shared_or_under_another_country(client, nl_staff):
    shared = film_form(Country.objects.get(code="NL"), []) | {"country": ""}
    assert client.post("/admin/snippets/consult/film/add/", shared).status_code == 200
    other = film_form(Country.objects.get(code="BE"), [])
    assert client.post("/admin/snippets/consult/film/add/", other).status_code == 200
    assert not Film.objects.filter(title="Het verhaal van Amal").exists()


def test_office_staff_see_only_their_countrys_films(client, nl_staff, nl):
    Film.objects.create(title="Belgian film", country=Country.objects.get(code="BE"))
    Film.objects.create(title="Dutch film", country=nl)
    html = client.get("/admin/snippets/consult/film/").content.decode()
    assert "Dutch film" in html
    assert "Belgian film" not in html
