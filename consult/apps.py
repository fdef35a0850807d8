from django.apps import AppConfig


class ConsultConfig(AppConfig):
    name = "consult"
    verbose_name = "Consultation core"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # the named permissions (consult/rules.py), the members' signal
        # receivers and admin pages
        from . import rules  # noqa: F401
        from .members import admin, receivers  # noqa: F401
