"""Documents, versions and clauses.

A version is an ordered list of clauses. It can be changed only while it is
a draft; once it leaves draft (opened for consultation) its clauses are
frozen, enforced here in ``Clause.save``/``delete`` and in the services.
Each clause has a stable ``key`` that the next version keeps when the clause
is kept, changed or moved, so feedback and history follow it.
"""

import uuid

from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from consult.refusals import Conflict
from consult.sanitising import CLAUSE, render_markdown

from ..querysets import ClauseQuerySet, DocumentQuerySet, VersionQuerySet


class VersionFrozen(Conflict):
    """The version has left draft: its clauses can no longer change."""

    message = _("This version is no longer a draft; its clauses cannot change.")


class RecommendationDocument(models.Model):
    """A set of recommendations (an SOP), for one country or EU-wide."""

    title = models.CharField(_("title"), max_length=200)
    summary = models.TextField(_("summary"), max_length=2000, blank=True)
    country = models.ForeignKey(
        "consult.Country",
        verbose_name=_("country"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="recommendation_documents",
        help_text=_("Empty: EU-wide."),
    )
    # Editors named for this document, besides the country's (or every
    # country's) editors from consult.CountryRole.
    editors = models.ManyToManyField(
        settings.AUTH_USER_MODEL, verbose_name=_("editors"), related_name="edited_recommendations", blank=True
    )
    # While a version is in consultation, only approved members may read it.
    members_only_in_consultation = models.BooleanField(_("members only while in consultation"), default=False)
    # A common (European) document that country offices adapt as variants (models/variants.py).
    is_master = models.BooleanField(_("master document"), default=False)
    # The document of a country variant (CountryVariant.document): only its country's office edits it.
    is_variant = models.BooleanField(default=False, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    objects = DocumentQuerySet.as_manager()

    class Meta:
        ordering = ["title", "pk"]
        verbose_name = _("recommendation document")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("recommendations:document", args=[self.pk])

    def get_permission_country_ids(self):
        return {self.country_id} if self.country_id else set()


class DocumentVersion(models.Model):
    """One numbered version of a document; immutable once it leaves draft."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("draft")
        CONSULTATION = "consultation", _("in consultation")
        CLOSED = "closed", _("consultation closed")
        FINAL = "final", _("final")
        SUPERSEDED = "superseded", _("superseded")

    document = models.ForeignKey(RecommendationDocument, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField(_("number"))
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.DRAFT)
    # The version this one was built from (None for the first).
    based_on = models.ForeignKey("self", on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)
    # When the version left draft; from then on its clauses are frozen.
    frozen_at = models.DateTimeField(null=True, blank=True)

    objects = VersionQuerySet.as_manager()

    class Meta:
        ordering = ["document", "number"]
        constraints = [
            models.UniqueConstraint(fields=["document", "number"], name="version_number_unique_per_document"),
            models.CheckConstraint(condition=Q(number__gte=1), name="version_number_positive"),
            models.CheckConstraint(
                condition=Q(status="draft") | Q(frozen_at__isnull=False), name="version_frozen_unless_draft"
            ),
        ]

    def __str__(self):
        return f"{self.document} v{self.number}"

    def get_absolute_url(self):
        return reverse("recommendations:version", args=[self.pk])

    def get_permission_country_ids(self):
        return self.document.get_permission_country_ids()

    @property
    def is_draft(self):
        return self.status == self.Status.DRAFT

    @property
    def is_public(self):
        """Readable by anyone: out of draft, and not members-only while in consultation."""
        if self.is_draft:
            return False
        if self.status in (self.Status.CONSULTATION, self.Status.CLOSED):
            return not self.document.members_only_in_consultation
        return True

    @property
    def is_published(self):
        """Final or superseded: its feedback and decisions are public."""
        return self.status in (self.Status.FINAL, self.Status.SUPERSEDED)

    @property
    def round_or_none(self):
        """The latest consultation round opened on this version, or None
        (drafts, a final version published directly). One query."""
        return self.rounds.order_by("-opens_at", "-pk").first()

    @property
    def consultation_round(self):
        """The latest round; raises ObjectDoesNotExist without one."""
        round = self.round_or_none
        if round is None:
            raise ObjectDoesNotExist("This version has no consultation round.")
        return round


class Clause(models.Model):
    """A heading or paragraph of one version, in Markdown, at a position."""

    class Kind(models.TextChoices):
        HEADING = "heading", _("heading")
        PARAGRAPH = "paragraph", _("paragraph")

    MAX_LENGTH = 20000

    version = models.ForeignKey(DocumentVersion, on_delete=models.CASCADE, related_name="clauses")
    # Stable across versions: the next version's clause keeps it when the
    # clause is kept, changed or moved.
    key = models.UUIDField(default=uuid.uuid4, editable=False)
    position = models.PositiveIntegerField()
    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.PARAGRAPH)
    level = models.PositiveSmallIntegerField(default=1)  # headings: 1..6
    # Display number ("4", "4.2", "4.2.1"), recomputed from the order.
    number = models.CharField(max_length=40, blank=True)
    text = models.TextField(max_length=MAX_LENGTH)
    html = models.TextField(editable=False, blank=True)

    objects = ClauseQuerySet.as_manager()

    class Meta:
        ordering = ["version", "position"]
        constraints = [
            models.UniqueConstraint(fields=["version", "key"], name="clause_key_unique_per_version"),
            models.CheckConstraint(condition=Q(level__gte=1, level__lte=6), name="clause_level_1_to_6"),
        ]
        indexes = [models.Index(fields=["version", "position"], name="clause_order_idx")]

    def __str__(self):
        return f"{self.number or '?'} {self.text[:40]}"

    def save(self, *args, **kwargs):
        self._check_draft()
        self.html = render_markdown(self.text, CLAUSE)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("recommendations:clause", args=[self.version_id, self.key])

    def delete(self, *args, **kwargs):
        self._check_draft()
        return super().delete(*args, **kwargs)

    @property
    def anchor(self):
        return f"clause-{self.key}"

    @property
    def is_heading(self):
        return self.kind == self.Kind.HEADING

    def _check_draft(self):
        status = DocumentVersion.objects.filter(pk=self.version_id).values_list("status", flat=True).first()
        if status is not None and status != DocumentVersion.Status.DRAFT:
            raise VersionFrozen()
