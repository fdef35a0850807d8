"""Every e-mail handed to the mail server leaves an outcome row, nothing more."""

import pytest
from django.core import mail
from django.core.mail import EmailMessage
from django.db import connection, transaction

from consult.operations.mail import RecordingEmailBackend
from consult.operations.models import MailEvent

# Committed rows: the failure's row is written through a connection of its own.
pytestmark = pytest.mark.django_db(transaction=True)


class RefusingBackend:
    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("mail server down")


def message():
    return EmailMessage(subject="Private subject", body="Private body", to=["someone@example.org", "b@example.org"])


def test_a_sent_e_mail_is_recorded_without_address_subject_or_body(settings):
    settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert RecordingEmailBackend().send_messages([message()]) == 1
    assert len(mail.outbox) == 1
    event = MailEvent.objects.get()
    assert (event.outcome, event.recipients, event.error) == ("sent", 2, "")
    stored = " ".join(str(value) for value in MailEvent.objects.values_list().get())
    assert "someone@example.org" not in stored
    assert "Private" not in stored


def test_a_refused_e_mail_is_recorded_as_failed_and_the_error_still_raised(settings):
    settings.EMAIL_DELIVERY_BACKEND = "tests.operations.test_mail_log.RefusingBackend"
    with pytest.raises(ConnectionRefusedError):
        RecordingEmailBackend().send_messages([message()])
    assert MailEvent.objects.get().error == "ConnectionRefusedError"


def test_a_failure_inside_a_transaction_that_rolls_back_keeps_its_row(settings):
    """As when an outbox task's send fails: its transaction rolls back.
    PostgreSQL only: the row is written on a connection of its own, which
    SQLite (one writer, the embedded default) cannot open inside a transaction."""
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL (a second connection inside a transaction); CI runs it there")
    settings.EMAIL_DELIVERY_BACKEND = "tests.operations.test_mail_log.RefusingBackend"
    with pytest.raises(ConnectionRefusedError), transaction.atomic():
        RecordingEmailBackend().send_messages([message()])
    assert MailEvent.objects.get().outcome == MailEvent.Outcome.FAILED


def test_production_settings_record_every_e_mail():
    from config.settings import base

    assert base.EMAIL_BACKEND == "consult.operations.mail.RecordingEmailBackend"
