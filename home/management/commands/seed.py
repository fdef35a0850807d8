"""python manage.py seed: countries, locales, pages, content, offices and demo accounts.

Idempotent: a second run creates nothing and changes nothing.
"""

from django.core.management.base import BaseCommand

from consult.demo import seed_countries, seed_demo_accounts, seed_demo_application, seed_visitor_notice
from consult.tasks import build_transparency_reports
from forums.demo import seed_forums, seed_moderation_examples
from recommendations.demo import seed_recommendations
from recommendations.drafting.variants.demo import seed_variants

from ...demo import (
    seed_country_content,
    seed_country_content_translations,
    seed_country_offices,
    seed_locales,
    seed_page_tree,
    seed_translations,
    seed_waiting_page_edit,
    seed_waiting_service_edit,
)
from ...seed_media import seed_country_media


class Command(BaseCommand):
    help = (
        "Create the 12 countries, locales, the page tree in every language, demo content, "
        "the film and leaflets, demo accounts, a recommendation document in its second consultation, "
        "and the European master SOP with country variants."
    )

    def handle(self, *args, **options):
        countries = seed_countries()
        locales = seed_locales()
        seed_page_tree()
        seed_translations()
        seed_country_content()
        seed_country_content_translations()
        seed_country_offices()
        seed_country_media()
        accounts = seed_demo_accounts()
        seed_waiting_page_edit()
        seed_waiting_service_edit()
        seed_forums()
        seed_demo_application()
        seed_moderation_examples()
        seed_visitor_notice()
        documents = seed_recommendations()
        seed_variants()
        build_transparency_reports()
        self.stdout.write(
            f"Seed: {countries} countries, {locales} locales, {accounts} demo accounts and "
            f"{documents} recommendation documents created "
            "(existing rows are left as they are)."
        )
