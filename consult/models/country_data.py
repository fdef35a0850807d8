"""What each country office publishes: support services, ambassadors,
documents, the film and its subtitles, and requests for an ambassador."""

import contextlib
import copy

from django.conf import settings
from django.contrib.admin import display as admin_display
from django.core.validators import FileExtensionValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.documents.models import AbstractDocument, Document
from wagtail.models import (
    DraftStateMixin,
    Locale,
    LockableMixin,
    Orderable,
    RevisionMixin,
    TranslatableMixin,
    Workflow,
    WorkflowMixin,
)
from wagtail.search import index
from wagtail.search.queryset import SearchableQuerySetMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from .. import compiled
from ..cldr import native_language_name, text_direction
from ..language_fields import LanguageCodesField
from ..subtitles import BrokenSubtitles, read_cues, transcript_text, validate_webvtt
from .countries import Country


def language_choices():
    return list(settings.LANGUAGES) + list(settings.EXTRA_AUDIENCE_LANGUAGES)


class SampleContentMixin(models.Model):
    """Seeded phone numbers, addresses and services are samples: the page says
    so until a staff member has checked them and cleared the flag."""

    is_sample = models.BooleanField(
        _("sample content to verify"),
        default=False,
        help_text=_("Shown with a notice on the page until a staff member has checked the details and clears it."),
    )

    class Meta:
        abstract = True


class SupportServiceQuerySet(SearchableQuerySetMixin, models.QuerySet):
    def live(self):
        """What the public may see: services published by the country lead
        (the row holds the last published values; a draft waiting for
        approval lives in the revisions)."""
        return self.filter(live=True)

    def for_country_page(self, country, locale):
        """The country's published services in the page's locale, falling back
        per service to the default-locale version. Returns a list ordered by
        kind, then name; one query."""

        def query(country_id, locale_id, default, source=self):
            return (
                source.live()
                .filter(country_id=country_id)
                .filter(models.Q(locale_id=locale_id) | models.Q(locale__language_code=default))
                .select_related("locale")
                .order_by("kind", "name")
            )

        values = [country.pk, locale.pk, settings.LANGUAGE_CODE]
        # its SQL compiled once by the process (consult/compiled.py); an already filtered queryset as it is
        rows = list(query(*values)) if self.query.where else compiled.rows("services:country-page", query, values)
        chosen = {}
        for service in rows:
            current = chosen.get(service.translation_key)
            if current is None or service.locale_id == locale.pk:
                chosen[service.translation_key] = service
        return sorted(chosen.values(), key=lambda s: (s.sort_order, s.kind, s.name))

    def country_page_rows(self, country_id, locale_id):
        """``for_country_page`` as plain values (``ServiceRow``): only the
        columns the country page shows, not 53 model instances with their
        locales (a tenth of a page rendered with every cache empty)."""
        rows = compiled.rows(
            "services:country-page-rows",
            lambda country_id, locale_id, default: (
                self.live()
                .filter(country_id=country_id)
                .filter(models.Q(locale_id=locale_id) | models.Q(locale__language_code=default))
                .order_by("kind", "name")
                .values_list(*ServiceRow.columns)
            ),
            [country_id, locale_id, settings.LANGUAGE_CODE],
        )
        chosen = {}
        for row in rows:
            service = ServiceRow(row)
            current = chosen.get(service.translation_key)
            if current is None or service.locale_id == locale_id:
                chosen[service.translation_key] = service
        return sorted(chosen.values(), key=lambda s: (s.sort_order, s.kind, s.name))

    def with_source_changed_at(self):
        """Each row annotated with ``source_changed_at``: when its version in
        the default language last changed (None on that version itself)."""
        source = (
            SupportService.objects.filter(
                translation_key=models.OuterRef("translation_key"), locale__language_code=settings.LANGUAGE_CODE
            )
            .exclude(pk=models.OuterRef("pk"))
            .values(changed=models.functions.Coalesce("texts_changed_at", "updated_at"))[:1]
        )
        return self.annotate(source_changed_at=models.Subquery(source))


class ServiceRow:
    """A published support service as the country page shows it
    (``SupportServiceQuerySet.country_page_rows``): plain values."""

    # the names, and the columns they are read from
    _COLUMNS = (
        *(("pk", "id"), ("translation_key", "translation_key"), ("locale_id", "locale_id")),
        *(("language", "locale__language_code"), ("kind", "kind"), ("name", "name"), ("city", "city")),
        *(("description", "description"), ("phone", "phone"), ("website", "website"), ("address", "address")),
        *(("languages", "languages"), ("is_free", "is_free"), ("is_confidential", "is_confidential")),
        *(("open_without_papers", "open_without_papers"), ("open_24_7", "open_24_7")),
        *(("sort_order", "sort_order"), ("is_sample", "is_sample")),
    )
    columns = tuple(column for _name, column in _COLUMNS)
    __slots__ = (*(name for name, _column in _COLUMNS), "kind_label")

    def __init__(self, row):
        for name, value in zip(self.__slots__, row, strict=False):
            setattr(self, name, value)
        self.kind_label = self.kind


# The fields of a support service that translators translate.
TRANSLATED_FIELDS = ("name", "description", "city")

# The fields of a support service that are not translated: every language
# version shows the source version's published values.
SYNCHRONISED_FIELDS = (
    "country",
    "kind",
    "phone",
    "website",
    "address",
    "languages",
    "is_free",
    "is_confidential",
    "open_without_papers",
    "open_24_7",
    "sort_order",
    "is_sample",
)


class SupportService(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    TranslatableMixin,
    SampleContentMixin,
    index.Indexed,
    models.Model,
):
    """A place where a victim can get help in one country.

    A wrong helpline number reaches victims at once, so a service goes
    public only through its country's publishing workflow, the one its
    pages go through: staff save and submit, the country lead approves
    (and so publishes). Until then the public sees the last published
    values (``live`` rows only; drafts live in the revisions).
    """

    class Kind(models.TextChoices):
        SEXUAL_ASSAULT_CENTRE = "sexual_assault_centre", _("Sexual assault centre")
        POLICE = "police", _("Police")
        SHELTER = "shelter", _("Shelter")
        HELPLINE = "helpline", _("Helpline")
        MEDICAL = "medical", _("Medical care")
        PSYCHOSOCIAL = "psychosocial", _("Psychosocial support")
        LEGAL_AID = "legal_aid", _("Legal aid")
        LGBTQI = "lgbtqi", _("LGBTQI+ support")

    country = models.ForeignKey(Country, on_delete=models.PROTECT, related_name="support_services")
    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=40, choices=Kind.choices)
    description = models.TextField(_("description"), blank=True, max_length=2000)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    website = models.URLField(_("website"), blank=True)
    address = models.CharField(_("address"), max_length=300, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    # Language codes, e.g. ["nl", "en", "ar"]; shown as names in the reader's language.
    languages = LanguageCodesField(_("languages spoken"), default=list, blank=True)
    is_free = models.BooleanField(_("free of charge"), default=False)
    is_confidential = models.BooleanField(_("confidential"), default=False)
    open_without_papers = models.BooleanField(_("open to people without residence papers"), default=False)
    open_24_7 = models.BooleanField(_("open 24/7"), default=False)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=100)
    # When this language version last changed: a translation older than its
    # source is out of date.
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)
    # When this version's translated texts (TRANSLATED_FIELDS) last changed:
    # a translation is out of date only when its source's texts changed after
    # it, not when the lead approved a new phone (every version takes that).
    texts_changed_at = models.DateTimeField(_("texts last changed"), null=True, editable=False)

    objects = SupportServiceQuerySet.as_manager()

    # What translators translate in wagtail-localize (a city has its own name
    # in many languages: Brussels, Bruxelles, بروكسل); the rest is the
    # office's: every language version takes it from the source version
    # when the lead publishes that (consult/service_versions.py), and no
    # translator may override it (a phone in one language only would pass
    # unchecked by the lead).
    translatable_fields = [
        *(TranslatableField(name) for name in TRANSLATED_FIELDS),
        *(SynchronizedField(name, overridable=False) for name in SYNCHRONISED_FIELDS),
    ]

    panels = [
        FieldPanel("country"),
        FieldPanel("name"),
        FieldPanel("kind"),
        FieldPanel("description"),
        MultiFieldPanel(
            [FieldPanel("phone"), FieldPanel("website"), FieldPanel("address"), FieldPanel("city")],
            heading=_("Contact"),
        ),
        FieldPanel("languages"),
        MultiFieldPanel(
            [
                FieldPanel("is_free"),
                FieldPanel("is_confidential"),
                FieldPanel("open_without_papers"),
                FieldPanel("open_24_7"),
            ],
            heading=_("Access"),
        ),
        FieldPanel("sort_order"),
        FieldPanel("is_sample"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("description"),
        index.SearchField("city"),
        index.AutocompleteField("name"),
        index.FilterField("country"),
        index.FilterField("locale"),
        index.FilterField("kind"),
        index.FilterField("live"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("support service")
        ordering = ["sort_order", "kind", "name"]

    def __str__(self):
        return f"{self.name} ({self.country.code})"

    def save(self, *args, **kwargs):
        update_fields = kwargs.get("update_fields")
        if (update_fields is None or set(update_fields) & set(TRANSLATED_FIELDS)) and self._texts_changed():
            self.texts_changed_at = timezone.now()
            if update_fields is not None:
                kwargs["update_fields"] = {*update_fields, "texts_changed_at"}
        super().save(*args, **kwargs)

    def _texts_changed(self):
        if self.pk is None:
            return True
        stored = SupportService.objects.filter(pk=self.pk).values(*TRANSLATED_FIELDS).first()
        return stored is None or any(stored[name] != getattr(self, name) for name in TRANSLATED_FIELDS)

    def get_workflow(self):
        """The country's page publishing workflow (seeded by
        home.demo.seed_country_offices: the lead approves what staff
        submit), so a service and its country page follow one rule."""
        if not self.country_id:
            return None
        return (
            Workflow.objects.filter(active=True, workflow_pages__page__countrypage__country_id=self.country_id)
            .order_by("pk")
            .first()
        )

    # --- Language versions ---------------------------------------------------

    def source_locale_id(self):
        """The locale of the version the others are translated from: the one
        wagtail-localize translates from (the default locale first, if it
        knows several), else the default locale."""
        from django.contrib.contenttypes.models import ContentType
        from wagtail_localize.models import TranslationSource

        locale_ids = list(
            TranslationSource.objects.filter(
                object_id=self.translation_key, specific_content_type=ContentType.objects.get_for_model(SupportService)
            )
            .order_by(models.Case(models.When(locale__language_code=settings.LANGUAGE_CODE, then=0), default=1), "pk")
            .values_list("locale_id", flat=True)[:1]
        )
        if locale_ids:
            return locale_ids[0]
        return Locale.objects.filter(language_code=settings.LANGUAGE_CODE).values_list("pk", flat=True).first()

    def is_source_version(self):
        return self.locale_id == self.source_locale_id()

    def source_version(self):
        """The version in the source locale (possibly this one), as stored:
        its last published values; None if it does not exist."""
        locale_id = self.source_locale_id()
        if locale_id == self.locale_id:
            return self
        return (
            SupportService.objects.filter(translation_key=self.translation_key, locale_id=locale_id)
            .select_related("locale")
            .first()
        )

    def other_versions(self):
        """The other language versions of this service."""
        return SupportService.objects.filter(translation_key=self.translation_key).exclude(pk=self.pk)

    def synchronised_values(self):
        """{field name: value} of the fields every language version shares."""
        return {name: copy.copy(getattr(self, self._meta.get_field(name).attname)) for name in SYNCHRONISED_FIELDS}

    def take_synchronised_values(self, values):
        """Sets ``values`` (from ``synchronised_values``) on this version;
        returns the names of the fields that changed."""
        changed = []
        for name, value in values.items():
            attname = self._meta.get_field(name).attname
            if getattr(self, attname) != value:
                setattr(self, attname, value)
                changed.append(name)
        return changed

    @property
    def has_been_published(self):
        """Whether the public has seen this version, now or before: then only
        the country lead or an administrator may delete it."""
        return bool(self.live or self.first_published_at or self.live_revision_id)

    def with_content_json(self, content):
        """A revision of a translation, whenever it is shown, compared or
        published, carries the source version's published phone, address...
        (a translation's draft or a wagtail-localize snapshot made before the
        lead's last approval would otherwise bring the old number back)."""
        version = super().with_content_json(content)
        if self.pk is not None:
            source = self.source_version()
            if source is not None and source.pk != self.pk:
                version.take_synchronised_values(source.synchronised_values())
        return version

    @admin_display(description=_("translation"))
    def translation_status(self):
        """For the admin listing (annotated by ``with_source_changed_at``):
        whether this translation is older than the office's own text."""
        source_changed_at = getattr(self, "source_changed_at", None)
        if source_changed_at is None:
            return ""
        if source_changed_at > self.updated_at:
            return _("out of date")
        return _("up to date")


class Ambassador(TranslatableMixin, SampleContentMixin, models.Model):
    """A migrant ambassador who gives information sessions in communities.

    Only a display name (a first name is enough); a photo only with consent.
    """

    country = models.ForeignKey(Country, on_delete=models.PROTECT, related_name="ambassadors")
    display_name = models.CharField(_("display name"), max_length=80, help_text=_("A first name is enough."))
    languages = LanguageCodesField(_("languages"), default=list, blank=True)
    region = models.CharField(_("region"), max_length=100, blank=True)
    introduction = models.TextField(_("introduction"), blank=True, max_length=600)
    photo = models.ForeignKey("wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    # When and by whom the ambassador's consent to show the photo was recorded.
    photo_consent_recorded_at = models.DateTimeField(_("photo consent recorded at"), null=True, blank=True)
    photo_consent_note = models.CharField(_("how consent was given"), max_length=200, blank=True)

    panels = [
        FieldPanel("country"),
        FieldPanel("display_name"),
        FieldPanel("languages"),
        FieldPanel("region"),
        FieldPanel("introduction"),
        MultiFieldPanel(
            [FieldPanel("photo"), FieldPanel("photo_consent_recorded_at"), FieldPanel("photo_consent_note")],
            heading=_("Photo (only with recorded consent)"),
        ),
        FieldPanel("is_sample"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("ambassador")
        ordering = ["display_name"]

    def __str__(self):
        return f"{self.display_name} ({self.country.code})"

    def clean(self):
        from django.core.exceptions import ValidationError

        if self.photo_id and not self.photo_consent_recorded_at:
            raise ValidationError({"photo": _("A photo can only be shown once the ambassador's consent is recorded.")})

    @property
    def public_photo(self):
        return self.photo if self.photo_id and self.photo_consent_recorded_at else None


class CountryDocument(AbstractDocument):
    """A Wagtail document with a language and a kind (leaflet, flyer, report...).

    Documents live in one collection per country; staff permissions are
    granted per collection, so each office manages only its own.
    """

    class Kind(models.TextChoices):
        LEAFLET = "leaflet", _("Leaflet")
        FLYER = "flyer", _("Flyer")
        MAPPING_REPORT = "mapping_report", _("Mapping report")
        SOP_RECOMMENDATIONS = "sop_recommendations", _("SOP recommendations")
        SUBTITLES = "subtitles", _("Subtitles (WebVTT)")
        VIDEO = "video", _("Video")
        OTHER = "other", _("Other")

    language = models.CharField(_("language"), max_length=10, default="en", choices=language_choices)
    kind = models.CharField(_("kind"), max_length=30, choices=Kind.choices, default=Kind.OTHER)

    admin_form_fields = (*Document.admin_form_fields, "language", "kind")
    search_fields = [*AbstractDocument.search_fields, index.FilterField("language"), index.FilterField("kind")]

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")

    def clean(self):
        # Wagtail's multiple uploader validates the details form of a held
        # upload before it attaches the file (CreateFromUploadView), so the
        # extension check would fail on an empty file and raise a 500; the
        # file's extension was checked when it was uploaded.
        if self.file:
            super().clean()

    def save(self, *args, **kwargs):
        # The size is shown beside a download (the film's); Wagtail's upload
        # forms record it, a document made in code (the seed, a test) did not.
        if self.file and self.file_size is None:
            with contextlib.suppress(OSError, ValueError):  # no file in the storage: the size stays unknown
                self.file_size = self.file.size
        super().save(*args, **kwargs)


class FilmQuerySet(models.QuerySet):
    def for_country(self, country_id):
        """The film a country page shows when it names none: the office's own
        newest film, else the newest shared one; None if there is neither.
        The office's own version (in the default locale), whose video,
        subtitles and transcript every language version shows; with its
        video and poster (one query)."""
        return (
            self.filter(models.Q(country_id=country_id) | models.Q(country__isnull=True))
            .filter(locale__language_code=settings.LANGUAGE_CODE)
            .select_related("video", "poster")
            .order_by(models.F("country_id").desc(nulls_last=True), "-pk")
            .first()
        )


class Film(TranslatableMixin, ClusterableModel):
    """The programme's film, with one WebVTT subtitle track per language.

    A film with a country belongs to that office and shows on all its
    country pages; a film without one is shared by every office. Its title
    and description are translated through wagtail-localize like the
    support services; the video, poster, subtitle tracks and transcript stay
    on the office's own version, which every language version shows.
    """

    country = models.ForeignKey(
        Country,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="films",
        help_text=_("The office whose pages show it. Leave empty for a film every country shows."),
    )
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    # The language of the title, description and transcript: marked on the
    # page wherever a reader of another language sees them.
    language = models.CharField(_("language of the texts"), max_length=10, default="en", choices=language_choices)
    video = models.ForeignKey(
        settings.WAGTAILDOCS_DOCUMENT_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("An MP4 or WebM file uploaded as a document."),
    )
    poster = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    transcript = models.TextField(
        _("transcript"),
        blank=True,
        help_text=_("Shown when the film has no subtitle track in the reader's language."),
    )

    objects = FilmQuerySet.as_manager()

    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("description"),
        SynchronizedField("country"),
        SynchronizedField("video"),
        SynchronizedField("poster"),
    ]
    # A language version holds only its texts: the tracks and the transcript
    # are read from the office's version, so they are never copied.
    exclude_fields_in_copy = ["subtitle_tracks", "transcript"]

    panels = [
        FieldPanel("country"),
        FieldPanel("title"),
        FieldPanel("description"),
        FieldPanel("language"),
        FieldPanel("video"),
        FieldPanel("poster"),
        FieldPanel("transcript"),
        InlinePanel("subtitle_tracks", heading=_("Subtitles"), label=_("subtitle track")),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("film")
        verbose_name_plural = _("films")

    def __str__(self):
        return self.title

    @property
    def direction(self):
        return text_direction(self.language)

    def copy_for_translation(self, locale, exclude_fields=None):
        # The translator writes the title and description in the locale's language.
        translated = super().copy_for_translation(locale, exclude_fields=exclude_fields)
        translated.language = locale.language_code
        return translated

    def texts_for(self, locale_id):
        """The version whose title and description a page in ``locale_id``
        shows: the office's translation, else this one (its ``language``
        marks the text on the page). One query, none for this film's own locale."""
        if locale_id is None or locale_id == self.locale_id:
            return self
        translation = Film.objects.filter(translation_key=self.translation_key, locale_id=locale_id).first()
        return translation or self


class SubtitleTrack(Orderable):
    """One language's subtitles of a film, checked as WebVTT when uploaded."""

    film = ParentalKey(Film, on_delete=models.CASCADE, related_name="subtitle_tracks")
    language = models.CharField(_("language"), max_length=10, choices=language_choices)
    label = models.CharField(
        _("label"),
        max_length=60,
        blank=True,
        help_text=_("Shown in the player, in that language. Leave empty for the language's own name."),
    )
    vtt_file = models.FileField(
        _("WebVTT file"),
        upload_to="subtitles/",
        validators=[FileExtensionValidator(["vtt"]), validate_webvtt],
    )
    # The cues as running text, kept at upload: the transcript in this language.
    text = models.TextField(editable=False, blank=True)

    panels = [FieldPanel("language"), FieldPanel("label"), FieldPanel("vtt_file")]

    class Meta(Orderable.Meta):
        constraints = [models.UniqueConstraint(fields=["film", "language"], name="one_subtitle_track_per_language")]

    def __str__(self):
        return f"{self.film} ({self.language})"

    def save(self, *args, **kwargs):
        self.label = self.label or native_language_name(self.language)
        try:
            self.text = transcript_text(read_cues(self.vtt_file))
        except (BrokenSubtitles, OSError, ValueError):
            self.text = ""
        super().save(*args, **kwargs)

    @property
    def direction(self):
        return text_direction(self.language)


class AmbassadorRequestQuerySet(models.QuerySet):
    def expired(self, now=None):
        """Requests older than AMBASSADOR_REQUEST_RETENTION_DAYS (handled or not)."""
        now = now or timezone.now()
        return self.filter(created_at__lt=now - timezone.timedelta(days=settings.AMBASSADOR_REQUEST_RETENTION_DAYS))

    def for_staff_of(self, countries):
        return self.filter(country__in=countries)


class AmbassadorRequest(models.Model):
    """A community's or organisation's request for an information session.

    Contains personal contact details: only the country's office sees it, the
    notification e-mail carries a link and never its contents, and a periodic
    task deletes it after the retention period.
    """

    class Channel(models.TextChoices):
        EMAIL = "email", _("E-mail")
        PHONE = "phone", _("Phone")
        MESSENGER = "messenger", _("Messaging app")
        OTHER = "other", _("Other")

    country = models.ForeignKey(Country, on_delete=models.PROTECT, related_name="ambassador_requests")
    organisation = models.CharField(_("organisation or community"), max_length=200)
    languages_needed = models.CharField(_("languages needed"), max_length=200)
    region = models.CharField(_("region or town"), max_length=120)
    preferred_dates = models.CharField(_("preferred dates"), max_length=200, blank=True)
    contact_channel = models.CharField(_("how to reach you"), max_length=20, choices=Channel.choices)
    contact_details = models.CharField(_("contact details"), max_length=200)
    message = models.TextField(_("anything else"), blank=True, max_length=2000)
    consent_to_contact = models.BooleanField(_("consent to be contacted"), default=False)
    language = models.CharField(_("language of the request"), max_length=10, default="en")
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    handled_at = models.DateTimeField(null=True, blank=True)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = AmbassadorRequestQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("ambassador request")

    def __str__(self):
        return f"{_('Request')} #{self.pk} ({self.country.code}, {self.created_at:%Y-%m-%d})"

    @property
    def is_handled(self):
        return self.handled_at is not None
