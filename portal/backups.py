"""Backups: the database and the uploaded files in one folder, and back.

A backup folder holds
  database.dump      PostgreSQL: `pg_dump --format=custom` (restored by pg_restore)
  database.sqlite3   SQLite: a consistent copy made by SQLite's online backup API
  private.tar.gz     PRIVATE_STORAGE_ROOT: certificate PDFs, evidence (never public)
  media.tar.gz       MEDIA_ROOT: Wagtail images and documents
  manifest.json      when, which database engine, and the row count of every table

`restore` writes into an *empty* database (it refuses one that holds tables) and empty
file roots, then counts the rows of every table against the manifest: a restore that
lost a record fails loudly instead of looking done. Used by `manage.py backup` and
`manage.py restore` (README "Backups")."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import tarfile
from datetime import UTC, datetime
from pathlib import Path

import psycopg

MANIFEST = "manifest.json"
ARCHIVES = {"private": "private.tar.gz", "media": "media.tar.gz"}


class BackupError(Exception):
    pass


def _vendor(db: dict) -> str:
    engine = db["ENGINE"]
    if engine.endswith("sqlite3"):
        return "sqlite"
    if "postgresql" in engine:
        return "postgresql"
    raise BackupError(f"no backup recipe for {engine}")


def _pg_args(db: dict) -> tuple[list[str], dict]:
    args = []
    if db.get("HOST"):
        args += ["--host", str(db["HOST"])]
    if db.get("PORT"):
        args += ["--port", str(db["PORT"])]
    if db.get("USER"):
        args += ["--username", db["USER"]]
    env = dict(os.environ)
    if db.get("PASSWORD"):
        env["PGPASSWORD"] = db["PASSWORD"]
    return args, env


def _run(command: list[str], env: dict) -> None:
    done = subprocess.run(command, env=env, capture_output=True, text=True)
    if done.returncode:
        raise BackupError(f"{command[0]} failed: {done.stderr.strip()[-2000:]}")


def table_counts(db: dict) -> dict[str, int]:
    """Rows per table of the database `db` (a settings dict), opened on its own."""
    if _vendor(db) == "sqlite":
        with sqlite3.connect(db["NAME"]) as conn:
            names = [
                row[0]
                for row in conn.execute(
                    "SELECT name FROM sqlite_master WHERE type='table' "
                    "AND name NOT LIKE 'sqlite_%' ORDER BY name"
                )
            ]
            return {n: conn.execute(f'SELECT COUNT(*) FROM "{n}"').fetchone()[0] for n in names}

    with psycopg.connect(**_pg_connect(db)) as conn:
        names = [
            row[0]
            for row in conn.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"
            )
        ]
        return {n: conn.execute(f'SELECT COUNT(*) FROM "{n}"').fetchone()[0] for n in names}


def _pg_connect(db: dict) -> dict:
    params = {"dbname": db["NAME"]}
    for key, name in (
        ("HOST", "host"),
        ("PORT", "port"),
        ("USER", "user"),
        ("PASSWORD", "password"),
    ):
        if db.get(key):
            params[name] = db[key]
    return params


def backup(*, db: dict, roots: dict[str, Path], dest: Path) -> dict:
    """Writes the backup of database `db` and the file `roots` ({"private": …, "media": …})
    into the new folder `dest`. Returns the manifest."""
    dest.mkdir(parents=True, exist_ok=False)
    vendor = _vendor(db)
    if vendor == "sqlite":
        with (
            sqlite3.connect(db["NAME"]) as source,
            sqlite3.connect(dest / "database.sqlite3") as copy,
        ):
            source.backup(copy)
    else:
        args, env = _pg_args(db)
        _run(
            ["pg_dump", "--format=custom", "--no-owner", "--no-acl", *args]
            + ["--file", str(dest / "database.dump"), "--dbname", db["NAME"]],
            env,
        )
    for key, archive in ARCHIVES.items():
        root = Path(roots[key])
        with tarfile.open(dest / archive, "w:gz") as tar:
            if root.exists():
                tar.add(root, arcname=".")
    copy_db = {**db, "NAME": str(dest / "database.sqlite3")} if vendor == "sqlite" else db
    manifest = {
        "created_at": datetime.now(UTC).isoformat(),
        "vendor": vendor,
        "tables": table_counts(copy_db),
    }
    (dest / MANIFEST).write_text(json.dumps(manifest, indent=2, sort_keys=True))
    return manifest


def restore(*, source: Path, db: dict, roots: dict[str, Path]) -> dict:
    """Restores the backup folder `source` into the empty database `db` and the file
    `roots`, then checks every table's row count against the manifest. Returns the
    manifest. Raises BackupError when the target is not empty or a count differs."""
    manifest = json.loads((source / MANIFEST).read_text())
    vendor = _vendor(db)
    if vendor != manifest["vendor"]:
        raise BackupError(f"a {manifest['vendor']} backup cannot go into {vendor}")
    if vendor == "sqlite":
        target = Path(db["NAME"])
        if target.exists() and target.stat().st_size:
            raise BackupError(f"{target} exists: restore into an empty database")
        with (
            sqlite3.connect(source / "database.sqlite3") as backup_db,
            sqlite3.connect(target) as t,
        ):
            backup_db.backup(t)
    else:
        if table_counts(db):
            raise BackupError(f"database {db['NAME']} holds tables: restore into an empty one")
        args, env = _pg_args(db)
        _run(
            ["pg_restore", "--no-owner", "--no-acl", "--exit-on-error", *args]
            + ["--dbname", db["NAME"], str(source / "database.dump")],
            env,
        )
    for key, archive in ARCHIVES.items():
        root = Path(roots[key])
        if root.exists() and any(root.iterdir()):
            raise BackupError(f"{root} is not empty: restore files into an empty folder")
        root.mkdir(parents=True, exist_ok=True)
        with tarfile.open(source / archive, "r:gz") as tar:
            tar.extractall(root, filter="data")
    found = table_counts(db)
    missing = {
        table: (count, found.get(table))
        for table, count in manifest["tables"].items()
        if found.get(table) != count
    }
    if missing:
        raise BackupError(
            f"restored rows differ from the backup (table: backup, restored): {missing}"
        )
    return manifest
