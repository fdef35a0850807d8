"""Times as the reader reads them, for messages that services write: in
the reader's zone (consult.reader_time) and the active language's format,
with the zone ("6 December 2026, 15:38 CET"), as templates write them with
the ``reader_time`` filter."""

from consult.reader_time import reader_time


def when(moment):
    """``moment`` (an aware datetime) in the active zone, in the active language's DATETIME_FORMAT, with the zone."""
    return reader_time(moment)
