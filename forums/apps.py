from django.apps import AppConfig


class ForumsConfig(AppConfig):
    name = "forums"
    verbose_name = "Forums"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # the named permissions (forums/rules.py), the admin and the member's data
        from django.utils.translation import gettext_lazy as _

        from consult import audit, discussions
        from consult.moderation import services as moderation

        from . import account_data, admin, rules  # noqa: F401
        from .discussion.services import apply_moderation_decision
        from .discussions import ForumClauseDiscussions
        from .models import Post
        from .predicates import connect_limit_signals

        connect_limit_signals()
        register_posts_as_noticeable()
        audit.register_action_labels(
            {
                "forums.thread.lock": _("Thread locked"),
                "forums.thread.unlock": _("Thread unlocked"),
                "forums.thread.pin": _("Thread pinned"),
                "forums.thread.unpin": _("Thread unpinned"),
                "forums.thread.slow_mode": _("Slow mode set on a thread"),
                "forums.thread.close": _("Thread closed"),
                "forums.thread.reopen": _("Thread reopened"),
                "forums.thread.move": _("Thread moved"),
                "forums.member.warn": _("Member warned"),
                "forums.post.edit": _("Post edited by a moderator"),
                "forums.post.remove": _("Post removed"),
            }
        )
        discussions.register(ForumClauseDiscussions())
        # the core's decisions on a post are carried out by the posting service
        moderation.register_decision_handler(Post, apply_moderation_decision)
        # the review queue shows a reply's quotes as quotes: who is quoted, a short excerpt
        from consult.moderation import excerpts

        from . import quotes

        excerpts.register_quotes(Post, names=quotes.review_names, shorten=quotes.shorten_for_review)


def register_posts_as_noticeable():
    """Members who can read a post can send a notice about it (besides a
    flag); a survivor's personal data in it hides it at once."""
    from django.utils.translation import gettext as _

    from consult.moderation.notices import register_noticeable

    from .models import Post, Visibility

    register_noticeable(
        Post,
        country_of=lambda post: post.moderation_country_id,
        label_of=lambda post: _("Forum post in “%(title)s”") % {"title": post.thread.title},
        is_public=lambda post, user: (
            post.status == Visibility.PUBLISHED
            and post.removed_at is None
            and user.has_perm("forums.view_thread", post.thread)
        ),
        hides=True,
    )
