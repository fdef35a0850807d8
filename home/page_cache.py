"""A version number for the published page tree: cached fragments that list
pages (the country grid, the language switcher) and the anonymous whole-page
cache include it in their key, so publishing, unpublishing, moving or
deleting a page shows at once. Consultation rounds bump it too: the home and
country pages list the open ones."""

from uuid import uuid4

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

KEY = "page-tree-version"


def pages_version():
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
    from wagtail.models import Page

    for signal in (page_published, page_unpublished, page_slug_changed, post_page_move):
        signal.connect(bump, dispatch_uid=f"page-tree-version:{id(signal)}")
    post_delete.connect(bump, sender=Page, dispatch_uid="page-tree-version:delete")

    from recommendations.models import ConsultationRound

    post_save.connect(bump, sender=ConsultationRound, dispatch_uid="page-tree-version:round-save")
    post_delete.connect(bump, sender=ConsultationRound, dispatch_uid="page-tree-version:round-delete")
