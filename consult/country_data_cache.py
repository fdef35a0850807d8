"""A version number for the country offices' published data (services,
ambassadors, documents, the film): cached page fragments include it in
their key, so any change shows at once, on every web process sharing the
cache."""

from uuid import uuid4

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save

KEY = "country-data-version"


def data_version():
    """The current version; any value works, only changes matter."""
    return cache.get_or_set(KEY, _new_version, timeout=None)


def bump(**kwargs):
    """Now, and again once the change is committed: a request that read the
    old rows between the two would otherwise cache them under the new version."""
    _incr()
    transaction.on_commit(_incr)


def _incr():
    cache.set(KEY, _new_version(), timeout=None)


def _new_version():
    # never a value used before: a lost key (evicted, Redis restarted) must not
    # bring back entries cached under an old version
    return uuid4().hex


def connect():
    from .models import Ambassador, CountryDocument, Film, SubtitleTrack, SupportService

    for model in (SupportService, Ambassador, CountryDocument, Film, SubtitleTrack):
        label = model._meta.label_lower
        post_save.connect(bump, sender=model, dispatch_uid=f"country-data-version:save:{label}")
        post_delete.connect(bump, sender=model, dispatch_uid=f"country-data-version:delete:{label}")
