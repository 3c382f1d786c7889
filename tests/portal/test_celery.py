"""The workers keep their database connections between tasks as Django keeps them
between requests (CONN_MAX_AGE, the health check), where Celery would open a new one for
every task."""

from types import SimpleNamespace

from celery.fixups.django import DjangoWorkerFixup
from celery.signals import task_postrun, task_prerun

from portal import celery


def test_celery_leaves_the_connections_to_the_portal(monkeypatch):
    fixup = DjangoWorkerFixup(celery.app)
    closed = []
    monkeypatch.setattr(fixup, "_close_database", lambda *a, **k: closed.append("celery"))
    for _task in range(1000):
        fixup.close_database()  # what Celery calls before and after each task
    assert closed == []


class Task:
    def __init__(self, *, eager: bool):
        self.request = SimpleNamespace(is_eager=eager)


def test_each_task_closes_old_connections_as_a_request_does(monkeypatch):
    calls = []
    monkeypatch.setattr(celery, "close_old_connections", lambda **kwargs: calls.append(1))
    worker_task, in_process = Task(eager=False), Task(eager=True)
    for signal in (task_prerun, task_postrun):
        signal.send(sender=worker_task, task_id="1", task=worker_task)
        signal.send(sender=in_process, task_id="2", task=in_process)
    assert len(calls) == 2  # before and after the worker's task; never the caller's
