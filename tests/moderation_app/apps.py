from django.apps import AppConfig


class ModerationAppConfig(AppConfig):
    name = "tests.moderation_app"
    label = "moderation_app"
    default_auto_field = "django.db.models.BigAutoField"
