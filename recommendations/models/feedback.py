"""Consultation rounds, feedback on clauses and endorsements."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from consult.models import Sector

from ..querysets import FeedbackQuerySet, RoundQuerySet


class ConsultationRound(models.Model):
    """A version open for feedback between two times, to all approved
    members or to chosen countries and sectors (empty: all)."""

    # Several rounds may follow each other on one version (a closed round is
    # never reopened; a new one is opened), at most one not closed at a time.
    version = models.ForeignKey("recommendations.DocumentVersion", on_delete=models.CASCADE, related_name="rounds")
    opens_at = models.DateTimeField(_("opens at"))
    closes_at = models.DateTimeField(_("closes at"))
    countries = models.ManyToManyField(
        "consult.Country", verbose_name=_("countries"), blank=True, related_name="+", help_text=_("Empty: all.")
    )
    sectors = models.JSONField(_("sectors"), default=list, blank=True, help_text=_("Empty: all."))
    # Set by close_due_rounds (or an editor) once the round is over.
    closed_at = models.DateTimeField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    objects = RoundQuerySet.as_manager()

    class Meta:
        constraints = [
            models.CheckConstraint(condition=Q(closes_at__gt=models.F("opens_at")), name="round_closes_after_opening"),
            models.UniqueConstraint(
                fields=["version"], condition=Q(closed_at__isnull=True), name="one_unclosed_round_per_version"
            ),
        ]

    def __str__(self):
        return f"Round of {self.version}"

    def get_absolute_url(self):
        return reverse("recommendations:version", args=[self.version_id])

    def get_permission_country_ids(self):
        return self.version.document.get_permission_country_ids()

    def is_open(self, now=None):
        now = now or timezone.now()
        return self.closed_at is None and self.opens_at <= now < self.closes_at

    def has_closed(self, now=None):
        now = now or timezone.now()
        return self.closed_at is not None or now >= self.closes_at

    def state(self, now=None):
        now = now or timezone.now()
        if self.has_closed(now):
            return "closed"
        return "open" if self.opens_at <= now else "upcoming"


class Feedback(models.Model):
    """One member's feedback on a clause (or the whole document) in a round.

    The author's sector and country at the time are copied onto the row, so
    statistics stay right when the profile changes or the account is deleted.
    """

    class Kind(models.TextChoices):
        COMMENT = "comment", _("comment")
        AMENDMENT = "amendment", _("amendment")
        SUPPORT = "support", _("support")
        CONCERN = "concern", _("concern")
        QUESTION = "question", _("question")

    class Visibility(models.TextChoices):
        VISIBLE = "visible", _("visible")
        HELD = "held", _("waiting for a moderator")
        HIDDEN = "hidden", _("hidden by a moderator")

    class Decision(models.TextChoices):
        UNDECIDED = "undecided", _("not decided yet")
        ACCEPTED = "accepted", _("accepted")
        PARTLY_ACCEPTED = "partly_accepted", _("accepted in part")
        REJECTED = "rejected", _("rejected")
        DUPLICATE = "duplicate", _("duplicate")
        OUT_OF_SCOPE = "out_of_scope", _("out of scope")

    MAX_LENGTH = 5000
    DECISIONS_WITHOUT_REASON = {Decision.ACCEPTED}

    round = models.ForeignKey(ConsultationRound, on_delete=models.CASCADE, related_name="feedback")
    version = models.ForeignKey("recommendations.DocumentVersion", on_delete=models.CASCADE, related_name="feedback")
    # Empty: on the whole document.
    clause = models.ForeignKey(
        "recommendations.Clause", on_delete=models.PROTECT, null=True, blank=True, related_name="feedback"
    )
    # The clause's stable key, so the feedback follows the clause into later versions.
    clause_key = models.UUIDField(null=True, blank=True, db_index=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="recommendation_feedback"
    )
    author_sector = models.CharField(max_length=40, choices=Sector.choices, blank=True)
    author_country = models.ForeignKey(
        "consult.Country", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    text = models.TextField(_("your feedback"), max_length=MAX_LENGTH, blank=True)
    # Amendments: the proposed replacement text, optionally for a quoted span only.
    proposed_text = models.TextField(_("proposed text"), max_length=20000, blank=True)
    quoted_span = models.TextField(_("quoted part of the clause"), max_length=2000, blank=True)

    visibility = models.CharField(max_length=10, choices=Visibility.choices, default=Visibility.VISIBLE)

    decision = models.CharField(max_length=20, choices=Decision.choices, default=Decision.UNDECIDED)
    decision_reason = models.TextField(_("public reason"), max_length=MAX_LENGTH, blank=True)
    duplicate_of = models.ForeignKey("self", on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    # Optimistic lock: every decision bumps it; a decision made against an
    # older value is refused (someone else decided in between).
    decision_revision = models.PositiveIntegerField(default=0)
    endorsement_count = models.PositiveIntegerField(default=0)

    created_at = models.DateTimeField(default=timezone.now)
    edited_at = models.DateTimeField(null=True, blank=True)

    objects = FeedbackQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("feedback")
        verbose_name_plural = _("feedback")
        indexes = [
            models.Index(fields=["round", "decision"], name="feedback_round_decision_idx"),
            models.Index(fields=["version", "clause"], name="feedback_version_clause_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~Q(kind="amendment") | ~Q(proposed_text=""), name="feedback_amendment_has_text"
            ),
            models.CheckConstraint(
                condition=Q(decision__in=["undecided", "accepted"]) | ~Q(decision_reason=""),
                name="feedback_decision_has_reason",
            ),
            models.CheckConstraint(
                condition=~Q(decision="duplicate") | Q(duplicate_of__isnull=False),
                name="feedback_duplicate_has_original",
            ),
        ]

    def __str__(self):
        return f"Feedback #{self.pk}"

    def get_absolute_url(self):
        if self.clause_id:
            return reverse("recommendations:clause", args=[self.version_id, self.clause_key]) + f"#feedback-{self.pk}"
        return reverse("recommendations:version", args=[self.version_id]) + f"#feedback-{self.pk}"

    def get_permission_country_ids(self):
        return self.round.get_permission_country_ids() | ({self.author_country_id} if self.author_country_id else set())

    # --- the moderation core's interface (consult.moderation) -------------
    @property
    def moderation_country_id(self):
        return self.author_country_id

    @property
    def moderation_author(self):
        return self.author

    # read with each item on the review queue: its kind names the clause and the document
    moderation_related = ("clause", "version__document")

    def moderation_kind(self):
        """What the review queue calls it (what it is on, and its kind), and the document's title."""
        if self.clause_id:
            label = _("Feedback on clause %(number)s") % {"number": self.clause.number or "?"}
        else:
            label = str(_("Feedback on the whole document"))
        # the kind's label as get_kind_display gives it, without hashing every choice for each item
        kind = self.Kind(self.kind).label if self.kind in _KINDS else self.kind
        return f"{label} ({kind})", self.version.document.title

    def get_moderation_text(self):
        return "\n\n".join(part for part in (self.text, self.quoted_span, self.proposed_text) if part)

    def on_moderation_decision(self, decision):
        """Approved or restored: shown to others; hidden: not."""
        self.visibility = self.Visibility.HIDDEN if decision == "hidden" else self.Visibility.VISIBLE
        self.save(update_fields=["visibility"])

    @property
    def is_visible(self):
        return self.visibility == self.Visibility.VISIBLE

    @property
    def is_decided(self):
        return self.decision != self.Decision.UNDECIDED


# the values of Feedback.Kind, for moderation_kind
_KINDS = frozenset(Feedback.Kind.values)


class RoundChange(models.Model):
    """An editor closed a round early, extended it or changed its dates, with
    a public reason; participants were told once (outbox key per row)."""

    class Kind(models.TextChoices):
        CLOSED = "closed", _("closed early")
        EXTENDED = "extended", _("extended")
        REDATED = "redated", _("dates changed")

    round = models.ForeignKey(ConsultationRound, on_delete=models.CASCADE, related_name="changes")
    kind = models.CharField(max_length=10, choices=Kind.choices)
    old_opens_at = models.DateTimeField()
    old_closes_at = models.DateTimeField()
    new_opens_at = models.DateTimeField()
    new_closes_at = models.DateTimeField()
    reason = models.TextField(_("reason"), max_length=2000)
    editor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["round", "created_at", "pk"]
        verbose_name = _("change of a consultation round")

    def __str__(self):
        return f"{self.kind} round #{self.round_id}"


class NoChangeExplanation(models.Model):
    """Why an accepted item needs no change to the text, in the editor's
    words: shown in the report next to the unchanged clause."""

    feedback = models.OneToOneField(Feedback, on_delete=models.CASCADE, related_name="no_change_explanation")
    round = models.ForeignKey(ConsultationRound, on_delete=models.CASCADE, related_name="+")
    text = models.TextField(_("why no change to the text is needed"), max_length=2000)
    editor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("explanation of an unchanged clause")

    def __str__(self):
        return f"Explanation for feedback #{self.feedback_id}"


class DecisionNotice(models.Model):
    """A decision on a member's feedback waiting to be e-mailed: collected
    into one e-mail per member, round and day (or sent at once if the member
    asked, DecisionEmailPreference). One row per decision revision."""

    feedback = models.ForeignKey(Feedback, on_delete=models.CASCADE, related_name="+")
    revision = models.PositiveIntegerField()
    round = models.ForeignKey(ConsultationRound, on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)
    # Set when the e-mail carrying it was scheduled (outbox).
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["feedback", "revision"], name="decision_notice_once_per_revision")
        ]
        indexes = [models.Index(fields=["sent_at", "user", "round"], name="decision_notice_pending_idx")]

    def __str__(self):
        return f"Notice of decision on feedback #{self.feedback_id}"


class DecisionEmailPreference(models.Model):
    """A member who wants each decision on their feedback at once, not as
    the daily e-mail per round (the default)."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    immediately = models.BooleanField(_("e-mail me each decision on my feedback at once"), default=False)

    def __str__(self):
        return f"Decision e-mails of user #{self.user_id}"


class Endorsement(models.Model):
    """A member's "+1" on someone else's feedback, once per member."""

    feedback = models.ForeignKey(Feedback, on_delete=models.CASCADE, related_name="endorsements")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["feedback", "user"], name="endorsement_once_per_member")]

    def __str__(self):
        return f"Endorsement #{self.pk}"
