"""How long the platform keeps what it records, enforced once a day by beat.

One function per kind of data; each deletes what is older than its
setting (in days) and returns how many rows went. All are safe to run
twice or to miss a day: they delete by age, so a second run finds nothing
more, and a missed run is caught up by the next. Rows go in batches of
``BATCH`` so no run holds long locks. docs/retention.md is the table
behind the privacy notice; change both together.
"""

import logging
from datetime import timedelta

from django.apps import apps
from django.conf import settings
from django.db import models, transaction
from django.utils import timezone

from consult.models import AuditLogEntry, OutboxEntry

from .models import MailEvent

logger = logging.getLogger(__name__)
BATCH = 1000


def _cutoff(days, now=None):
    return (now or timezone.now()) - timedelta(days=days)


def _delete_in_batches(queryset, delete=None):
    """Delete ``queryset``'s rows BATCH at a time; returns how many went."""
    total = 0
    model = queryset.model
    while True:
        ids = list(queryset.order_by().values_list("pk", flat=True)[:BATCH])
        if not ids:
            return total
        with transaction.atomic():
            # the plain QuerySet: the audit log's own refuses delete()
            rows = models.QuerySet(model).filter(pk__in=ids)
            (delete or models.QuerySet.delete)(rows)
        total += len(ids)


def purge_audit_log(now=None):
    """Audit-log rows older than AUDIT_LOG_RETENTION_DAYS (5 years).

    The one deletion the immutable log allows (with the redaction on account
    deletion): its QuerySet refuses delete(), so the rows go through the
    plain QuerySet.
    """
    old = AuditLogEntry.objects.filter(created_at__lt=_cutoff(settings.AUDIT_LOG_RETENTION_DAYS, now))
    return _delete_in_batches(old)


def purge_outbox(now=None):
    """Done entries after OUTBOX_DONE_RETENTION_DAYS, given-up ones after
    OUTBOX_FAILED_RETENTION_DAYS (time for an administrator to look);
    pending entries are never purged."""
    done = OutboxEntry.objects.filter(
        state=OutboxEntry.State.DONE, finished_at__lt=_cutoff(settings.OUTBOX_DONE_RETENTION_DAYS, now)
    )
    failed = OutboxEntry.objects.filter(
        state=OutboxEntry.State.FAILED, finished_at__lt=_cutoff(settings.OUTBOX_FAILED_RETENTION_DAYS, now)
    )
    return _delete_in_batches(done) + _delete_in_batches(failed)


def purge_exports(now=None):
    """Finished exports (files and rows) after EXPORT_RETENTION_DAYS.

    An export is a copy made on request from data the platform keeps: asked
    for again, it is built again. Running and queued exports stay.
    """
    try:
        Export = apps.get_model("recommendations", "Export")
    except LookupError:
        return 0
    old = Export.objects.filter(
        status__in=["done", "failed"], finished_at__lt=_cutoff(settings.EXPORT_RETENTION_DAYS, now)
    )

    def delete_with_files(rows):
        storage = Export._meta.get_field("file").storage
        names = [name for name in rows.values_list("file", flat=True) if name]
        rows.delete()
        # the files go once the rows are gone for good
        transaction.on_commit(lambda: [storage.delete(name) for name in names])

    return _delete_in_batches(old, delete_with_files)


def purge_notifications(now=None):
    """Forum notifications, the source of e-mails and daily digests, after
    NOTIFICATION_RETENTION_DAYS, read or not."""
    try:
        Notification = apps.get_model("forums", "Notification")
    except LookupError:
        return 0
    old = Notification.objects.filter(created_at__lt=_cutoff(settings.NOTIFICATION_RETENTION_DAYS, now))
    return _delete_in_batches(old)


def purge_sign_in_records(now=None):
    """django-axes' rows, which hold IP addresses: the sign-in history
    (successes and failures) after SIGN_IN_LOG_RETENTION_DAYS, the lockout
    counters after SIGN_IN_ATTEMPT_RETENTION_DAYS (a lockout lasts
    AXES_COOLOFF_TIME hours)."""
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog

    history = _cutoff(settings.SIGN_IN_LOG_RETENTION_DAYS, now)
    attempts = _cutoff(settings.SIGN_IN_ATTEMPT_RETENTION_DAYS, now)
    return (
        _delete_in_batches(AccessLog.objects.filter(attempt_time__lt=history))
        + _delete_in_batches(AccessFailureLog.objects.filter(attempt_time__lt=history))
        + _delete_in_batches(AccessAttempt.objects.filter(attempt_time__lt=attempts))
    )


def purge_mail_log(now=None):
    """Mail-log rows (outcome only) after MAIL_LOG_RETENTION_DAYS."""
    return _delete_in_batches(MailEvent.objects.filter(created_at__lt=_cutoff(settings.MAIL_LOG_RETENTION_DAYS, now)))


def purge_expired_sessions(now=None):
    """Sessions past their expiry date (Django's clearsessions)."""
    from django.contrib.sessions.models import Session

    return _delete_in_batches(Session.objects.filter(expire_date__lt=now or timezone.now()))


PURGES = {
    "audit_log": purge_audit_log,
    "outbox": purge_outbox,
    "exports": purge_exports,
    "notifications": purge_notifications,
    "sign_in_records": purge_sign_in_records,
    "mail_log": purge_mail_log,
    "sessions": purge_expired_sessions,
}


def run_all(now=None):
    """Every purge; returns {kind: rows deleted}."""
    counts = {kind: purge(now) for kind, purge in PURGES.items()}
    if any(counts.values()):
        logger.info("retention: %s", ", ".join(f"{kind} {n}" for kind, n in counts.items() if n))
    return counts
