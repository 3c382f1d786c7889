"""Settings of the Celery workers that the fault tests start themselves (tests/workers.py):
the test settings, e-mail written to files that the test counts, and a task that a killed
worker held delivered again within seconds (production waits the broker's hour)."""

import os

from portal.settings.test import *  # noqa: F403

EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
EMAIL_FILE_PATH = os.environ.get("WORKER_EMAIL_DIR", "/tmp/portal-worker-mail")
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": 5,
    "unacked_restore_interval": 1,
    "unacked_restore_throttle": 1,
    # A worker killed while it held the restore lock must not block the restore for the
    # default 5 minutes.
    "unacked_mutex_expire": 3,
}
