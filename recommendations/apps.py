from django.apps import AppConfig


class RecommendationsConfig(AppConfig):
    name = "recommendations"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Imported here, not on top: these modules import models, which exist only once apps are ready.
        from consult.members.account_data import register_exporter

        from . import rules  # noqa: F401  (registers the named permissions)
        from .consultation.services import export_feedback

        # Feedback stays after an account is deleted (attributed to "former
        # member", sector and country kept), so there is no eraser.
        register_exporter("recommendations", export_feedback)
