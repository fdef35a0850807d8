"""Times as the reader reads them: in the site's time zone and the active
language's date format ("6 December 2026, 15:38" in English), for messages
that services write (templates use the ``date`` filter the same way)."""

from django.utils import timezone
from django.utils.formats import date_format


def when(moment):
    """``moment`` (an aware datetime) in local time, in the active language's DATETIME_FORMAT."""
    return date_format(timezone.localtime(moment), "DATETIME_FORMAT")
