"""Each kind of data goes after its retention period, by a beat task that is
safe to run twice."""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt, AccessLog
from django.conf import settings
from django.contrib.sessions.models import Session
from django.core.files.base import ContentFile
from django.utils import timezone

from config.celery import app
from consult.models import AuditLogEntry, OutboxEntry
from consult.operations import retention, tasks
from consult.operations.models import MailEvent

pytestmark = pytest.mark.django_db

LONG_AGO = timezone.now() - timedelta(days=6 * 365)


def old_and_new(model, field, **fields):
    old = model.objects.create(**fields)
    model._base_manager.filter(pk=old.pk).update(**{field: LONG_AGO})
    if "username" in fields:  # axes keeps one row per username, address and browser
        fields["username"] = "new-" + fields["username"]
    new = model.objects.create(**fields)
    return old, new


def run_twice(task):
    first = task.apply().get()
    second = task.apply().get()
    return first, second


def test_audit_rows_older_than_five_years_go_and_younger_ones_stay():
    old = AuditLogEntry.objects.create(action="test.old", created_at=LONG_AGO)
    new = AuditLogEntry.objects.create(action="test.new")
    assert run_twice(tasks.purge_audit_log)[1] == 0
    assert not AuditLogEntry.objects.filter(pk=old.pk).exists()
    assert AuditLogEntry.objects.filter(pk=new.pk).exists()


def test_done_and_failed_outbox_rows_go_but_pending_ones_never():
    done = OutboxEntry.objects.create(task_name="x", state="done", finished_at=LONG_AGO)
    failed = OutboxEntry.objects.create(task_name="x", state="failed", finished_at=LONG_AGO)
    pending = OutboxEntry.objects.create(task_name="x", created_at=LONG_AGO, last_sent_at=LONG_AGO)
    recent = OutboxEntry.objects.create(task_name="x", state="done", finished_at=timezone.now())
    assert run_twice(tasks.purge_outbox) == (2, 0)
    assert set(
        OutboxEntry.objects.filter(pk__in=[done.pk, failed.pk, pending.pk, recent.pk]).values_list("pk", flat=True)
    ) == {pending.pk, recent.pk}


def test_finished_exports_go_with_their_files(django_capture_on_commit_callbacks):
    from recommendations.models import Export
    from tests.recommendations.factories import draft

    version = draft("NL", 3)
    old = Export(
        kind="version", format="md", version=version, fingerprint="a" * 64, status="done", finished_at=LONG_AGO
    )
    old.file.save("old.md", ContentFile(b"# old"), save=True)
    path = old.file.path
    running = Export.objects.create(
        kind="version", format="pdf", version=version, fingerprint="b" * 64, status="running"
    )
    with django_capture_on_commit_callbacks(execute=True):
        assert tasks.purge_exports.apply().get() == 1
    assert tasks.purge_exports.apply().get() == 0
    assert not Export.objects.filter(pk=old.pk).exists()
    assert Export.objects.filter(pk=running.pk).exists()
    import os

    assert not os.path.exists(path)


def test_forum_notifications_behind_digests_go_after_ninety_days():
    from forums.models import Notification
    from tests.forums.factories import PostFactory

    post = PostFactory()
    old = Notification.objects.create(user=post.author, kind="moderation", thread=post.thread, created_at=LONG_AGO)
    new = Notification.objects.create(user=post.author, kind="moderation", thread=post.thread)
    assert run_twice(tasks.purge_notifications) == (1, 0)
    assert not Notification.objects.filter(pk=old.pk).exists()
    assert Notification.objects.filter(pk=new.pk).exists()


def test_sign_in_records_holding_ip_addresses_go():
    _old_log, new_log = old_and_new(AccessLog, "attempt_time", username="a@example.org", ip_address="192.0.2.1")
    old_attempt, _ = old_and_new(
        AccessAttempt, "attempt_time", username="a@example.org", ip_address="192.0.2.1", failures_since_start=1
    )
    assert run_twice(tasks.purge_sign_in_records) == (2, 0)
    assert list(AccessLog.objects.values_list("pk", flat=True)) == [new_log.pk]
    assert not AccessAttempt.objects.filter(pk=old_attempt.pk).exists()


def test_mail_log_rows_go_after_ninety_days():
    _old, new = old_and_new(MailEvent, "created_at", outcome="sent", recipients=1)
    assert run_twice(tasks.purge_mail_log) == (1, 0)
    assert list(MailEvent.objects.values_list("pk", flat=True)) == [new.pk]


def test_expired_sessions_go():
    Session.objects.create(session_key="x" * 32, session_data="", expire_date=LONG_AGO)
    assert run_twice(tasks.purge_sessions) == (1, 0)


def test_every_purge_is_scheduled_by_beat_under_a_registered_task():
    scheduled = {entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values()}
    for kind in retention.PURGES:
        assert f"operations.purge_{kind}" in scheduled
    app.loader.import_default_modules()
    assert scheduled <= set(app.tasks), scheduled - set(app.tasks)
