"""Compiles every .po file of the project to .mo with polib (no gettext binaries needed),
so `make run` works on a machine without gettext."""

from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Compile the project's translations (.po to .mo)."

    def handle(self, *args, **options):
        count = 0
        base = Path(settings.BASE_DIR)
        app_catalogues = sorted(base.glob("*/locale/*/LC_MESSAGES/*.po"))
        project_catalogues = [
            po
            for path in settings.LOCALE_PATHS
            for po in sorted(Path(path).glob("*/LC_MESSAGES/*.po"))
        ]
        for po_path in project_catalogues + app_catalogues:
            if ".venv" in po_path.parts:
                continue
            mo_path = po_path.with_suffix(".mo")
            if mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
                continue
            polib.pofile(str(po_path)).save_as_mofile(str(mo_path))
            count += 1
        self.stdout.write(f"compiled {count} translation file(s)")
