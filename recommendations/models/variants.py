"""A master document and its country variants.

A ``CountryVariant`` is one country office's version of a master document.
Its clauses are ``VariantClause`` rows keyed by the master's stable clause
keys. An *inherited* row holds no text of its own: it points at the master's
clause (``master_clause``) and reads its text from there, so when the
variant is brought forward the pointer moves and the new wording follows.
*Adapted* and *added* rows carry national text; *omitted* rows carry only
their reason. A review item is what the forward-port could not decide on
its own (an adaptation whose master clause changed, a translation gone out
of date, a new or removed master clause).
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from consult.sanitising import CLAUSE, render_markdown

from ..querysets import ReviewItemQuerySet, VariantClauseQuerySet


class CountryVariant(models.Model):
    """The national version of a master document, for one country."""

    master = models.ForeignKey(
        "recommendations.RecommendationDocument", on_delete=models.PROTECT, related_name="variants"
    )
    country = models.ForeignKey("consult.Country", on_delete=models.PROTECT, related_name="recommendation_variants")
    # The variant's own document: its published snapshots (versions) and rounds.
    document = models.OneToOneField(
        "recommendations.RecommendationDocument", on_delete=models.CASCADE, related_name="variant"
    )
    # Language of the national text ("nl"); the master is read in English.
    language = models.CharField(_("language"), max_length=10)
    # The master version this variant is in step with.
    master_version = models.ForeignKey(
        "recommendations.DocumentVersion", on_delete=models.PROTECT, related_name="variants_in_step"
    )
    # A newer master version the forward-port is waiting to bring in (an open national round).
    waiting_for = models.ForeignKey(
        "recommendations.DocumentVersion", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    waiting_reason = models.CharField(max_length=300, blank=True)
    # Readable by everyone once the office publishes it.
    published_at = models.DateTimeField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["master", "country__name"]
        verbose_name = _("country variant")
        constraints = [models.UniqueConstraint(fields=["master", "country"], name="one_variant_per_master_and_country")]

    def __str__(self):
        return f"{self.master} ({self.country_id})"

    def get_absolute_url(self):
        return reverse("recommendations:variant", args=[self.pk])

    def get_permission_country_ids(self):
        return {self.country_id}

    @property
    def is_published(self):
        return self.published_at is not None


class VariantClause(models.Model):
    """One clause of a variant: inherited, adapted, added or omitted."""

    class State(models.TextChoices):
        INHERITED = "inherited", _("inherited")
        ADAPTED = "adapted", _("adapted")
        ADDED = "added", _("added")
        OMITTED = "omitted", _("omitted")

    MAX_LENGTH = 20000

    variant = models.ForeignKey(CountryVariant, on_delete=models.CASCADE, related_name="clauses")
    # The master's stable key; a new key for an added clause.
    key = models.UUIDField()
    state = models.CharField(max_length=10, choices=State.choices, default=State.INHERITED)
    # The master clause this row was last brought in step with (None: added).
    # Inherited rows read their text from it.
    master_clause = models.ForeignKey(
        "recommendations.Clause", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    # Adapted and added rows: the national text.
    text = models.TextField(max_length=MAX_LENGTH, blank=True)
    html = models.TextField(editable=False, blank=True)
    # Added rows: heading or paragraph, and where (after the clause with this key; None: at the start).
    kind = models.CharField(max_length=10, default="paragraph")
    level = models.PositiveSmallIntegerField(default=1)
    after_key = models.UUIDField(null=True, blank=True)
    # Public reason of an adaptation, addition or omission.
    reason = models.TextField(max_length=2000, blank=True)
    # Inherited rows: the office's translation of the master text, and the
    # master clause it translates (out of date once the master's text differs).
    translation = models.TextField(max_length=MAX_LENGTH, blank=True)
    translation_html = models.TextField(editable=False, blank=True)
    translation_of = models.ForeignKey(
        "recommendations.Clause", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    # Bumped at every change: an edit made on a stale page is refused.
    revision = models.PositiveIntegerField(default=0)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    changed_at = models.DateTimeField(default=timezone.now)

    objects = VariantClauseQuerySet.as_manager()

    class Meta:
        ordering = ["variant", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["variant", "key"], name="variant_clause_key_unique"),
            models.CheckConstraint(
                condition=Q(state="inherited") | Q(state="omitted") | ~Q(text=""), name="variant_clause_text_if_own"
            ),
            models.CheckConstraint(
                condition=Q(state="inherited") | ~Q(reason=""), name="variant_clause_reason_unless_inherited"
            ),
            models.CheckConstraint(
                condition=Q(state="added") | Q(master_clause__isnull=False), name="variant_clause_master_unless_added"
            ),
        ]

    def __str__(self):
        return f"{self.get_state_display()} {self.key}"

    def save(self, *args, **kwargs):
        self.html = render_markdown(self.text, CLAUSE) if self.text else ""
        self.translation_html = render_markdown(self.translation, CLAUSE) if self.translation else ""
        super().save(*args, **kwargs)

    def get_permission_country_ids(self):
        return {self.variant.country_id}

    @property
    def has_own_text(self):
        return self.state in (self.State.ADAPTED, self.State.ADDED)

    @property
    def translation_out_of_date(self):
        """A translation made from master wording that has changed since."""
        if not self.translation or self.master_clause is None:
            return False
        return self.translation_of_id != self.master_clause_id and (
            self.translation_of is None or self.translation_of.text != self.master_clause.text
        )


class VariantReviewItem(models.Model):
    """A change of the master that the office decides on for its variant."""

    class Kind(models.TextChoices):
        CHANGED = "changed", _("adapted clause changed in the master")
        TRANSLATE = "translate", _("translate the change")
        NEW = "new", _("new clause in the master")
        REMOVED = "removed", _("clause removed from the master")

    class Choice(models.TextChoices):
        KEEP_OURS = "keep_ours", _("keep ours")
        TAKE_MASTER = "take_master", _("take the master's")
        NEW_ADAPTATION = "new_adaptation", _("write a new adaptation")
        UPDATE_TRANSLATION = "update_translation", _("update the translation")
        INCLUDE = "include", _("include it (inherit)")
        OMIT = "omit", _("omit it")
        DROP = "drop", _("drop it too")
        KEEP_AS_NATIONAL = "keep_as_national", _("keep it as a national clause")

    CHOICES_BY_KIND = {
        Kind.CHANGED: [Choice.KEEP_OURS, Choice.TAKE_MASTER, Choice.NEW_ADAPTATION],
        Kind.TRANSLATE: [Choice.UPDATE_TRANSLATION, Choice.KEEP_OURS],
        Kind.NEW: [Choice.INCLUDE, Choice.NEW_ADAPTATION, Choice.OMIT],
        Kind.REMOVED: [Choice.DROP, Choice.KEEP_AS_NATIONAL],
    }
    # Choices that bring national text, and those that need a public reason.
    CHOICES_WITH_TEXT = {Choice.NEW_ADAPTATION, Choice.UPDATE_TRANSLATION, Choice.KEEP_AS_NATIONAL}
    CHOICES_WITH_REASON = {Choice.KEEP_OURS, Choice.NEW_ADAPTATION, Choice.OMIT, Choice.KEEP_AS_NATIONAL}

    variant = models.ForeignKey(CountryVariant, on_delete=models.CASCADE, related_name="review_items")
    key = models.UUIDField()
    kind = models.CharField(max_length=10, choices=Kind.choices)
    # The three-way view: the master's wording the variant followed, and the new one.
    old_master_clause = models.ForeignKey(
        "recommendations.Clause", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    new_master_clause = models.ForeignKey(
        "recommendations.Clause", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    # The master version whose forward-port raised (or last refreshed) the item.
    master_version = models.ForeignKey("recommendations.DocumentVersion", on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)
    # Empty until decided.
    choice = models.CharField(max_length=20, choices=Choice.choices, blank=True)
    reason = models.TextField(max_length=2000, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    # Bumped at every change; a decision made on a stale page is refused.
    revision = models.PositiveIntegerField(default=0)

    objects = ReviewItemQuerySet.as_manager()

    class Meta:
        ordering = ["variant", "created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["variant", "key", "kind"], condition=Q(decided_at__isnull=True), name="one_open_review_item"
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} {self.key}"

    def get_permission_country_ids(self):
        return {self.variant.country_id}

    @property
    def is_open(self):
        return self.decided_at is None

    def choices(self):
        return [(c.value, c.label) for c in self.CHOICES_BY_KIND[self.kind]]


class VariantEvent(models.Model):
    """One line of a variant's history: what changed in which clause, and
    whether it came from the master or from the office."""

    class Origin(models.TextChoices):
        MASTER = "master", _("from the master")
        NATIONAL = "national", _("national")

    variant = models.ForeignKey(CountryVariant, on_delete=models.CASCADE, related_name="events")
    key = models.UUIDField(null=True, blank=True)
    origin = models.CharField(max_length=10, choices=Origin.choices)
    summary = models.CharField(max_length=300)
    master_version = models.ForeignKey(
        "recommendations.DocumentVersion", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["variant", "-at", "-pk"]

    def __str__(self):
        return self.summary


# The decisions an editor takes on feedback (Feedback.Decision), but for
# forwarded feedback: no duplicate, since the item is of another round.
DECISION_CHOICES = [
    ("undecided", _("not decided yet")),
    ("accepted", _("accepted")),
    ("partly_accepted", _("accepted in part")),
    ("rejected", _("rejected")),
    ("out_of_scope", _("out of scope")),
]


class ForwardedFeedback(models.Model):
    """Feedback from a variant's national round on an inherited clause,
    forwarded by the office to the master's editors: the master's text is
    what the member commented on. Feedback on a national adaptation is never
    forwarded; it stays with the office."""

    feedback = models.OneToOneField("recommendations.Feedback", on_delete=models.CASCADE, related_name="forwarded")
    variant = models.ForeignKey(CountryVariant, on_delete=models.CASCADE, related_name="forwarded_feedback")
    # The master the feedback now concerns, and its clause's stable key.
    master = models.ForeignKey(
        "recommendations.RecommendationDocument", on_delete=models.CASCADE, related_name="forwarded_feedback"
    )
    key = models.UUIDField()
    forwarded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    forwarded_at = models.DateTimeField(default=timezone.now)
    # The master editors' own decision on it, kept apart from the office's
    # decision on the national round (Feedback.decision): the office reads it.
    decision = models.CharField(max_length=20, choices=DECISION_CHOICES, default="undecided")
    decision_reason = models.TextField(max_length=5000, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    # Bumped at every decision; a decision made on a stale page is refused.
    decision_revision = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["master", "-forwarded_at", "-pk"]
        verbose_name = _("forwarded feedback")

    def __str__(self):
        return f"{self.feedback_id} → {self.master_id}"

    @property
    def is_decided(self):
        return self.decision != "undecided"

    def get_permission_country_ids(self):
        return {self.variant.country_id}
