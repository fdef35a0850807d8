"""A subtitle file is checked as WebVTT when staff upload it: a broken one is
refused with the line that is wrong, since a browser would silently drop it."""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile

from consult.subtitles import BrokenSubtitles, parse_webvtt, transcript_text, validate_webvtt


def broken_line(text):
    with pytest.raises(BrokenSubtitles) as caught:
        parse_webvtt(text.encode() if isinstance(text, str) else text)
    return caught.value.line


def test_a_webvtt_file_gives_its_cues_in_order():
    cues = parse_webvtt(
        b"WEBVTT - PROTECT\n\nNOTE made by the office\n\n1\n00:00.500 --> 00:04.500 align:center\n"
        b"You are not alone.\n\n00:01:05.000 --> 00:01:09.000\n<v Narrator>Call 112.</v>\n"
    )
    assert [(cue.start, cue.end) for cue in cues] == [(0.5, 4.5), (65.0, 69.0)]
    assert transcript_text(cues) == "You are not alone.\nCall 112."


def test_a_file_without_the_webvtt_signature_is_refused_on_line_1():
    assert broken_line("1\n00:00:01,000 --> 00:00:04,000\nHello\n") == 1


def test_an_srt_time_with_a_comma_is_refused_with_its_line_and_a_hint():
    with pytest.raises(BrokenSubtitles) as caught:
        parse_webvtt(b"WEBVTT\n\n00:00.000 --> 00:04.000\nOne\n\n00:00:05,000 --> 00:00:08,000\nTwo\n")
    assert caught.value.line == 6
    assert "full stop" in caught.value.message


def test_a_cue_that_ends_before_it_starts_is_refused_with_its_line():
    assert broken_line("WEBVTT\n\n00:05.000 --> 00:04.000\nBackwards\n") == 3


def test_cues_out_of_time_order_are_refused_at_the_later_cue():
    assert broken_line("WEBVTT\n\n00:05.000 --> 00:06.000\nB\n\n00:01.000 --> 00:02.000\nA\n") == 6


def test_two_cues_without_a_blank_line_between_them_are_refused_at_the_second_timing():
    assert broken_line("WEBVTT\n\n00:01.000 --> 00:02.000\nA\n00:03.000 --> 00:04.000\nB\n") == 5


def test_a_block_without_a_timing_is_refused():
    assert broken_line("WEBVTT\n\n00:01.000 --> 00:02.000\nA\n\nintro\njust text\n") == 7


def test_seconds_past_59_are_refused():
    assert broken_line("WEBVTT\n\n00:61.000 --> 01:02.000\nA\n") == 3


def test_a_file_that_is_not_utf8_is_refused_at_the_line_of_the_first_bad_byte():
    assert broken_line(b"WEBVTT\n\n00:01.000 --> 00:02.000\nCaf" + b"\xe9\n") == 4


def test_a_file_without_cues_is_refused():
    assert broken_line("WEBVTT\n\n") >= 1


def test_a_byte_order_mark_and_windows_line_ends_are_accepted():
    assert len(parse_webvtt(b"\xef\xbb\xbfWEBVTT\r\n\r\n00:01.000 --> 00:02.000\r\nA\r\n")) == 1


def test_the_validator_names_the_line_in_its_message():
    with pytest.raises(ValidationError) as caught:
        validate_webvtt(ContentFile(b"WEBVTT\n\n00:01.000 -> 00:02.000\nA\n", name="x.vtt"))
    assert caught.value.messages[0].startswith("Line 3: ")
