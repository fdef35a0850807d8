"""What forums tell recommendations about threads discussing a clause.

Registered with consult.discussions when the app starts, so the digest of a
consultation round can list a clause's threads without recommendations
importing forums or reading its fields.
"""

from consult.discussions import ClauseDiscussion

from .models import Thread, Visibility


class ForumClauseDiscussions:
    def discussions_of(self, *, document_id, clause_keys):
        rows = (
            Thread.objects.filter(
                clause__version__document_id=document_id,
                clause__key__in=list(clause_keys),
                status=Visibility.PUBLISHED,
            )
            .values_list("pk", "forum_id", "title", "post_count", "last_post_at", "clause__key")
            .order_by("-last_post_at", "pk")
        )
        return [
            ClauseDiscussion(
                id=pk, forum_id=forum_id, title=title, posts=posts, last_activity=last_activity, clause_key=str(key)
            )
            for pk, forum_id, title, posts, last_activity, key in rows
        ]

    def readable_by(self, user, discussion_ids):
        threads = Thread.objects.filter(pk__in=list(discussion_ids)).select_related("forum")
        return {thread.pk for thread in threads if user.has_perm("forums.view_thread", thread)}
