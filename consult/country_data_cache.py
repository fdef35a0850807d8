"""A version number for the country offices' published data (services,
ambassadors, documents, the film): cached page fragments include it in
their key, so any change shows at once, on every web process sharing the
cache."""

from django.db.models.signals import post_delete, post_save

from .cache_versions import CacheVersion

KEY = "country-data-version"
_VERSION = CacheVersion(KEY)
data_version = _VERSION.current  # any value works, only changes matter
bump = _VERSION.bump


def connect():
    from .models import Ambassador, CountryDocument, Film, SubtitleTrack, SupportService

    for model in (SupportService, Ambassador, CountryDocument, Film, SubtitleTrack):
        label = model._meta.label_lower
        post_save.connect(bump, sender=model, dispatch_uid=f"country-data-version:save:{label}")
        post_delete.connect(bump, sender=model, dispatch_uid=f"country-data-version:delete:{label}")
