# ruff: noqa: F811 - the certification fixtures are imported, then named as arguments
"""Backups (issue #8, 17; portal/backups.py): `manage.py backup` then `manage.py restore`
into an empty database find every record and every private file again. Runs on SQLite in `make test`
and on PostgreSQL (pg_dump / pg_restore) in the service tier of .ci/run."""

import sqlite3
from pathlib import Path

import pytest
from django.core.management import call_command
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
