from django.core.management.base import BaseCommand, CommandError

from consult.operations.backup import BackupError, restore_backup


class Command(BaseCommand):
    help = (
        "Restore a backup folder into an empty database and empty media folders "
        "(by default this site's own: DATABASE_URL, MEDIA_ROOT, PRIVATE_MEDIA_ROOT)."
    )

    def add_arguments(self, parser):
        parser.add_argument("backup", help="The backup's folder (protect-backup-...).")
        parser.add_argument(
            "--database-url", help="Restore into this database instead (postgres://... or sqlite:///...)."
        )
        parser.add_argument("--media-root", help="Restore the media into this folder instead.")
        parser.add_argument("--private-root", help="Restore the private exports into this folder instead.")

    def handle(self, *args, backup, database_url, media_root, private_root, **options):
        try:
            manifest = restore_backup(
                backup, database_url=database_url, media_root=media_root, private_root=private_root
            )
        except BackupError as error:
            raise CommandError(str(error)) from error
        rows = ", ".join(f"{label} {n}" for label, n in manifest["rows"].items())
        self.stdout.write(f"restored the backup of {manifest['created_at']}: {rows}")
