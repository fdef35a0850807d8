"""Pages for watching threads and forums, and the member's notifications."""

from django.contrib import messages
from django.db.models import Q
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from consult.access import member_required, permission_required

from ..access import forum_of_pk_url, on_thread, thread_of_url
from ..models import Forum, Notification, Visibility
from . import services


def _watch_or_stop(request, **target):
    """Watch or stop watching ``target`` (``action`` in the form)."""
    if request.POST.get("action") == "stop":
        services.unsubscribe(request.user, **target)
        messages.success(request, _("You no longer watch this."))
    else:
        services.subscribe(request.user, **target)
        messages.success(request, _("You watch this now; you choose how often you are e-mailed on My account."))
    return redirect(next(iter(target.values())))


@member_required
@require_POST
@on_thread("forums.view_thread")
def watch_thread(request, pk):
    return _watch_or_stop(request, thread=thread_of_url(request, pk))


@member_required
@require_POST
@permission_required("forums.view_forum", forum_of_pk_url)
def watch_forum(request, pk):
    return _watch_or_stop(request, forum=forum_of_pk_url(request, pk))


@member_required
def notifications(request):
    """The member's in-site notifications, newest first; opening the page marks them read."""
    items = list(
        Notification.objects.filter(user=request.user, thread__forum__in=Forum.objects.readable_by(request.user))
        .filter(Q(thread__status=Visibility.PUBLISHED) | Q(kind=Notification.Kind.MODERATION))
        .select_related("thread__forum")[:100]
    )
    unread = [item.pk for item in items if item.read_at is None]
    if unread:
        Notification.objects.filter(pk__in=unread).update(read_at=timezone.now())
    return render(request, "forums/notifications.html", {"items": items, "unread_ids": set(unread)})
