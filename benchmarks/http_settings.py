"""Settings of the benchmarks on PostgreSQL and Redis (benchmarks/stack.py): production
settings with the benchmark's own URL configuration, which adds a bare view (the ceiling
every page is compared with), and the run's own task queue."""

import os

from portal.settings.production import *  # noqa: F403

ROOT_URLCONF = "benchmarks.http_urls"
# Each run of benchmarks/certificates.py queues its tasks on a queue of its own: two runs
# at once (engineers sharing a machine, CI) would otherwise take each other's tasks.
CELERY_TASK_DEFAULT_QUEUE = os.environ.get("BENCH_CELERY_QUEUE", "celery")
