"""manage.py restore <folder>: a backup back into an empty database and empty file
folders, checked table by table against the backup's row counts (README "Backups")."""

from pathlib import Path

import dj_database_url
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connections

from portal import backups


class Command(BaseCommand):
    help = "Restore a backup folder into an empty database and empty file folders."

    def add_arguments(self, parser):
        parser.add_argument("folder", type=Path)
        parser.add_argument(
            "--database-url",
            help="restore into this (empty) database instead of the configured one",
        )
        parser.add_argument("--private-root", type=Path, default=None)
        parser.add_argument("--media-root", type=Path, default=None)

    def handle(self, *args, folder: Path, database_url, private_root, media_root, **options):
        db = (
            dj_database_url.parse(database_url)
            if database_url
            else connections["default"].settings_dict
        )
        connections["default"].close()  # SQLite: the file is written, not read, from here
        try:
            manifest = backups.restore(
                source=folder,
                db=db,
                roots={
                    "private": private_root or settings.PRIVATE_STORAGE_ROOT,
                    "media": media_root or settings.MEDIA_ROOT,
                },
            )
        except (backups.BackupError, FileNotFoundError) as exc:
            raise CommandError(str(exc)) from exc
        rows = sum(manifest["tables"].values())
        self.stdout.write(f"restored {rows} rows in {len(manifest['tables'])} tables, all found")
