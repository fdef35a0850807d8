"""What operations keeps: one row per e-mail handed to the mail server
(outcome only) and the time each worker last ran the heartbeat task."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class MailEvent(models.Model):
    """One message handed to the mail server, or refused by it.

    No address, subject or body: the row says that a message went out (or
    failed, and the exception's class), so an operator can count them.
    Kept OPERATIONS_MAIL_LOG_RETENTION_DAYS (consult/operations/retention.py).
    """

    class Outcome(models.TextChoices):
        SENT = "sent", _("sent")
        FAILED = "failed", _("failed")

    outcome = models.CharField(max_length=10, choices=Outcome.choices)
    recipients = models.PositiveIntegerField(default=0)
    error = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("mail event")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.outcome} at {self.created_at:%Y-%m-%d %H:%M}"


class WorkerHeartbeat(models.Model):
    """The last time beat's heartbeat task ran on a worker: beat, broker and
    worker all work when this is recent."""

    worker = models.CharField(max_length=200, unique=True)
    seen_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("worker heartbeat")

    def __str__(self):
        return f"{self.worker} at {self.seen_at:%Y-%m-%d %H:%M:%S}"
