"""Development only: give the demo accounts fresh passwords and print them."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from consult.demo import reset_demo_passwords


class Command(BaseCommand):
    help = "Give each demo account a new random password and print the logins (DEBUG only)."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("demo_logins runs only in development (DJANGO_DEBUG=true).")
        logins = reset_demo_passwords()
        if not logins:
            raise CommandError("No demo accounts: run `python manage.py seed` first.")
        self.stdout.write("Demo logins (new passwords for this run):")
        for role, email, password in logins:
            self.stdout.write(f"  {role:<28} {email:<36} {password}")
        self.stdout.write("Staff and administrator accounts set up two-factor authentication (TOTP) at first sign-in.")
