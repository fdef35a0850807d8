"""The ``is_*`` checks of the forums, built on consult's predicates.

Who reads a forum: administrators; approved members of its country (country
forums) or, for a theme forum, approved members whose countries and sector
fit its limits; and moderators of the forum's countries. Pending, rejected,
suspended and deleted accounts read nothing.
"""

import rules
from django.db.models.signals import m2m_changed, post_delete, post_save

from consult.models import CountryRole
from consult.predicates import is_administrator, is_moderator_of, role_country_ids

from .models import Forum, Post, Thread
from .querysets import FORUM_LIMITS_VERSION


def connect_limit_signals():
    post_save.connect(FORUM_LIMITS_VERSION.bump, sender=Forum, dispatch_uid="forums-limits:save")
    post_delete.connect(FORUM_LIMITS_VERSION.bump, sender=Forum, dispatch_uid="forums-limits:delete")
    m2m_changed.connect(
        FORUM_LIMITS_VERSION.bump, sender=Forum.limited_to_countries.through, dispatch_uid="forums-limits:m2m"
    )


def readable_forum_ids(user):
    """The ids of the forums ``user`` may read (forums.querysets.ForumQuerySet.readable_ids)."""
    return Forum.objects.readable_ids(user)


def _forum_of(obj):

    if isinstance(obj, Forum):
        return obj
    if isinstance(obj, Thread):
        return obj.forum
    if isinstance(obj, Post):
        return obj.thread.forum
    return None


def _thread_of(obj):

    if isinstance(obj, Thread):
        return obj
    if isinstance(obj, Post):
        return obj.thread
    return None


@rules.predicate
def can_read_forum(user, obj):
    """Reads the forum of ``obj`` (a forum, thread or post)."""
    forum = _forum_of(obj)
    return forum is not None and forum.pk in readable_forum_ids(user)


@rules.predicate
def is_forum_moderator(user, obj):
    """Moderates the forum of ``obj``: an administrator, or a moderator of
    its country (of every listed country for a limited theme forum; a
    moderator of every country for an open theme forum)."""
    forum = _forum_of(obj)
    if forum is None:
        return False
    if is_administrator(user):
        return True
    moderated = role_country_ids(user, CountryRole.Role.MODERATOR)
    if moderated is None:
        return True
    forum_countries = forum.get_permission_country_ids()
    return bool(forum_countries) and forum_countries <= moderated and is_moderator_of(user, forum)


@rules.predicate
def is_author(user, obj):
    return getattr(user, "is_authenticated", False) and getattr(obj, "author_id", None) == user.pk


@rules.predicate
def is_listed_thread(user, obj):
    """The thread of ``obj`` is published, or waiting and written by ``user``."""
    thread = _thread_of(obj)
    if thread is None:
        return False
    return thread.status == "published" or (thread.status == "pending" and thread.author_id == user.pk)


@rules.predicate
def thread_accepts_replies(user, thread):
    return thread.accepts_replies


@rules.predicate
def is_published_post(user, post):
    return post.status == "published" and post.removed_at is None


@rules.predicate
def is_editable_post(user, post):
    """Not removed, not hidden by a moderator."""
    return post.removed_at is None and post.status != "hidden"
