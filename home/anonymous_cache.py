"""A whole-page cache for anonymous visitors of the public pages.

A country office's page must stay fast when a campaign sends thousands of
people to it. Anonymous visitors without a session all see the same page
for a given address and language, so the rendered response is kept in the
cache and served again without routing, queries or templates.

What is cached: a ``GET`` answered ``200`` with HTML by a public Wagtail page
(or a view wrapped in :func:`cache_for_anonymous_visitors`), for a request
that carries neither a session nor a messages cookie, whose response sets no
cookie and queued no message. The key holds the scheme, host, path, query
string, language, the page tree version (bumped by Wagtail's publish,
unpublish, move, slug-change and delete signals, and by consultation rounds)
and the country data version (bumped by every change of a service,
ambassador, document, film or subtitle track), so a change shows at once.
``PAGE_CACHE_SECONDS`` bounds everything else (a consultation round that
opens at a set time); ``0`` turns the cache off.

CSRF tokens: a page with a form (the ambassador request form on every
country page) renders the visitor's masked CSRF token. Before such a page is
stored, every token that unmasks to the visitor's secret is replaced by a
marker; each visitor served from the cache gets their own fresh token in its
place (and the CSRF cookie, from ``CsrfViewMiddleware``), so no token is ever
shown to anyone else and the form works without JavaScript.

Browsers still get ``Cache-Control: no-store`` (``NoStoreMiddleware``): the
quick exit's Back-button promise is about the browser, not the server.
"""

import hashlib
import os
import re
from dataclasses import astuple
from functools import lru_cache

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.middleware.csrf import (
    CSRF_ALLOWED_CHARS,
    CSRF_SECRET_LENGTH,
    CSRF_TOKEN_LENGTH,
    _unmask_cipher_token,
    get_token,
)
from django.urls import Resolver404, get_urlconf, resolve
from django.utils import translation
from django.utils.cache import patch_vary_headers

from consult.country_data_cache import data_version

from . import page_gzip
from .page_cache import pages_version

# A 64-character alphanumeric run: the shape of a masked CSRF token.
MASKED_TOKEN = re.compile(rb"(?<![A-Za-z0-9])[A-Za-z0-9]{64}(?![A-Za-z0-9])")
MESSAGES_COOKIE = "messages"  # django.contrib.messages' CookieStorage.cookie_name
MAX_QUERY_STRING = 256  # longer query strings are not cached (nobody shares them)
HIT_HEADER = "X-Page-Cache"
# What a stored entry holds; a new shape gets a new number, so entries
# written by the previous release are never read by this one.
STORED_SHAPE = 2


# Random bytes below 248 (= 4 x 62) map evenly onto the 62 characters of a token.
_EVEN_BYTES = len(CSRF_ALLOWED_CHARS) * (256 // len(CSRF_ALLOWED_CHARS))
_TO_CHARS = bytes(ord(CSRF_ALLOWED_CHARS[byte % len(CSRF_ALLOWED_CHARS)]) for byte in range(256))
_UNEVEN = bytes(range(_EVEN_BYTES, 256))
_INDEX = {char: index for index, char in enumerate(CSRF_ALLOWED_CHARS)}


def _random_chars(length):
    """``length`` characters of a CSRF token, uniformly drawn, from one read of
    the system's random source (Django's own draws one character a call)."""
    chars = b""
    while len(chars) < length:
        chars += os.urandom(length + 16).translate(None, _UNEVEN)
    return chars[:length].translate(_TO_CHARS).decode()


def visitor_token(request):
    """What ``django.middleware.csrf.get_token`` returns, made faster for a
    page served from the cache: the same masked form of the visitor's secret
    (a fresh mask for every response), the same side effects (a visitor
    without one gets a new secret and its cookie; the cookie is renewed).
    tests/operations/test_framework_internals.py pins the parts of Django's
    CSRF handling this repeats."""
    secret = request.META.get("CSRF_COOKIE")
    if secret is None:
        secret = _random_chars(CSRF_SECRET_LENGTH)
        request.META["CSRF_COOKIE"] = secret
    elif len(secret) != CSRF_SECRET_LENGTH:
        return get_token(request)
    request.META["CSRF_COOKIE_NEEDS_UPDATE"] = True
    mask = _random_chars(CSRF_SECRET_LENGTH)
    count = len(CSRF_ALLOWED_CHARS)
    cipher = "".join(CSRF_ALLOWED_CHARS[(_INDEX[x] + _INDEX[y]) % count] for x, y in zip(secret, mask, strict=True))
    return mask + cipher


def _marker():
    # Unguessable to content authors, the same on every web process.
    digest = hashlib.sha256(f"page-cache-csrf:{settings.SECRET_KEY}".encode()).hexdigest()[:24]
    return f"csrf-{digest}".encode()


def cache_for_anonymous_visitors(view):
    """Mark a public, anonymous-safe view for the whole-page cache."""
    view.anonymous_page_cache = True
    return view


def _is_cacheable_view(view_func):
    if getattr(view_func, "anonymous_page_cache", False):
        return True
    return getattr(view_func, "__module__", "") == "wagtail.views" and view_func.__name__ == "serve"


@lru_cache(maxsize=2048)
def _may_be_cached(urlconf, language, path):
    """Whether ``path`` goes to a view whose pages may be stored: the same
    answer for every request (URL patterns are fixed in a process; the
    language prefix depends on the active language). Other paths skip the
    cache look-up and its version reads."""
    try:
        match = resolve(path, urlconf)
    except Resolver404:
        return False
    return _is_cacheable_view(match.func)


class AnonymousPageCacheMiddleware:
    """Serve and store whole pages for anonymous visitors (see the module docstring).

    Sits after ``CsrfViewMiddleware`` (a hit needs the visitor's CSRF secret
    and the cookie set on the way out) and ``SiteLocaleMiddleware`` (the
    language is part of the key), before everything that only a miss needs.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.marker = _marker()

    def __call__(self, request):
        seconds = getattr(settings, "PAGE_CACHE_SECONDS", 0)
        if not seconds or not self._is_anonymous_get(request):
            return self.get_response(request)
        if not _may_be_cached(get_urlconf(), translation.get_language(), request.path_info):
            return self.get_response(request)
        key = self._key(request)
        if key is None:
            return self.get_response(request)
        stored = cache.get(key)
        if stored is not None:
            return self._from_cache(request, stored)
        response = self.get_response(request)
        if self._is_storable(request, response):
            cache.set(key, self._to_cache(request, response), timeout=seconds)
            response[HIT_HEADER] = "miss"
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        request.anonymous_page_cache_candidate = _is_cacheable_view(view_func)

    # --- which requests and responses -------------------------------------

    @staticmethod
    def _is_anonymous_get(request):
        if request.method != "GET":
            return False
        cookies = request.COOKIES
        # A session may carry a login, a passed page restriction or messages.
        return settings.SESSION_COOKIE_NAME not in cookies and MESSAGES_COOKIE not in cookies

    @staticmethod
    def _key(request):
        query = request.META.get("QUERY_STRING", "")
        if len(query) > MAX_QUERY_STRING:
            return None
        address = f"{request.scheme}://{request.get_host()}{request.path}?{query}"
        digest = hashlib.sha256(address.encode()).hexdigest()
        return f"anonymous-page:{STORED_SHAPE}:{pages_version()}:{data_version()}:{translation.get_language()}:{digest}"

    @staticmethod
    def _is_storable(request, response):
        if not getattr(request, "anonymous_page_cache_candidate", False):
            return False
        if response.status_code != 200 or response.streaming or response.cookies:
            return False
        if not response.get("Content-Type", "").startswith("text/html"):
            return False
        if getattr(request, "user", None) is not None and request.user.is_authenticated:
            return False
        session = getattr(request, "session", None)
        if session is not None and session.modified:
            return False
        storage = getattr(request, "_messages", None)
        return not (storage is not None and (storage.added_new or storage._queued_messages))

    # --- storing and serving ----------------------------------------------

    def _to_cache(self, request, response):
        content = response.content
        secret = request.META.get("CSRF_COOKIE")
        marker = None
        if request.META.get("CSRF_COOKIE_NEEDS_UPDATE") and secret:

            def blank_token(match):
                token = match.group(0).decode()
                return self.marker if _unmask_cipher_token(token) == secret else match.group(0)

            content = MASKED_TOKEN.sub(blank_token, content)
            marker = self.marker if self.marker in content else None
        headers = [(name, value) for name, value in response.items() if name.lower() != HIT_HEADER.lower()]
        page = page_gzip.compress(content, marker, token_length=CSRF_TOKEN_LENGTH)
        # plain values only (no class of ours is pickled into the shared cache)
        return {"status": response.status_code, "headers": headers, "gzip": astuple(page)}

    def _from_cache(self, request, stored):
        page = page_gzip.CompressedPage(*stored["gzip"])
        token = visitor_token(request).encode() if page.markers else b""
        if page_gzip.accepts_gzip(request) and len(token) in (0, CSRF_TOKEN_LENGTH):
            # compressed once when stored; the visitor's token goes in uncompressed
            content = page.gzip(token)
            encoding = "gzip"
        else:
            content = page.plain(token)
            encoding = None
        response = HttpResponse(content, status=stored["status"])
        for name, value in stored["headers"]:
            response[name] = value
        if encoding:
            response["Content-Encoding"] = encoding
        response["Content-Length"] = str(len(content))
        # The page depends on having no session and on the encodings the
        # browser reads: shared caches must not mix either.
        patch_vary_headers(response, ("Cookie", "Accept-Encoding"))
        response[HIT_HEADER] = "hit"
        return response
