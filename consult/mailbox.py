"""The development mailbox: each e-mail as one ``.eml`` file, nothing on the console.

``make run`` used Django's console backend, which printed whole messages
(recipients, password-reset and account-deletion links) into the terminal
and whatever records it. Here each message becomes its own file in
``EMAIL_FILE_PATH`` (``var/mail/`` by default), readable only by the
developer's account; any mail program opens it, and ``runplatform`` says
where the folder is. Django's own file backend writes a whole connection's
messages into one ``.log`` file, which no mail program opens.
"""

import os
import threading
from datetime import datetime
from pathlib import Path
from uuid import uuid4

from django.conf import settings
from django.core.mail.backends.base import BaseEmailBackend


class MailboxBackend(BaseEmailBackend):
    """EMAIL_BACKEND for development: one file per message in EMAIL_FILE_PATH."""

    def __init__(self, *, file_path=None, fail_silently=False, **kwargs):
        super().__init__(fail_silently=fail_silently, **kwargs)
        self.directory = Path(file_path or settings.EMAIL_FILE_PATH)
        self._lock = threading.Lock()

    def send_messages(self, email_messages):
        sent = 0
        with self._lock:
            self.directory.mkdir(mode=0o700, parents=True, exist_ok=True)
            for message in email_messages:
                if not message.recipients():
                    continue
                path = self.directory / f"{datetime.now():%Y%m%d-%H%M%S}-{uuid4().hex[:8]}.eml"
                # created 0600 (not chmod-ed after writing): the links are secrets until used
                descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
                with os.fdopen(descriptor, "wb") as file:
                    file.write(message.message().as_bytes(linesep="\n"))
                sent += 1
        return sent


def describe_mail_destination():
    """One line for the development console: where this process's e-mails go."""
    backend = settings.EMAIL_BACKEND
    if backend == "consult.operations.mail.RecordingEmailBackend":  # it records, then hands on
        backend = settings.EMAIL_DELIVERY_BACKEND
    if backend == f"{__name__}.MailboxBackend":
        return f"E-mails are not shown here: each one is a .eml file in {settings.EMAIL_FILE_PATH}/"
    if backend == "django.core.mail.backends.filebased.EmailBackend":
        return f"E-mails are not shown here: they are written to {settings.EMAIL_FILE_PATH}/"
    if backend == "django.core.mail.backends.console.EmailBackend":
        return "E-mails, with their links, are printed on this console (EMAIL_BACKEND is the console backend)."
    return f"E-mails are sent through {backend}."
