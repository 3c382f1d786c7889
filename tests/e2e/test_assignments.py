"""Mandatory training in the browser: staff assign a course to their province's officials;
the official sees it with the time left on My learning; the officials' report shows
assigned, done and overdue with its chart; Vietnamese and English, desktop and phone."""

from datetime import timedelta

import pytest
from django.utils import timezone

from courses.models import Assignment
from courses.services import section_create
from tests.conftest import PASSWORD
from tests.courses.builders import add_course, catalog_for
from tests.e2e.conftest import axe_violations, screenshot

pytestmark = pytest.mark.django_db(transaction=True)


def test_staff_assign_and_the_official_sees_the_time_left(
    live_server, page, phone_page, login, staff_hcm, official, home_page, hcm
):
    section = section_create(province=hcm, catalog=catalog_for(home_page))
    course = add_course(
        section, slug="quan-ly", officials_only=True, title="Khoá cán bộ", title_en="Officials"
    )
    add_course(section, slug="khac", title="Khoá đã quá hạn", title_en="Overdue course")
    login(page, staff_hcm.email, PASSWORD)
    page.goto(f"{live_server.url}/learning/assignments/")
    assert axe_violations(page) == []
    page.select_option("#id_course", str(course.pk))
    page.select_option("#id_province", str(hcm.pk))
    page.fill("#id_due_on", (timezone.localdate() + timedelta(days=12)).isoformat())
    with page.expect_navigation():
        page.get_by_role("button", name="Giao", exact=True).click()
    assert "Đã giao khoá học" in page.content()
    assert "còn 12 ngày" in page.locator("table").inner_text()
    assert axe_violations(page) == []
    screenshot(page, "assignments-staff-vi-desktop")
    other = Assignment.objects.create(
        course=course.get_parent().get_children().specific().last(),
        province=hcm,
        due_on=timezone.localdate() - timedelta(days=3),
    )
    assert other.pk
    page.goto(f"{live_server.url}/learning/officials/?lang=en")
    assert "Mandatory training" in page.content() and "Overdue" in page.content()
    assert axe_violations(page) == []
    screenshot(page, "assignments-report-en-desktop")

    login(phone_page, official.email, PASSWORD)
    phone_page.goto(f"{live_server.url}/learning/")
    section_text = phone_page.locator("section[aria-labelledby=assigned-to-you]").inner_text()
    assert "còn 12 ngày" in section_text and "quá hạn 3 ngày" in section_text
    assert phone_page.evaluate("document.documentElement.scrollWidth") <= 390
    assert axe_violations(phone_page) == []
    screenshot(phone_page, "assignments-learning-vi-phone")
    phone_page.goto(f"{live_server.url}/learning/?lang=en")
    assert "12 days left" in phone_page.content()
    screenshot(phone_page, "assignments-learning-en-phone")
