from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Site pages"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from .page_cache import connect
        from .routing import connect as connect_routing

        connect()
        connect_routing()
