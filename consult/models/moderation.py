"""The moderation core shared by forums and recommendations: items held for
review, flags from members, and the personal-data guard's word lists."""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Count, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ReviewItemQuerySet(models.QuerySet):
    def pending(self):
        return self.filter(state=ReviewItem.State.PENDING)

    def for_moderator(self, country_ids):
        """Items of the given countries; ``None`` means every country."""
        return self if country_ids is None else self.filter(country_id__in=country_ids)

    def with_flag_counts(self):
        """Each item with ``flag_count``: how many members flagged its
        content; the most-flagged first, then the oldest."""
        flags = (
            Flag.objects.filter(content_type_id=OuterRef("content_type_id"), object_id=OuterRef("object_id"))
            .order_by()
            .values("object_id")
            .annotate(count=Count("pk"))
            .values("count")
        )
        return self.annotate(flag_count=Coalesce(Subquery(flags), 0)).order_by("-flag_count", "created_at")

    def for_queue(self):
        """The queue's rows with what a listing shows, in three queries at most."""
        return self.select_related("country", "author__profile", "content_type").prefetch_related("content_object")


class ReviewItem(models.Model):
    """One piece of member content waiting for (or decided by) a moderator."""

    class Reason(models.TextChoices):
        FIRST_POSTS = "first_posts", _("one of the author's first posts")
        PREMODERATED = "premoderated", _("the forum is pre-moderated")
        PERSONAL_DATA = "personal_data", _("may identify a person")
        FLAGS = "flags", _("flagged by members")
        NOTICE = "notice", _("a notice from the public")

    class State(models.TextChoices):
        PENDING = "pending", _("waiting for review")
        APPROVED = "approved", _("approved")
        HIDDEN = "hidden", _("hidden")
        RESTORED = "restored", _("restored")

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    content_object = GenericForeignKey("content_type", "object_id")
    # The moderators of this country review it (a cross-country item takes
    # its author's country).
    country = models.ForeignKey("consult.Country", null=True, blank=True, on_delete=models.SET_NULL)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reason = models.CharField(max_length=20, choices=Reason.choices)
    # What the guard found: [{"kind", "label", "excerpt"}], excerpts masked.
    findings = models.JSONField(default=list, blank=True)
    state = models.CharField(max_length=10, choices=State.choices, default=State.PENDING)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    decision_note = models.TextField(blank=True, max_length=1000)

    objects = ReviewItemQuerySet.as_manager()

    class Meta:
        ordering = ["created_at"]
        indexes = [models.Index(fields=["content_type", "object_id"], name="review_item_object_idx")]
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id"],
                condition=Q(state="pending"),
                name="one_pending_review_per_object",
            )
        ]

    def __str__(self):
        return f"Review #{self.pk} ({self.get_reason_display()}, {self.state})"

    @property
    def is_pending(self):
        return self.state == self.State.PENDING


class Flag(models.Model):
    """A member's report that a post or feedback item needs a moderator."""

    class AppealOutcome(models.TextChoices):
        NONE = "", _("no appeal")
        OPEN = "open", _("waiting for a decision")
        UPHELD = "upheld", _("dismissal confirmed")
        REVERSED = "reversed", _("dismissal reversed")

    class Reason(models.TextChoices):
        IDENTIFIES_PERSON = "identifies_person", _("identifies a person")
        ABUSIVE = "abusive", _("abusive")
        SAFEGUARDING = "safeguarding", _("discloses a case that needs a safeguarding response")
        MISINFORMATION = "misinformation", _("misinformation")
        OFF_TOPIC = "off_topic", _("off-topic")
        SPAM = "spam", _("spam")

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    content_object = GenericForeignKey("content_type", "object_id")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="flags")
    reason = models.CharField(max_length=20, choices=Reason.choices)
    note = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    # The flagger's appeal after a moderator kept the content (consult/moderation/flag_appeals.py):
    # once, within the appeal window, decided by another moderator than the one who kept it.
    appeal_text = models.TextField(blank=True, max_length=4000)
    appealed_at = models.DateTimeField(null=True, blank=True)
    appeal_outcome = models.CharField(max_length=10, choices=AppealOutcome.choices, blank=True, default="")
    # Who kept the content (and where): set when the appeal is filed, so they never decide it.
    dismissed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    country = models.ForeignKey("consult.Country", null=True, blank=True, on_delete=models.SET_NULL)
    appeal_decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    appeal_decided_at = models.DateTimeField(null=True, blank=True)
    appeal_reasons = models.TextField(blank=True, max_length=2000)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["content_type", "object_id", "user"], name="one_flag_per_member_per_object")
        ]

    def __str__(self):
        return f"Flag #{self.pk} ({self.reason})"

    def get_permission_country_ids(self):
        return {self.country_id} if self.country_id else set()


class GuardWord(models.Model):
    """A word or phrase the personal-data guard holds posts for, per language
    (a blank language applies to all): names of reception centres, of small
    villages, of people in the news..."""

    phrase = models.CharField(_("word or phrase"), max_length=100)
    language = models.CharField(_("language"), max_length=10, blank=True, help_text=_("Blank: every language."))
    label = models.CharField(_("why it is listed"), max_length=100, blank=True)

    class Meta:
        ordering = ["language", "phrase"]
        constraints = [models.UniqueConstraint(fields=["phrase", "language"], name="guard_word_unique")]

    def __str__(self):
        return f"{self.phrase} ({self.language or 'all'})"


class PublicHelpline(models.Model):
    """A published national helpline of a country: the personal-data guard
    lets its number through. Seeded as sample content; moderators of the
    country keep the list up to date (consult/moderation/views.py)."""

    class Kind(models.TextChoices):
        VIOLENCE = "violence", _("violence against women, domestic violence")
        SEXUAL_ASSAULT = "sexual_assault", _("sexual assault")
        TRAFFICKING = "trafficking", _("trafficking")
        LGBTQI = "lgbtqi", _("LGBTQI+")
        VICTIMS = "victims", _("victims of crime")
        OTHER = "other", _("other")

    country = models.ForeignKey("consult.Country", on_delete=models.CASCADE, related_name="public_helplines")
    name = models.CharField(_("name"), max_length=200)
    number = models.CharField(_("number"), max_length=40)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.OTHER)
    # Seeded rows: the country's moderators check the number and clear this.
    is_sample = models.BooleanField(_("sample content to verify"), default=False)

    class Meta:
        ordering = ["country__name", "name"]
        constraints = [models.UniqueConstraint(fields=["country", "number"], name="public_helpline_unique")]

    def __str__(self):
        return f"{self.name} ({self.number})"


class PublicContact(models.Model):
    """An organisation's published e-mail address, website or social account
    in a country: the personal-data guard lets it through, as it does a
    listed helpline's number. Seeded as sample content; moderators and the
    country office keep the list up to date (consult/moderation/views.py)."""

    class Kind(models.TextChoices):
        EMAIL = "email", _("e-mail address")
        WEBSITE = "website", _("website")
        SOCIAL = "social", _("social-media account")

    country = models.ForeignKey("consult.Country", on_delete=models.CASCADE, related_name="public_contacts")
    name = models.CharField(_("organisation"), max_length=200)
    value = models.CharField(_("address or account"), max_length=300)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.EMAIL)
    is_sample = models.BooleanField(_("sample content to verify"), default=False)

    class Meta:
        ordering = ["country__name", "name", "value"]
        constraints = [models.UniqueConstraint(fields=["country", "value"], name="public_contact_unique")]

    def __str__(self):
        return f"{self.name} ({self.value})"
