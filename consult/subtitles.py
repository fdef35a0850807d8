"""WebVTT subtitle files: read them, and refuse a broken one with the line
that is wrong.

A browser silently drops a track it cannot parse, so a staff member would
only learn of a mistake from a viewer. The checks follow the WebVTT syntax
(https://www.w3.org/TR/webvtt1/#file-structure) as far as a browser needs:
the ``WEBVTT`` signature, blocks separated by blank lines, cue timings
``start --> end`` with ``mm:ss.ttt`` or ``hh:mm:ss.ttt`` times, an end after
the start, cues in time order, and UTF-8 text.
"""

import html
import re
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

MAX_SUBTITLE_BYTES = 512 * 1024
_TIME = re.compile(r"^(?:(\d{2,}):)?(\d{2}):(\d{2})\.(\d{3})$")
_LOOKS_LIKE_TIMING = re.compile(r"^\s*\d+:\d{2}[:.,]\d+.*\d{2}[.,]\d{3}")
_SIGNATURE = re.compile(r"^WEBVTT(?:[ \t].*)?$")


@dataclass(frozen=True)
class Cue:
    start: float
    end: float
    text: str


class BrokenSubtitles(ValueError):
    def __init__(self, line, message):
        super().__init__(message)
        self.line, self.message = line, message


def parse_webvtt(data):
    """The cues of a WebVTT file given as bytes, in order.

    Raises BrokenSubtitles with the 1-based line number of the first mistake.
    """
    if len(data) > MAX_SUBTITLE_BYTES:
        raise BrokenSubtitles(1, _("The file is larger than 512 KB; a subtitle file is much smaller."))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise BrokenSubtitles(line, _("The text is not UTF-8. Save the file as UTF-8 and upload it again.")) from None
    text = text.removeprefix("\ufeff")
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if not _SIGNATURE.match(lines[0]):
        raise BrokenSubtitles(1, _("A WebVTT file starts with the line WEBVTT."))

    number = 1
    # The header runs until the first blank line.
    while number < len(lines) and lines[number].strip():
        if "-->" in lines[number]:
            raise BrokenSubtitles(number + 1, _("Leave a blank line after WEBVTT, before the first cue."))
        number += 1

    cues = []
    while number < len(lines):
        if not lines[number].strip():
            number += 1
            continue
        block_start = number
        block = []
        while number < len(lines) and lines[number].strip():
            block.append(lines[number])
            number += 1
        cue = _parse_block(block, block_start, previous=cues[-1] if cues else None)
        if cue is not None:
            cues.append(cue)
    if not cues:
        raise BrokenSubtitles(
            len(lines), _("The file has no cues (no line with a time such as 00:01.000 --> 00:04.000).")
        )
    return cues


def _parse_block(block, first_index, previous):
    first = block[0]
    if first.startswith(("NOTE", "STYLE", "REGION")) and "-->" not in first:
        return None
    timing_index = 0 if "-->" in first else 1
    if _LOOKS_LIKE_TIMING.match(first) and "-->" not in first:
        raise BrokenSubtitles(first_index + 1, _("Write the arrow between the two times as -->."))
    if timing_index >= len(block) or "-->" not in block[timing_index]:
        raise BrokenSubtitles(
            first_index + timing_index + 1,
            _("Expected a cue timing such as 00:01.000 --> 00:04.000 here."),
        )
    line_number = first_index + timing_index + 1
    start_text, _arrow, rest = block[timing_index].partition("-->")
    end_text = rest.strip().split()[0] if rest.strip() else ""
    start = _seconds(start_text.strip(), line_number)
    end = _seconds(end_text, line_number)
    if end <= start:
        raise BrokenSubtitles(line_number, _("The cue ends before it starts."))
    if previous is not None and start < previous.start:
        raise BrokenSubtitles(line_number, _("The cue starts before the cue above it: keep the cues in time order."))
    payload = block[timing_index + 1 :]
    for offset, payload_line in enumerate(payload):
        if "-->" in payload_line:
            raise BrokenSubtitles(
                line_number + offset + 1,
                _("Leave a blank line between two cues."),
            )
    return Cue(start, end, "\n".join(payload))


def _seconds(value, line_number):
    match = _TIME.match(value)
    if match is None:
        hint = _(" (WebVTT uses a full stop before the milliseconds, not a comma)") if "," in value else ""
        raise BrokenSubtitles(
            line_number,
            _("“%(value)s” is not a WebVTT time such as 00:01.000 or 01:02:03.000%(hint)s.")
            % {"value": value[:40], "hint": hint},
        )
    hours, minutes, seconds, millis = match.groups()
    if int(minutes) > 59 or int(seconds) > 59:
        raise BrokenSubtitles(line_number, _("“%(value)s” has more than 59 minutes or seconds.") % {"value": value})
    return int(hours or 0) * 3600 + int(minutes) * 60 + int(seconds) + int(millis) / 1000


def read_cues(field_file):
    """The cues of a stored or uploaded subtitle file (which must be valid)."""
    field_file.open("rb")
    try:
        field_file.seek(0)
        return parse_webvtt(field_file.read())
    finally:
        field_file.seek(0)


def validate_webvtt(field_file):
    """A model-field validator: a broken file is refused with its line number."""
    try:
        read_cues(field_file)
    except BrokenSubtitles as error:
        raise ValidationError(
            _("Line %(line)s: %(message)s"),
            code="invalid_webvtt",
            params={"line": error.line, "message": error.message},
        ) from None


def transcript_text(cues):
    """The cues as running text: one paragraph per cue, repeated lines dropped,
    voice tags (<v Narrator>) and other markup removed."""
    paragraphs = []
    for cue in cues:
        plain = html.unescape(re.sub(r"<[^>]*>", "", cue.text)).strip()
        if plain and (not paragraphs or paragraphs[-1] != plain):
            paragraphs.append(plain)
    return "\n".join(paragraphs)
