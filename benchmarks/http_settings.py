"""Settings of benchmarks/http.py: production settings with the benchmark's own URL
configuration, which adds a bare view (the ceiling every page is compared with)."""

from portal.settings.production import *  # noqa: F403

ROOT_URLCONF = "benchmarks.http_urls"
