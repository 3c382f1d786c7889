import runpy
from pathlib import Path

import pytest

BASE = Path(__file__).resolve().parents[2] / "portal" / "settings" / "base.py"
PRODUCTION = BASE.with_name("production.py")


def load_settings(monkeypatch, **env):
    for name in ("DATABASE_URL", "CELERY_BROKER_URL", "REDIS_URL", "CACHE_URL", "DEBUG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(BASE))


def test_nothing_set_means_embedded_sqlite_wal_and_in_process_tasks(monkeypatch):
    s = load_settings(monkeypatch)
    db = s["DATABASES"]["default"]
    assert db["ENGINE"] == "django.db.backends.sqlite3"
    assert "journal_mode=WAL" in db["OPTIONS"]["init_command"]
    assert s["CELERY_TASK_ALWAYS_EAGER"] is True
    assert s["CACHES"]["default"]["BACKEND"].endswith("LocMemCache")
    assert s["DEBUG"] is False


def test_database_url_switches_to_postgresql(monkeypatch):
    s = load_settings(monkeypatch, DATABASE_URL="postgres://postgres@127.0.0.1:5432/portal")
    db = s["DATABASES"]["default"]
    assert db["ENGINE"] == "django.db.backends.postgresql"
    assert (db["NAME"], db["HOST"], db["PORT"], db["USER"]) == (
        "portal",
        "127.0.0.1",
        5432,
        "postgres",
    )


def test_broker_and_redis_urls_switch_celery_and_cache(monkeypatch):
    s = load_settings(
        monkeypatch,
        CELERY_BROKER_URL="redis://127.0.0.1:6379/1",
        REDIS_URL="redis://127.0.0.1:6379/2",
    )
    assert s["CELERY_TASK_ALWAYS_EAGER"] is False
    assert s["CELERY_BROKER_URL"] == "redis://127.0.0.1:6379/1"
    assert s["CACHES"]["default"]["BACKEND"] == "django.core.cache.backends.redis.RedisCache"
    assert s["CACHES"]["default"]["LOCATION"] == "redis://127.0.0.1:6379/2"


def test_production_settings_refuse_to_start_without_a_secret_key(monkeypatch):
    from django.core.exceptions import ImproperlyConfigured

    monkeypatch.delenv("SECRET_KEY", raising=False)
    with pytest.raises(ImproperlyConfigured):
        runpy.run_path(str(PRODUCTION), run_name="portal.settings.production")
