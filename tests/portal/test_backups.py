# ruff: noqa: F811 - the certification fixtures are imported, then named as arguments
"""Backups (issue #8, 17): `manage.py backup` and `manage.py restore` into an empty
database find every record and every private file again. Runs on SQLite in `make test`
and on PostgreSQL (pg_dump / pg_restore) in the service tier of .ci/run."""

import sqlite3
import uuid
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from certification import services
from certification.models import Certificate
from portal import backups
from tests.certification.conftest import cert_template, course, make_subject  # noqa: F401

pytestmark = pytest.mark.django_db(transaction=True)


def _rows(db: dict, table: str) -> list:
    if db["ENGINE"].endswith("sqlite3"):
        with sqlite3.connect(db["NAME"]) as conn:
            return sorted(map(repr, conn.execute(f'SELECT * FROM "{table}"')))
    import psycopg

    with psycopg.connect(**backups._pg_connect(db)) as conn:
        return sorted(map(repr, conn.execute(f'SELECT * FROM "{table}"')))


@pytest.fixture
def empty_database(tmp_path):
    """An empty database of the same engine as the tests' own, and its URL."""
    db = connection.settings_dict
    if connection.vendor == "sqlite":
        path = tmp_path / "restored.sqlite3"
        yield f"sqlite:///{path}", {**db, "NAME": str(path)}
        return
    import psycopg

    name = f"restore_{uuid.uuid4().hex[:12]}"
    admin = {**backups._pg_connect(db), "dbname": "postgres", "autocommit": True}
    with psycopg.connect(**admin) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    user = f"{db['USER']}:{db.get('PASSWORD') or ''}@" if db.get("USER") else ""
    yield (
        f"postgres://{user}{db['HOST'] or 'localhost'}:{db['PORT'] or 5432}/{name}",
        {
            **db,
            "NAME": name,
        },
    )
    with psycopg.connect(**admin) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_a_restored_backup_holds_every_record_and_file(
    learner,
    course,
    empty_database,
    tmp_path,
):
    certificate = services.certificate_issue(recipient=learner, subject=course)
    services.certificate_render_pdf(certificate_id=certificate.pk)
    certificate = Certificate.objects.get(pk=certificate.pk)
    pdf = certificate.pdf.read()

    call_command("backup", tmp_path / "backup")
    url, restored = empty_database
    call_command(
        "restore",
        tmp_path / "backup",
        database_url=url,
        private_root=tmp_path / "private",
        media_root=tmp_path / "media",
    )

    live = backups.table_counts(connection.settings_dict)
    assert backups.table_counts(restored) == live
    assert live["certification_certificate"] == 1 and live["portal_user"] >= 1
    for table in live:
        assert _rows(restored, table) == _rows(connection.settings_dict, table), table
    assert (Path(tmp_path / "private") / certificate.pdf.name).read_bytes() == pdf


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
