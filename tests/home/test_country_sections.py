# ruff: noqa: E501 - the old template loop, kept line for line to compare with
"""The country page's rows built in Python (home/country_sections.py) draw
what the templates drew, and the film is read in one query."""

import io
import re

import pytest
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.template import Context, Template
from django.test import RequestFactory
from django.utils import translation
from PIL import Image as PillowImage
from wagtail.images import get_image_model

from consult.models import CountryDocument, Film, SubtitleTrack, SupportService
from home.country_sections import film_html, services_html
from home.models import CountryPage, CountryPageContent, FilmTranscript, film_with_tracks

pytestmark = pytest.mark.django_db

VTT = b"WEBVTT\n\n00:00.000 --> 00:04.000\nYou are not <alone> & safe.\n"

# The page's loop over its services as it was a template (before
# home/country_sections.py), kept here to compare the rows with.
SERVICES_LOOP = """{% load i18n names notices %}{% get_current_language as LANGUAGE_CODE %}
{% trans "Open 24/7" as t_open %}{% trans "Free" as t_free %}{% trans "Confidential" as t_confidential %}{% trans "Open to people without residence papers" as t_papers %}{% trans "Phone" as t_phone %}{% trans "Website" as t_website %}{% trans "Address" as t_address %}{% trans "Languages" as t_languages %}
      {% for service in services %}
        <li class="service" data-kind="{{ service.kind }}">
          {% with text_language=service.locale.language_code %}
          <h3{% if text_language != LANGUAGE_CODE %} lang="{{ text_language }}" dir="{{ text_language|text_direction }}"{% endif %}>{{ service.name }}</h3>
          <p class="service__kind">{{ service.kind_label }}{% if service.city %} · <bdi>{{ service.city }}</bdi>{% endif %}</p>
          {% if service.is_sample %}{% include "includes/sample_notice.html" %}{% endif %}
          {% if service.description %}<p{% if text_language != LANGUAGE_CODE %} lang="{{ text_language }}" dir="{{ text_language|text_direction }}"{% endif %}>{{ service.description }}</p>{% endif %}
          <ul class="service__facts">
            {% if service.open_24_7 %}<li>{{ t_open }}</li>{% endif %}
            {% if service.is_free %}<li>{{ t_free }}</li>{% endif %}
            {% if service.is_confidential %}<li>{{ t_confidential }}</li>{% endif %}
            {% if service.open_without_papers %}<li>{{ t_papers }}</li>{% endif %}
          </ul>
          <dl class="service__contact">
            {% if service.phone %}<dt>{{ t_phone }}</dt><dd><a href="tel:{{ service.phone|cut:' ' }}">{{ service.phone }}</a></dd>{% endif %}
            {% if service.website %}<dt>{{ t_website }}</dt><dd><a href="{{ service.website }}" rel="noopener noreferrer">{{ service.website }}</a></dd>{% endif %}
            {% if service.address %}<dt>{{ t_address }}</dt><dd><bdi{% lang_attrs address_language %}>{{ service.address }}</bdi></dd>{% endif %}
            {% if service.languages %}<dt>{{ t_languages }}</dt><dd>{{ service.languages|language_names }}</dd>{% endif %}
          </dl>
          {% report_this service service.name %}
          {% endwith %}
        </li>
      {% endfor %}"""


# The shared film template the home and country pages included (before
# home/country_sections.py's film_html), kept here to compare the player with;
# since then with the film's and the subtitles' downloads.
FILM_TEMPLATE = """{% load i18n names wagtailimages_tags %}{% get_current_language as LANGUAGE_CODE %}{% with text=film_text|default:film %}{% if text.description %}<p{% if text.language != LANGUAGE_CODE %} lang="{{ text.language }}" dir="{{ text.direction }}"{% endif %}>{{ text.description }}</p>{% endif %}{% endwith %}
{% if film.video %}
{% if film.poster %}{% image film.poster width-640 as poster %}{% endif %}
<video class="film" controls preload="metadata" playsinline{% if poster %} poster="{{ poster.url }}"{% endif %} aria-describedby="film-transcript">
  <source src="{{ film.video.url }}"{% if film.video.file_extension == "webm" %} type="video/webm"{% elif film.video.file_extension == "mp4" %} type="video/mp4"{% endif %}>
  {% for track in subtitle_tracks %}
    <track kind="subtitles" src="{% url 'consult:subtitle_track' track.pk %}" srclang="{{ track.language }}" label="{{ track.label|default:track.language|language_name }}"{% if track.language == LANGUAGE_CODE %} default{% endif %}>
  {% endfor %}
  <a href="{{ film.video.url }}" download="{{ film.video.filename }}"{% if film.video.file_extension == "webm" %} type="video/webm"{% elif film.video.file_extension == "mp4" %} type="video/mp4"{% endif %}>{% trans "Download the film" %}</a>
</video>
<p class="film-download"><a href="{{ film.video.url }}" download="{{ film.video.filename }}"{% if film.video.file_extension == "webm" %} type="video/webm"{% elif film.video.file_extension == "mp4" %} type="video/mp4"{% endif %}>{% trans "Download the film" %}</a>{% if film.video.file_extension or film.video.file_size %} <span class="download-meta">({% if film.video.file_size %}{% separated film.video.file_extension|upper film.video.file_size|filesizeformat %}{% else %}{{ film.video.file_extension|upper }}{% endif %})</span>{% endif %}</p>
{% else %}
<p class="film-missing">{% trans "The film will be available here soon." %}</p>
{% endif %}
{% if subtitle_tracks %}
<details><summary>{% blocktrans count counter=subtitle_tracks|length %}Subtitles in {{ counter }} language{% plural %}Subtitles in {{ counter }} languages{% endblocktrans %}</summary>
  <ul class="subtitle-list">{% for track in subtitle_tracks %}<li><a href="{% url 'consult:subtitle_download' track.pk %}" download="{{ film.title|slugify|default:'film' }}-{{ track.language }}.vtt" hreflang="{{ track.language }}" type="text/vtt">{{ track.language|language_name }}</a> <span class="download-meta">(WebVTT)</span></li>{% endfor %}</ul>
</details>
{% endif %}
{% if transcript %}<details id="film-transcript"><summary>{% trans "Transcript" %}</summary><div class="transcript" lang="{{ transcript.language }}" dir="{{ transcript.direction }}">{{ transcript.text|linebreaks }}</div></details>{% endif %}"""


# The page's list of services as its template drew it (before
# home/includes/country_services.html was rendered once per language), kept
# here to compare with.
SERVICES_SECTION = """{% load i18n %}<form class="service-filters" method="get" action="#help" role="search" aria-label="{% trans 'Filter services' %}">
      <div class="field">
        <label for="filter-kind">{% trans "Kind of help" %}</label>
        <select id="filter-kind" name="kind">
          <option value="">{% trans "All" %}</option>
          {% for value, label in content.service_filters.kinds %}<option value="{{ value }}"{% if value == content.service_filters.kind %} selected{% endif %}>{{ label }}</option>{% endfor %}
        </select>
      </div>
      <div class="field">
        <label for="filter-city">{% trans "City" %}</label>
        <select id="filter-city" name="city">
          <option value="">{% trans "All" %}</option>
          {% for city in content.service_filters.cities %}<option{% if city == content.service_filters.city %} selected{% endif %}>{{ city }}</option>{% endfor %}
        </select>
      </div>
      <div class="field">
        <label for="filter-language">{% trans "Language spoken" %}</label>
        <select id="filter-language" name="language">
          <option value="">{% trans "All" %}</option>
          {% for code, name in content.service_filters.languages %}<option value="{{ code }}"{% if code == content.service_filters.language %} selected{% endif %}>{{ name }}</option>{% endfor %}
        </select>
      </div>
      <button type="submit">{% trans "Show services" %}</button>
      {% if content.service_filters.active %}<a class="filters-reset" href="{{ request.path }}#help">{% trans "Show all" %}</a>{% endif %}
    </form>
    <p class="result-count" role="status">{% blocktrans count counter=content.services|length %}{{ counter }} service{% plural %}{{ counter }} services{% endblocktrans %}</p>
    <ul class="services">{# the rows are built in Python: home/country_sections.py #}
      {% if content.services %}{{ content.services_html }}{% else %}<li>{% trans "No service matches these filters." %}</li>{% endif %}
    </ul>"""


def same_html(a, b):
    """Equal but for whitespace (runs of it count as one space)."""
    return re.sub(r"\s+", " ", str(a)).strip() == re.sub(r"\s+", " ", str(b)).strip()


def page_content(path, language):
    page = CountryPage.objects.select_related("country").get(country__code="NL", locale__language_code=language)
    request = RequestFactory().get(path)
    return page, CountryPageContent(page, request), request


@pytest.mark.parametrize("language", ["en", "nl", "ar"])
def test_the_services_rows_are_the_ones_the_template_loop_drew(language):
    with translation.override(language):
        page, content, request = page_content(f"/{language}/countries/nl/", language)
        services = content.services  # plain rows; the template loop drew model instances
        instances = SupportService.objects.select_related("locale").in_bulk([service.pk for service in services])
        objects = [instances[service.pk] for service in services]
        # what the seed leaves out: markup in a name, an address, a website, a city
        for rows in (services, objects):
            rows[0].name = 'Help <"quoted"> & co'
            rows[0].address = "Damrak 1, Amsterdam"
            rows[0].website = "https://example.org/?a=1&b=2"
            rows[1].city = "'s-Hertogenbosch"
            rows[1].is_sample = True
        for service, instance in zip(services, objects, strict=True):
            instance.kind_label = service.kind_label
        assert any(not s.is_sample for s in services)
        assert any(s.languages for s in services)
        expected = Template(SERVICES_LOOP).render(
            Context({"services": objects, "request": request, "address_language": page.country.first_language})
        )
        built = services_html(
            services, request=request, reader_language=language, address_language=page.country.first_language
        )
    assert "&lt;&quot;quoted&quot;&gt; &amp; co" in built
    assert same_html(built, expected)


@pytest.fixture
def film(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    video = CountryDocument.objects.create(
        title="PROTECT film", file=ContentFile(b"\x00\x00\x00\x18ftypmp42", name="protect.mp4"), kind="video"
    )
    data = io.BytesIO()
    PillowImage.new("RGB", (1280, 720), (90, 140, 200)).save(data, "JPEG")
    poster = get_image_model().objects.create(title="Poster", file=ImageFile(data, name="poster.jpg"))
    film = Film.objects.create(
        title="You are not alone", description="A film <about> help.", video=video, poster=poster, transcript="Hi."
    )
    for language, label in [("en", ""), ("nl", "Nederlands"), ("ar", "العربية"), ("ti", "")]:
        SubtitleTrack.objects.create(
            film=film, language=language, label=label, vtt_file=ContentFile(VTT, name=f"protect-{language}.vtt")
        )
    SubtitleTrack.objects.filter(language="ar").update(text="أنت لست وحدك")
    SubtitleTrack.objects.filter(language="nl").update(text="Je bent niet <alleen>.\n\nEcht niet.")
    CountryPage.objects.filter(country__code="NL").update(film=film)
    poster.get_rendition("width-640")  # as after the first visit
    return film


def shared_template(film, tracks, language, film_text=None):
    transcript = FilmTranscript.for_reader(film, tracks, language)
    expected = Template(FILM_TEMPLATE).render(
        Context({"film": film, "film_text": film_text, "subtitle_tracks": tracks, "transcript": transcript})
    )
    built = film_html(film, film_text=film_text, tracks=tracks, transcript=transcript, reader_language=language)
    return expected, built


@pytest.mark.parametrize("language", ["en", "nl", "ar", "ti"])
def test_the_film_is_drawn_as_the_shared_film_template_draws_it(film, language):
    page = CountryPage.objects.get(country__code="NL", locale__language_code="en")
    with translation.override(language):
        found, tracks = film_with_tracks(page)
        assert found == film
        assert len(tracks) == 4
        expected, built = shared_template(found, tracks, language)
        assert "<track" in built
        assert "poster=" in built
        assert "transcript" in built
        assert same_html(built, expected)
        # a film without a video, poster or tracks, with a translated title and description
        film.video = film.poster = None
        film_text = Film(title="Je bent niet alleen", description="Een film", language="nl")
        expected, built = shared_template(film, [], language, film_text=film_text)
        assert "film-missing" in built
        assert same_html(built, expected)


def test_the_film_its_tracks_and_the_posters_rendition_are_read_in_one_query(film, django_assert_num_queries):
    page = CountryPage.objects.get(country__code="NL", locale__language_code="en")
    cache.clear()  # the renditions' cache too: right after a deploy
    with django_assert_num_queries(1):
        found, tracks = film_with_tracks(page)
        assert [track.language for track in tracks] == ["ar", "en", "nl", "ti"]
        assert found.poster.get_rendition("width-640").width == 640
        assert found.video.url


def test_a_page_without_its_own_film_shows_the_one_film_for_country_picks(film):
    shared = Film.objects.create(title="Shared", video=film.video)
    page = CountryPage.objects.get(country__code="BE", locale__language_code="en")
    assert film_with_tracks(page) == (shared, [])  # the shared one, which has no tracks
    film.country = page.country
    film.save()
    found, tracks = film_with_tracks(page)
    assert found == film == Film.objects.for_country(page.country_id)
    assert len(tracks) == 4
    shared.delete()
    film.delete()
    assert film_with_tracks(page) == (None, [])
    assert Film.objects.for_country(page.country_id) is None


def test_a_country_page_with_a_film_and_subtitles_needs_no_more_queries(client, film, django_assert_max_num_queries):
    client.get("/en/countries/nl/")  # a running server: content types known
    cache.clear()  # right after a publish
    # as test_country_pages' count, the film, its tracks and its poster in one
    with django_assert_max_num_queries(10):
        response = client.get("/en/countries/nl/")
    html = response.content.decode()
    assert html.count('<track kind="subtitles"') == 4
    assert 'poster="' in html


def test_the_empty_request_form_is_in_each_readers_language(client):
    english = client.get("/en/countries/nl/").content.decode()
    cache.clear()
    dutch = client.get("/nl/countries/nl/").content.decode()
    with translation.override("nl"):
        from consult.forms import AmbassadorRequestForm

        label = str(AmbassadorRequestForm().fields["contact_details"].label)
    with translation.override("en"):
        english_label = str(AmbassadorRequestForm().fields["contact_details"].label)
    assert label != english_label
    assert f">{label}" in dutch
    assert f">{label}" not in english
    assert f">{english_label}" in english


def test_the_service_list_says_so_when_no_service_matches(client):
    html = client.get("/en/countries/nl/", {"kind": "nothing-of-that-kind"}).content.decode()
    assert "No service matches these filters." in html
    assert SupportService.objects.filter(country__code="NL").exists()


RESOURCES_LOOP = """{% load names %}{% for document in documents %}
        <li><a href="{{ document.url }}" hreflang="{{ code }}" lang="{{ code }}" dir="{{ code|text_direction }}">{{ document.title }}</a> <span class="resource__meta">({% separated document.get_kind_display document.file_extension|upper %})</span></li>
      {% endfor %}"""


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_resources_rows_are_the_ones_the_template_loop_drew(language, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    collection = CountryPage.objects.filter(country__code="NL").first().country.collection
    for title, kind, document_language in [
        ("Leaflet", "leaflet", "en"),
        ("Mapping report", "mapping_report", "en"),
        ("Flyer", "flyer", "ar"),
        ("Notes", "other", "ti"),
    ]:
        CountryDocument.objects.create(
            title=title,
            file=ContentFile(b"%PDF-1.4", name=f"{kind}.pdf"),
            collection=collection,
            kind=kind,
            language=document_language,
        )
    with translation.override(language):
        _page, content, _request = page_content(f"/{language}/countries/nl/", language)
        groups = content.resources_by_language
        assert len(groups) == 3
        groups[0][2][0].title = 'Leaflet <"one"> & two'
        for (code, _name, documents), (_code, _name2, rows) in zip(groups, content.resource_groups, strict=True):
            expected = Template(RESOURCES_LOOP).render(Context({"documents": documents, "code": code}))
            assert same_html(rows, expected)
    assert "&lt;&quot;one&quot;&gt; &amp; two" in content.resource_groups[0][2]


@pytest.mark.parametrize("language", ["en", "nl", "ar"])
def test_the_home_pages_film_is_drawn_as_the_shared_film_template_drew_it(client, film, language):
    from home.models import HomePage

    HomePage.objects.filter(locale__language_code=language).update(film=film)
    cache.clear()
    response = client.get(f"/{language}/")
    html = response.content.decode()
    assert html.count('<track kind="subtitles"') == 4
    context = response.context
    with translation.override(language):
        expected = Template(FILM_TEMPLATE).render(
            Context(
                {
                    "film": context["film"],
                    "film_text": context["film_text"],
                    "subtitle_tracks": context["subtitle_tracks"],
                    "transcript": context["film_transcript"],
                }
            )
        )
    section = html.split('<section id="film"')[1].split("</section>")[0]
    assert same_html(section.split("</strong></p>", 1)[1], expected)


def test_a_cold_page_reads_the_rows_afresh_although_its_sql_is_compiled_once(client, film):
    # the compiled SQL (consult/compiled.py) is kept by the process, the rows never:
    # rows changed without any signal (a plain update) show once the cache is empty
    url = "/en/countries/nl/"
    client.get(url)
    cache.clear()
    client.get(url)  # every query of the page now runs from SQL compiled earlier
    SupportService.objects.filter(country__code="NL", name="Emergency number 112").update(name="Noodnummer 112 <b>")
    SubtitleTrack.objects.filter(film=film, language="ti").delete()
    Film.objects.filter(pk=film.pk).update(description="A changed description.")
    CountryPage.objects.filter(country__code="NL", locale__language_code="en").update(office_name="A new office")
    cache.clear()
    html = client.get(url).content.decode()
    assert "Noodnummer 112 &lt;b&gt;" in html
    assert "Emergency number 112" not in html
    assert html.count('<track kind="subtitles"') == 3
    assert "A changed description." in html
    assert "A new office" in html


def test_a_query_whose_values_do_not_reach_its_sql_as_parameters_runs_as_usual():
    from consult import compiled

    def names_starting(prefix):
        return SupportService.objects.filter(name__startswith=prefix).values_list("name")

    for prefix in ("Emergency", "Legal"):
        found = compiled.rows("test:startswith", names_starting, [prefix])
        assert found == list(names_starting(prefix))
        assert found
        assert all(name.startswith(prefix) for (name,) in found)
    assert compiled.rows("test:startswith", names_starting, ["no such name"]) == []


def test_compiled_queries_give_each_request_its_own_values():
    from consult import compiled

    def services_of(country_id, kind):
        return SupportService.objects.filter(country_id=country_id, kind=kind).order_by("pk")

    from consult.models import Country

    for country in Country.objects.all():
        for kind in ("helpline", "police"):
            assert compiled.rows("test:services", services_of, [country.pk, kind]) == list(
                services_of(country.pk, kind)
            )


@pytest.mark.parametrize("language", ["en", "nl", "ar"])
@pytest.mark.parametrize(
    "query",
    [{}, {"kind": "helpline"}, {"city": "Amsterdam", "language": "ar"}, {"kind": "nothing-of-that-kind"}],
)
def test_the_services_section_is_the_one_the_template_drew(language, query):
    """The filter form, the count and the rows, rendered once per language
    with the options, the address and the rows put in."""
    with translation.override(language):
        page = CountryPage.objects.select_related("country").get(country__code="NL", locale__language_code=language)
        request = RequestFactory().get(f"/{language}/countries/nl/<b>'x'</b>", query)
        for city in ('<"Den Haag"> & \'s-Hertogenbosch', "Utrecht"):  # the second from the kept skeleton
            content = CountryPageContent(page, request)
            # what the seed leaves out: markup in a city
            content.all_services[0].city = city
            filters = content.service_filters
            assert filters.kinds
            assert filters.languages
            assert city in filters.cities
            expected = Template(SERVICES_SECTION).render(Context({"content": content, "request": request}))
            built = content.help_html
            assert built == expected
            assert ("filters-reset" in built) == bool(query)
            assert "&lt;b&gt;&#x27;x&#x27;&lt;/b&gt;#help" in built or not query
            if city != "Utrecht":
                assert "&lt;&quot;Den Haag&quot;&gt; &amp; &#x27;s-Hertogenbosch</option>" in built
