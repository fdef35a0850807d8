"""Seed the page tree: a HomePage per locale, the country index and 12 country pages."""

from django.conf import settings
from django.db import transaction
from wagtail.models import Locale, Page, Site

from consult.models import Country

from .models import CountryIndexPage, CountryPage, HomePage

HOME_INTRODUCTION = (
    "<p>PROTECT works in 12 European countries to prevent sexual and gender-based "
    "violence against migrants, refugees and asylum seekers, and to make sure "
    "victims find help. Choose your country to see where to get help.</p>"
    "<p>In an emergency, call <b>112</b>, free from any phone in the EU.</p>"
)


def seed_locales():
    """One Wagtail locale per language in settings.WAGTAIL_CONTENT_LANGUAGES."""
    created = 0
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        _, was_created = Locale.objects.get_or_create(language_code=code)
        created += was_created
    return created


@transaction.atomic
def seed_page_tree():
    """Create the English page tree if it is missing and point the default site at it.

    Idempotent: existing pages are found by type and kept as editors left them.
    Works on an empty database too (after a test flush), creating the root page.
    """
    english = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(instance=Page(title="Root", slug="root", locale=english))

    home = HomePage.objects.filter(locale=english).first()
    if home is None:
        # Wagtail's first migration leaves a placeholder "Welcome" page (and
        # a site pointing at it, which goes with it).
        for placeholder in Page.objects.filter(depth=2).not_type(HomePage):
            placeholder.delete()
        root.refresh_from_db()
        home = root.add_child(
            instance=HomePage(title="PROTECT", slug="home", locale=english, introduction=HOME_INTRODUCTION)
        )

    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="PROTECT")
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.site_name = "PROTECT"
        site.save()

    index = CountryIndexPage.objects.filter(locale=english).first()
    if index is None:
        index = home.add_child(
            instance=CountryIndexPage(
                title="Countries",
                slug="countries",
                locale=english,
                introduction="<p>The programme's country offices and where to get help in each country.</p>",
            )
        )

    existing = set(CountryPage.objects.filter(locale=english).values_list("country_id", flat=True))
    for country in Country.objects.exclude(pk__in=existing).order_by("name"):
        index.add_child(
            instance=CountryPage(
                title=country.name,
                slug=country.code.lower(),
                locale=english,
                country=country,
                introduction=(
                    f"<p>Help and information about sexual and gender-based violence for "
                    f"migrants in {country.name}. In an emergency, call <b>{country.emergency_number}</b>.</p>"
                ),
            )
        )
    return home
