"""portal/middleware.py: the language, the admin's door for those without access, two-factor
enforcement, the Content-Security-Policy and private caching of signed-in pages."""

from django.db import connection
from django.http import HttpResponse
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from portal.middleware import LanguageMiddleware, PrivateCacheControlMiddleware


def test_a_signed_in_person_without_admin_access_gets_a_page_not_a_loop(client, learner):
    client.force_login(learner)
    response = client.get("/admin/", follow=True)
    assert response.status_code == 403
    assert response.redirect_chain == []
    html = response.content.decode()
    assert "Không có quyền truy cập trang quản trị" in html
    assert 'action="/accounts/logout/"' in html and 'href="/"' in html
    assert 'class="site-header"' in html  # the portal's layout
    # Any admin URL, and the admin's log-in redirect, answer the same page.
    for url in ("/admin/pages/", "/admin/login/?next=/admin/"):
        assert client.get(url).status_code == 403
    english = client.get("/admin/?lang=en").content.decode()
    assert "No access to the administration" in english


def test_admin_access_is_unchanged_for_editors_and_visitors(client, make_user):
    from django.contrib.auth.models import Permission

    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")
    editor = make_user("editor@example.com")
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    assert client.get("/admin/").status_code == 200


def test_a_language_link_costs_no_write(client, learner, home_page):
    client.force_login(learner)
    client.get("/")  # warm the session and caches
    with CaptureQueriesContext(connection) as queries:
        client.get("/?lang=en")
    writes = [q["sql"] for q in queries if q["sql"].lstrip().upper().startswith("UPDATE")]
    assert writes == []


def _answer(middleware, request, **headers):
    def view(request):
        response = HttpResponse(translation.get_language())
        for name, value in headers.items():
            response[name] = value
        return response

    return middleware(view)(request)


def test_the_language_is_vietnamese_unless_chosen_whatever_the_browser_asks(rf, settings):
    asked = rf.get("/", HTTP_ACCEPT_LANGUAGE="en")
    response = _answer(LanguageMiddleware, asked)
    assert response.content == b"vi" and response["Content-Language"] == "vi"
    assert settings.LANGUAGE_COOKIE_NAME not in response.cookies

    chosen = rf.get("/")
    chosen.COOKIES[settings.LANGUAGE_COOKIE_NAME] = "en"
    assert _answer(LanguageMiddleware, chosen).content == b"en"

    unknown = rf.get("/?lang=fr")
    response = _answer(LanguageMiddleware, unknown)
    assert response.content == b"vi" and settings.LANGUAGE_COOKIE_NAME not in response.cookies

    linked = rf.get("/?lang=en")
    response = _answer(LanguageMiddleware, linked)
    assert response.content == b"en"
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "en"


def test_signed_in_pages_are_private_and_the_views_own_choice_stands(rf, learner):
    from django.contrib.auth.models import AnonymousUser

    request = rf.get("/")
    request.user = learner
    assert _answer(PrivateCacheControlMiddleware, request)["Cache-Control"] == "private"
    kept = _answer(PrivateCacheControlMiddleware, request, **{"Cache-Control": "no-store"})
    assert kept["Cache-Control"] == "no-store"
    public = _answer(
        PrivateCacheControlMiddleware, request, **{"Cache-Control": "public, max-age=60"}
    )
    assert "private" in public["Cache-Control"] and "public" not in public["Cache-Control"]

    request.user = AnonymousUser()
    assert not _answer(PrivateCacheControlMiddleware, request).has_header("Cache-Control")
