from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Site pages"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from consult.moderation.guard.public import register_public_contacts

        from .page_cache import connect
        from .routing import connect as connect_routing

        connect()
        connect_routing()
        register_public_contacts(office_contacts)


def office_contacts():
    """The country offices' own phone and e-mail on the live country pages:
    the personal-data guard lets them through."""
    from .models import CountryPage

    for phone, email, code in CountryPage.objects.live().values_list("office_phone", "office_email", "country__code"):
        yield from ((value, code) for value in (phone, email) if value)
