"""Past one machine (README "Production"): each part is switched on by the environment
alone. The production settings are loaded in a fresh process with the variables set, and
what they configure is checked; the storages are then exercised here (the replica's router
in test_replica.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from django.conf import settings as django_settings

PRODUCTION = {
    "DJANGO_SETTINGS_MODULE": "portal.settings.production",
    "SECRET_KEY": "s" * 50,
    "ALLOWED_HOSTS": "portal.example.vn",
}
PROBE = """
import json
from django.conf import settings
print(json.dumps({name: getattr(settings, name, None) for name in %r}, default=str))
"""


def production_settings(names: list[str], **env: str) -> dict:
    """The named production settings with `env` set (and nothing of this process's)."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("DATABASE", "AWS_"))}
    for key in ("REDIS_URL", "CACHE_URL", "CELERY_BROKER_URL", "SEARCH_URL", "SEARCH_BACKEND"):
        clean.pop(key, None)
    out = subprocess.run(
        [sys.executable, "-c", PROBE % (names,)],
        env={**clean, **PRODUCTION, **env},
        capture_output=True,
        text=True,
    )
    if out.returncode:
        raise RuntimeError(out.stderr.strip().splitlines()[-1])
    return json.loads(out.stdout)


def test_one_machine_by_default():
    found = production_settings(
        ["DATABASES", "DATABASE_ROUTERS", "STORAGES", "WAGTAILSEARCH_BACKENDS", "CACHES"]
    )
    assert list(found["DATABASES"]) == ["default"]
    assert found["DATABASE_ROUTERS"] == []
    assert found["STORAGES"]["private"]["BACKEND"].endswith("FileSystemStorage")
    assert found["WAGTAILSEARCH_BACKENDS"]["default"]["BACKEND"].endswith(".database")
    assert found["CACHES"]["default"]["BACKEND"].endswith("LocMemCache")


def test_postgresql_redis_and_celery_workers_by_environment():
    found = production_settings(
        [
            "DATABASES",
            "CACHES",
            "SESSION_ENGINE",
            "PAGE_CACHE_SECONDS",
            "PRIVATE_PAGE_CACHE_SECONDS",
            "CELERY_TASK_ALWAYS_EAGER",
            "CELERY_BROKER_URL",
        ],
        DATABASE_URL="postgres://portal:pw@db.internal:5432/portal",
        REDIS_URL="redis://redis.internal:6379/1",
        CELERY_BROKER_URL="redis://redis.internal:6379/0",
    )
    default = found["DATABASES"]["default"]
    assert (default["HOST"], default["CONN_MAX_AGE"], default["CONN_HEALTH_CHECKS"]) == (
        "db.internal",
        600,
        True,
    )
    assert found["CACHES"]["default"]["LOCATION"] == "redis://redis.internal:6379/1"
    assert found["SESSION_ENGINE"] == "django.contrib.sessions.backends.cached_db"
    assert found["PAGE_CACHE_SECONDS"] == 300
    assert found["PRIVATE_PAGE_CACHE_SECONDS"] == 300
    # Tasks leave the web process for the workers (and beat's schedule) on the broker.
    assert found["CELERY_TASK_ALWAYS_EAGER"] is False
    assert found["CELERY_BROKER_URL"] == "redis://redis.internal:6379/0"


def test_read_replica_by_environment():
    found = production_settings(
        ["DATABASES", "DATABASE_ROUTERS"],
        DATABASE_URL="postgres://portal:pw@db.internal:5432/portal",
        DATABASE_REPLICA_URL="postgres://reader:pw@replica.internal:5432/portal",
    )
    assert found["DATABASES"]["replica"]["HOST"] == "replica.internal"
    assert found["DATABASES"]["replica"]["USER"] == "reader"
    assert found["DATABASES"]["replica"]["TEST"] == {"MIRROR": "default"}
    assert found["DATABASE_ROUTERS"] == ["portal.replica.ReplicaRouter"]
    with pytest.raises(RuntimeError, match="needs DATABASE_URL"):
        production_settings(["DATABASES"], DATABASE_REPLICA_URL="postgres://r@replica/portal")


def test_s3_storage_by_environment_keeps_private_files_private():
    found = production_settings(
        ["STORAGES", "MEDIA_URL"],
        AWS_STORAGE_BUCKET_NAME="portal-files",
        AWS_S3_ENDPOINT_URL="https://s3.example.vn",
        AWS_S3_REGION_NAME="hcm-1",
    )
    private, public = found["STORAGES"]["private"], found["STORAGES"]["default"]
    assert private["BACKEND"] == public["BACKEND"] == "storages.backends.s3.S3Storage"
    assert private["OPTIONS"]["default_acl"] == "private"
    assert private["OPTIONS"]["querystring_auth"] is True
    assert private["OPTIONS"]["location"] == "private" != public["OPTIONS"]["location"]
    assert found["MEDIA_URL"] == "https://s3.example.vn/portal-files/media/"
    # django-storages takes the options as they are (no network until a file is used).
    from storages.backends.s3 import S3Storage

    storage = S3Storage(**private["OPTIONS"])
    assert (storage.bucket_name, storage.default_acl, storage.location) == (
        "portal-files",
        "private",
        "private",
    )
    # Any URL made for a private file is signed and expires within a minute.
    url = S3Storage(
        **{**private["OPTIONS"], "access_key": "AKIAEXAMPLE", "secret_key": "x" * 40}
    ).url("certificates/2026/11/ABCD.pdf")
    assert url.startswith("https://s3.example.vn/portal-files/private/certificates/")
    assert "Signature=" in url or "X-Amz-Signature=" in url
    assert "Expires=60" in url or "X-Amz-Expires=60" in url


def test_private_files_are_served_by_the_checking_views_only():
    """Whatever the storage, nothing links a private file: the certificate and evidence
    fields use the private storage, and no template or view asks it for a URL."""
    from pathlib import Path

    from certification.models import Certificate
    from onboarding.models import EvidenceFile

    assert (
        Certificate._meta.get_field("pdf").storage is EvidenceFile._meta.get_field("file").storage
    )
    root = Path(django_settings.BASE_DIR)
    for path in [*root.glob("*/templates/**/*.html"), *root.glob("templates/**/*.html")]:
        text = path.read_text()
        assert ".pdf.url" not in text and "file.url" not in text, path


def test_elasticsearch_by_environment():
    found = production_settings(
        ["WAGTAILSEARCH_BACKENDS"],
        SEARCH_URL="https://search:secret@search.internal:9200",
        SEARCH_INDEX_PREFIX="hcm_",
    )
    backend = found["WAGTAILSEARCH_BACKENDS"]["default"]
    assert backend["BACKEND"] == "wagtail.search.backends.elasticsearch8"
    assert backend["URLS"] == ["https://search:secret@search.internal:9200"]
    assert backend["INDEX_PREFIX"] == "hcm_"
    from wagtail.search.backends.elasticsearch8 import SearchBackend

    search = SearchBackend({k: v for k, v in backend.items() if k != "BACKEND"})
    # Built without reaching the server.
    assert search.index_prefix == "hcm_"
    assert search.hosts == [
        {"host": "search.internal", "port": 9200, "path_prefix": "", "scheme": "https"}
    ]
    es = production_settings(
        ["WAGTAILSEARCH_BACKENDS"], SEARCH_URL="http://es:9200", SEARCH_BACKEND="elasticsearch9"
    )
    assert es["WAGTAILSEARCH_BACKENDS"]["default"]["BACKEND"].endswith(".elasticsearch9")
    with pytest.raises(RuntimeError, match="SEARCH_BACKEND"):
        production_settings(["WAGTAILSEARCH_BACKENDS"], SEARCH_URL="x", SEARCH_BACKEND="solr")


# --- the replica: which views read there -----------------------------------------------


def test_dashboards_exports_and_reports_read_from_the_replica():
    from courses import views as course_views
    from onboarding import views as onboarding_views

    for view in (
        onboarding_views.staff_dashboard,
        onboarding_views.staff_export_csv,
        onboarding_views.staff_export_xlsx,
        course_views.officials_report,
    ):
        assert getattr(view, "reads_from_replica", False), view.__name__
