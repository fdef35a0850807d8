"""Operations' periodic tasks: the heartbeat and one purge per kind of data.

Scheduled by beat (CELERY_BEAT_SCHEDULE in config/settings/base.py, seeded
into django-celery-beat's tables when beat starts).
"""

import socket

from celery import shared_task
from django.utils import timezone

from . import retention
from .models import WorkerHeartbeat


@shared_task(name="operations.heartbeat", bind=True, ignore_result=True)
def heartbeat(self):
    """Record that this worker ran a task that beat sent.

    Safe to run twice: it only moves this worker's timestamp forward.
    """
    worker = getattr(self.request, "hostname", None) or socket.gethostname()
    WorkerHeartbeat.objects.update_or_create(worker=worker[:200], defaults={"seen_at": timezone.now()})


def _purge_task(kind, purge):
    def run():
        return purge()

    run.__name__ = f"purge_{kind}"
    run.__doc__ = (
        f"{purge.__doc__}\n\nSafe to run twice: rows are deleted by age, so a second run deletes nothing more."
    )
    return shared_task(name=f"operations.purge_{kind}", ignore_result=True)(run)


purge_audit_log = _purge_task("audit_log", retention.purge_audit_log)
purge_outbox = _purge_task("outbox", retention.purge_outbox)
purge_exports = _purge_task("exports", retention.purge_exports)
purge_notifications = _purge_task("notifications", retention.purge_notifications)
purge_sign_in_records = _purge_task("sign_in_records", retention.purge_sign_in_records)
purge_mail_log = _purge_task("mail_log", retention.purge_mail_log)
purge_sessions = _purge_task("sessions", retention.purge_expired_sessions)
