from django.apps import AppConfig


class ConsultConfig(AppConfig):
    name = "consult"
    verbose_name = "Consultation core"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # the named permissions (consult/rules.py), the members' signal
        # receivers and admin pages
        from . import rules  # noqa: F401
        from .country_data_cache import connect as connect_country_data_cache
        from .members import admin, receivers  # noqa: F401
        from .members.account_data import register_eraser, register_exporter
        from .moderation.guard.public import connect as connect_guard_public_contacts
        from .moderation.services import erase_review_notes, export_review_items
        from .renditions import connect as connect_renditions

        connect_country_data_cache()
        connect_renditions()
        connect_guard_public_contacts()
        register_exporter("review_items", export_review_items)
        register_eraser(erase_review_notes)
