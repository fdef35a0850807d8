"""The e-mail backend every message goes through (settings.EMAIL_BACKEND).

It hands the messages to the real backend (EMAIL_DELIVERY_BACKEND: SMTP in
production) and keeps one ``MailEvent`` per message: sent, or failed with
the exception's class. No address, subject or body is kept.

Most e-mails are sent by a worker inside the transaction of an outbox entry
(consult/outbox.py); when the send fails, that transaction rolls back, and
a row written in it would vanish with it. So inside a transaction on
PostgreSQL the rows are written through a connection of their own, which
commits at once. (SQLite, the embedded default, allows one writer: there
the rows are written in the caller's transaction.)
"""

import logging

from django.conf import settings
from django.core.mail import get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.db import DEFAULT_DB_ALIAS, connections

from .models import MailEvent

logger = logging.getLogger(__name__)


class RecordingEmailBackend(BaseEmailBackend):
    """Send through EMAIL_DELIVERY_BACKEND and record each outcome."""

    def __init__(self, fail_silently=False, **kwargs):
        super().__init__(fail_silently=fail_silently)
        self.delivery = get_connection(settings.EMAIL_DELIVERY_BACKEND, fail_silently=fail_silently, **kwargs)

    def open(self):
        return self.delivery.open()

    def close(self):
        return self.delivery.close()

    def send_messages(self, email_messages):
        messages = list(email_messages or [])
        if not messages:
            return 0
        try:
            sent = self.delivery.send_messages(messages) or 0
        except Exception as error:
            failure = type(error).__name__
            record_mail_events([(MailEvent.Outcome.FAILED, len(m.recipients()), failure) for m in messages])
            raise
        events = [(MailEvent.Outcome.SENT, len(m.recipients()), "") for m in messages[:sent]]
        events += [(MailEvent.Outcome.FAILED, len(m.recipients()), "not sent") for m in messages[sent:]]
        record_mail_events(events)
        return sent


def record_mail_events(events):
    """Write ``(outcome, recipients, error)`` rows; never raises (a lost
    count must not turn a sent e-mail into a failed task)."""
    rows = [MailEvent(outcome=outcome, recipients=count, error=error[:200]) for outcome, count, error in events]
    connection = connections[DEFAULT_DB_ALIAS]
    try:
        if connection.in_atomic_block and connection.vendor == "postgresql":
            own = connections.create_connection(DEFAULT_DB_ALIAS)
            try:
                with own.cursor() as cursor:
                    cursor.executemany(
                        f"INSERT INTO {MailEvent._meta.db_table} (outcome, recipients, error, created_at) "  # noqa: S608 (a table name from the model)
                        "VALUES (%s, %s, %s, %s)",
                        [(row.outcome, row.recipients, row.error, row.created_at) for row in rows],
                    )
            finally:
                own.close()
        else:
            MailEvent.objects.bulk_create(rows)
    except Exception:
        logger.exception("could not record %s mail event(s)", len(rows))
