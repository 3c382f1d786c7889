"""`make run`: DEBUG on, e-mail printed to the console, a demo signing key made on first use."""

import os

from .base import *  # noqa: F403
from .base import env_bool

DEBUG = env_bool("DEBUG", True)
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
CERTIFICATE_SIGNING_KEY_AUTOCREATE = env_bool("CERTIFICATE_SIGNING_KEY_AUTOCREATE", True)
