from django.apps import AppConfig


class OperationsConfig(AppConfig):
    name = "consult.operations"
    label = "operations"
    verbose_name = "Operations"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import metrics

        metrics.register_default_queues()
