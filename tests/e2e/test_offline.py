"""Installable and readable offline: the manifest and service worker load under the
Content-Security-Policy; the lessons of an enrolled course open without a network
(Playwright's offline mode); "mark as done" taken offline waits on the phone, the page says
so, and it is sent when the network is back."""

import pytest
from playwright.sync_api import expect

from courses.models import LessonProgress
from courses.services import enrolment_create, section_create
from tests.conftest import PASSWORD
from tests.courses.builders import add_course, catalog_for, lessons_of
from tests.e2e.conftest import PHONE, axe_violations, screenshot, watch_csp

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def enrolled(home_page, hcm, learner):
    section = section_create(province=hcm, catalog=catalog_for(home_page))
    course = add_course(section, lessons=3, quiz=False)
    enrolment_create(user=learner, course=course)
    return course


def test_the_portal_is_installable(live_server, page, home_page):
    page.goto(f"{live_server.url}/")
    manifest = page.evaluate(
        "async () => (await fetch(document.querySelector('link[rel=manifest]').href)).json()"
    )
    assert manifest["display"] == "standalone" and manifest["scope"] == "/"
    assert {icon["sizes"] for icon in manifest["icons"]} >= {"192x192", "512x512"}
    for icon in manifest["icons"]:
        assert page.request.get(f"{live_server.url}{icon['src']}").ok
    # The worker takes control of the site's pages (its scope is the root).
    scope = page.evaluate("async () => (await navigator.serviceWorker.ready).scope")
    assert scope == f"{live_server.url}/"


@pytest.mark.parametrize("language", ["vi", "en"])
def test_lessons_open_offline_and_marking_done_waits_for_the_network(
    live_server, browser, login, learner, enrolled, language
):
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    page = context.new_page()
    blocked = watch_csp(page)
    login(page, learner.email, PASSWORD)
    page.goto(f"{live_server.url}/learning/?lang={language}")
    # The worker keeps the course's pages (it answers with how many).
    page.wait_for_selector("html[data-lessons-kept='4']", state="attached", timeout=30_000)
    first, second, third = lessons_of(enrolled)

    context.set_offline(True)
    page.goto(f"{live_server.url}{second.url}")
    assert page.get_by_role("heading", level=1).inner_text().startswith(second.title)
    status = page.locator("[data-offline-status]")
    expect(status).to_be_visible()
    offline_word = "ngoại tuyến" if language == "vi" else "offline"
    assert offline_word in status.inner_text()
    screenshot(page, f"offline-lesson-{language}-phone")

    # Marking the first lesson as done offline: the phone keeps it and says so.
    page.goto(f"{live_server.url}{first.url}")
    page.locator("form[action$='/done/'] button").click()
    assert offline_word in page.locator("main .message").first.inner_text()
    assert not LessonProgress.objects.filter(lesson=first).exists()
    assert axe_violations(page) == []
    screenshot(page, f"offline-marked-done-{language}-phone")

    # A page that is not kept opens the offline page, which lists what is.
    page.goto(f"{live_server.url}/certificates/")
    assert page.locator("[data-kept-list] a").count() == 4
    screenshot(page, f"offline-page-{language}-phone")

    # Back online: the queued "done" is sent, once, and the page says so.
    page.goto(f"{live_server.url}{third.url}")
    context.set_offline(False)
    page.wait_for_selector("html[data-queue-sent='1']", state="attached", timeout=15_000)
    assert LessonProgress.objects.filter(lesson=first, enrolment__user=learner).count() == 1
    sent = "đã được gửi" if language == "vi" else "have been sent"
    assert sent in status.inner_text()
    page.reload()  # nothing left to send: no second request, no second message
    assert status.is_hidden()
    assert LessonProgress.objects.filter(lesson=first, enrolment__user=learner).count() == 1
    context.close()
    assert blocked == []
