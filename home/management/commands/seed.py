"""python manage.py seed: countries, locales, page tree and demo accounts.

Idempotent: a second run creates nothing and changes nothing.
"""

from django.core.management.base import BaseCommand

from consult.demo import seed_countries, seed_demo_accounts

from ...demo import seed_locales, seed_page_tree


class Command(BaseCommand):
    help = "Create the 12 countries, the locales, the page tree and demo accounts (idempotent)."

    def handle(self, *args, **options):
        countries = seed_countries()
        locales = seed_locales()
        seed_page_tree()
        accounts = seed_demo_accounts()
        self.stdout.write(
            f"Seed: {countries} countries, {locales} locales and {accounts} demo accounts created "
            "(existing rows are left as they are)."
        )
