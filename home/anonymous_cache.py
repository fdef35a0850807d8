"""A whole-page cache for anonymous visitors of the public pages.

A country office's page must stay fast when a campaign sends thousands of
people to it. Anonymous visitors without a session all see the same page
for a given address and language, so the rendered response is kept in the
cache and served again without routing, queries or templates.

What is cached: a ``GET`` answered ``200`` with HTML by a public Wagtail page
(or a view wrapped in :func:`cache_for_anonymous_visitors`), for a request
that carries neither a session nor a messages cookie, whose response sets no
cookie but the CSRF one and queued no message. The key holds the scheme,
host, path, query string, language, the page tree version (bumped by
Wagtail's publish, unpublish, move, slug-change and delete signals, and by
consultation rounds) and the country data version (bumped by every change of
a service, ambassador, document, film or subtitle track), so a change shows
at once. ``PAGE_CACHE_SECONDS`` bounds everything else (a consultation round
that opens at a set time); ``0`` turns the cache off.

Served from the first middleware: the cache sits at the top of
``MIDDLEWARE``, so a hit runs no other middleware at all. What the rest of
the stack adds to a page is worked out once, when the page is stored: the
response stored is the one the whole stack sent (security headers, CSP,
``X-Frame-Options``, ``Cache-Control: no-store``, ``Content-Language``), and
each hit sends those headers again, with ``Vary: Cookie, Accept-Encoding``
added (the page depends on having no session and on the encodings the
browser reads). What belongs to one visitor is made for each hit exactly as
Django makes it: ``CsrfViewMiddleware``'s own ``process_request`` reads (or
replaces, when malformed) the visitor's CSRF cookie, and the cookie is set
with the arguments of its ``_set_csrf_cookie`` when it would set it (the
``Vary: Cookie`` it adds is in every hit's already). A request goes through the whole
stack, uncached, whenever a middleware above would have answered it
differently: not a ``GET``; a session or messages cookie; a host not
allowed (``CommonMiddleware``'s 400); plain HTTP when ``SECURE_SSL_REDIRECT``
sends it to HTTPS; a user agent in ``DISALLOWED_USER_AGENTS``;
``PREPEND_WWW`` or ``CSRF_USE_SESSIONS`` on; a path without one of
``LANGUAGES`` as its first segment (``LocaleMiddleware`` would pick the
language from a cookie or ``Accept-Language``, so such pages are never
stored either; static files and the API live there); a query string longer
than ``MAX_QUERY_STRING``. A page is stored only if the language
``LocaleMiddleware`` activated for it is the one its path names.

Each web process also keeps the pages it served decoded (``LOCAL_PAGES``,
about 15 KB each, each until it expires in the shared cache), with their
headers checked and encoded once: a hit reads only the two versions from the
shared cache (one ``get_many``, one round trip to Redis), so publishing
still shows at once on every process.

CSRF tokens: a page with a form (the ambassador request form on every
country page) renders the visitor's masked CSRF token. Before such a page is
stored, every token that unmasks to the visitor's secret is replaced by a
marker; each visitor served from the cache gets their own fresh token in its
place (and the CSRF cookie), so no token is ever shown to anyone else and the
form works without JavaScript. Pages are kept gzip-compressed
(``home/page_gzip.py``); a browser that reads gzip gets the compressed body
with its token spliced in, others the text.

Browsers still get ``Cache-Control: no-store`` (``NoStoreMiddleware``): the
quick exit's Back-button promise is about the browser, not the server.
"""

import hashlib
import os
import re
import threading
import time
from dataclasses import astuple
from functools import lru_cache

from django.conf import settings
from django.conf.urls.i18n import is_language_prefix_patterns_used
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.http import HttpResponse
from django.http.response import ResponseHeaders
from django.middleware.csrf import (
    CSRF_ALLOWED_CHARS,
    CSRF_SECRET_LENGTH,
    CSRF_TOKEN_LENGTH,
    CsrfViewMiddleware,
    _unmask_cipher_token,
    get_token,
)
from django.urls import Resolver404, get_urlconf, resolve
from django.utils import translation
from django.utils.cache import patch_vary_headers

from consult import country_data_cache
from consult.country_data_cache import data_version

from . import page_cache, page_gzip
from .page_cache import pages_version

# A 64-character alphanumeric run: the shape of a masked CSRF token.
MASKED_TOKEN = re.compile(rb"(?<![A-Za-z0-9])[A-Za-z0-9]{64}(?![A-Za-z0-9])")
MESSAGES_COOKIE = "messages"  # django.contrib.messages' CookieStorage.cookie_name
MAX_QUERY_STRING = 256  # longer query strings are not cached (nobody shares them)
HIT_HEADER = "X-Page-Cache"
# What a stored entry holds; a new shape gets a new number, so entries
# written by the previous release are never read by this one.
STORED_SHAPE = 3
# Headers of one response, not of the page: made again for every hit.
PER_RESPONSE_HEADERS = frozenset({"content-length", "content-encoding", "vary", HIT_HEADER.lower()})
HIT_VARY = ("Cookie", "Accept-Encoding")
VERSION_KEYS = (page_cache.KEY, country_data_cache.KEY)
# Pages each web process also keeps decoded (about 15 KB each), so a hit reads
# only the two versions from the shared cache.
LOCAL_PAGES = 256

# A token's characters as indices 0-61 and back. Random bytes below 248
# (= 4 x 62) map evenly onto the 62 characters.
_COUNT = len(CSRF_ALLOWED_CHARS)
_EVEN_BYTES = _COUNT * (256 // _COUNT)
_UNEVEN = bytes(range(_EVEN_BYTES, 256))
_TO_INDEX = bytes(byte % _COUNT for byte in range(256))  # a random byte below 248 -> an index
_TO_CHAR = bytes(ord(CSRF_ALLOWED_CHARS[value % _COUNT]) for value in range(256))  # an index (or a sum) -> a character
_CHAR_INDEX = bytes(CSRF_ALLOWED_CHARS.find(chr(byte)) % 256 for byte in range(256))  # a character -> its index


def _random_indices(length):
    """``length`` indices 0-61, uniformly drawn, from one read of the system's
    random source (Django draws one character a call)."""
    data = b""
    while len(data) < length:
        data += os.urandom(length + 16).translate(None, _UNEVEN)
    return data[:length].translate(_TO_INDEX)


def visitor_token(request):
    """What ``django.middleware.csrf.get_token`` returns, made faster for a
    page served from the cache: the same masked form of the visitor's secret
    (a fresh mask for every response), the same side effects (a visitor
    without one gets a new secret and its cookie; the cookie is renewed).
    tests/operations/test_framework_internals.py pins the parts of Django's
    CSRF handling this repeats.

    Django masks character by character: ``cipher[i] = chars[(index(secret[i])
    + index(mask[i])) % 62]``. Here the 32 indices of each are read as one
    big integer and added at once (each byte's sum stays below 124, so no
    byte carries into the next), and one translation table takes each sum
    modulo 62 back to its character."""
    secret = request.META.get("CSRF_COOKIE")
    if secret is None:
        secret = _random_indices(CSRF_SECRET_LENGTH).translate(_TO_CHAR).decode()
        request.META["CSRF_COOKIE"] = secret
    elif len(secret) != CSRF_SECRET_LENGTH or not (secret.isascii() and secret.isalnum()):
        return get_token(request)
    request.META["CSRF_COOKIE_NEEDS_UPDATE"] = True
    mask = _random_indices(CSRF_SECRET_LENGTH)
    secret_indices = int.from_bytes(secret.encode().translate(_CHAR_INDEX), "big")
    sums = (secret_indices + int.from_bytes(mask, "big")).to_bytes(CSRF_SECRET_LENGTH, "big")
    return (mask + sums).translate(_TO_CHAR).decode()


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


_languages = [None, frozenset()]  # settings.LANGUAGES and the codes of it Django can activate


def path_language(path):
    """The language ``LocaleMiddleware`` activates for ``path`` when its first
    segment names one of ``LANGUAGES`` exactly (with ``i18n_patterns`` the
    path's prefix wins over cookies and ``Accept-Language``), else ``None``:
    such a path is left to the whole stack."""
    languages = settings.LANGUAGES
    if _languages[0] is not languages:
        _languages[:] = [
            languages,
            frozenset(code for code, _name in languages if translation.check_for_language(code)),
        ]
    code = path[1:].partition("/")[0]
    return code if code in _languages[1] else None


@lru_cache(maxsize=2048)
def _may_be_cached(urlconf, language, path):
    """Whether ``path`` goes to a view whose pages may be stored: the same
    answer for every request (URL patterns are fixed in a process; the
    language prefix is the path's). Other paths skip the cache look-up and
    its version reads."""
    if not is_language_prefix_patterns_used(urlconf)[0]:
        return False  # the language would not come from the path
    with translation.override(language):
        try:
            match = resolve(path, urlconf)
        except Resolver404:
            return False
    return _is_cacheable_view(match.func)


class _LocalPages:
    """The shared cache's pages, each also kept decoded in this process until
    it expires there (its key holds the page tree and data versions, read
    from the shared cache for every request, so a change shows at once)."""

    def __init__(self, size):
        self.size = size
        self.pages = {}
        self.lock = threading.Lock()

    def get(self, key):
        entry = self.pages.get(key)
        if entry is not None and entry["expires"] > time.time():
            return entry
        stored = cache.get(key)
        if stored is None:
            return None
        return self._keep(key, stored)

    def set(self, key, stored, seconds):
        cache.set(key, stored, timeout=seconds)
        self._keep(key, stored)

    def _keep(self, key, stored):
        # the page, and its headers as Django keeps them (checked and encoded once)
        headers = ResponseHeaders(stored["headers"])._store
        entry = {**stored, "page": page_gzip.CompressedPage(*stored["gzip"]), "header_store": headers}
        with self.lock:
            self.pages.pop(key, None)
            while len(self.pages) >= self.size:
                del self.pages[next(iter(self.pages))]  # the longest kept
            self.pages[key] = entry
        return entry

    def clear(self):
        with self.lock:
            self.pages.clear()


_local_pages = _LocalPages(LOCAL_PAGES)


class AnonymousPageCacheMiddleware:
    """Serve and store whole pages for anonymous visitors (see the module docstring).

    The first middleware: a hit is answered before any other middleware
    runs, with the headers the whole stack sent when the page was stored; a
    miss goes through the whole stack and its final response is stored.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.marker = _marker()
        # Django's own CSRF middleware, for its process_request and process_response on a hit
        self.csrf = CsrfViewMiddleware(get_response)

    def __call__(self, request):
        seconds = getattr(settings, "PAGE_CACHE_SECONDS", 0)
        if not seconds or not self._is_anonymous_get(request):
            return self.get_response(request)
        language = path_language(request.path_info)
        if language is None or not _may_be_cached(get_urlconf(), language, request.path_info):
            return self.get_response(request)
        try:
            key = self._key(request)
        except DisallowedHost:
            return self.get_response(request)  # the whole stack's 400
        if key is None:
            return self.get_response(request)
        stored = _local_pages.get(key)
        if stored is not None:
            return self._from_cache(request, stored)
        response = self.get_response(request)
        if self._is_storable(request, response, language):
            _local_pages.set(key, self._to_cache(request, response, seconds), seconds)
            response[HIT_HEADER] = "miss"
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        request.anonymous_page_cache_candidate = _is_cacheable_view(view_func)

    # --- which requests and responses -------------------------------------

    @staticmethod
    def _is_anonymous_get(request):
        """A GET without a session or messages, that no middleware above the
        view would redirect or refuse."""
        if request.method != "GET":
            return False
        cookies = request.COOKIES
        # A session may carry a login, a passed page restriction or messages.
        if settings.SESSION_COOKIE_NAME in cookies or MESSAGES_COOKIE in cookies:
            return False
        if settings.SECURE_SSL_REDIRECT and not request.is_secure():
            return False  # SecurityMiddleware's redirect to HTTPS (or its exemptions)
        if settings.PREPEND_WWW or settings.CSRF_USE_SESSIONS:
            return False
        agent = request.META.get("HTTP_USER_AGENT")
        return agent is None or not any(pattern.search(agent) for pattern in settings.DISALLOWED_USER_AGENTS)

    @staticmethod
    def _key(request):
        """The page's key, or ``None``; raises ``DisallowedHost`` for a host not allowed."""
        query = request.META.get("QUERY_STRING", "")
        if len(query) > MAX_QUERY_STRING:
            return None
        address = f"{request.scheme}://{request.get_host()}{request.path}?{query}"
        digest = hashlib.sha256(address.encode()).hexdigest()
        language = path_language(request.path_info)
        # both versions in one read (one round trip to Redis); a missing one is made
        versions = cache.get_many(VERSION_KEYS)
        pages = versions.get(page_cache.KEY) or pages_version()
        data = versions.get(country_data_cache.KEY) or data_version()
        return f"anonymous-page:{STORED_SHAPE}:{pages}:{data}:{language}:{digest}"

    @staticmethod
    def _is_storable(request, response, language):
        if not getattr(request, "anonymous_page_cache_candidate", False):
            return False
        if getattr(request, "LANGUAGE_CODE", None) != language:
            return False
        if response.status_code != 200 or response.streaming or "Content-Encoding" in response:
            return False
        if not response.get("Content-Type", "").startswith("text/html"):
            return False
        if any(name != settings.CSRF_COOKIE_NAME for name in response.cookies):
            return False
        if getattr(request, "user", None) is not None and request.user.is_authenticated:
            return False
        session = getattr(request, "session", None)
        if session is not None and session.modified:
            return False
        storage = getattr(request, "_messages", None)
        return not (storage is not None and (storage.added_new or storage._queued_messages))

    # --- storing and serving ----------------------------------------------

    def _to_cache(self, request, response, seconds):
        content = response.content
        secret = request.META.get("CSRF_COOKIE")
        marker = None
        if secret and settings.CSRF_COOKIE_NAME in response.cookies:
            # the cookie is set when the page asked for the visitor's token

            def blank_token(match):
                token = match.group(0).decode()
                return self.marker if _unmask_cipher_token(token) == secret else match.group(0)

            content = MASKED_TOKEN.sub(blank_token, content)
            marker = self.marker if self.marker in content else None
        # The whole stack's headers, but those of this one response, plus what
        # every hit varies on.
        headers = [(name, value) for name, value in response.items() if name.lower() not in PER_RESPONSE_HEADERS]
        vary = HttpResponse()
        if response.has_header("Vary"):
            vary["Vary"] = response["Vary"]
        patch_vary_headers(vary, HIT_VARY)
        headers.append(("Vary", vary["Vary"]))
        page = page_gzip.compress(content, marker, token_length=CSRF_TOKEN_LENGTH)
        # plain values only (no class of ours is pickled into the shared cache)
        return {
            "status": response.status_code,
            "headers": headers,
            "gzip": astuple(page),
            "expires": time.time() + seconds,
        }

    def _from_cache(self, request, stored):
        page = stored["page"]
        # the visitor's CSRF secret from their cookie, as CsrfViewMiddleware reads it
        self.csrf.process_request(request)
        token = visitor_token(request).encode() if page.markers else b""
        if page_gzip.accepts_gzip(request) and len(token) in (0, CSRF_TOKEN_LENGTH):
            # compressed once when stored; the visitor's token goes in uncompressed
            content = page.gzip(token)
            encoding = "gzip"
        else:
            content = page.plain(token)
            encoding = None
        response = HttpResponse(content, status=stored["status"])
        response.headers._store = stored["header_store"].copy()
        if encoding:
            response["Content-Encoding"] = encoding
        response["Content-Length"] = str(len(content))
        response[HIT_HEADER] = "hit"
        if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
            # the CSRF cookie, set (or renewed) as CsrfViewMiddleware._set_csrf_cookie
            # sets it; the Vary header it would add is in every hit's already
            response.set_cookie(
                settings.CSRF_COOKIE_NAME,
                request.META["CSRF_COOKIE"],
                max_age=settings.CSRF_COOKIE_AGE,
                domain=settings.CSRF_COOKIE_DOMAIN,
                path=settings.CSRF_COOKIE_PATH,
                secure=settings.CSRF_COOKIE_SECURE,
                httponly=settings.CSRF_COOKIE_HTTPONLY,
                samesite=settings.CSRF_COOKIE_SAMESITE,
            )
            request.META["CSRF_COOKIE_NEEDS_UPDATE"] = False
        return response
