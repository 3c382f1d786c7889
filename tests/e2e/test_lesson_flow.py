"""The lesson flow in the browser: one "Mark as done and continue" leads on in order; a
skipped lesson is marked on the course page and listed at the end; the progress bar and
My learning agree; in Vietnamese and English, on desktop and phone, axe-clean."""

import pytest

from courses.services import section_create
from tests.conftest import PASSWORD
from tests.courses.builders import add_course, catalog_for, lessons_of
from tests.e2e.conftest import axe_violations, screenshot

pytestmark = pytest.mark.django_db(transaction=True)


def progress(page) -> str:
    return page.get_by_role("progressbar").first.get_attribute("aria-valuenow")


def test_done_and_continue_skipped_lessons_and_the_end(
    live_server, page, phone_page, login, make_user, home_page, hcm
):
    section = section_create(province=hcm, catalog=catalog_for(home_page))
    course = add_course(section, lessons=3, quiz=False)
    lessons = lessons_of(course)
    make_user("luong.hoc@example.com")
    login(page, "luong.hoc@example.com", PASSWORD)
    page.goto(f"{live_server.url}{course.url}")
    with page.expect_navigation():
        page.click("form[action*='/learning/enrol/'] button")
    assert page.url.endswith(lessons[0].url)

    # Skip lesson 1, finish lesson 2: on to lesson 3, and lesson 1 is shown as skipped.
    with page.expect_navigation():
        page.get_by_role("link", name="Tạm bỏ qua bài này").click()
    with page.expect_navigation():
        page.get_by_role("button", name="Đánh dấu đã học xong và học tiếp").click()
    assert page.url.endswith(lessons[2].url)
    assert progress(page) == "33"
    assert "Bạn đã bỏ qua 1 bài" in page.locator("#lesson-status").inner_text()
    assert axe_violations(page) == []
    screenshot(page, "lesson-flow-skipped-vi-desktop")

    page.goto(f"{live_server.url}/learning/")
    assert progress(page) == "33"
    assert "Bài 3" in page.locator("section[aria-labelledby=in-progress]").inner_text()
    page.goto(f"{live_server.url}{course.url}")
    assert progress(page) == "33"
    assert page.locator(".lesson-list .badge-amber").count() == 1
    assert axe_violations(page) == []
    screenshot(page, "lesson-flow-course-vi-desktop")

    # The end: lesson 3 done, lesson 1 still to do is listed with its link.
    page.goto(f"{live_server.url}{lessons[2].url}")
    with page.expect_navigation():
        page.get_by_role("button", name="Đánh dấu đã học xong").click()
    status = page.locator("#lesson-status")
    assert "Bạn đã đến cuối khoá học" in status.inner_text()
    assert progress(page) == "67"
    assert axe_violations(page) == []
    screenshot(page, "lesson-flow-end-vi-desktop")
    page.goto(page.url.split("#")[0] + "?lang=en")
    assert "You reached the end of the course" in page.locator("#lesson-status").inner_text()
    assert axe_violations(page) == []
    screenshot(page, "lesson-flow-end-en-desktop")
    with page.expect_navigation():
        page.get_by_role("link", name="Go to the first lesson still to do").click()
    assert page.url.endswith(lessons[0].url)
    with page.expect_navigation():
        page.get_by_role("button", name="Mark as done and continue").click()
    assert page.url.endswith("/learning/")
    assert (
        "Selling on marketplaces" in page.locator("section[aria-labelledby=completed]").inner_text()
    )

    login(phone_page, "luong.hoc@example.com", PASSWORD)
    phone_page.goto(f"{live_server.url}{lessons[2].url}")
    assert phone_page.evaluate("document.documentElement.scrollWidth") <= 390
    assert axe_violations(phone_page) == []
    screenshot(phone_page, "lesson-flow-done-vi-phone")
