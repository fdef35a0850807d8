from django.apps import AppConfig


class ForumsConfig(AppConfig):
    name = "forums"
    verbose_name = "Forums"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # the named permissions (forums/rules.py), the admin and the member's data
        from consult import discussions
        from consult.moderation import services as moderation

        from . import account_data, admin, rules  # noqa: F401
        from .discussion.services import apply_moderation_decision
        from .discussions import ForumClauseDiscussions
        from .models import Post
        from .predicates import connect_limit_signals

        connect_limit_signals()
        discussions.register(ForumClauseDiscussions())
        # the core's decisions on a post are carried out by the posting service
        moderation.register_decision_handler(Post, apply_moderation_decision)
