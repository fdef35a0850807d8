"""Notices from anyone about public content, and content warnings on
members' contributions (consult/moderation/notices.py and
content_warnings.py hold the use cases)."""

import secrets
from datetime import timedelta

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Case, IntegerField, Value, When
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def _new_token():
    return secrets.token_urlsafe(24)


class NoticeQuerySet(models.QuerySet):
    def for_moderator(self, country_ids):
        """Notices of the given countries; ``None`` means every country."""
        return self if country_ids is None else self.filter(country_id__in=country_ids)

    def for_queue(self):
        """Open notices first, a survivor's personal data before anything
        else, then the oldest."""
        urgent = Case(
            When(reason=Notice.Reason.PERSONAL_DATA, then=Value(0)), default=Value(1), output_field=IntegerField()
        )
        open_first = Case(When(state=Notice.State.OPEN, then=Value(0)), default=Value(1), output_field=IntegerField())
        return (
            self.select_related("country", "content_type")
            .annotate(open_rank=open_first, urgency=urgent)
            .order_by("open_rank", "urgency", "created_at")
        )


class Notice(models.Model):
    """Someone (a visitor without an account too) says that content shown
    in public should not be there. The reporter reads the outcome by a
    secret link, and by e-mail when they left an address."""

    class Reason(models.TextChoices):
        PERSONAL_DATA = "personal_data", _("it shows personal data of a survivor")
        ILLEGAL = "illegal", _("it is illegal content")
        WRONG_INFORMATION = "wrong_information", _("wrong or dangerous information about a service")
        OTHER = "other", _("something else")

    class ReporterKind(models.TextChoices):
        VISITOR = "visitor", _("visitors")
        MEMBER = "member", _("members")
        STAFF = "staff", _("staff")

    class State(models.TextChoices):
        OPEN = "open", _("waiting for a moderator")
        ACTED = "acted", _("action taken")
        DISMISSED = "dismissed", _("no action taken")

    class AppealOutcome(models.TextChoices):
        NONE = "", _("no appeal")
        OPEN = "open", _("waiting for a decision")
        UPHELD = "upheld", _("dismissal confirmed")
        REVERSED = "reversed", _("dismissal reversed")

    content_type = models.ForeignKey(ContentType, null=True, on_delete=models.SET_NULL)
    object_id = models.PositiveBigIntegerField(null=True)
    content_object = GenericForeignKey("content_type", "object_id")
    # What the reporter saw, kept if the content goes: "Support service: ...".
    subject_label = models.CharField(max_length=300, blank=True)
    url = models.CharField(max_length=500, blank=True)
    country = models.ForeignKey("consult.Country", null=True, blank=True, on_delete=models.SET_NULL)
    reason = models.CharField(_("why"), max_length=20, choices=Reason.choices)
    explanation = models.TextField(_("what is wrong"), blank=True, max_length=2000)
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="notices"
    )
    reporter_kind = models.CharField(max_length=10, choices=ReporterKind.choices, default=ReporterKind.VISITOR)
    # Optional: the decision is e-mailed here (never through the outbox's arguments).
    reporter_email = models.EmailField(_("your e-mail address (optional)"), blank=True)
    # The language of the page the notice was sent from: its e-mails are written in it.
    language = models.CharField(max_length=10, blank=True, default="")
    # The reporter's own link to the outcome (and to an appeal).
    token = models.CharField(max_length=40, unique=True, default=_new_token, editable=False)
    # A survivor's personal data in a post or feedback hid it at once.
    content_hidden = models.BooleanField(default=False)
    review_item = models.ForeignKey(
        "consult.ReviewItem", null=True, blank=True, on_delete=models.SET_NULL, related_name="notices"
    )
    state = models.CharField(max_length=10, choices=State.choices, default=State.OPEN)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    decision_reasons = models.TextField(blank=True, max_length=2000)
    # The reporter's appeal against a dismissal: once, within the appeal window.
    appeal_text = models.TextField(blank=True, max_length=4000)
    appealed_at = models.DateTimeField(null=True, blank=True)
    appeal_outcome = models.CharField(max_length=10, choices=AppealOutcome.choices, blank=True, default="")
    appeal_decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    appeal_decided_at = models.DateTimeField(null=True, blank=True)
    appeal_reasons = models.TextField(blank=True, max_length=2000)

    objects = NoticeQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("notice")
        indexes = [models.Index(fields=["content_type", "object_id"], name="notice_object_idx")]

    def __str__(self):
        return f"Notice #{self.pk} ({self.reason}, {self.state})"

    def get_permission_country_ids(self):
        return {self.country_id} if self.country_id else set()

    @property
    def is_open(self):
        return self.state == self.State.OPEN

    @property
    def appeal_deadline(self):
        return (self.decided_at or self.created_at) + timedelta(days=settings.MODERATION_APPEAL_WINDOW_DAYS)

    def may_be_appealed(self, now=None):
        """A dismissed notice, not appealed yet, within the window."""
        now = now or timezone.now()
        return self.state == self.State.DISMISSED and not self.appealed_at and now <= self.appeal_deadline


class ContentWarning(models.Model):
    """A warning an author or a moderator put on a post or a feedback item:
    its body is folded behind the warning until the reader opens it (one
    row per object, whatever app it belongs to)."""

    class Kind(models.TextChoices):
        SEXUAL_VIOLENCE = "sexual_violence", _("describes sexual violence")
        SELF_HARM = "self_harm", _("describes self-harm or suicide")
        DOMESTIC_VIOLENCE = "domestic_violence", _("describes domestic violence")
        CHILD_ABUSE = "child_abuse", _("describes abuse of a child")
        TRAFFICKING = "trafficking", _("describes trafficking or exploitation")
        GRAPHIC_VIOLENCE = "graphic_violence", _("describes graphic violence")

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    content_object = GenericForeignKey("content_type", "object_id")
    kind = models.CharField(_("content warning"), max_length=20, choices=Kind.choices)
    set_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    set_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("content warning")
        constraints = [
            models.UniqueConstraint(fields=["content_type", "object_id"], name="one_content_warning_per_object")
        ]

    def __str__(self):
        return f"{self.get_kind_display()} ({self.content_type_id}:{self.object_id})"
