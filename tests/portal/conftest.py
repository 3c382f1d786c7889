"""Fixtures and helpers of the portal's tests."""

import uuid
from pathlib import Path

import pytest
from django.db import connection

from portal import backups, services

TEMPLATE = "tests/notice"


@pytest.fixture
def notice_templates(settings):
    """tests/notice_title.txt and tests/notice.txt: a title and a text with a translated
    word and characters HTML would escape."""
    templates = [dict(engine) for engine in settings.TEMPLATES]
    templates[0]["DIRS"] = [*templates[0]["DIRS"], Path(__file__).parent / "templates"]
    settings.TEMPLATES = templates


def tell(user, **kwargs):
    """A notification for `user` from the test templates (needs `notice_templates`)."""
    kwargs = {"kind": "step_approved", "template": TEMPLATE, "context": {"name": "Hà"}} | kwargs
    return services.notify(user=user, **kwargs)


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
