from django.core.management.base import BaseCommand

from forums.demo import seed_forums


class Command(BaseCommand):
    help = "Create the country and theme forums that are missing (idempotent)."

    def handle(self, *args, **options):
        self.stdout.write(f"{seed_forums()} forums created")
