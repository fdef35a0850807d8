from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from consult.operations.backup import BackupError, create_backup


class Command(BaseCommand):
    help = "Back up the database, the media and the private exports, with a manifest of checksums."

    def add_arguments(self, parser):
        parser.add_argument(
            "destination",
            nargs="?",
            default=str(settings.BASE_DIR / "var" / "backups"),
            help="Folder that receives the backup's own folder (default var/backups).",
        )

    def handle(self, *args, destination, **options):
        try:
            folder = create_backup(destination)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(str(folder))
