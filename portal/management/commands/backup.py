"""manage.py backup <folder>: the database and the private and media files (README
"Backups"); portal/backups.py says what the folder holds."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connections

from portal import backups


class Command(BaseCommand):
    help = "Back up the database and the private and media files into a new folder."

    def add_arguments(self, parser):
        parser.add_argument("folder", type=Path, help="a folder that does not exist yet")

    def handle(self, *args, folder: Path, **options):
        try:
            manifest = backups.backup(
                db=connections["default"].settings_dict,
                roots={"private": settings.PRIVATE_STORAGE_ROOT, "media": settings.MEDIA_ROOT},
                dest=folder,
            )
        except (backups.BackupError, FileExistsError) as exc:
            raise CommandError(str(exc)) from exc
        rows = sum(manifest["tables"].values())
        self.stdout.write(
            f"backed up {rows} rows in {len(manifest['tables'])} tables and the files to {folder}"
        )
