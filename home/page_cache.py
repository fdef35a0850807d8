"""A version number for the published page tree: cached fragments that list
pages (the country grid, the language switcher) and the anonymous whole-page
cache include it in their key, so publishing, unpublishing, moving or
deleting a page shows at once. Consultation rounds bump it too: the home and
country pages list the open ones."""

from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from consult.cache_versions import CacheVersion

KEY = "page-tree-version"
_VERSION = CacheVersion(KEY)
pages_version = _VERSION.current
bump = _VERSION.bump


def connect():
    from wagtail.models import Page

    for signal in (page_published, page_unpublished, page_slug_changed, post_page_move):
        signal.connect(bump, dispatch_uid=f"page-tree-version:{id(signal)}")
    post_delete.connect(bump, sender=Page, dispatch_uid="page-tree-version:delete")

    from recommendations.models import ConsultationRound

    post_save.connect(bump, sender=ConsultationRound, dispatch_uid="page-tree-version:round-save")
    post_delete.connect(bump, sender=ConsultationRound, dispatch_uid="page-tree-version:round-delete")
