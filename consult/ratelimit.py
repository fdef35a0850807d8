"""One cache-based rate limiter for the site's own forms.

allauth throttles sign-in, sign-up and password resets, axes locks accounts
out, the forums count a member's recent posts in the database; everything
else that a person or a bot could flood (the public ambassador form,
recommendation feedback) counts here, each caller with its own setting
(AMBASSADOR_REQUEST_RATE_LIMIT per hour, RECOMMENDATIONS_FEEDBACK_PER_MINUTE).
The cache must be shared by every web process in production (CACHE_URL,
Redis), as for allauth's limits.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache


class RateLimited(Exception):
    """More than the scope's limit in its window; ``retry_after`` in seconds (upper bound)."""

    def __init__(self, scope, retry_after):
        super().__init__(scope)
        self.scope = scope
        self.retry_after = retry_after


def _key(scope, identity):
    # Hashed: the cache never holds a raw IP address or user id.
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{scope}:{identity}".encode()).hexdigest()[:32]
    return f"ratelimit:{scope}:{digest}"


def consume(scope, identity, *, limit, window):
    """Count one use of ``scope`` by ``identity`` (an address, a user id);
    raise RateLimited once more than ``limit`` uses fell in ``window`` seconds.

    Fixed window from the first use: simple, and an attacker gains at most
    twice the limit across a window boundary.
    """
    key = _key(scope, identity)
    cache.add(key, 0, timeout=window)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=window)
        count = 1
    if count > limit:
        raise RateLimited(scope, retry_after=window)


def client_address(request):
    """The client's address exactly as allauth's rate limits see it (after
    ALLAUTH_TRUSTED_PROXY_COUNT proxies): behind the reverse proxy,
    REMOTE_ADDR is the proxy's, and every visitor would share one limit."""
    from allauth.account.adapter import get_adapter

    try:
        return get_adapter(request).get_client_ip(request)
    except Exception:  # no usable address (a misconfigured proxy): count them together
        return request.META.get("REMOTE_ADDR", "") or "unknown"
