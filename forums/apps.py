from django.apps import AppConfig


class ForumsConfig(AppConfig):
    name = "forums"
    verbose_name = "Forums"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # the named permissions (forums/rules.py), the admin and the member's data
        from consult import discussions

        from . import account_data, admin, rules  # noqa: F401
        from .discussions import ForumClauseDiscussions
        from .predicates import connect_limit_signals

        connect_limit_signals()
        discussions.register(ForumClauseDiscussions())
