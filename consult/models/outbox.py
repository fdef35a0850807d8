"""The task outbox (see consult/outbox.py)."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


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
