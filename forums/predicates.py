"""The ``is_*`` checks of the forums, built on consult's predicates.

Who reads a forum: administrators; approved members of its country (country
forums) or, for a theme forum, approved members whose countries and sector
fit its limits; and moderators of the forum's countries. Pending, rejected,
suspended and deleted accounts read nothing.
"""

import rules

from consult.models import CountryRole
from consult.predicates import (
    is_administrator,
    is_approved_member,
    is_moderator_of,
    profile_of,
    role_country_ids,
)

_READABLE_CACHE = "_forums_readable_ids"


def readable_forum_ids(user):
    """The ids of the forums ``user`` may read, computed once per user object
    (``request.user`` lives for one request)."""
    if not getattr(user, "is_authenticated", False):
        return set()
    if not hasattr(user, _READABLE_CACHE):
        setattr(user, _READABLE_CACHE, _compute_readable_forum_ids(user))
    return getattr(user, _READABLE_CACHE)


def forget_readable_forums(user):
    if hasattr(user, _READABLE_CACHE):
        delattr(user, _READABLE_CACHE)


def _compute_readable_forum_ids(user):
    from .models import Forum

    if is_administrator(user):
        return set(Forum.objects.values_list("pk", flat=True))
    if not is_approved_member(user):
        return set()
    profile = profile_of(user)
    member_countries = {country.pk for country in profile.countries.all()}
    moderated = role_country_ids(user, CountryRole.Role.MODERATOR)  # None: every country
    readable = set()
    for forum in Forum.objects.prefetch_related("limited_to_countries"):
        forum_countries = forum.get_permission_country_ids()
        if moderated is None or (forum_countries and forum_countries <= moderated):
            readable.add(forum.pk)
        elif forum.country_id:
            if forum.country_id in member_countries:
                readable.add(forum.pk)
        else:
            if forum_countries and not forum_countries & member_countries:
                continue
            if forum.limited_to_sectors and profile.sector not in forum.limited_to_sectors:
                continue
            readable.add(forum.pk)
    return readable


def _forum_of(obj):
    from .models import Forum, Post, Thread

    if isinstance(obj, Forum):
        return obj
    if isinstance(obj, Thread):
        return obj.forum
    if isinstance(obj, Post):
        return obj.thread.forum
    return None


def _thread_of(obj):
    from .models import Post, Thread

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
