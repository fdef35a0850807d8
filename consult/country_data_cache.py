"""A version number for the country offices' published data (services,
ambassadors, documents, the film) and the countries themselves (their
names in lists and filters): cached page fragments include it in their
key, so any change shows at once, on every web process sharing the
cache."""

from django.db.models.signals import post_delete, post_save

from .cache_versions import CacheVersion

KEY = "country-data-version"
_VERSION = CacheVersion(KEY)
data_version = _VERSION.current  # any value works, only changes matter
bump = _VERSION.bump


def connect():
    from .models import Ambassador, Country, CountryDocument, Film, SubtitleTrack, SupportService

    for model in (Country, SupportService, Ambassador, CountryDocument, Film, SubtitleTrack):
        label = model._meta.label_lower
        post_save.connect(bump, sender=model, dispatch_uid=f"country-data-version:save:{label}")
        post_delete.connect(bump, sender=model, dispatch_uid=f"country-data-version:delete:{label}")
