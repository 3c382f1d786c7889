"""Whole pages for someone signed in, from the shared cache, each session's own.

The anonymous page cache (portal/pagecache.py) serves what everyone sees. A signed-in
learner's lesson, course page and /learning/ show their own progress, so they are kept
per person: a view opts in with `cache_privately(response)`, and the next request for the
same page in the same session is served from the cache after the session is read and
before the view runs (no routing, no queries, no rendering).

The key holds the user, the session key and the CSRF cookie (the forms' tokens in the
page are valid only with them), a digest of the session's contents (a pending message or
a refused quiz's answers change what the page shows), the host, path, query string,
language and day (due dates count days). Nobody else's request can make that key.

An entry is valid while three tokens are as they were when it was rendered:
- the page cache's site token: pages published, moved, unpublished or deleted;
- this module's site token: what many people's pages show beyond the pages themselves
  (assignments of a province, group permissions, view restrictions);
- the person's own token, renewed whenever their records change: enrolments, lessons
  done, quiz attempts, certificates, notifications, profile, account, groups, event
  registrations (`purge_user`). The apps connect their models' signals (`watch_user_rows`)
  rather than calling it from each service: the admin, tasks and the shell write these
  rows too. A queryset `.update()` sends no signal: its caller purges;
- and any versions the view names (`cache_privately(depends_on=...)`): the staff
  dashboard shows every business of its provinces, renewed by onboarding/figures.py.

A missing token (never set, or evicted) is replaced by a new random one before rendering,
so an entry stored under an older token can never match again. The cache being down
costs speed, never the page. Only with the anonymous page cache on (its site token says
when pages changed) and a shared cache (each process's memory could not be purged).
"""

from __future__ import annotations

import hashlib
import json
import logging
import uuid

from django.conf import settings
from django.contrib.auth import SESSION_KEY, get_user_model
from django.contrib.auth.models import Group
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse
from django.utils import timezone
from wagtail.models import GroupPagePermission, PageViewRestriction

from portal import pagecache
from portal.models import Notification, Profile

logger = logging.getLogger(__name__)

SITE_TOKEN_KEY = "privatecache:site"
HEADER = "X-Private-Cache"


def enabled() -> bool:
    return bool(settings.PRIVATE_PAGE_CACHE_SECONDS and settings.PAGE_CACHE_SECONDS)


def cache_privately(response, *, seconds: int | None = None, depends_on=None):
    """Marks `response` as this signed-in person's page, the same on their next request
    until their records or the site change: PrivatePageCacheMiddleware may keep it for
    `seconds` (at most PRIVATE_PAGE_CACHE_SECONDS).

    `depends_on` ({cache key: value}) names other versions the page shows, read before it
    was rendered (the staff dashboard: its provinces' figures, onboarding/figures.py); the
    page is served again only while each still holds that value."""
    limit = settings.PRIVATE_PAGE_CACHE_SECONDS
    response.private_cache_seconds = min(seconds, limit) if seconds is not None else limit
    response.private_cache_depends_on = dict(depends_on or {})
    return response


def _user_token_key(user_id) -> str:
    return f"privatecache:user:{user_id}"


def _renew(keys: list[str]) -> None:
    if not enabled() or not keys:
        return
    try:
        # Random, never a counter: a token evicted and counted again could match entries
        # stored before.
        cache.set_many({key: uuid.uuid4().hex for key in keys}, timeout=None)
    except Exception:  # the cache is down: nothing stored can be served either
        logger.warning("private page cache: could not purge %s", keys, exc_info=True)


def _now_and_on_commit(keys: list[str]) -> None:
    # Now, and again once committed: a request rendering meanwhile read the rows as they
    # were, and stored its page under the token of now.
    _renew(keys)
    transaction.on_commit(lambda: _renew(keys))


def purge_user(*user_ids) -> None:
    """The cached pages of these users are stale (their records changed)."""
    if enabled():
        _now_and_on_commit([_user_token_key(pk) for pk in user_ids if pk is not None])


def purge_site(*args, **kwargs) -> None:
    """Everyone's cached pages are stale. Also a signal receiver."""
    if enabled():
        _now_and_on_commit([SITE_TOKEN_KEY])


def watch_user_rows(model, user_of, *, deletes: bool = True) -> None:
    """Purges the cached pages of `user_of(instance)` (a user id) whenever a `model` row
    is saved (and deleted, unless `deletes` is False: rows only ever deleted along with
    their parent, whose own receiver purges, keep Django's fast cascade)."""

    def receiver(sender, instance, **kwargs):
        if enabled():
            purge_user(user_of(instance))

    uid = f"privatecache-{model._meta.label_lower}"
    post_save.connect(receiver, sender=model, weak=False, dispatch_uid=uid)
    if deletes:
        post_delete.connect(receiver, sender=model, weak=False, dispatch_uid=uid)


def _purge_member_changes(sender, instance, action, reverse, pk_set, **kwargs) -> None:
    """m2m_changed on User.groups and User.user_permissions, from either side."""
    if not action.startswith("post_"):
        return
    if not reverse:  # user.groups.add(...)
        purge_user(instance.pk)
    elif pk_set:  # group.user_set.add(...)
        purge_user(*pk_set)
    else:  # group.user_set.clear(): who they were is gone
        purge_site()


def connect_signals() -> None:
    """The portal's own rows that signed-in pages show: the account and its profile
    (name, role), groups and permissions (menus), notifications (the header's count),
    and Wagtail's view restrictions and page permissions."""
    User = get_user_model()
    watch_user_rows(User, lambda user: user.pk)
    watch_user_rows(Profile, lambda profile: profile.user_id)
    watch_user_rows(Notification, lambda notification: notification.user_id)
    for through in (User.groups.through, User.user_permissions.through):
        m2m_changed.connect(_purge_member_changes, sender=through, dispatch_uid="privatecache")
    m2m_changed.connect(purge_site, sender=Group.permissions.through, dispatch_uid="privatecache")
    for model in (Group, GroupPagePermission, PageViewRestriction):
        for signal in (post_save, post_delete):
            signal.connect(purge_site, sender=model, dispatch_uid="privatecache-site")


class PrivatePageCacheMiddleware:
    """Serves and stores the pages marked with cache_privately() for the person signed
    in. Last in MIDDLEWARE: the lookup runs as a view middleware, after the others have
    seen the request (two-factor enforcement among them), and what is stored is the
    view's own answer (the outer middleware add their headers to each answer)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        lookup = getattr(request, "_private_cache", None)
        seconds = getattr(response, "private_cache_seconds", 0)
        if lookup is not None and seconds and _storable(request, response):
            key, tokens = lookup
            depends_on = getattr(response, "private_cache_depends_on", {})
            headers = [(k, v) for k, v in response.headers.items() if k != HEADER]
            entry = (tokens, depends_on, response.status_code, headers, response.content)
            try:
                cache.set(key, entry, seconds)
            except Exception:
                logger.warning("private page cache: could not store", exc_info=True)
            else:
                response.headers[HEADER] = "miss"
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not enabled():
            return None
        user_id, key = _key(request)
        if key is None:
            return None
        token_keys = [pagecache.SITE_TOKEN_KEY, SITE_TOKEN_KEY, _user_token_key(user_id)]
        try:
            found = cache.get_many([*token_keys, key])
            missing = {k: uuid.uuid4().hex for k in token_keys if not found.get(k)}
            if missing:
                cache.set_many(missing, timeout=None)
                found.update(missing)
        except Exception:
            logger.warning("private page cache unavailable", exc_info=True)
            return None
        tokens = (str(user_id), *(found[k] for k in token_keys))
        entry = found.get(key)
        if entry is not None and entry[0] == tokens and _still(entry[1]):
            _tokens, _depends_on, status, headers, content = entry
            response = HttpResponse(content, status=status, headers=headers)
            response.headers[HEADER] = "hit"
            return response
        request._private_cache = (key, tokens)
        return None


def _still(depends_on: dict) -> bool:
    """Whether the other versions a kept page shows are as they were (one more round trip,
    only for the pages that name some)."""
    if not depends_on:
        return True
    try:
        return cache.get_many(list(depends_on)) == depends_on
    except Exception:
        logger.warning("private page cache unavailable", exc_info=True)
        return False


def _key(request) -> tuple[str | None, str | None]:
    """(user id, cache key) of a signed-in GET that may use the cache, else (None, None)."""
    if request.method != "GET" or "HTTP_AUTHORIZATION" in request.META:
        return None, None
    cookies = request.COOKIES
    csrf = cookies.get(settings.CSRF_COOKIE_NAME)
    session = getattr(request, "session", None)
    if not csrf or session is None or not session.session_key:
        return None, None
    if cookies.get(CookieStorage.cookie_name):  # messages owed: shown once, never stored
        return None, None
    # The session as stored names who is signed in, checked against their password when
    # their page was rendered; their account's changes renew their token (connect_signals),
    # so the user row need not be read here.
    try:
        data = dict(session.items())
    except Exception:
        return None, None
    user_id = data.get(SESSION_KEY)
    if not user_id:
        return None, None
    try:
        digest_of_session = json.dumps(data, sort_keys=True, default=str)
        host = request.get_host()
    except Exception:
        return None, None
    raw = "\n".join(
        [
            session.session_key,
            csrf,
            digest_of_session,
            host,
            request.get_full_path(),
            timezone.localdate().isoformat(),
        ]
    )
    language = getattr(request, "LANGUAGE_CODE", settings.LANGUAGE_CODE)
    digest = hashlib.sha256(raw.encode()).hexdigest()
    return user_id, f"privatecache:page:{user_id}:{language}:{digest}"


def _storable(request, response) -> bool:
    """A complete 200 answer that changed nothing on the way: no cookie set, no new CSRF
    secret, no session change (a message or a quiz draft consumed), no message left."""
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    # The page's form tokens must come from the CSRF cookie the key holds (Django flags
    # any used token for a renewed cookie: the same secret is no change).
    if request.META.get("CSRF_COOKIE") != request.COOKIES.get(settings.CSRF_COOKIE_NAME):
        return False
    session = getattr(request, "session", None)
    if session is None or session.modified:
        return False
    storage = getattr(request, "_messages", None)
    if storage is not None and (storage._queued_messages or getattr(storage, "_loaded_data", None)):
        return False
    control = response.headers.get("Cache-Control", "").lower()
    return "no-store" not in control and "no-cache" not in control
