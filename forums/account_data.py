"""The forums' part of a member's data export and account deletion
(consult.members.account_data)."""

from consult.members.account_data import register_eraser, register_exporter

from .models import Notification, Post, ReadMarker, Subscription, Thread


def export_forum_data(user):
    """What the member wrote (with its moderation state) and what they watch."""
    return {
        "threads": [
            {
                "id": t.pk,
                "forum": t.forum.slug,
                "kind": t.kind,
                "title": t.title,
                "created_at": t.created_at.isoformat(),
                "status": t.status,
            }
            for t in Thread.objects.filter(author=user).select_related("forum").order_by("pk")
        ],
        "posts": [
            {
                "id": p.pk,
                "thread": p.thread_id,
                "text": p.body_markdown,
                "created_at": p.created_at.isoformat(),
                "status": p.status,
                "removed": p.removed_at is not None,
            }
            for p in Post.objects.filter(author=user).order_by("pk")
        ],
        "subscriptions": [
            {"thread": s.thread_id, "forum": s.forum_id} for s in Subscription.objects.filter(user=user).order_by("pk")
        ],
    }


def erase_forum_data(user):
    """Posts stay (shown as by a "former member"); what only served the
    member goes: subscriptions, read markers, notifications."""
    Subscription.objects.filter(user=user).delete()
    ReadMarker.objects.filter(user=user).delete()
    Notification.objects.filter(user=user).delete()


register_exporter("forums", export_forum_data)
register_eraser(erase_forum_data)
