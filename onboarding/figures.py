"""The staff dashboard's figures (the funnel, the charts, the waiting counts, the oldest
waiting steps) kept in the cache, so that the dashboard does not aggregate a province's
every step on every request.

Each province has a version in the cache, and so has the whole country ("all", the
national admins' view without a province filter). Figures are kept under the versions of
the provinces they cover; any save or delete of a business, a journey or a step
(receivers.py) gives its province and the country new versions, so no figure kept
before a write by the portal is read after it. The new version is set at once (the
writer's next page sees its change) and again after the commit: a request that read the
old rows while the write was not yet committed kept them under the version that the
second bump retires.

Writes that bypass save() (bulk_create, update(): the seeds, a shell) call ``bump``.
Kept only with a shared cache (settings.ONBOARDING_FIGURES_SECONDS, 0 without one): a
per-process cache could not see the other processes' bumps.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable, Iterable
from typing import TypeVar

from django.conf import settings
from django.core.cache import cache
from django.db import transaction

from portal.models import Province
from portal.replica import primary_reads

T = TypeVar("T")
ALL = "all"
PREFIX = "onboarding:figures"


def _version_key(scope) -> str:
    return f"{PREFIX}:v:{scope}"


def _set_new_versions(scopes: list) -> None:
    token = uuid.uuid4().hex
    cache.set_many({_version_key(scope): token for scope in scopes}, timeout=None)


def keeping() -> bool:
    return settings.ONBOARDING_FIGURES_SECONDS > 0


def bump(province_ids: Iterable[int | None] = ()) -> None:
    """Retires the figures of these provinces and the country's (now and after the
    commit)."""
    if not keeping():
        return  # nothing is kept
    scopes = sorted({p for p in province_ids if p is not None}) + [ALL]
    _set_new_versions(scopes)
    transaction.on_commit(lambda: _set_new_versions(scopes), robust=True)


def bump_everywhere() -> None:
    """Retires every province's figures (after writes in bulk, which send no signal)."""
    bump(Province.objects.values_list("pk", flat=True))


def versions(provinces: list[int] | None) -> dict[str, str] | None:
    """The current versions of `provinces` (None: the whole country), {cache key: value},
    made where missing; None when nothing is kept (no shared cache, or one that keeps
    nothing). Read them before reading what they cover."""
    if not keeping() or provinces == []:
        return None
    names = [_version_key(p) for p in (sorted(provinces) if provinces is not None else [ALL])]
    found = cache.get_many(names)
    if len(found) < len(names):
        # Never bumped, or evicted: a new version, so nothing kept before can match.
        for name in names:
            if name not in found:
                cache.add(name, uuid.uuid4().hex, timeout=None)
        found = cache.get_many(names)
        if len(found) < len(names):  # a cache that keeps nothing
            return None
    return {name: found[name] for name in names}


def kept(*, provinces: list[int] | None, key: str, compute: Callable[[], T]) -> T:
    """`compute()` as kept for `key` (the filters, the day: whatever else it depends on)
    over `provinces` (None: the whole country), or computed now and kept. Computed from
    the primary database: a replica behind the write would keep old rows under the
    new version."""
    current = versions(provinces)
    if current is None:
        return compute()
    digest = hashlib.sha256("|".join([key, *current.values()]).encode()).hexdigest()
    cache_key = f"{PREFIX}:{digest}"
    value = cache.get(cache_key)
    if value is None:
        with primary_reads():
            value = compute()
        cache.set(cache_key, value, timeout=settings.ONBOARDING_FIGURES_SECONDS)
    return value
