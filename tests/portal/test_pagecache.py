"""Whole pages for anonymous visitors from the cache (portal/pagecache.py): keyed by path,
query and language, never used by or for signed-in people, purged when pages change."""

import pytest
from django.http import HttpResponse
from django.template import engines
from django.test import Client, RequestFactory

from portal import pagecache

pytestmark = pytest.mark.django_db


def _state(response) -> str | None:
    return response.headers.get(pagecache.HEADER)


def test_anonymous_home_page_comes_from_the_cache_without_queries(
    page_cache, home_page, client, django_assert_num_queries
):
    first = client.get("/")
    assert first.status_code == 200 and _state(first) == "miss"
    with django_assert_num_queries(0):
        second = client.get("/")
    assert _state(second) == "hit"
    assert second.content == first.content
    # What the middleware around it adds is still there.
    assert second["X-Frame-Options"] and second["Content-Language"] == "vi"


def test_the_key_holds_the_language_cookie_but_no_other_cookie(page_cache, home_page):
    vi, en, tracked = Client(), Client(), Client()
    en.cookies["portal_language"] = "en"
    tracked.cookies["_ga"] = "GA1.1.123"
    tracked.cookies["csrftoken"] = "x" * 32
    vi_page = vi.get("/").content.decode()
    en_page = en.get("/").content.decode()
    assert home_page.hero_title in vi_page and home_page.hero_title_en not in vi_page
    assert home_page.hero_title_en in en_page
    assert _state(en.get("/")) == "hit"
    again = tracked.get("/")
    assert _state(again) == "hit" and again.content.decode() == vi_page


def test_signed_in_people_neither_get_nor_fill_the_cache(page_cache, home_page, learner):
    anonymous, signed_in = Client(), Client()
    signed_in.force_login(learner)
    mine = signed_in.get("/")
    assert _state(mine) is None
    assert learner.display_name in mine.content.decode()
    assert learner.display_name not in anonymous.get("/").content.decode()
    assert _state(anonymous.get("/")) == "hit"
    # ...and they still get their own page when an anonymous one is cached.
    assert _state(signed_in.get("/")) is None


def test_publishing_a_page_purges_the_cache(
    page_cache, home_page, client, django_capture_on_commit_callbacks
):
    client.get("/")
    assert _state(client.get("/")) == "hit"
    home_page.hero_title = "Tiêu đề mới của trang chủ"
    with django_capture_on_commit_callbacks(execute=True):
        home_page.save_revision().publish()
    fresh = client.get("/")
    assert _state(fresh) == "miss"
    assert "Tiêu đề mới của trang chủ" in fresh.content.decode()


def test_choosing_a_language_messages_and_posts_bypass_the_cache(page_cache, home_page):
    client = Client()
    client.get("/")
    switched = client.get("/?lang=en")  # sets the cookie: neither served nor stored
    assert _state(switched) is None and switched.cookies["portal_language"].value == "en"
    assert _state(Client().get("/?lang=en")) is None
    owed = Client()
    owed.cookies["messages"] = "anything"
    assert _state(owed.get("/")) is None


def test_the_anonymous_language_form_works_without_a_token_and_signed_in_needs_one(
    home_page, learner
):
    anonymous = Client(enforce_csrf_checks=True)
    page = anonymous.get("/").content.decode()
    assert "csrfmiddlewaretoken" not in page  # nothing personal in a cached page
    response = anonymous.post("/i18n/setlang/", {"language": "en", "next": "/"})
    assert response.status_code == 302 and response.cookies["portal_language"].value == "en"

    signed_in = Client(enforce_csrf_checks=True)
    signed_in.force_login(learner)
    assert "csrfmiddlewaretoken" in signed_in.get("/").content.decode()
    refused = signed_in.post("/i18n/setlang/", {"language": "en", "next": "/"})
    assert refused.status_code == 403
    learner.profile.refresh_from_db()
    assert learner.profile.language == "vi"


def _middleware(view):
    return pagecache.PageCacheMiddleware(view)


def test_a_page_that_renders_a_csrf_token_or_sets_a_cookie_is_never_stored(page_cache):
    template = engines["django"].from_string("<form>{% csrf_token %}</form>")

    def with_token(request):
        return pagecache.cache_publicly(HttpResponse(template.render({}, request)))

    def with_cookie(request):
        response = pagecache.cache_publicly(HttpResponse("x"))
        response.set_cookie("tracking", "1")
        return response

    def private(request):
        response = pagecache.cache_publicly(HttpResponse("x"))
        response["Cache-Control"] = "private"
        return response

    def unmarked(request):
        return HttpResponse("x")

    from django.middleware.csrf import CsrfViewMiddleware

    factory = RequestFactory()
    for view in (with_token, with_cookie, private, unmarked):
        middleware = _middleware(CsrfViewMiddleware(view))
        for _ in range(2):
            assert _state(middleware(factory.get(f"/{view.__name__}/"))) is None


def test_the_cache_being_down_costs_speed_not_the_page(page_cache, monkeypatch):
    class Down:
        def __getattr__(self, name):
            def fail(*args, **kwargs):
                raise ConnectionError("redis is down")

            return fail

    monkeypatch.setattr(pagecache, "cache", Down())
    middleware = _middleware(lambda request: pagecache.cache_publicly(HttpResponse("ok")))
    response = middleware(RequestFactory().get("/"))
    assert response.status_code == 200 and response.content == b"ok"
    pagecache.purge_all()  # logged, not raised
