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
        register_pages_as_noticeable()


def register_pages_as_noticeable():
    """Every live public page can be reported (its country's moderators read
    the notice; a page that is not a country page has no country)."""
    from django.utils.translation import gettext as _
    from wagtail.models import Page

    from consult.moderation.notices import register_noticeable

    def country_of(page):
        page = page.specific
        country_id = getattr(page, "country_id", None)
        if country_id is None:
            ancestor = page.get_ancestors().type(_country_page_model()).specific().first()
            country_id = getattr(ancestor, "country_id", None)
        return country_id

    def is_public(page, user):
        return page.live and not page.get_view_restrictions().exists()

    register_noticeable(
        Page,
        country_of=country_of,
        label_of=lambda page: _("Page: %(title)s") % {"title": page.title},
        is_public=is_public,
    )


def _country_page_model():
    from .models import CountryPage

    return CountryPage


def office_contacts():
    """The country offices' own phone and e-mail on the live country pages:
    the personal-data guard lets them through."""
    from .models import CountryPage

    for phone, email, code in CountryPage.objects.live().values_list("office_phone", "office_email", "country__code"):
        yield from ((value, code) for value in (phone, email) if value)
