"""manage.py restore (portal/management/commands/restore.py): a backup back into an empty
database and empty folders, refused over data and when a count differs."""

import json

import pytest
from django.core.management import CommandError, call_command

pytestmark = pytest.mark.django_db(transaction=True)


def test_restore_refuses_a_database_that_holds_data(learner, empty_database, tmp_path):
    call_command("backup", tmp_path / "backup")
    url, _restored = empty_database
    roots = {"private_root": tmp_path / "p1", "media_root": tmp_path / "m1"}
    call_command("restore", tmp_path / "backup", database_url=url, **roots)
    with pytest.raises(CommandError, match="empty"):
        call_command(
            "restore",
            tmp_path / "backup",
            database_url=url,
            private_root=tmp_path / "p2",
            media_root=tmp_path / "m2",
        )
    with pytest.raises(CommandError):
        call_command("backup", tmp_path / "backup")  # never over an earlier backup


def test_a_restore_that_finds_fewer_rows_than_the_backup_counted_fails(
    learner, empty_database, tmp_path
):
    call_command("backup", tmp_path / "backup")
    manifest_path = tmp_path / "backup" / "manifest.json"
    manifest = json.loads(manifest_path.read_text())
    manifest["tables"]["portal_user"] += 1  # a row the restore will not find
    manifest_path.write_text(json.dumps(manifest))
    url, _restored = empty_database
    with pytest.raises(CommandError, match="differ.*portal_user"):
        call_command(
            "restore",
            tmp_path / "backup",
            database_url=url,
            private_root=tmp_path / "p",
            media_root=tmp_path / "m",
        )
