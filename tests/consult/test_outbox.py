"""The outbox: background work is recorded with the change that asks for it,
done exactly once, and sent again when its wake-up call was lost."""

from datetime import timedelta

import pytest
from django.core import mail
from django.db import transaction
from django.utils import timezone

from consult import outbox
from consult.models import OutboxEntry
from consult.notifications import notify_user
from consult.tasks import send_email_to_user, sweep_outbox
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_scheduling_an_email_records_an_entry_and_sends_it_after_commit(django_capture_on_commit_callbacks):
    user = UserFactory()
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        entry = notify_user(user, "welcome")
    assert entry.state == OutboxEntry.State.PENDING
    assert mail.outbox == []  # nothing leaves before the transaction commits

    for callback in callbacks:
        callback()

    entry.refresh_from_db()
    assert entry.state == OutboxEntry.State.DONE
    assert [message.to for message in mail.outbox] == [[user.email]]
    assert mail.outbox[0].subject == "Your PROTECT account"


def test_a_rolled_back_change_sends_nothing(django_capture_on_commit_callbacks):
    user = UserFactory()
    with django_capture_on_commit_callbacks(execute=True):
        try:
            with transaction.atomic():
                notify_user(user, "welcome")
                raise RuntimeError("the change that asked for the e-mail failed")
        except RuntimeError:
            pass
    assert OutboxEntry.objects.count() == 0
    assert mail.outbox == []


def test_a_second_delivery_of_the_same_wake_up_call_sends_no_second_email(django_capture_on_commit_callbacks):
    user = UserFactory()
    with django_capture_on_commit_callbacks(execute=True):
        entry = notify_user(user, "welcome")

    send_email_to_user.delay(outbox_id=entry.pk)
    send_email_to_user.delay(outbox_id=entry.pk)

    assert len(mail.outbox) == 1


def test_the_same_key_schedules_the_work_once(django_capture_on_commit_callbacks):
    user = UserFactory()
    with django_capture_on_commit_callbacks(execute=True):
        first = send_email_to_user.schedule(key="welcome:1", user_id=user.pk, template="welcome")
        second = send_email_to_user.schedule(key="welcome:1", user_id=user.pk, template="welcome")
    assert first.pk == second.pk
    assert len(mail.outbox) == 1


def test_a_failing_task_stays_pending_with_the_error_name_and_no_personal_data(monkeypatch):
    user = UserFactory()

    def broken_work(**arguments):
        raise ConnectionRefusedError(f"cannot reach mail server for {user.email}")

    entry = OutboxEntry.objects.create(task_name=send_email_to_user.name, arguments={"user_id": user.pk})
    assert outbox.run_entry(entry.pk, broken_work) is False

    entry.refresh_from_db()
    assert entry.state == OutboxEntry.State.PENDING
    assert entry.last_error == "ConnectionRefusedError"


def test_the_sweep_resends_an_entry_whose_wake_up_call_was_lost(settings):
    user = UserFactory()
    long_ago = timezone.now() - timedelta(seconds=settings.OUTBOX_RETRY_AFTER_SECONDS + 1)
    lost = OutboxEntry.objects.create(
        task_name=send_email_to_user.name,
        arguments={"user_id": user.pk, "template": "welcome", "params": {}},
        last_sent_at=long_ago,
    )
    recent = OutboxEntry.objects.create(
        task_name=send_email_to_user.name,
        arguments={"user_id": user.pk, "template": "welcome", "params": {}},
    )

    sweep_outbox.delay()
    sweep_outbox.delay()

    lost.refresh_from_db()
    recent.refresh_from_db()
    assert lost.state == OutboxEntry.State.DONE
    assert recent.state == OutboxEntry.State.PENDING  # its wake-up call may still be on its way
    assert len(mail.outbox) == 1


def test_the_sweep_gives_up_after_the_maximum_number_of_attempts(settings):
    settings.OUTBOX_MAX_ATTEMPTS = 3
    entry = OutboxEntry.objects.create(
        task_name=send_email_to_user.name,
        arguments={"user_id": 0, "template": "welcome"},
        attempts=3,
        last_sent_at=timezone.now() - timedelta(days=1),
    )
    assert outbox.resend_stale_entries() == (0, 1)
    entry.refresh_from_db()
    assert entry.state == OutboxEntry.State.FAILED


def test_an_email_to_a_deleted_user_is_done_without_sending(django_capture_on_commit_callbacks):
    user = UserFactory()
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        entry = notify_user(user, "welcome")
    user.delete()
    for callback in callbacks:
        callback()
    entry.refresh_from_db()
    assert entry.state == OutboxEntry.State.DONE
    assert mail.outbox == []
