"""The transactional outbox: background work that survives a lost broker.

A service calls ``schedule("app.task_name", key=..., **arguments)`` inside
its transaction: by the task's name, so no service imports a task module
(tasks import services; the other way round would make circles). That
writes an OutboxEntry row and, once the transaction commits, sends the
broker a wake-up call carrying only the row's id (``transaction.on_commit``).
The task locks the row, does the work and marks the row done in one
transaction, so a second delivery finds nothing to do. If the broker is
down when the change commits, loses the message (Redis restarted without
persistence) or a worker dies mid-way, ``consult.sweep_outbox`` sends the
wake-up call again once the row has waited ``OUTBOX_RETRY_AFTER_SECONDS``.
"""

import logging
from datetime import timedelta
from functools import partial

from celery import current_app, shared_task
from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from .models import OutboxEntry

logger = logging.getLogger(__name__)


def task_named(name):
    """The registered Celery task called ``name``.

    A web process imports no task module by itself: on the first miss the
    app's task modules are imported (Celery's autodiscovery), once.
    """
    tasks = current_app.tasks
    if name not in tasks:
        current_app.loader.import_default_modules()
    return tasks[name]


def schedule(task_name, *, key=None, **arguments):
    """Record that the task ``task_name`` must run with ``arguments`` and
    wake a worker on commit.

    With a ``key``, scheduling the same work twice returns the first entry
    and sends nothing new.
    """
    task_name = getattr(task_name, "name", task_name)
    if key is not None:
        existing = OutboxEntry.objects.filter(dedupe_key=key).first()
        if existing is not None:
            return existing
    try:
        with transaction.atomic():
            entry = OutboxEntry.objects.create(task_name=task_name, arguments=arguments, dedupe_key=key, attempts=1)
    except IntegrityError:
        # another transaction scheduled the same key in between
        return OutboxEntry.objects.get(dedupe_key=key)
    transaction.on_commit(partial(_wake, task_name, entry.pk))
    return entry


def _wake(task_name, outbox_id):
    """Send the wake-up call; if the broker is down, say so and carry on.

    The change and its outbox row are committed already: failing here would
    show the person an error page for something that was saved (and invite
    them to send it twice). The sweep sends the call again later.
    """
    try:
        task_named(task_name).apply_async(kwargs={"outbox_id": outbox_id})
    except Exception as error:
        logger.warning(
            "outbox entry %s: broker unreachable (%s); the sweep will retry", outbox_id, type(error).__name__
        )


def run_entry(outbox_id, work, *, scrub=False):
    """Do the work of one pending entry exactly once; return whether it ran.

    The row is locked for the duration (SELECT ... FOR UPDATE SKIP LOCKED on
    PostgreSQL; SQLite serialises writers), so two deliveries of the same
    wake-up call never both do the work. With ``scrub``, the arguments are
    emptied once the work is done (they held a secret, such as a sign-in
    link, that must not stay in the database).
    """
    try:
        with transaction.atomic():
            entry = (
                OutboxEntry.objects.select_for_update(skip_locked=True)
                .filter(pk=outbox_id, state=OutboxEntry.State.PENDING)
                .first()
            )
            if entry is None:
                return False
            work(**entry.arguments)
            entry.state = OutboxEntry.State.DONE
            entry.finished_at = timezone.now()
            entry.last_error = ""
            fields = ["state", "finished_at", "last_error"]
            if scrub:
                entry.arguments = {}
                fields.append("arguments")
            entry.save(update_fields=fields)
            return True
    except Exception as error:  # the sweep retries; the caller must not fail
        logger.exception("outbox entry %s failed", outbox_id)
        OutboxEntry.objects.filter(pk=outbox_id).update(last_error=type(error).__name__[:200])
        return False


def outbox_task(*, name, scrub_arguments=False, **options):
    """Declare a Celery task whose work is recorded in the outbox.

    The decorated function receives the arguments given to ``schedule`` and
    must be safe to run again after a crash (it runs inside the row's
    transaction, so its database writes commit with the "done" mark).
    ``scrub_arguments``: empty the row's arguments once the work is done.
    """

    def decorate(work):
        @shared_task(name=name, **options)
        def run(outbox_id):
            return run_entry(outbox_id, work, scrub=scrub_arguments)

        run.__doc__ = work.__doc__
        run.schedule = lambda key=None, **arguments: schedule(name, key=key, **arguments)
        run.work = work
        return run

    return decorate


def resend_stale_entries(now=None):
    """Send again the wake-up call of every entry pending for too long.

    Returns (resent, given_up). Entries that reached OUTBOX_MAX_ATTEMPTS are
    marked failed and left for an administrator.
    """
    now = now or timezone.now()
    cutoff = now - timedelta(seconds=settings.OUTBOX_RETRY_AFTER_SECONDS)
    stale = OutboxEntry.objects.filter(state=OutboxEntry.State.PENDING, last_sent_at__lt=cutoff)
    given_up = stale.filter(attempts__gte=settings.OUTBOX_MAX_ATTEMPTS).update(
        state=OutboxEntry.State.FAILED, finished_at=now
    )
    resent = 0
    for entry_id, task_name in stale.values_list("pk", "task_name")[:1000]:
        OutboxEntry.objects.filter(pk=entry_id).update(last_sent_at=now, attempts=F("attempts") + 1)
        task_named(task_name).apply_async(kwargs={"outbox_id": entry_id})
        resent += 1
    if resent or given_up:
        logger.info("outbox sweep: %s resent, %s given up", resent, given_up)
    return resent, given_up
