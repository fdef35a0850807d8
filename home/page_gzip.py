"""Cached pages kept gzip-compressed, with each visitor's CSRF token put in
without compressing the page again.

A country page is about 64 KB of HTML and about a tenth of that in gzip; a
cached page is sent far more often than it is rendered, so it is compressed
once, when it is stored. The page may hold a marker where each visitor's own
CSRF token goes (see ``home/anonymous_cache.py``), so the stored body is the
deflate stream of the text *between* markers, each part ending on a full
flush (byte-aligned, no reference back across it), and at serve time the
visitor's token goes in between as a *stored* (uncompressed) deflate block.
The result is one ordinary gzip member that every browser reads.

Because the token is never compressed together with the rest of the page, a
page that reflects what a visitor typed (a filter in the query string)
cannot be used to guess the token from the compressed size (BREACH); the
token is masked afresh for every response besides.

The gzip trailer needs the CRC-32 of the whole text. zlib's CRC of a
concatenation is ``crc(A + B) = shift(crc(A), len(B)) ^ crc(B)`` with
``shift`` linear over GF(2); with the same token at every marker the page's
CRC is a constant XOR a linear function of the token's CRC, whose 32 columns
are worked out when the page is stored. Serving costs one CRC of the 64-byte
token and 32 XORs, never a pass over the page.
"""

import re
import struct
import zlib
from dataclasses import dataclass

# The gzip header: deflate, no file name, no modification time, no OS (RFC 1952).
GZIP_HEADER = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"
LEVEL = 6
ACCEPTS_GZIP = re.compile(r"\bgzip\b")


@dataclass(frozen=True)
class CompressedPage:
    """A page's text between markers, deflated; see the module docstring."""

    parts: tuple  # raw deflate of each part; all but the last end on a full flush
    plain_length: int  # length of the text without the markers
    markers: int  # how many markers were taken out
    crc_constant: int  # the page's CRC-32 with a token whose CRC is 0 ...
    crc_columns: tuple  # ... and how each bit of the token's CRC moves it

    def gzip(self, token=b""):
        """The page as one gzip member, ``token`` at every marker."""
        token = token if self.markers else b""
        if len(token) > 0xFFFF:
            raise ValueError("a token longer than a stored deflate block")
        block = b"\x00" + struct.pack("<HH", len(token), len(token) ^ 0xFFFF) + token
        body = block.join(self.parts)
        crc = self.crc_constant ^ _apply(self.crc_columns, zlib.crc32(token)) if self.markers else self.crc_constant
        size = (self.plain_length + self.markers * len(token)) & 0xFFFFFFFF
        return GZIP_HEADER + body + struct.pack("<II", crc, size)

    def plain(self, token=b""):
        """The page's text, ``token`` at every marker (for clients without gzip)."""
        texts = [zlib.decompressobj(-zlib.MAX_WBITS).decompress(part) for part in self.parts]
        return token.join(texts)


def compress(content, marker=None, token_length=0):
    """Compress ``content`` for the cache, cutting it at every ``marker``;
    ``token_length`` is the length of what will be put in its place (the
    CRC's columns depend on it)."""
    texts = content.split(marker) if marker else [content]
    parts = []
    for index, text in enumerate(texts):
        deflate = zlib.compressobj(LEVEL, zlib.DEFLATED, -zlib.MAX_WBITS)
        last = index == len(texts) - 1
        parts.append(deflate.compress(text) + deflate.flush(zlib.Z_FINISH if last else zlib.Z_FULL_FLUSH))
    markers = len(texts) - 1
    # The CRC of text_0 T text_1 T ... text_n as a function of crc(T): fold
    # the parts with crc(T) = 0 for the constant, with each basis bit for a column.
    lengths = [len(text) for text in texts]

    def fold(token_crc):
        crc = zlib.crc32(texts[0])
        for text, length in zip(texts[1:], lengths[1:], strict=True):
            crc = _shift(crc, token_length) ^ token_crc
            crc = _shift(crc, length) ^ zlib.crc32(text)
        return crc

    constant = fold(0)
    columns = tuple(fold(1 << bit) ^ constant for bit in range(32)) if markers else ()
    return CompressedPage(tuple(parts), sum(lengths), markers, constant, columns)


def accepts_gzip(request):
    return bool(ACCEPTS_GZIP.search(request.META.get("HTTP_ACCEPT_ENCODING", "")))


def _shift(crc, length):
    """zlib's crc32_combine(crc, crc_b, length) without crc_b: the CRC of
    text + ``length`` more bytes is this XOR the CRC of those bytes alone.
    (crc32(zeros, crc) and crc32(zeros, 0) differ by exactly that shift.)"""
    if not length:
        return crc
    zeros = bytes(length)
    return zlib.crc32(zeros, crc) ^ zlib.crc32(zeros)


def _apply(columns, value):
    result = 0
    for bit, column in enumerate(columns):
        if value >> bit & 1:
            result ^= column
    return result
