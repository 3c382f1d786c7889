"""Reports and dashboards read from the read replica (DATABASE_REPLICA_URL), when there is
one; every write and every other read stays on the primary.

A view opts in with `@reads_from_replica`: while it runs (and while a streamed answer is
read out, for the CSV exports), ReplicaRouter sends reads to the "replica" database. A
read inside a transaction on the primary (the request wrote something first) stays on the
primary, so nobody reads around their own change. Without a replica configured nothing
changes: the router is not even installed (portal/settings/base.py).

What reads there: figures that tolerate the replication delay (usually under a second):
the staff dashboard and its exports, the officials' training report. Never a page that
decides something (a review, a check-in, a certificate's verification).
"""

from __future__ import annotations

import contextvars
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import wraps

from django.conf import settings
from django.db import connections

REPLICA = "replica"
_reading = contextvars.ContextVar("portal_replica_reads", default=False)


def has_replica() -> bool:
    return REPLICA in settings.DATABASES


@contextmanager
def replica_reads():
    """Reads inside the block go to the replica (when there is one)."""
    token = _reading.set(True)
    try:
        yield
    finally:
        _reading.reset(token)


@contextmanager
def primary_reads():
    """Reads inside the block go to the primary, even within a view that reads from the
    replica (figures that are kept, and must match what was written)."""
    token = _reading.set(False)
    try:
        yield
    finally:
        _reading.reset(token)


def _streamed(content: Iterable) -> Iterator:
    with replica_reads():
        yield from content


def reads_from_replica(view):
    """Decorates a view whose reads may come from the replica, a streamed answer's too."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        with replica_reads():
            response = view(request, *args, **kwargs)
        if getattr(response, "streaming", False) and not hasattr(response, "file_to_stream"):
            response.streaming_content = _streamed(response.streaming_content)
        return response

    wrapped.reads_from_replica = True
    return wrapped


class ReplicaRouter:
    """DATABASE_ROUTERS' entry when DATABASE_REPLICA_URL is set."""

    def db_for_read(self, model, **hints):
        if (
            _reading.get()
            and REPLICA in settings.DATABASES
            and not connections["default"].in_atomic_block
        ):
            return REPLICA
        return None

    def db_for_write(self, model, **hints):
        return "default"

    def allow_relation(self, obj1, obj2, **hints):
        return True  # the same rows, whichever copy they were read from

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return db == "default"  # the replica follows the primary
