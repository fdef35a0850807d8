"""The forums' part of a member's data export and account deletion
(consult.members.account_data)."""

from consult.members.account_data import register_eraser, register_exporter
from consult.predicates import profile_of
from consult.sanitising import FORUM_POST, render_markdown

from .fragments import FRAGMENTS_VERSION
from .models import Notification, Post, PostRevision, ReadMarker, Subscription, Thread
from .quotes import identify_quoted, refer_copied_quotes


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
    member goes: subscriptions, read markers, notifications. Quotes of the
    member that still copy their name (typed in the old way) are turned into
    references, which pages show as "former member"."""
    Subscription.objects.filter(user=user).delete()
    ReadMarker.objects.filter(user=user).delete()
    Notification.objects.filter(user=user).delete()
    profile = profile_of(user)
    if profile is not None and profile.display_name:
        _refer_copied_quotes_of(user, profile.display_name)
    FRAGMENTS_VERSION.bump()


def _refer_copied_quotes_of(user, name):
    header = f"> **{name}:**"
    for post in Post.objects.filter(body_markdown__contains=header):
        text = _referred(post, post.body_markdown, user, name)
        if text != post.body_markdown:
            post.body_markdown = text
            post.body_html = render_markdown(text, FORUM_POST)
            post.save(update_fields=["body_markdown", "body_html"])
    for revision in PostRevision.objects.filter(body_markdown__contains=header).select_related("post"):
        text = _referred(revision.post, revision.body_markdown, user, name)
        if text != revision.body_markdown:
            revision.body_markdown = text
            revision.save(update_fields=["body_markdown"])


def _referred(post, markdown, user, name):
    """``markdown`` of ``post`` with the copied quotes of ``user`` (whose
    display name is ``name``) referring to the quoted posts: identified by
    text where possible, else the member's latest earlier post in the thread."""
    rows = Post.objects.filter(thread_id=post.thread_id, pk__lt=post.pk).order_by("pk")
    earlier = [
        (pk, name if author_id == user.pk else "", body)
        for pk, author_id, body in rows.values_list("pk", "author_id", "body_markdown")
    ]
    theirs = [candidate for candidate in earlier if candidate[1] == name]
    reply_to = next((candidate for candidate in theirs if candidate[0] == post.reply_to_id), None)

    def find_quoted(quoted_name, first_line):
        if quoted_name != name or not theirs:
            return None
        found = identify_quoted(quoted_name, first_line, reply_to=reply_to, earlier=theirs)
        return found if found is not None else theirs[-1][0]

    return refer_copied_quotes(markdown, find_quoted)


register_exporter("forums", export_forum_data)
register_eraser(erase_forum_data)
