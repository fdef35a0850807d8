"""A real Celery worker, a real Redis broker, a real PostgreSQL database."""

import pytest
from django.db import transaction

from consult.models import OutboxEntry
from consult.notifications import notify_user
from tests.factories import UserFactory

from .conftest import wait_for

pytestmark = pytest.mark.integration


def test_an_email_scheduled_in_a_transaction_is_sent_by_a_worker_through_redis(celery_worker_process):
    process, mail_folder = celery_worker_process
    user = UserFactory(email="worker-test@example.org")

    with transaction.atomic():
        entry = notify_user(user, "welcome")

    done = wait_for(lambda: OutboxEntry.objects.get(pk=entry.pk).state == OutboxEntry.State.DONE)
    if not done:
        process.terminate()
        pytest.fail("the worker did not finish the task within 60 s:\n" + process.communicate(timeout=20)[0])
    messages = [path.read_text() for path in mail_folder.iterdir()]
    assert len(messages) == 1
    assert "To: worker-test@example.org" in messages[0]
    assert "Subject: Your PROTECT account" in messages[0]


def test_work_whose_wake_up_call_was_lost_is_done_after_the_sweep(celery_worker_process, settings):
    """Redis restarted without persistence: the row is still there, the sweep sends it again."""
    _process, mail_folder = celery_worker_process
    user = UserFactory(email="lost-message@example.org")
    entry = OutboxEntry.objects.create(
        task_name="consult.send_email_to_user",
        arguments={"user_id": user.pk, "template": "welcome", "params": {}},
    )
    # No wake-up call was ever sent (as if the broker lost it). Age the row.
    OutboxEntry.objects.filter(pk=entry.pk).update(
        last_sent_at=entry.last_sent_at.replace(year=entry.last_sent_at.year - 1)
    )
    from consult.tasks import sweep_outbox

    sweep_outbox.delay()  # through Redis, to the worker

    assert wait_for(lambda: OutboxEntry.objects.get(pk=entry.pk).state == OutboxEntry.State.DONE)
    assert len(list(mail_folder.iterdir())) == 1
