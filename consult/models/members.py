"""Members: the profile a person fills in at sign-up, its vetting status,
and the staff roles scoped by country."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Sector(models.TextChoices):
    MEDICAL = "medical", _("Medical")
    POLICE = "police", _("Police and protection")
    MUNICIPALITY = "municipality", _("Municipality")
    MIGRANT_REPRESENTATION = "migrant_representation", _("Migrant representation")
    LGBTQI = "lgbtqi", _("LGBTQI+ organisation")
    ACADEMIA = "academia", _("Academia")
    SOCIAL_SUPPORT = "social_support", _("Social support")
    LEGAL_AID = "legal_aid", _("Legal aid")
    COMMUNITY_AMBASSADOR = "community_ambassador", _("Community ambassador")
    PROGRAMME_STAFF = "programme_staff", _("Programme staff")


class ProfileQuerySet(models.QuerySet):
    def approved(self, now=None):
        """Profiles whose owners may read member content now: approved, or
        suspended with the suspension already over."""
        now = now or timezone.now()
        return self.filter(
            Q(status=Profile.Status.APPROVED) | Q(status=Profile.Status.SUSPENDED, suspended_until__lte=now),
            user__is_active=True,
        )

    def awaiting_vetting(self):
        """Pending applications whose e-mail address is verified, oldest first."""
        return (
            self.filter(status=Profile.Status.PENDING, user__is_active=True)
            .filter(user__emailaddress__verified=True)
            .distinct()
            .order_by("created_at", "pk")
        )

    def in_countries(self, country_ids):
        """Profiles that work in at least one of ``country_ids`` (None: all countries)."""
        if country_ids is None:
            return self
        return self.filter(countries__in=country_ids).distinct()

    def for_directory(self):
        """Approved members for the member directory, with their countries
        prefetched: two queries whatever the page size."""
        return self.approved().prefetch_related("countries").order_by(models.functions.Lower("display_name"), "pk")

    def for_vetting_queue(self, country_ids):
        """The applications a moderator of ``country_ids`` (None: every
        country) decides, with their countries prefetched."""
        return self.awaiting_vetting().in_countries(country_ids).prefetch_related("countries")


class Profile(models.Model):
    """What a member tells the platform about themselves, and where their
    membership stands. Other members see the display name, never the e-mail."""

    # What a statement of reasons about a refusal or suspension calls it.
    moderation_subject_label = _("membership")

    class Status(models.TextChoices):
        PENDING = "pending", _("waiting for review")
        APPROVED = "approved", _("approved")
        REJECTED = "rejected", _("not approved")
        SUSPENDED = "suspended", _("suspended")
        # The account was deleted; the row keeps sector and countries so the
        # member's posts and feedback stay attributed to a "former member".
        DELETED = "deleted", _("former member")

    class EmailFrequency(models.TextChoices):
        IMMEDIATELY = "immediately", _("at once")
        DAILY = "daily", _("once a day (digest)")
        NEVER = "never", _("never")

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile")
    display_name = models.CharField(_("display name"), max_length=60, blank=True)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    show_organisation = models.BooleanField(_("show my organisation to other members"), default=False)
    sector = models.CharField(_("sector"), max_length=40, choices=Sector.choices, blank=True)
    countries = models.ManyToManyField(
        "consult.Country", verbose_name=_("countries of work"), related_name="member_profiles", blank=True
    )
    job_role = models.CharField(_("job role"), max_length=200, blank=True)
    motivation = models.TextField(_("why you want to join"), max_length=2000, blank=True)

    # The code of conduct and privacy notice version last accepted
    # (settings.CODE_OF_CONDUCT_VERSION); a newer version asks again.
    consent_version = models.CharField(_("accepted code of conduct version"), max_length=20, blank=True)
    consent_accepted_at = models.DateTimeField(_("accepted at"), null=True, blank=True)

    status = models.CharField(_("membership"), max_length=10, choices=Status.choices, default=Status.PENDING)
    # Shown to the member on their account page; never sent by e-mail.
    status_reason = models.TextField(_("reason"), blank=True)
    status_changed_at = models.DateTimeField(null=True, blank=True)
    suspended_until = models.DateTimeField(_("suspended until"), null=True, blank=True)
    # A moderator asked the applicant for more information (status stays pending).
    information_requested_at = models.DateTimeField(null=True, blank=True)

    email_frequency = models.CharField(
        _("e-mail notifications"), max_length=12, choices=EmailFrequency.choices, default=EmailFrequency.IMMEDIATELY
    )
    # The language the member last signed in with: e-mails are written in it
    # and link to pages in it (consult.notifications). Empty: the site's.
    email_language = models.CharField(_("language of e-mails"), max_length=8, blank=True)
    # Discreet mode: neutral subject lines, no content or excerpts in e-mails.
    discreet_emails = models.BooleanField(_("discreet e-mails"), default=False)
    # Content warnings: fold the body behind its warning (default) or always show it.
    unfold_content_warnings = models.BooleanField(
        _("Always show posts and feedback that carry a content warning, without folding them"), default=False
    )
    # Exports and published reports call a member "Participant 1, 2, …"
    # unless they chose to be named.
    named_in_exports = models.BooleanField(
        _("Show my display name in published consultation reports and exports"), default=False
    )
    deletion_requested_at = models.DateTimeField(null=True, blank=True)

    created_at = models.DateTimeField(default=timezone.now)

    objects = ProfileQuerySet.as_manager()

    class Meta:
        indexes = [models.Index(fields=["status", "created_at"], name="profile_status_idx")]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status="suspended") | Q(suspended_until__isnull=False),
                name="profile_suspension_has_end_date",
            ),
        ]

    def __str__(self):
        return f"Profile #{self.pk}"

    @property
    def public_name(self):
        """The name other members see: the display name, or "former member"."""
        if self.status == self.Status.DELETED or not self.display_name:
            return str(_("former member"))
        return self.display_name

    def is_approved(self, now=None):
        if not self.user.is_active:
            return False
        if self.status == self.Status.APPROVED:
            return True
        now = now or timezone.now()
        return self.status == self.Status.SUSPENDED and self.suspended_until is not None and self.suspended_until <= now

    def is_suspended(self, now=None):
        now = now or timezone.now()
        return self.status == self.Status.SUSPENDED and self.suspended_until is not None and self.suspended_until > now

    def has_current_consent(self):
        return self.consent_version == settings.CODE_OF_CONDUCT_VERSION


class RoleQuerySet(models.QuerySet):
    def country_ids(self, role):
        """The country ids where these rows give ``role``; None means every country."""
        rows = [row for row in self if row.role == role]
        if any(row.country_id is None for row in rows):
            return None
        return {row.country_id for row in rows}


class CountryRole(models.Model):
    """A staff role of one user, in one country or (country empty) in all.

    Membership itself is the profile's status; these rows add duties on top
    of it and count only while the holder is an approved member.
    """

    class Role(models.TextChoices):
        MODERATOR = "moderator", _("moderator")
        EDITOR = "editor", _("editor")
        COUNTRY_STAFF = "country_staff", _("country-office staff")
        # Approves what the office's staff submit for publication.
        COUNTRY_LEAD = "country_lead", _("country lead")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="country_roles")
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)
    country = models.ForeignKey(
        "consult.Country",
        verbose_name=_("country"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="staff_roles",
        help_text=_("Empty: every country."),
    )
    granted_at = models.DateTimeField(default=timezone.now)

    objects = RoleQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "role", "country"], name="country_role_unique"),
            models.UniqueConstraint(
                fields=["user", "role"], condition=Q(country__isnull=True), name="country_role_unique_everywhere"
            ),
        ]

    def __str__(self):
        where = self.country.code if self.country_id else "all countries"
        return f"{self.get_role_display()} ({where})"
