"""Whole pages for anonymous visitors, from the shared cache (Redis in production).

A view or page opts in with `cache_publicly(response)`; PageCacheMiddleware then stores
the answer and serves the next anonymous visitor from the cache, before sessions,
authentication and the view run. The key is the host, path, query string and language
(`?lang=` or the `portal_language` cookie, as LanguageMiddleware decides), not the Cookie
header, which differs for every visitor. A request with a session or a pending message
never touches the cache: it may come from someone signed in, or be owed a message.

Purging: a site-wide token, replaced when a page is published, unpublished, moved or
deleted (course and catalog data are pages), and a token per path for one page (a
certificate's verification page when it changes). One round trip reads both tokens
with the entry; an entry stored under other tokens is a miss. The cache being down
costs speed, never the page.

Why not Django's cache middleware: it varies on the whole Cookie header (one entry per
visitor) and would serve a cached anonymous page to a signed-in visitor whose request
lacks that Vary. wagtail-cache purges by clearing its whole cache backend.
"""

from __future__ import annotations

import hashlib
import logging
import uuid

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.db import transaction
from django.db.models.signals import post_delete
from django.http import HttpResponse
from django.utils.cache import cc_delim_re
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

logger = logging.getLogger(__name__)

SITE_TOKEN_KEY = "pagecache:site"
HEADER = "X-Page-Cache"


def cache_publicly(response, *, seconds: int | None = None):
    """Marks `response` as the same for every anonymous visitor: PageCacheMiddleware may
    keep it for `seconds` (at most PAGE_CACHE_SECONDS)."""
    limit = settings.PAGE_CACHE_SECONDS
    response.page_cache_seconds = min(seconds, limit) if seconds is not None else limit
    return response


def purge_all() -> None:
    """Every cached page is stale (a page was published, moved, unpublished, deleted)."""
    _renew(SITE_TOKEN_KEY)


def purge_path(path: str) -> None:
    """The cached answers for `path` (any query string, any language) are stale."""
    _renew(_path_token_key(path))


def _renew(key: str) -> None:
    if not settings.PAGE_CACHE_SECONDS:
        return
    try:
        # A new random token, never a counter: a token evicted and counted again could
        # match entries stored before.
        cache.set(key, uuid.uuid4().hex, timeout=None)
    except Exception:  # the cache is down: nothing stored can be served either
        logger.warning("page cache: could not purge %s", key, exc_info=True)


def purge_all_on_commit(*args, **kwargs) -> None:
    """Signal receiver: purge now, and again once the transaction commits (a request
    rendering meanwhile read the rows as they were)."""
    if not settings.PAGE_CACHE_SECONDS:
        return
    purge_all()
    transaction.on_commit(purge_all)


def _purge_deleted_page(sender, instance, **kwargs) -> None:

    if isinstance(instance, Page):
        purge_all_on_commit()


def connect_signals() -> None:
    """Pages change what anonymous visitors see when published, unpublished, moved or
    deleted: the catalog, the home page's featured courses and the course pages list
    them. (Drafts change nothing public.)"""
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(purge_all_on_commit, dispatch_uid="pagecache-purge")
    post_delete.connect(_purge_deleted_page, dispatch_uid="pagecache-purge-deleted")


def _path_token_key(path: str) -> str:
    return "pagecache:path:" + hashlib.sha256(path.encode()).hexdigest()


class PageCacheMiddleware:
    """Serves and stores the pages marked with cache_publicly() for anonymous visitors.
    Sits after the security middleware (its headers are added to cached answers too)
    and before the session middleware (a cached answer needs no session)."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.languages = {code for code, _name in settings.LANGUAGES}

    def __call__(self, request):
        key = self._key(request) if settings.PAGE_CACHE_SECONDS else None
        if key is None:
            return self.get_response(request)
        path_key = _path_token_key(request.path)
        try:
            found = cache.get_many([SITE_TOKEN_KEY, path_key, key])
        except Exception:
            logger.warning("page cache unavailable", exc_info=True)
            return self.get_response(request)
        tokens = (found.get(SITE_TOKEN_KEY, ""), found.get(path_key, ""))
        entry = found.get(key)
        if entry is not None and entry[0] == tokens:
            _tokens, status, headers, content = entry
            response = HttpResponse(content, status=status, headers=headers)
            response.headers[HEADER] = "hit"
            return response
        response = self.get_response(request)
        seconds = getattr(response, "page_cache_seconds", 0)
        if seconds and _storable(request, response):
            headers = [(k, v) for k, v in response.headers.items() if k != HEADER]
            try:
                cache.set(key, (tokens, response.status_code, headers, response.content), seconds)
            except Exception:
                logger.warning("page cache: could not store %s", request.path, exc_info=True)
            else:
                response.headers[HEADER] = "miss"
        return response

    def _key(self, request) -> str | None:
        """The cache key of an anonymous GET, or None when the request may not use it."""
        if request.method != "GET" or "HTTP_AUTHORIZATION" in request.META:
            return None
        cookies = request.COOKIES
        if settings.SESSION_COOKIE_NAME in cookies or CookieStorage.cookie_name in cookies:
            return None
        if "lang" in request.GET:  # the answer sets the language cookie
            return None
        language = cookies.get(settings.LANGUAGE_COOKIE_NAME)
        if language not in self.languages:
            language = settings.LANGUAGE_CODE
        try:
            host = request.get_host()
        except DisallowedHost:
            return None
        raw = f"{host}{request.path}?{request.META.get('QUERY_STRING', '')}"
        return f"pagecache:page:{language}:{hashlib.sha256(raw.encode()).hexdigest()}"


def _storable(request, response) -> bool:
    """Only a complete 200 answer that is the same for everyone: nothing personal
    (cookies set, a CSRF token rendered, Cache-Control private or no-store), and no
    variation the key does not hold."""
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False
    control = response.headers.get("Cache-Control", "").lower()
    if "private" in control or "no-store" in control:
        return False
    vary = {v.strip().lower() for v in cc_delim_re.split(response.headers.get("Vary", ""))}
    return vary <= {"", "cookie"}
