"""Versions that cached data is keyed by: changing the version retires every
entry made under the old one, on every web process sharing the cache.

A version is a random token, never a counter: when the key is lost (evicted,
Redis restarted) a counter would start again and bring back entries cached
under its old values. ``bump`` moves it on at once and again when the
change's transaction commits, so a request that read the old rows in
between cannot keep them under the new version.
"""

from uuid import uuid4

from django.core.cache import cache
from django.db import transaction


class CacheVersion:
    def __init__(self, key):
        self.key = key

    def current(self):
        return cache.get_or_set(self.key, _token, timeout=None)

    def bump(self, **signal_arguments):
        """Also a signal receiver (its arguments are ignored)."""
        self._move_on()
        transaction.on_commit(self._move_on)

    def _move_on(self):
        cache.set(self.key, _token(), timeout=None)


def _token():
    return uuid4().hex
