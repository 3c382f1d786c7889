"""The signed-in home page and the officials' courses in the browser: continue where you
left off, what is due, what needs you; the officials' card leads a not-yet-approved person
to the courses and how to get approved. Both languages, desktop and phone, axe-clean."""

from datetime import timedelta

import pytest
from django.utils import timezone

from courses import services
from courses.models import Assignment
from courses.services import section_create
from tests.conftest import PASSWORD
from tests.courses.builders import add_course, catalog_for, lessons_of
from tests.e2e.conftest import axe_violations, screenshot

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def section(home_page, hcm):
    return section_create(province=hcm, catalog=catalog_for(home_page))


def test_signed_in_home_shows_continue_due_and_needs(
    live_server, page, phone_page, login, official, section, hcm
):
    course = add_course(section, slug="dang-hoc", title="Khoá đang học", lessons=3)
    services.enrolment_create(user=official, course=course)
    services.lesson_mark_done(user=official, lesson=lessons_of(course)[0].specific)
    required = add_course(section, slug="bat-buoc", title="Khoá bắt buộc", officials_only=True)
    Assignment.objects.create(
        course=required, province=hcm, due_on=timezone.localdate() + timedelta(days=5)
    )
    login(page, official.email, PASSWORD)
    page.goto(f"{live_server.url}/")
    resume = page.locator("section[aria-labelledby=resume-heading]")
    assert "Khoá đang học" in resume.inner_text() and "Bài 2" in resume.inner_text()
    assert "còn 5 ngày" in page.locator("section[aria-labelledby=due-heading]").inner_text()
    assert axe_violations(page) == []
    screenshot(page, "home-dashboard-vi-desktop")
    with page.expect_navigation():
        resume.get_by_role("link", name="Học tiếp").click()
    assert page.url.endswith(lessons_of(course)[1].url)

    page.goto(f"{live_server.url}/?lang=en")
    assert "Continue where you left off" in page.content()
    assert "5 days left" in page.locator("section[aria-labelledby=due-heading]").inner_text()
    assert axe_violations(page) == []
    screenshot(page, "home-dashboard-en-desktop")

    login(phone_page, official.email, PASSWORD)
    phone_page.goto(f"{live_server.url}/")
    assert phone_page.evaluate("document.documentElement.scrollWidth") <= 390
    assert axe_violations(phone_page) == []
    screenshot(phone_page, "home-dashboard-vi-phone")


def test_officials_card_leads_a_learner_to_the_courses_and_how_to_get_approved(
    live_server, page, phone_page, login, learner, section
):
    add_course(
        section,
        slug="quan-ly",
        title="Khoá quản lý nhà nước",
        title_en="State management",
        officials_only=True,
        audience="official",
    )
    page.goto(f"{live_server.url}/")
    with page.expect_navigation():
        page.get_by_role("link", name="Khoá học cho cán bộ").click()
    panel = page.locator("section[aria-labelledby=officials-locked-heading]")
    assert "Khoá quản lý nhà nước" in panel.inner_text()
    assert "tạo tài khoản" in panel.inner_text()
    assert axe_violations(page) == []
    screenshot(page, "officials-courses-anonymous-vi-desktop")

    login(page, learner.email, PASSWORD)
    page.goto(f"{live_server.url}/courses/?audience=official&lang=en")
    panel = page.locator("section[aria-labelledby=officials-locked-heading]")
    assert "State management" in panel.inner_text()
    assert axe_violations(page) == []
    screenshot(page, "officials-courses-learner-en-desktop")
    with page.expect_navigation():
        panel.get_by_role("link", name="Ask to be approved as a state official").click()
    assert "/accounts/profile/" in page.url

    login(phone_page, learner.email, PASSWORD)
    phone_page.goto(f"{live_server.url}/courses/?audience=official")
    assert phone_page.evaluate("document.documentElement.scrollWidth") <= 390
    assert axe_violations(phone_page) == []
    screenshot(phone_page, "officials-courses-learner-vi-phone")
