"""The ground floor: accounts, countries and the task outbox.

Every other app imports from here; this app imports none of them.
"""

from django.contrib.auth.models import AbstractUser, UserManager
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class EmailUserManager(UserManager):
    """Users log in with their e-mail address; there is no username."""

    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email=None, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email=None, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)


class User(AbstractUser):
    """An account. E-mail is the login; the name members see is the profile's
    display name, never first or last name."""

    username = None
    email = models.EmailField(_("e-mail address"), unique=True)

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = []

    objects = EmailUserManager()

    class Meta:
        constraints = [
            models.UniqueConstraint(Lower("email"), name="user_email_unique_ci"),
        ]

    def __str__(self):
        return self.email


class Country(models.Model):
    """One of the programme's 12 countries (seeded, rarely changed)."""

    code = models.CharField(_("ISO code"), max_length=2, unique=True)
    name = models.CharField(_("name"), max_length=80)
    # Official languages, first one first: ["nl", "fr", "de"] for Belgium.
    languages = models.JSONField(_("official languages"), default=list)
    emergency_number = models.CharField(_("emergency number"), max_length=20, default="112")

    class Meta:
        ordering = ["name"]
        verbose_name_plural = _("countries")

    def __str__(self):
        return self.name

    @property
    def first_language(self):
        return self.languages[0] if self.languages else "en"


class OutboxEntry(models.Model):
    """Work a Celery task must do, written in the same transaction as the
    change that asks for it. The broker only carries a wake-up call with this
    row's id; consult.outbox and the periodic sweep guarantee it runs."""

    class State(models.TextChoices):
        PENDING = "pending", _("pending")
        DONE = "done", _("done")
        FAILED = "failed", _("failed")  # gave up after OUTBOX_MAX_ATTEMPTS

    task_name = models.CharField(max_length=200)
    # Ids and short values only, never message bodies or personal data.
    arguments = models.JSONField(default=dict)
    # Same key, same work: a second request for it is the first one.
    dedupe_key = models.CharField(max_length=200, null=True, blank=True, unique=True)
    state = models.CharField(max_length=10, choices=State.choices, default=State.PENDING)
    attempts = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(default=timezone.now)
    last_sent_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)
    last_error = models.CharField(max_length=200, blank=True)

    class Meta:
        verbose_name_plural = _("outbox entries")
        indexes = [models.Index(fields=["state", "last_sent_at"], name="outbox_pending_idx")]

    def __str__(self):
        return f"{self.task_name} #{self.pk} ({self.state})"
