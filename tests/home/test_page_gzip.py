"""Cached pages kept compressed, the visitor's token put in at serve time (home/page_gzip.py)."""

import gzip
import random
import zlib

import pytest

from home import page_gzip

MARKER = b"csrf-0123456789abcdef01234567"


def _page(parts, seed=7):
    rng = random.Random(seed)
    words = ['<li class="service">', "Helpline", "Amsterdam", "0800-2000", "</li>", "\n", "فارسی", "Ελληνικά"]
    texts = [" ".join(rng.choice(words) for _ in range(size)).encode() for size in parts]
    return MARKER.join(texts), texts


@pytest.mark.parametrize("parts", [(3000,), (0, 2000), (2000, 0), (500, 0, 800), (4000, 1, 2500, 3, 1200)])
def test_the_compressed_page_reads_back_exactly_with_each_visitors_token(parts):
    content, texts = _page(parts)
    stored = page_gzip.compress(content, MARKER if len(parts) > 1 else None, token_length=64)
    for visitor in range(3):
        token = bytes(random.Random(visitor).choice(b"ABCxyz0189") for _ in range(64))
        body = stored.gzip(token)
        # gzip.decompress checks the trailer's CRC-32 and length too
        assert gzip.decompress(body) == token.join(texts)
        assert stored.plain(token) == token.join(texts)


def test_a_country_sized_page_is_sent_in_a_fraction_of_its_size():
    content, _ = _page((9000, 3000))
    stored = page_gzip.compress(content, MARKER, token_length=64)
    assert len(stored.gzip(b"t" * 64)) < len(content) / 4


def test_the_token_is_never_compressed_together_with_the_page():
    # BREACH: were the token compressed with text a visitor can reflect into
    # the page, the compressed size would tell how much of it they guessed.
    content = b"?kind=" + b"q" * 100 + MARKER + b"<form>" * 200
    stored = page_gzip.compress(content, MARKER, token_length=64)
    token = b"q" * 64  # the most compressible token there is
    body = stored.gzip(token)
    assert token in body  # verbatim: a stored deflate block
    assert gzip.decompress(body).count(b"q") == 164


def test_a_page_without_a_form_is_one_ordinary_gzip_member():
    content, _ = _page((5000,))
    stored = page_gzip.compress(content)
    body = stored.gzip()
    assert body == stored.gzip(b"ignored: no marker")
    assert zlib.decompress(body, 16 + zlib.MAX_WBITS) == content


@pytest.mark.parametrize(
    ("header", "accepted"),
    [
        ("gzip, deflate, br, zstd", True),
        ("br;q=1.0, gzip;q=0.8", True),
        ("", False),
        ("identity", False),
        ("br", False),
    ],
)
def test_only_browsers_that_say_they_read_gzip_get_it(rf, header, accepted):
    request = rf.get("/", HTTP_ACCEPT_ENCODING=header)
    assert page_gzip.accepts_gzip(request) is accepted


def test_a_cached_pages_token_masks_are_drawn_evenly_from_all_62_characters(rf):
    from collections import Counter

    from django.middleware.csrf import CSRF_ALLOWED_CHARS

    from home.anonymous_cache import visitor_token

    request = rf.get("/")
    tokens = {visitor_token(request) for _ in range(2000)}
    assert len(tokens) == 2000  # a fresh mask for every response, one secret
    counts = Counter("".join(token[:32] for token in tokens))
    assert set(counts) == set(CSRF_ALLOWED_CHARS)
    expected = 2000 * 32 / 62  # about 1032 each
    assert all(0.8 * expected < count < 1.2 * expected for count in counts.values()), counts
