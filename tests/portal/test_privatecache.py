"""portal/privatecache.py: a signed-in person's page kept for their own session, served
again until their records, the site or the versions it names change. Whole pages through
the portal's views: tests/courses/test_private_cache.py, test_page_cache.py."""

from importlib import import_module

import pytest
from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.core.cache import cache
from django.http import HttpResponse

from portal import privatecache
from portal.privatecache import HEADER, PrivatePageCacheMiddleware, cache_privately

pytestmark = pytest.mark.django_db


class Site:
    """One view behind the middleware, counting how often it renders."""

    def __init__(self, **marks):
        self.renders = 0
        self.marks = marks
        self.middleware = PrivatePageCacheMiddleware(self.view)

    def view(self, request):
        self.renders += 1
        return cache_privately(HttpResponse(f"page {self.renders}"), **self.marks)

    def get(self, rf, session, path="/learning/", csrf="c" * 32):
        """What the handler does: the view middleware first, then the view."""
        request = rf.get(path)
        request.session = session
        request.COOKIES[settings.CSRF_COOKIE_NAME] = csrf
        request.META["CSRF_COOKIE"] = csrf
        served = self.middleware.process_view(request, self.view, (), {})
        return served if served is not None else self.middleware(request)


def signed_in(user):
    store = import_module(settings.SESSION_ENGINE).SessionStore
    session = store()
    session[SESSION_KEY] = str(user.pk)
    session.save()
    return store(session_key=session.session_key)  # as the next request reads it


def test_a_page_is_served_again_until_its_persons_records_change(
    private_cache, rf, learner, other_learner
):
    site, session = Site(), signed_in(learner)
    first = site.get(rf, session)
    assert first[HEADER] == "miss"
    again = site.get(rf, session)
    assert again[HEADER] == "hit" and again.content == first.content and site.renders == 1

    privatecache.purge_user(other_learner.pk)  # someone else's records
    assert site.get(rf, session)[HEADER] == "hit"
    privatecache.purge_user(learner.pk)
    assert site.get(rf, session).content == b"page 2"
    privatecache.purge_site()
    assert site.get(rf, session).content == b"page 3"
    assert site.get(rf, session)[HEADER] == "hit"


def test_nobody_else_and_no_other_session_or_page_gets_it(
    private_cache, rf, learner, other_learner
):
    site, session = Site(), signed_in(learner)
    site.get(rf, session)
    assert site.get(rf, signed_in(other_learner))[HEADER] == "miss"
    assert site.get(rf, signed_in(learner))[HEADER] == "miss"  # a new session
    assert site.get(rf, session, csrf="d" * 32)[HEADER] == "miss"  # its forms' tokens differ
    assert site.get(rf, session, path="/learning/?page=2")[HEADER] == "miss"
    assert site.renders == 5


def test_a_page_that_names_a_version_is_kept_only_while_it_holds(private_cache, rf, learner):
    cache.set("figures:hcm", "v1")
    site, session = Site(depends_on={"figures:hcm": "v1"}), signed_in(learner)
    site.get(rf, session)
    assert site.get(rf, session)[HEADER] == "hit"
    cache.set("figures:hcm", "v2")
    assert site.get(rf, session)[HEADER] == "miss"


def test_a_group_given_to_someone_renews_their_pages(private_cache, rf, learner):
    from django.contrib.auth.models import Group

    group = Group.objects.create(name="Giảng viên thử")  # a new group renews every page
    site, session = Site(), signed_in(learner)
    site.get(rf, session)
    assert site.get(rf, session)[HEADER] == "hit"
    group.user_set.add(learner)  # from the group's side
    assert site.get(rf, session)[HEADER] == "miss"
    assert site.get(rf, session)[HEADER] == "hit"
    learner.groups.remove(group)  # from the user's side
    assert site.get(rf, session)[HEADER] == "miss"


def test_seconds_never_exceed_the_setting(settings):
    settings.PRIVATE_PAGE_CACHE_SECONDS = 300
    assert cache_privately(HttpResponse(), seconds=60).private_cache_seconds == 60
    assert cache_privately(HttpResponse(), seconds=3600).private_cache_seconds == 300
    assert cache_privately(HttpResponse()).private_cache_seconds == 300


def test_nothing_is_kept_when_it_is_off(rf, learner):
    site, session = Site(), signed_in(learner)
    assert not site.get(rf, session).has_header(HEADER)
    assert not site.get(rf, session).has_header(HEADER)
    assert site.renders == 2
