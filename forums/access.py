"""The forum, thread or post a URL names, for the view guard and the view.

Views are guarded with ``consult.access.permission_required(permission,
thread_of_url)``: the guard finds the object to check the permission on it,
and the view then calls the same function, which returns the object the
guard found instead of querying again (the query-budget tests count).
"""

from django.shortcuts import get_object_or_404

from consult.access import permission_required

from .models import Forum, Post, Thread


def _found_once(request, key, find):
    found = request.__dict__.setdefault("forums_url_objects", {})
    if key not in found:
        found[key] = find()
    return found[key]


def forum_of_url(request, slug):
    """The forum of a ``<slug>`` URL (404 if there is none)."""
    return _found_once(request, ("forum", slug), lambda: get_object_or_404(Forum, slug=slug))


def forum_of_pk_url(request, pk):
    """The forum of a ``forum/<pk>/`` URL (404 if there is none)."""
    return _found_once(request, ("forum-pk", pk), lambda: get_object_or_404(Forum, pk=pk))


def thread_of_url(request, pk):
    """The thread of a ``threads/<pk>/`` URL with its forum's country and the
    practice's country, which every thread page shows."""
    threads = Thread.objects.select_related("forum__country", "practice_country")
    return _found_once(request, ("thread", pk), lambda: get_object_or_404(threads, pk=pk))


def post_of_url(request, pk):
    """The post of a ``posts/<pk>/`` URL with its thread, forum and author."""
    posts = Post.objects.select_related("thread__forum__country", "author__profile")
    return _found_once(request, ("post", pk), lambda: get_object_or_404(posts, pk=pk))


def on_forum(permission):
    """Guard a ``<slug>`` view with ``permission`` on its forum."""
    return permission_required(permission, forum_of_url)


def on_thread(permission):
    """Guard a ``threads/<pk>/`` view with ``permission`` on its thread."""
    return permission_required(permission, thread_of_url)


def on_post(permission):
    """Guard a ``posts/<pk>/`` view with ``permission`` on its post."""
    return permission_required(permission, post_of_url)
