"""The Wagtail pages that compose the public site."""

import json

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import JSONObject
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.functional import SimpleLazyObject, cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.images.models import Filter
from wagtail.models import Locale, Page
from wagtail.search import index

from consult import ambassador_requests, cldr, compiled, ratelimit
from consult.admin_forms import CountryScopedPageForm
from consult.country_data_cache import data_version
from consult.forms import AmbassadorRequestForm
from consult.models import Ambassador, Country, CountryDocument, Film, SubtitleTrack, SupportService
from recommendations.models import ConsultationRound, CountryVariant

from .blocks import LegalInstrumentBlock
from .country_sections import (
    consultation_rows_html,
    film_html,
    resource_rows_html,
    services_html,
    services_section_html,
)
from .page_cache import pages_version
from .routing import UnrestrictedPageMixin


class TranslationStatusMixin:
    """Editors see in every admin listing when a translation is behind its source."""

    def translation_source(self):
        if self.locale.language_code == settings.LANGUAGE_CODE:
            return None
        return (
            Page.objects.filter(translation_key=self.translation_key, locale__language_code=settings.LANGUAGE_CODE)
            .only("last_published_at", "latest_revision_created_at")
            .first()
        )

    def is_translation_out_of_date(self):
        source = self.translation_source()
        if source is None or source.last_published_at is None:
            return False
        return self.last_published_at is None or source.last_published_at > self.last_published_at

    def get_admin_display_title(self):
        title = super().get_admin_display_title()
        if self.is_translation_out_of_date():
            return f"{title} ({_('translation out of date')})"
        return title


class FallbackRoutingMixin:
    """A page missing in the visitor's language is served from the default
    language with a notice, instead of a 404."""

    # home/routing.py's one-query route may stand in for route(): this route
    # differs from Page.route only when a page is missing
    routes_as_page = True

    def route(self, request, path_components):
        try:
            return super().route(request, path_components)
        except Http404:
            if not path_components or self.locale.language_code == settings.LANGUAGE_CODE:
                raise
            source = self.get_translation_or_none(Locale.get_default())
            if source is None:
                raise
            request.translation_fallback = True
            return source.route(request, path_components)


class HomePage(UnrestrictedPageMixin, FallbackRoutingMixin, TranslationStatusMixin, Page):
    """The site's front page, one per locale: the programme and its countries."""

    introduction = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link", "ol", "ul"])
    join_text = RichTextField(_("for professionals"), blank=True, features=["bold", "italic", "link"])
    film = models.ForeignKey(Film, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")

    content_panels = [*Page.content_panels, FieldPanel("introduction"), FieldPanel("join_text"), FieldPanel("film")]
    search_fields = [*Page.search_fields, index.SearchField("introduction")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["home.CountryIndexPage", "home.StandardPage", "home.SearchPage"]
    route_select_related = ("locale",)  # home/routing.py

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        locale_id = self.locale_id
        context["country_pages"] = SimpleLazyObject(lambda: country_pages_for(locale_id))
        context["pages_version"] = pages_version()
        context["data_version"] = data_version()
        # a film's own video is not listed again: the film section above offers it
        # beside its player, with its format and size (country_sections.film_html)
        context["resources"] = (
            CountryDocument.objects.filter(collection__country__isnull=True, language=self.locale.language_code)
            .exclude(pk__in=Film.objects.filter(video__isnull=False).values("video_id"))
            .order_by("kind", "title")[:10]
        )
        context["open_consultations"] = SimpleLazyObject(
            lambda: consultation_rows_html(
                [
                    (found.version_id, found.version.number, found.version.document.title, found.closes_at)
                    for found in ConsultationRound.objects.open_now().listed_publicly()[:10]
                ]
            )
        )
        context["film"] = self.film
        context["film_text"] = self.film.texts_for(self.locale_id) if self.film else None
        context["subtitle_tracks"] = subtitle_tracks_of(self.film)
        context["film_transcript"] = FilmTranscript.for_reader(
            self.film, context["subtitle_tracks"], translation.get_language()
        )
        if self.film:
            context["film_html"] = film_html(
                self.film,
                film_text=context["film_text"],
                tracks=context["subtitle_tracks"],
                transcript=context["film_transcript"],
                reader_language=translation.get_language(),
            )
        return context


def country_pages_for(locale_id):
    """The live country pages in the locale, falling back per country to the
    default language. A list ordered by the name a reader sees
    (``country_label``), in one query."""
    pages = (
        CountryPage.objects.live()
        .public()
        .filter(models.Q(locale_id=locale_id) | models.Q(locale__language_code=settings.LANGUAGE_CODE))
        .select_related("country")
        .order_by("country__name")
    )
    chosen = {}
    for page in pages:
        if page.country_id not in chosen or page.locale_id == locale_id:
            chosen[page.country_id] = page
    return sorted(chosen.values(), key=lambda page: country_label(page, locale_id).casefold())


def country_label(page, locale_id):
    """A country page's name in a list: its own title when it is in the
    reader's locale, else the country's CLDR name in the active language."""
    return page.title if page.locale_id == locale_id else cldr.country_name(page.country.code)


class CountryIndexPage(UnrestrictedPageMixin, FallbackRoutingMixin, TranslationStatusMixin, Page):
    """The list of the 12 country pages."""

    introduction = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.CountryPage"]
    max_count_per_parent = 1

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["country_pages"] = country_pages_for(self.locale_id)
        return context


class CountryPage(UnrestrictedPageMixin, TranslationStatusMixin, Page):
    """One country's page: where to get help, the law, ambassadors, resources."""

    country = models.ForeignKey(Country, on_delete=models.PROTECT, related_name="pages")
    introduction = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link", "ol", "ul"])
    legal_framework = StreamField(
        [("instrument", LegalInstrumentBlock())], blank=True, verbose_name=_("legal framework")
    )
    gaps_and_challenges = RichTextField(
        _("gaps and challenges"), blank=True, features=["bold", "italic", "link", "ol", "ul"]
    )
    office_name = models.CharField(_("country office"), max_length=200, blank=True)
    office_email = models.EmailField(_("e-mail"), blank=True)
    office_phone = models.CharField(_("phone"), max_length=40, blank=True)
    office_address = models.CharField(_("address"), max_length=300, blank=True)
    office_is_sample = models.BooleanField(
        _("contact details are sample content to verify"),
        default=False,
        help_text=_("Shows a notice on the page until a staff member has checked the details."),
    )
    film = models.ForeignKey(Film, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")

    # The country is one of the editing office's own.
    base_form_class = CountryScopedPageForm

    content_panels = [
        *Page.content_panels,
        FieldPanel("country"),
        FieldPanel("introduction"),
        FieldPanel("legal_framework"),
        FieldPanel("gaps_and_challenges"),
        MultiFieldPanel(
            [
                FieldPanel("office_name"),
                FieldPanel("office_email"),
                FieldPanel("office_phone"),
                FieldPanel("office_address"),
                FieldPanel("office_is_sample"),
            ],
            heading=_("Country office contact"),
        ),
        FieldPanel("film"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("introduction"),
        index.SearchField("gaps_and_challenges"),
        index.SearchField("legal_framework"),
    ]
    parent_page_types = ["home.CountryIndexPage"]
    subpage_types = ["home.StandardPage"]
    route_select_related = ("country", "locale")  # home/routing.py (the film is read with its tracks)

    def clean(self):
        super().clean()
        clash = (
            CountryPage.objects.filter(country_id=self.country_id, locale_id=self.locale_id)
            .exclude(pk=self.pk)
            .exists()
        )
        if clash:
            raise ValidationError({"country": _("This country already has a page in this language.")})

    # --- the public page -------------------------------------------------

    def serve(self, request, *args, **kwargs):
        if request.method == "POST":
            return self.serve_ambassador_request(request, *args, **kwargs)
        return super().serve(request, *args, **kwargs)

    def serve_ambassador_request(self, request, *args, **kwargs):
        form = AmbassadorRequestForm(request.POST)
        if not form.is_valid():
            # A mistake stores and sends nothing, so it does not count: someone
            # correcting a field twice is not locked out for an hour.
            return self.render_with_form(request, form, status=400)
        try:
            ambassador_requests.check_rate_limit(ratelimit.client_address(request))
        except ambassador_requests.TooManyRequests:
            form.add_error(None, _("Too many requests from your connection. Please try again in an hour."))
            return self.render_with_form(request, form, status=429)
        ambassador_requests.submit_ambassador_request(
            country=self.country, cleaned_data=form.cleaned_data, language=self.locale.language_code
        )
        messages.success(request, _("Thank you. Your request was sent to the country office, which will contact you."))
        return redirect(self.get_url(request) + "#request-ambassador")

    def render_with_form(self, request, form, *, status):
        """The page again with the form's errors and everything the person typed."""
        context = self.get_context(request, request_form=form)
        return TemplateResponse(request, self.get_template(request), context, status=status)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["content"] = CountryPageContent(self, request)
        context["pages_version"] = pages_version()
        # None: the empty form, whose fields each process draws once per language
        # (country_sections.empty_request_fields_html); building one per page cost a deep copy of its fields
        context["request_form"] = kwargs.get("request_form")
        return context


class CountryPageContent:
    """The database-backed sections of a country page, read only when a
    section is rendered: a cached fragment (keyed by ``cache_key``) skips
    their queries altogether."""

    def __init__(self, page, request):
        self.page = page
        self.request = request

    @cached_property
    def text_language(self):
        """The language the page's own texts are written in: the page's
        language, or English where the page is shown as the English fallback
        (known without reading the page's locale row)."""
        if getattr(self.request, "translation_fallback", False):
            return settings.LANGUAGE_CODE
        return translation.get_language()

    @cached_property
    def sections_cache_key(self):
        """Changes with the page's publication, any country data and the language."""
        published = self.page.last_published_at.timestamp() if self.page.last_published_at else 0
        return f"{self.page.pk}:{published}:{data_version()}:{translation.get_language()}"

    @cached_property
    def cache_key(self):
        """The sections' key and the service filters: for the list of services."""
        filters = ServiceFilters.from_request(self.request, [])
        return f"{self.sections_cache_key}:{filters.kind}:{filters.city}:{filters.language}"

    @cached_property
    def all_services(self):
        """The country's services as plain rows (``ServiceRow``)."""
        return SupportService.objects.country_page_rows(self.page.country_id, self.page.locale_id)

    @cached_property
    def service_filters(self):
        return ServiceFilters.from_request(self.request, self.all_services)

    @cached_property
    def services(self):
        """The filtered services, each with its kind's label (``get_kind_display``
        rebuilds and hashes the choices on every call: 50 services cost ms)."""
        services = self.service_filters.apply(self.all_services)
        labels = {value: str(label) for value, label in SupportService.Kind.choices}  # translated once each
        for service in services:
            service.kind_label = labels.get(service.kind, service.kind)
        return services

    @cached_property
    def services_html(self):
        return services_html(
            self.services,
            request=self.request,
            reader_language=translation.get_language(),
            address_language=self.page.country.first_language,
        )

    @cached_property
    def help_html(self):
        """The filter form, the count and the rows of the services."""
        return services_section_html(self.service_filters, self.services, self.services_html, path=self.request.path)

    @cached_property
    def ambassadors(self):
        """The country's ambassadors in the page's locale, else in the default
        language: both read in one query (compiled once by the process,
        consult/compiled.py), chosen here."""
        page = self.page
        found = compiled.rows(
            "country-page:ambassadors",
            lambda country_id, locale_id, language: (
                Ambassador.objects.filter(country_id=country_id)
                .filter(models.Q(locale_id=locale_id) | models.Q(locale__language_code=language))
                .select_related("photo", "locale")
                .order_by("display_name")
            ),
            [page.country_id, page.locale_id, settings.LANGUAGE_CODE],
        )
        in_language = [ambassador for ambassador in found if ambassador.locale_id == page.locale_id]
        return in_language or [a for a in found if a.locale.language_code == settings.LANGUAGE_CODE]

    @cached_property
    def resources(self):
        return compiled.rows(
            "country-page:resources",
            lambda country_id: (
                CountryDocument.objects.filter(collection__country__id=country_id)
                .exclude(kind__in=[CountryDocument.Kind.VIDEO, CountryDocument.Kind.SUBTITLES])
                .order_by("kind", "title")
            ),
            [self.page.country_id],
        )

    @cached_property
    def resources_by_language(self):
        """[(language code, its name, documents)]: the reader's language first,
        then the others by name in the reader's language."""
        return documents_by_language(self.resources, translation.get_language())

    @property
    def resource_groups(self):
        """[(language code, its name, the documents' rows)]."""
        return [(code, name, resource_rows_html(code, docs)) for code, name, docs in self.resources_by_language]

    @cached_property
    def open_consultations(self):
        """``(version id, version number, document title, closes at)`` of the
        rounds open now for the country: plain values, not four objects each."""
        found = compiled.rows(
            "country-page:open-consultations",
            lambda country_id, now: (
                ConsultationRound.objects.open_now(now)
                .listed_publicly()
                .for_country(country_id)
                .values_list("version_id", "version__number", "version__document__title", "closes_at", "pk")[:10]
            ),
            [self.page.country_id, timezone.now()],
        )
        return [row[:4] for row in found]

    @property
    def open_consultations_html(self):
        return consultation_rows_html(self.open_consultations)

    @cached_property
    def recommendation_variants(self):
        """The country's published national versions of European master documents."""
        return compiled.rows(
            "country-page:variants",
            lambda country_id: (
                CountryVariant.objects.filter(country_id=country_id, published_at__isnull=False)
                .select_related("master")
                .order_by("master__title")
            ),
            [self.page.country_id],
        )

    @cached_property
    def _film_and_tracks(self):
        film, tracks = film_with_tracks(self.page)
        return film, tracks

    @cached_property
    def film(self):
        """The page's own film, else its office's, else the shared one."""
        return self._film_and_tracks[0]

    @cached_property
    def film_text(self):
        """The film's title and description in the page's language where the
        office has them translated, else the office's own (marked with its language)."""
        return self.film.texts_for(self.page.locale_id) if self.film else None

    @cached_property
    def subtitle_tracks(self):
        return self._film_and_tracks[1]

    @cached_property
    def film_transcript(self):
        return FilmTranscript.for_reader(self.film, self.subtitle_tracks, translation.get_language())

    @cached_property
    def film_html(self):
        """The film section's player, subtitles and transcript (once ``includes/film.html``)."""
        return film_html(
            self.film,
            film_text=self.film_text,
            tracks=self.subtitle_tracks,
            transcript=self.film_transcript,
            reader_language=translation.get_language(),
        )


class FilmTranscript:
    """The transcript a reader gets: the cues of the subtitle track in their
    language, else the film's own transcript (in the default language)."""

    def __init__(self, text, language):
        self.text, self.language = text, language
        self.direction = cldr.text_direction(language)

    @classmethod
    def for_reader(cls, film, tracks, language):
        if film is None:
            return None
        for track in tracks:
            if track.language == language and track.text:
                return cls(track.text, track.language)
        return cls(film.transcript, film.language) if film.transcript else None


# the player's poster (home/country_sections.py film_html)
POSTER_FILTER = "width-640"


def film_with_tracks(page):
    """``(film, its subtitle tracks)`` for a country page, in one query: the
    page's own film, else its office's newest, else the newest shared one
    (as ``Film.objects.for_country``), with its video, its poster and the
    poster's rendition for the player (country_sections.film_html), its tracks
    as one JSON array in the film's row (a row per track made the ORM build
    the film, its video and its poster once per track: 20 tracks, 60 objects)."""
    if page.film_id:
        found = compiled.rows("country-page:own-film", _film_query, [page.film_id])
    else:
        found = compiled.rows("country-page:office-film", _film_query, [page.country_id, settings.LANGUAGE_CODE])
    film = found[0] if found else None
    if film is None:
        return None, []
    rows = film.track_rows or []
    if isinstance(rows, str):
        rows = json.loads(rows)
    # in the order a row per track had: sort order (empty last, as PostgreSQL), then language
    rows.sort(key=lambda row: (row["sort_order"] is None, row["sort_order"] or 0, row["language"]))
    tracks = []
    for row in rows:
        track = SubtitleTrack(film=film, **row)
        track._state.adding, track._state.db = False, film._state.db
        tracks.append(track)
    _give_poster_its_rendition(film, film.poster_rendition, get_image_model().get_rendition_model())
    return film, tracks


def _film_query(film_or_country_id, language=None):
    """The queryset of film_with_tracks: the film ``film_or_country_id``
    (without ``language``), else the country's or the shared newest in ``language``."""
    if language is None:
        films = Film.objects.filter(pk=film_or_country_id)
    else:
        newest = (
            Film.objects.filter(models.Q(country_id=film_or_country_id) | models.Q(country__isnull=True))
            .filter(locale__language_code=language)
            .order_by(models.F("country_id").desc(nulls_last=True), "-pk")
            .values("pk")[:1]
        )
        films = Film.objects.filter(pk=models.Subquery(newest))
    renditions = get_image_model().get_rendition_model().objects
    rendition = renditions.filter(image_id=models.OuterRef("poster_id"), filter_spec=POSTER_FILTER)
    tracks = (
        SubtitleTrack.objects.filter(film_id=models.OuterRef("pk"))
        .order_by()
        .values("film_id")
        .annotate(rows=_JSONList(JSONObject(**{field: field for field in _TRACK_FIELDS})))
        .values("rows")
    )
    return (
        films.select_related("video", "poster")
        .annotate(
            track_rows=models.Subquery(tracks),
            poster_rendition=models.Subquery(
                rendition.values(json=JSONObject(**{field: field for field in _RENDITION_FIELDS}))[:1]
            ),
        )
        .order_by()
    )


class _JSONList(models.Aggregate):
    """The values of a group as one JSON array (PostgreSQL's ``JSON_AGG``,
    SQLite's ``JSON_GROUP_ARRAY``), in no particular order."""

    function = "JSON_AGG"
    # no converter: psycopg decodes PostgreSQL's json itself, SQLite answers text (see film_with_tracks)
    output_field = models.TextField()

    def as_sqlite(self, compiler, connection, **extra_context):
        return super().as_sql(compiler, connection, function="JSON_GROUP_ARRAY", **extra_context)


# what a country page reads of a subtitle track (not its file)
_TRACK_FIELDS = ("id", "sort_order", "language", "label", "text")
_RENDITION_FIELDS = ("id", "file", "width", "height", "focal_point_key")


def _give_poster_its_rendition(film, found, rendition_model):
    """The poster's rendition read with the film, where Wagtail looks for
    prefetched renditions; without one, Wagtail finds or makes it itself."""
    poster = film.poster
    if poster is None or found is None:
        return
    if isinstance(found, str):  # a database without a JSON type answers text
        found = json.loads(found)
    if found["focal_point_key"] != Filter(POSTER_FILTER).get_cache_key(poster):
        return
    rendition = rendition_model(image=poster, filter_spec=POSTER_FILTER, **found)
    rendition._state.adding, rendition._state.db = False, film._state.db
    poster.prefetched_renditions = [rendition]


def subtitle_tracks_of(film):
    return list(film.subtitle_tracks.order_by("sort_order", "language")) if film else []


def documents_by_language(documents, reader_language):
    """Group documents as [(code, name, documents)], the reader's language first."""
    groups = {}
    for document in documents:
        groups.setdefault(document.language, []).append(document)
    return sorted(
        ((code, cldr.language_name(code, reader_language), docs) for code, docs in groups.items()),
        key=lambda group: (group[0] != reader_language, group[1].casefold()),
    )


class ServiceFilters:
    """Filter a country's services by kind, city and language (from the query string)."""

    def __init__(self, kind, city, language, services):
        self.kind, self.city, self.language = kind, city, language
        present = {s.kind for s in services}
        self.kinds = [(value, label) for value, label in SupportService.Kind.choices if value in present]
        self.cities = sorted({s.city for s in services if s.city})
        codes = {code for s in services for code in s.languages}
        self.languages = sorted(((code, cldr.language_name(code)) for code in codes), key=lambda c: c[1].casefold())

    @classmethod
    def from_request(cls, request, services):
        return cls(
            request.GET.get("kind", "")[:40],
            request.GET.get("city", "")[:100],
            request.GET.get("language", "")[:10],
            services,
        )

    @property
    def active(self):
        return bool(self.kind or self.city or self.language)

    def apply(self, services):
        return [
            s
            for s in services
            if (not self.kind or s.kind == self.kind)
            and (not self.city or s.city == self.city)
            and (not self.language or self.language in s.languages)
        ]


class StandardPage(UnrestrictedPageMixin, TranslationStatusMixin, Page):
    """A plain page: about the programme, privacy notice, code of conduct."""

    body = RichTextField(_("body"), features=["h2", "h3", "bold", "italic", "link", "ol", "ul"])

    content_panels = [*Page.content_panels, FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("body")]
    subpage_types = ["home.StandardPage"]


class SearchPage(UnrestrictedPageMixin, Page):
    """Site search, per language: pages, support services and documents."""

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    def get_context(self, request, *args, **kwargs):
        from .search import search_site

        context = super().get_context(request, *args, **kwargs)
        query = request.GET.get("q", "").strip()[:200]
        context["query"] = query
        # The visitor's language, also when this page is the English fallback.
        context["results"] = search_site(query, Locale.get_active()) if query else None
        return context
