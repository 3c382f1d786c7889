"""The production tier: real PostgreSQL, Redis and a Celery worker (run by .ci/run)."""

import pytest
from django.core.cache import caches
from django.db import connection

pytestmark = [pytest.mark.services, pytest.mark.worker]


@pytest.mark.django_db
def test_runs_on_postgresql():
    assert connection.vendor == "postgresql"


def test_cache_is_redis():
    from django.core.cache.backends.redis import RedisCache

    cache = caches["default"]
    assert isinstance(cache, RedisCache)
    cache.set("services-test", "ok", 5)
    assert cache.get("services-test") == "ok"


def test_a_real_worker_runs_tasks():
    from portal.tasks import ping

    # Tests before this one ran tasks in process, which leaves Celery believing it is
    # inside a task; this wait is on a real worker, so the guard does not apply.
    assert ping.delay().get(timeout=30, disable_sync_subtasks=False) == "pong"


@pytest.mark.django_db
def test_healthz_sees_all_three_services(client):
    response = client.get("/healthz")
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok", "broker": "ok"}
