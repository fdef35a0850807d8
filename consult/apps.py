from django.apps import AppConfig


class ConsultConfig(AppConfig):
    name = "consult"
    verbose_name = "Consultation core"
    default_auto_field = "django.db.models.BigAutoField"
