"""The test suite: only what differs from base.py. Fast hashing, e-mail kept in memory,
files in one test folder, a demo signing key made on first use, quiet logs."""

import os

from .base import *  # noqa: F403
from .base import DATABASES, STORAGES, env_bool

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# One fixed folder: the Celery worker of the service tier must see the files pytest sees.
_tmp = BASE_DIR / "var" / "test-files"  # noqa: F405
MEDIA_ROOT = _tmp / "media"
PRIVATE_STORAGE_ROOT = _tmp / "private"
STATIC_ROOT = _tmp / "static"  # WhiteNoise warns about a missing one
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
STORAGES = {
    **STORAGES,
    "private": {
        **STORAGES["private"],
        "OPTIONS": {**STORAGES["private"]["OPTIONS"], "location": PRIVATE_STORAGE_ROOT},
    },
}
CERTIFICATE_SIGNING_KEY_AUTOCREATE = env_bool("CERTIFICATE_SIGNING_KEY_AUTOCREATE", True)
WAGTAILADMIN_BASE_URL = "http://testserver"
SITE_URL = "http://testserver"

# Several test runs may share one machine: TEST_DB_NAME names their databases apart.
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # A file (not :memory:) so that --reuse-db keeps the migrated database between runs.
    (BASE_DIR / "var").mkdir(exist_ok=True)  # noqa: F405
    _name = os.environ.get("TEST_DB_NAME", "test")
    DATABASES["default"]["TEST"] = {"NAME": str(BASE_DIR / "var" / f"{_name}.sqlite3")}  # noqa: F405
elif os.environ.get("TEST_DB_NAME"):
    DATABASES["default"]["TEST"] = {"NAME": os.environ["TEST_DB_NAME"]}
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "WARNING"}}
# Whole-page caching only where a test turns it on (pages would outlive each test's data).
PAGE_CACHE_SECONDS = 0
PRIVATE_PAGE_CACHE_SECONDS = 0
# Likewise the staff dashboard's kept figures (tests/onboarding/test_figures.py).
ONBOARDING_FIGURES_SECONDS = 0

# Test processes (pytest-xdist) on one Redis each get a database of their own: a test's
# cache.clear() empties the whole database, and Wagtail caches each site's root paths.
_worker = os.environ.get("PYTEST_XDIST_WORKER", "")
if _worker.startswith("gw") and "redis" in CACHES["default"]["BACKEND"].lower():  # noqa: F405
    _base, _, _db = CACHES["default"]["LOCATION"].rpartition("/")  # noqa: F405
    CACHES["default"]["LOCATION"] = f"{_base}/{10 - int(_worker[2:]) % 8}"  # noqa: F405
