"""The text guard: characters no database can store never reach one.

NUL (PostgreSQL refuses it in text) and lone UTF-16 surrogates (no database
can encode them; JSON's "\\ud800" escapes produce them). Forms refuse them
with a field error; services call ``refuse_unstorable`` for every other
caller (the API, tasks, the merge workbench).
"""

import re

from django.utils.translation import gettext_lazy as _

from .refusals import Refusal

UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
UNSTORABLE_MESSAGE = _("The text contains a character that cannot be stored.")


def is_storable(text):
    return not UNSTORABLE.search(text or "")


def refuse_unstorable(**texts):
    """Raise a Refusal naming the first field whose text cannot be stored."""
    for field, value in texts.items():
        if not is_storable(value):
            raise Refusal(UNSTORABLE_MESSAGE, field=field)
