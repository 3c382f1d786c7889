"""Data that several tests load the same way (the whole demo, the onboarding demo), loaded
once per test process and copied back for each next test that asks for it.

On SQLite the copy is SQLite's online backup of the whole test database: a few
megabytes, milliseconds, against 10-40 s to load the demo again through the services.
Elsewhere (the PostgreSQL tier) each test loads the data itself, as before."""

import sqlite3
from collections.abc import Callable

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import connection

_copies: dict[str, sqlite3.Connection] = {}


def can_copy() -> bool:
    return connection.vendor == "sqlite"


def copy_database() -> sqlite3.Connection:
    """The test database as it is now, in memory. Not inside a transaction."""
    connection.ensure_connection()
    copy = sqlite3.connect(":memory:", check_same_thread=False)
    connection.connection.backup(copy)
    return copy


def restore_database(copy: sqlite3.Connection) -> None:
    """The test database becomes `copy` again, for every connection to it (a live server's
    thread reads it at its next query). What this process cached of the old rows goes."""
    connection.ensure_connection()
    copy.backup(connection.connection)
    ContentType.objects.clear_cache()
    cache.clear()


def loaded_once(key: str, load: Callable[[], None]) -> None:
    """Runs `load()` the first time `key` is asked for in this process and keeps a copy
    of the database it leaves; later calls put that copy back instead of loading. For
    tests that start from an empty database (transactional tests, or a module that puts
    its previous database back after it: see `kept_loaded`)."""
    if not can_copy():
        load()
        return
    if key in _copies:
        restore_database(_copies[key])
        return
    load()
    _copies[key] = copy_database()
