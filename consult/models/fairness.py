"""Fair moderation: the house rules a decision rests on, the statement of
reasons every restriction comes with, appeals against it, and the stored
transparency reports (consult/moderation/statements.py, appeals.py and
transparency.py hold the use cases)."""

from datetime import timedelta

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.models import TranslatableMixin


class HouseRuleQuerySet(models.QuerySet):
    def originals(self):
        """One row per rule: the version in the site's default language, the
        one moderators cite and edit (the others are its translations)."""
        return self.filter(locale__language_code=settings.LANGUAGE_CODE)

    def for_country(self, country_id):
        """The rules that apply in a country: the common ones and its own, in order."""
        return (
            self.originals()
            .filter(Q(country__isnull=True) | Q(country_id=country_id), is_active=True)
            .order_by("country_id", "position", "pk")
        )


def in_reader_language(rules, language=None):
    """The rules, each with ``in_reader_language`` filled in one query: its
    translation in the active language, or the rule itself."""
    rules = list(rules)
    language = language or get_language() or settings.LANGUAGE_CODE
    translations = {
        rule.translation_key: rule
        for rule in HouseRule.objects.filter(
            translation_key__in={rule.translation_key for rule in rules}, locale__language_code=language
        )
    }
    for rule in rules:
        rule.__dict__["in_reader_language"] = translations.get(rule.translation_key, rule)
    return rules


class HouseRule(TranslatableMixin, models.Model):
    """One rule of the house a moderator can cite as the ground of a decision.

    A rule without a country applies everywhere (seeded by a migration,
    changed by administrators); a country's moderators add and edit their
    own. A rule cited by a decision is retired, never deleted, so old
    statements keep their ground.

    Translatable (Wagtail locales): moderators cite and edit the version in
    the site's default language (``originals()``); the person concerned
    reads its translation in their language (``in_reader_language``).
    """

    country = models.ForeignKey(
        "consult.Country", null=True, blank=True, on_delete=models.CASCADE, related_name="house_rules"
    )
    code = models.SlugField(_("short code"), max_length=40)
    title = models.CharField(_("rule"), max_length=200)
    explanation = models.TextField(_("what it means"), blank=True, max_length=2000)
    position = models.PositiveSmallIntegerField(default=0)
    # Retired rules are no longer offered; statements that cite them keep them.
    is_active = models.BooleanField(_("in force"), default=True)

    objects = HouseRuleQuerySet.as_manager()

    class Meta(TranslatableMixin.Meta):
        ordering = ["country_id", "position", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["country", "code", "locale"], name="house_rule_code_per_country"),
            models.UniqueConstraint(
                fields=["code", "locale"], condition=Q(country__isnull=True), name="house_rule_code_common"
            ),
        ]

    def __str__(self):
        return str(self.title)

    @cached_property
    def in_reader_language(self):
        """This rule's translation in the active language, or the rule itself."""
        return self.localized


class StatementOfReasons(models.Model):
    """Why something of a person's was restricted: what, the facts, the
    ground, whether it was automatic, how long it lasts and how to appeal.

    Written in the transaction of the restriction itself; the person reads
    it on "My moderation" and is e-mailed that it exists.
    """

    class Restriction(models.TextChoices):
        CONTENT_HELD = "content_held", _("held for review before publication")
        CONTENT_HIDDEN = "content_hidden", _("hidden from members")
        CONTENT_REMOVED = "content_removed", _("removed")
        ACCOUNT_WARNED = "account_warned", _("warning")
        ACCOUNT_SUSPENDED = "account_suspended", _("membership suspended")
        ACCOUNT_REFUSED = "account_refused", _("membership application refused")

    class Ground(models.TextChoices):
        HOUSE_RULE = "house_rule", _("a house rule")
        PERSONAL_DATA = "personal_data", _("the personal-data guard: it may identify a person")
        FIRST_POSTS = "first_posts", _("a new member's first posts are read by a moderator")
        PREMODERATED = "premoderated", _("the forum is pre-moderated")
        FLAGS = "flags", _("members reported it")
        NOTICE = "notice", _("a notice said it shows a survivor's personal data")
        OTHER = "other", _("the moderator's reason")

    class State(models.TextChoices):
        IN_FORCE = "in_force", _("in force")
        LIFTED = "lifted", _("lifted by a moderator")
        REVERSED = "reversed", _("reversed on appeal")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="statements_of_reasons"
    )
    country = models.ForeignKey("consult.Country", null=True, blank=True, on_delete=models.SET_NULL)
    restriction = models.CharField(max_length=20, choices=Restriction.choices)
    # What was restricted: a post, a feedback item (content_object) or the membership (profile).
    content_type = models.ForeignKey(ContentType, null=True, blank=True, on_delete=models.SET_NULL)
    object_id = models.PositiveBigIntegerField(null=True, blank=True)
    content_object = GenericForeignKey("content_type", "object_id")
    review_item = models.ForeignKey(
        "consult.ReviewItem", null=True, blank=True, on_delete=models.SET_NULL, related_name="statements"
    )
    subject_label = models.CharField(max_length=100, blank=True)  # "forum post", "feedback", "membership"
    ground = models.CharField(max_length=20, choices=Ground.choices)
    house_rule = models.ForeignKey(HouseRule, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    facts = models.TextField(blank=True, max_length=2000)
    # The kinds the personal-data guard found (phone, email...), never the excerpts.
    finding_kinds = models.JSONField(default=list, blank=True)
    is_automatic = models.BooleanField(default=False)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    ends_at = models.DateTimeField(null=True, blank=True)  # None: until a moderator decides otherwise
    state = models.CharField(max_length=10, choices=State.choices, default=State.IN_FORCE)
    state_changed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("statement of reasons")
        verbose_name_plural = _("statements of reasons")
        indexes = [models.Index(fields=["content_type", "object_id"], name="statement_object_idx")]

    def __str__(self):
        return f"Statement #{self.pk} ({self.restriction})"

    @property
    def appeal_deadline(self):
        return self.created_at + timedelta(days=settings.MODERATION_APPEAL_WINDOW_DAYS)

    def may_be_appealed(self, now=None):
        """Whether an appeal is still possible (the deadline, one per decision).
        A held post is not appealable: a moderator decides it anyway."""
        now = now or timezone.now()
        if self.restriction == self.Restriction.CONTENT_HELD or self.state != self.State.IN_FORCE:
            return False
        return now <= self.appeal_deadline and not Appeal.objects.filter(statement=self).exists()


class Appeal(models.Model):
    """A complaint against one decision, decided by another moderator."""

    class State(models.TextChoices):
        OPEN = "open", _("waiting for a decision")
        UPHELD = "upheld", _("decision confirmed")
        REVERSED = "reversed", _("decision reversed")

    statement = models.OneToOneField(StatementOfReasons, on_delete=models.CASCADE, related_name="appeal")
    appellant = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="appeals"
    )
    country = models.ForeignKey("consult.Country", null=True, blank=True, on_delete=models.SET_NULL)
    text = models.TextField(max_length=4000)
    # The appellant's one reply in the appeal's thread, before the decision.
    reply = models.TextField(blank=True, max_length=4000)
    replied_at = models.DateTimeField(null=True, blank=True)
    # A moderator's question in the thread (optional), which the reply answers.
    question = models.TextField(blank=True, max_length=2000)
    asked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    state = models.CharField(max_length=10, choices=State.choices, default=State.OPEN)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    outcome_reasons = models.TextField(blank=True, max_length=2000)
    # Set when the appeal waited past MODERATION_APPEAL_DECISION_DAYS and the administrators were told.
    escalated_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("appeal")

    def __str__(self):
        return f"Appeal #{self.pk} ({self.state})"

    @property
    def is_open(self):
        return self.state == self.State.OPEN

    @property
    def due_at(self):
        return self.created_at + timedelta(days=settings.MODERATION_APPEAL_DECISION_DAYS)

    def get_permission_country_ids(self):
        return {self.country_id} if self.country_id else set()


class TransparencyReport(models.Model):
    """The counts of one period, built by a task and stored as built, so a
    published figure does not change when it is read again."""

    period_start = models.DateField()
    period_end = models.DateField()  # inclusive
    built_at = models.DateTimeField(default=timezone.now)
    # {"total": {...}, "countries": {"NL": {...}, ...}}: raw counts, suppressed when shown.
    figures = models.JSONField(default=dict)

    class Meta:
        ordering = ["-period_start", "-period_end"]
        constraints = [
            models.UniqueConstraint(fields=["period_start", "period_end"], name="one_transparency_report_per_period")
        ]

    def __str__(self):
        return f"Transparency report {self.period_start} to {self.period_end}"
