"""Development: the embedded default (SQLite, filesystem broker, e-mails as files in var/mail/)."""

from .base import *  # noqa: F403
from .base import env

DEBUG = env.bool("DJANGO_DEBUG", default=True)
# One .eml file per message in EMAIL_FILE_PATH (var/mail/), not the console:
# account e-mails carry password-reset and account-deletion links. (The
# recording backend of base.py hands each message to this one.)
EMAIL_DELIVERY_BACKEND = env("EMAIL_BACKEND", default="consult.mailbox.MailboxBackend")
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"
# Static files straight from the app folders, no collectstatic needed.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
