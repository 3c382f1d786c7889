"""What the benchmarks on PostgreSQL and Redis share: the servers, a migrated database,
and the environment their processes (gunicorn, Celery workers, this process) run with.

Migrating the portal on PostgreSQL takes a minute; the first benchmark keeps the migrated
database as a template (`bench_migrated_<digest of the migrations>`), and every benchmark
database after it is a copy (CREATE DATABASE ... TEMPLATE: seconds). A change to any
migration, or another Django or Wagtail version, makes a new template.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
POSTGRES = os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432")
REDIS = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379")


def psql(server: str, sql: str, database: str = "postgres") -> str:
    out = subprocess.run(
        ["psql", "-qtA", f"{server}/{database}", "-c", sql],
        check=True,
        capture_output=True,
        text=True,
    )
    return out.stdout.strip()


def exists(server: str, name: str) -> bool:
    return psql(server, f"SELECT 1 FROM pg_database WHERE datname = '{name}'") == "1"


def require_services(server: str, redis_url: str) -> None:
    """Stops with what to start when PostgreSQL or Redis does not answer."""
    try:
        psql(server, "SELECT 1")
    except (OSError, subprocess.CalledProcessError) as exc:
        raise SystemExit(f"PostgreSQL at {server} does not answer ({exc}): start it") from None
    import redis

    try:
        redis.Redis.from_url(redis_url).ping()
    except redis.RedisError as exc:
        raise SystemExit(f"Redis at {redis_url} does not answer ({exc}): start it") from None


def environment(*, database_url: str, redis_url: str, tmp: Path, broker_url: str = "") -> dict:
    """Production settings (benchmarks.http_settings: production plus /bench/ok) on the
    given database and Redis, files in `tmp`, e-mail kept in memory."""
    env = dict(os.environ)
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "benchmarks.http_settings",
            "PYTHONPATH": str(ROOT),
            "DATABASE_URL": database_url,
            "REDIS_URL": redis_url,
            "CACHE_KEY_PREFIX": f"bench-{os.getpid()}",
            "CELERY_BROKER_URL": broker_url,
            "CELERY_RESULT_BACKEND": "",
            "SECRET_KEY": "benchmark-only-secret-key-" + "x" * 40,
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "SECURE_SSL_REDIRECT": "false",
            "MFA_REQUIRED_FOR_STAFF": "false",
            "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
            "STATIC_ROOT": str(tmp / "static"),
            "MEDIA_ROOT": str(tmp / "media"),
            "PRIVATE_STORAGE_ROOT": str(tmp / "private"),
            "CERTIFICATE_SIGNING_KEY_FILE": str(ROOT / "var" / "bench-signing-key.pem"),
            "CERTIFICATE_SIGNING_KEY_AUTOCREATE": "true",
            # One address makes all the load: the per-visitor limit would answer 429.
            "CERTIFICATE_VERIFY_RATE_LIMIT": "100000000",
            "LOG_LEVEL": "WARNING",
        }
    )
    (ROOT / "var").mkdir(exist_ok=True)
    return env


def _migrations_digest() -> str:
    digest = hashlib.sha256()
    for package in ("django", "wagtail", "django-allauth", "django-taggit"):
        digest.update(f"{package}={metadata.version(package)};".encode())
    for path in sorted(ROOT.glob("*/migrations/*.py")):
        digest.update(str(path.relative_to(ROOT)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def migrated_database(server: str, name: str, env: dict, *, fresh: bool = False) -> bool:
    """Makes `name` a migrated database (a copy of the template); returns whether it was
    new. An existing one is kept (a seeded database) and migrated forward."""
    if fresh and exists(server, name):
        psql(server, f"DROP DATABASE {name} WITH (FORCE)")
    if exists(server, name):
        _migrate(server, name, env)
        return False
    template = f"bench_migrated_{_migrations_digest()}"
    if not exists(server, template):
        for (old,) in _rows(
            server, "SELECT datname FROM pg_database WHERE datname LIKE 'bench_migrated_%'"
        ):
            psql(server, f"DROP DATABASE {old} WITH (FORCE)")
        psql(server, f"CREATE DATABASE {template}")
        try:
            _migrate(server, template, env)
        except BaseException:
            psql(server, f"DROP DATABASE IF EXISTS {template} WITH (FORCE)")
            raise
    psql(server, f"CREATE DATABASE {name} TEMPLATE {template}")
    return True


def drop(server: str, name: str) -> None:
    psql(server, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def _rows(server: str, sql: str) -> list[tuple[str, ...]]:
    return [tuple(line.split("|")) for line in psql(server, sql).splitlines() if line]


def _migrate(server: str, name: str, env: dict) -> None:
    subprocess.run(
        [PYTHON, "manage.py", "migrate", "--noinput", "-v0"],
        env={**env, "DATABASE_URL": f"{server}/{name}"},
        cwd=ROOT,
        check=True,
    )


def migrated_sqlite(path: Path) -> None:
    """Makes `path` a migrated SQLite database: a copy of a template file kept in var/
    (migrated once per set of migrations, as on PostgreSQL)."""
    template = ROOT / "var" / f"bench-migrated-{_migrations_digest()}.sqlite3"
    if not template.exists():
        template.parent.mkdir(exist_ok=True)  # var/ is not in a fresh clone
        for old in (ROOT / "var").glob("bench-migrated-*.sqlite3*"):
            old.unlink()
        partial = template.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        subprocess.run(
            [PYTHON, "manage.py", "migrate", "--noinput", "-v0"],
            env={
                **os.environ,
                "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
                "SQLITE_PATH": str(partial),
            },
            cwd=ROOT,
            check=True,
        )
        partial.rename(template)
    shutil.copyfile(template, path)
