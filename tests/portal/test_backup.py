"""manage.py backup (portal/management/commands/backup.py): the database and the private and
media files into a new folder, with the row count of every table."""

import io
import json
import tarfile

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from portal import backups

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_backup_holds_the_rows_and_the_files_and_says_how_many(learner, settings, tmp_path):
    settings.PRIVATE_STORAGE_ROOT = tmp_path / "private"
    settings.MEDIA_ROOT = tmp_path / "media"  # missing: an empty archive
    (tmp_path / "private" / "evidence").mkdir(parents=True)
    (tmp_path / "private" / "evidence" / "a.pdf").write_bytes(b"%PDF-1.4 a")
    out = io.StringIO()

    call_command("backup", tmp_path / "backup", stdout=out)

    manifest = json.loads((tmp_path / "backup" / "manifest.json").read_text())
    assert manifest["tables"] == backups.table_counts(connection.settings_dict)
    assert manifest["tables"]["portal_user"] == 1
    rows, tables = sum(manifest["tables"].values()), len(manifest["tables"])
    assert f"backed up {rows} rows in {tables} tables" in out.getvalue()
    with tarfile.open(tmp_path / "backup" / "private.tar.gz") as archive:
        assert "./evidence/a.pdf" in archive.getnames()
    with tarfile.open(tmp_path / "backup" / "media.tar.gz") as archive:
        assert archive.getnames() == []


def test_a_backup_never_writes_into_an_existing_folder(tmp_path):
    (tmp_path / "backup").mkdir()
    (tmp_path / "backup" / "manifest.json").write_text("{}")
    with pytest.raises(CommandError):
        call_command("backup", tmp_path / "backup")
    assert (tmp_path / "backup" / "manifest.json").read_text() == "{}"
