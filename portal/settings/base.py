"""Settings shared by every environment.

Everything that differs between a laptop and production is read from the environment.
With nothing set the portal runs embedded: SQLite (WAL) in the project folder, a local
memory cache, Celery tasks run in process, files on the local disk.
"""

import os
from pathlib import Path
from urllib.parse import urlparse

import dj_database_url
from celery.schedules import crontab
from csp.constants import NONE, SELF, UNSAFE_INLINE
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(os.environ.get("PORTAL_VAR_DIR", BASE_DIR / "var"))


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "insecure-local-development-key-change-me")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1],testserver")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000").rstrip("/")

INSTALLED_APPS = [
    "portal",
    "home",
    "courses",
    "certification",
    "onboarding",
    "events",
    "wagtail.contrib.redirects",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "csp",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Serves /static/ from STATIC_ROOT (compressed, cached forever by hashed name in
    # production): gunicorn needs no other server in front for it.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "portal.middleware.ContentSecurityPolicyMiddleware",
    "portal.pagecache.PageCacheMiddleware",  # before sessions: cached pages need none
    "django.contrib.sessions.middleware.SessionMiddleware",
    "portal.middleware.LanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "portal.middleware.PrivateCacheControlMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "portal.middleware.AdminAccessMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "portal.middleware.MFARequiredMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last: signed-in pages from the cache once the others have seen the request.
    "portal.privatecache.PrivatePageCacheMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "portal.context_processors.portal",
            ],
        },
    },
]

# --- Database -------------------------------------------------------------------------
SQLITE_PATH = Path(os.environ.get("SQLITE_PATH", BASE_DIR / "db.sqlite3"))
if os.environ.get("DATABASE_URL"):
    DATABASES = {
        "default": dj_database_url.parse(
            os.environ["DATABASE_URL"],
            # Persistent connections (checked before reuse): no connection set-up per request.
            conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "600")),
            conn_health_checks=True,
        )
    }
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": SQLITE_PATH,
            "OPTIONS": {
                # WAL lets readers run while one request writes; IMMEDIATE avoids
                # "database is locked" on upgrade from a read to a write transaction.
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
            },
        }
    }
# A read replica (DATABASE_REPLICA_URL, e.g. a PostgreSQL streaming replica): the staff
# dashboards, their exports and the reports read there (portal/replica.py); every write
# and every other read stays on the primary. Reports may then lag the primary by the
# replication delay (usually under a second).
DATABASE_REPLICA_URL = os.environ.get("DATABASE_REPLICA_URL", "")
if DATABASE_REPLICA_URL:
    if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
        raise ImproperlyConfigured("DATABASE_REPLICA_URL needs DATABASE_URL (PostgreSQL).")
    DATABASES["replica"] = dj_database_url.parse(
        DATABASE_REPLICA_URL,
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "600")),
        conn_health_checks=True,
    )
    # Tests read the primary through the replica's name (no second test database).
    DATABASES["replica"]["TEST"] = {"MIRROR": "default"}
    DATABASE_ROUTERS = ["portal.replica.ReplicaRouter"]
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache ------------------------------------------------------------------------------
CACHE_URL = os.environ.get("CACHE_URL") or os.environ.get("REDIS_URL")
if CACHE_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": CACHE_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "portal"),
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# --- Scale: page cache and sessions (portal/pagecache.py) -------------------------------
# Both only with a shared cache: each process's local memory could be neither purged nor
# updated by the others (a page published, a session ended elsewhere).
# Whole pages for anonymous visitors, kept at most this many seconds (purged on publishing).
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "300" if CACHE_URL else "0"))
# Signed-in pages (a lesson, a course page, /learning/), each person's own, renewed by
# their writes (portal/privatecache.py); needs the page cache on.
PRIVATE_PAGE_CACHE_SECONDS = int(
    os.environ.get("PRIVATE_PAGE_CACHE_SECONDS", "300" if CACHE_URL else "0")
)
# The staff dashboard's figures, kept at most this many seconds (onboarding/figures.py:
# versioned, retired by every write).
ONBOARDING_FIGURES_SECONDS = int(
    os.environ.get("ONBOARDING_FIGURES_SECONDS", "300" if CACHE_URL else "0")
)
# Sessions read from the cache, written through to the database.
SESSION_ENGINE = (
    "django.contrib.sessions.backends.cached_db"
    if CACHE_URL
    else "django.contrib.sessions.backends.db"
)

# --- Celery -----------------------------------------------------------------------------
CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", "")
CELERY_RESULT_BACKEND = os.environ.get("CELERY_RESULT_BACKEND", CELERY_BROKER_URL or None)
# Without a broker the tasks run in process, so `make run` needs nothing else.
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_TASK_TIME_LIMIT = 10 * 60
CELERY_TASK_SOFT_TIME_LIMIT = 9 * 60
CELERY_TASK_ACKS_LATE = True
# Nothing reads task results (records say what happened): storing them costs Redis memory,
# and with a result backend every publish first subscribes to its result, so a Redis
# outage would fail the publish where the broker's own retry copes.
CELERY_TASK_IGNORE_RESULT = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
# Without this Celery closes a worker's database connection before and after every task:
# a new PostgreSQL connection per task (a server process started, its caches cold), a
# third of the CPU of a certificate's delivery. With it Celery leaves them open and
# portal.celery treats a task as Django treats a request: CONN_MAX_AGE and the health
# check before reuse apply, a broken connection is dropped.
CELERY_DB_REUSE_MAX = 2**62
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_TIMEZONE = "Asia/Ho_Chi_Minh"
# Beat sends these; the tasks live in the apps (names are the contract).
CELERY_BEAT_SCHEDULE = {
    "certificate-expiry-reminders": {
        "task": "certification.tasks.send_expiry_reminders",
        "schedule": crontab(hour=7, minute=0),
    },
    "onboarding-daily-reminders": {
        "task": "onboarding.tasks.send_daily_reminders",
        "schedule": crontab(hour=7, minute=30),
    },
    "event-reminders": {
        "task": "events.tasks.send_event_reminders",
        "schedule": crontab(hour=8, minute=0),
    },
    # Certificates whose PDF or e-mail never reached the broker (Redis was down).
    "certificate-delivery-sweep": {
        "task": "certification.tasks.deliver_pending",
        "schedule": crontab(minute="*/15"),
    },
    # After the reminders above, so that a digest carries this morning's.
    "notification-digests": {
        "task": "portal.tasks.send_notification_digests",
        "schedule": crontab(hour=8, minute=30),
    },
}

# --- Accounts (django-allauth) ------------------------------------------------------------
AUTH_USER_MODEL = "portal.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_SIGNUP_FORM_CLASS = "portal.forms.SignupProfileForm"
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Cổng TMĐT] "
# allauth's defaults, written out so that nobody switches them off by accident.
ACCOUNT_RATE_LIMITS = {
    "login_failed": "5/5m/ip,5/5m/key",
    "signup": "20/m/ip",
    "confirm_email": "1/3m/key",
    "reset_password": "20/m/ip,5/m/key",
    "reset_password_from_key": "20/m/ip",
}
# Two-factor authentication (allauth.mfa) at /accounts/2fa/: an authenticator app, security
# keys and recovery codes, for everyone. MFA_REQUIRED_FOR_STAFF makes national admins and onboarding
# staff set it up before anything else (on in production; off here so that the demo
# accounts of `make run` sign in with their password alone). See portal/mfa.py.
# Security keys (WebAuthn) work on https and on http://localhost (not http://127.0.0.1).
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes", "webauthn"]
MFA_FORMS = {
    "add_webauthn": "portal.mfa.AddWebAuthnForm",
    "edit_webauthn": "portal.mfa.EditWebAuthnForm",
}
MFA_TOTP_ISSUER = "Cổng TMĐT"
MFA_TOTP_TOLERANCE = 1  # a phone clock 30 s off still works
MFA_ADAPTER = "portal.mfa.MFAAdapter"
# Wrong codes count against "login_failed" (ACCOUNT_RATE_LIMITS above), as passwords do.
MFA_REQUIRED_FOR_STAFF = env_bool("MFA_REQUIRED_FOR_STAFF", False)
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/learning/"
# Staff land on their dashboard, trainers on the admin (portal/adapters.py).
ACCOUNT_ADAPTER = "portal.adapters.AccountAdapter"
ACCOUNT_USER_DISPLAY = "portal.adapters.user_display"  # names, never internal usernames
ACCOUNT_LOGOUT_REDIRECT_URL = "/"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- E-mail -----------------------------------------------------------------------------
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Cổng TMĐT <no-reply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Languages --------------------------------------------------------------------------
LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", _("Vietnamese")), ("en", _("English"))]
# Our own strings, then Vietnamese for allauth (which ships none). Both take precedence
# over the apps' catalogues. makemessages writes into the first path: keep it ours.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale_overrides"]
LANGUAGE_COOKIE_NAME = "portal_language"
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Asia/Ho_Chi_Minh"
WAGTAIL_I18N_ENABLED = False
WAGTAILADMIN_PERMITTED_LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]

# --- Files ------------------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static_collected"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
# Private files (certificate PDFs, evidence) are never served by URL; views stream them
# after checking who asks.
PRIVATE_STORAGE_ROOT = Path(os.environ.get("PRIVATE_STORAGE_ROOT", BASE_DIR / "private"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {
        "BACKEND": "portal.storage.PrivateFileSystemStorage",
        "OPTIONS": {"location": PRIVATE_STORAGE_ROOT},
    },
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# S3-compatible object storage (django-storages) instead of the local disk, for several
# web and worker hosts: AWS_STORAGE_BUCKET_NAME switches it on; AWS_S3_ENDPOINT_URL for
# MinIO, Ceph, Viettel or another S3-compatible service; AWS_S3_REGION_NAME; credentials
# from AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (or the host's role). Private files
# (certificates, evidence) go under private/, written with a private ACL and never linked:
# the views that check who asks stream them, as from the disk. Public media (images,
# documents) under media/, linked directly (AWS_S3_CUSTOM_DOMAIN for a CDN in front).
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
if AWS_STORAGE_BUCKET_NAME:
    _s3 = {
        "bucket_name": AWS_STORAGE_BUCKET_NAME,
        "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
        "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
        "file_overwrite": False,
    }
    _custom_domain = os.environ.get("AWS_S3_CUSTOM_DOMAIN", "")
    STORAGES["private"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            **_s3,
            "location": "private",
            "default_acl": "private",
            # Never linked; should a URL ever be made, it is signed and short-lived.
            "querystring_auth": True,
            "querystring_expire": 60,
            "custom_domain": None,
        },
    }
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            **_s3,
            "location": "media",
            "querystring_auth": False,
            "custom_domain": _custom_domain or None,
        },
    }
    if _custom_domain:
        MEDIA_URL = f"https://{_custom_domain}/media/"
    elif _s3["endpoint_url"]:
        MEDIA_URL = f"{_s3['endpoint_url'].rstrip('/')}/{AWS_STORAGE_BUCKET_NAME}/media/"
    else:
        MEDIA_URL = f"https://{AWS_STORAGE_BUCKET_NAME}.s3.amazonaws.com/media/"
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# --- Content-Security-Policy (django-csp) --------------------------------------------------
# No inline scripts anywhere on the portal (behaviour lives in static files; a test scans the
# templates). Inline style attributes stay allowed: progress bars and charts set widths.
# Wagtail's admin gets its own additions on /admin/ only (portal.middleware).
_media_origin = "{0.scheme}://{0.netloc}".format(urlparse(MEDIA_URL)) if "//" in MEDIA_URL else ""
CSP_EMBED_HOSTS = env_list(
    "CSP_EMBED_HOSTS",
    "https://www.youtube.com,https://www.youtube-nocookie.com,https://player.vimeo.com",
)
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", *filter(None, [_media_origin])],
        "media-src": [SELF, *filter(None, [_media_origin])],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        "frame-src": [SELF, *CSP_EMBED_HOSTS],
        "frame-ancestors": [SELF],
        "form-action": [SELF],
        "base-uri": [SELF],
        "object-src": [NONE],
    }
}
# What Wagtail's admin needs beyond that, on /admin/ only (people with admin access): its
# form widgets still start with inline scripts (initDateTimeChooser, new ImageChooser...),
# and image uploads preview blob: URLs. The browser tests fail on anything else blocked.
CONTENT_SECURITY_POLICY_ADMIN_UPDATE = {"script-src": [UNSAFE_INLINE], "img-src": ["blob:"]}

# --- Wagtail ----------------------------------------------------------------------------
WAGTAIL_SITE_NAME = "Cổng đào tạo thương mại điện tử"
WAGTAILADMIN_BASE_URL = SITE_URL
# One log-in door, allauth's (rate limits, verified e-mail, two-factor): the admin and
# private pages sign in there; Wagtail's own password forms are off (tests/portal/
# test_one_door.py walks every URL for another).
WAGTAILADMIN_LOGIN_URL = "/accounts/login/"
WAGTAIL_FRONTEND_LOGIN_URL = "/accounts/login/"
WAGTAIL_PASSWORD_RESET_ENABLED = False
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False  # change it at /accounts/password/change/
WAGTAILUSERS_PASSWORD_ENABLED = False  # people set their own, by allauth's reset e-mail
WAGTAIL_PRIVATE_PAGE_OPTIONS = {"SHARED_PASSWORD": False}
WAGTAILDOCS_PRIVATE_COLLECTION_OPTIONS = {"SHARED_PASSWORD": False}
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# Every document download passes through Wagtail's view and our before_serve_document hook
# (documents of a province's collection are private: portal/media.py). The web server must
# not serve MEDIA_ROOT/documents/ itself.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# Elasticsearch for the catalog's search, instead of the database: SEARCH_URL (e.g.
# https://user:password@search:9200) switches it on; SEARCH_BACKEND names Wagtail's backend
# for the server's version (elasticsearch8, the client installed; elasticsearch9 or 7 with
# that version of the `elasticsearch` package instead); SEARCH_INDEX_PREFIX (`portal_`)
# starts the index names. After switching, `manage.py update_index` fills the index once;
# publishing keeps it current. (OpenSearch's own client, opensearch-py, needs a PyPI package named
# `events`, which our events app shadows: Wagtail's opensearch backends cannot load here.)
SEARCH_URL = os.environ.get("SEARCH_URL", "")
SEARCH_BACKENDS = ("elasticsearch8", "elasticsearch9", "elasticsearch7")
if SEARCH_URL:
    _search_backend = os.environ.get("SEARCH_BACKEND", "elasticsearch8")
    if _search_backend not in SEARCH_BACKENDS:
        raise ImproperlyConfigured(f"SEARCH_BACKEND: one of {', '.join(SEARCH_BACKENDS)}.")
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": f"wagtail.search.backends.{_search_backend}",
            "URLS": [SEARCH_URL],
            "INDEX_PREFIX": os.environ.get("SEARCH_INDEX_PREFIX", "portal_"),
            "TIMEOUT": 5,
            "OPTIONS": {},
            "INDEX_SETTINGS": {},
        }
    }
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 5 * 1024 * 1024
WAGTAILEMBEDS_RESPONSIVE_HTML = True
# No avatars from gravatar.com: it would learn a hash of every editor's e-mail address (and
# the Content-Security-Policy allows images from the portal only).
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# --- Logging ----------------------------------------------------------------------------
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {"django.db.backends": {"level": "WARNING"}},
}

# --- certification ---
# The Ed25519 key that signs certificates: PEM or base64 in the environment, or a key file.
# Never in the database or the repository. With DEBUG (make run) or in the test settings a
# local demo key file is created on first use; elsewhere a missing key fails loudly.
CERTIFICATE_SIGNING_KEY = os.environ.get("CERTIFICATE_SIGNING_KEY", "")
# Where make run and the tests keep their demo key (certification.signing.is_demo_key).
CERTIFICATE_DEMO_KEY_FILE = VAR_DIR / "certificate-signing-key.pem"
CERTIFICATE_SIGNING_KEY_FILE = Path(
    os.environ.get("CERTIFICATE_SIGNING_KEY_FILE", CERTIFICATE_DEMO_KEY_FILE)
)
# Create a missing key file: on in dev.py and test.py, never by default here.
CERTIFICATE_SIGNING_KEY_AUTOCREATE = env_bool("CERTIFICATE_SIGNING_KEY_AUTOCREATE", False)
# Public verification pages: requests per minute per IP address.
CERTIFICATE_VERIFY_RATE_LIMIT = int(os.environ.get("CERTIFICATE_VERIFY_RATE_LIMIT", "60"))
# After rotating the signing key: the old public keys (Multikey "z6Mk..."), comma-separated,
# stay published and accepted so that certificates issued before still verify.
CERTIFICATE_PREVIOUS_PUBLIC_KEYS = env_list("CERTIFICATE_PREVIOUS_PUBLIC_KEYS")
# Behind N reverse proxies that each append to X-Forwarded-For (nginx, a load balancer),
# the rate limit counts the visitor's address, not the proxy's: set this to N. 0: direct.
CERTIFICATE_TRUSTED_PROXIES = int(os.environ.get("CERTIFICATE_TRUSTED_PROXIES", "0"))
# django-ratelimit (not an installed app: its system check refuses the local memory cache
# we run on by default). A cache outage lets verification through rather than refusing
# every visitor.
RATELIMIT_FAIL_OPEN = True
