"""Reports in the browser: the trainer's course report (Wagtail admin) and the staff's
officials' report, readable in Vietnamese and English and on a phone, charts included."""

import pytest

from courses import services
from courses.models import Enrolment
from courses.services import section_create
from tests.conftest import PASSWORD
from tests.courses.builders import add_course, catalog_for, lessons_of
from tests.e2e.conftest import axe_violations, screenshot

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def activity(reference_data, home_page, hcm, make_user):
    section = section_create(province=hcm, catalog=catalog_for(home_page))
    course = add_course(section, lessons=3, title_en="Selling on marketplaces")
    lesson = lessons_of(course)[0].specific
    lesson.title_en = "Getting started with a long English lesson title that wraps"
    lesson.save_revision().publish()
    for i in range(3):
        user = make_user(
            f"hv{i}@example.com", province=hcm, learner_type="official", official_status="approved"
        )
        services.enrolment_create(user=user, course=course)
        if i == 0:
            services.lesson_mark_done(user=user, lesson=lesson)
    Enrolment.objects.filter(user__email="hv2@example.com").update(status="completed")
    return course


def test_trainer_report_chart_in_both_languages_and_on_a_phone(
    live_server, page, phone_page, login, trainer_hcm, activity
):
    login(page, trainer_hcm.email, PASSWORD)
    for language in ("vi", "en"):
        page.goto(f"{live_server.url}/admin/course-reports/{activity.pk}/?lang={language}")
        bars = page.locator(".cr-bars > li")
        assert bars.count() == 3
        if language == "en":
            assert "Getting started with a long English lesson title" in bars.first.inner_text()
            assert "Finished" in page.locator(".cr-legend").inner_text()
        else:
            assert "Đã học xong" in page.locator(".cr-legend").inner_text()
        assert axe_violations(page) == []
        screenshot(page, f"courses-report-{language}-desktop")

    login(phone_page, trainer_hcm.email, PASSWORD)
    phone_page.goto(f"{live_server.url}/admin/course-reports/{activity.pk}/?lang=en")
    label = phone_page.locator(".cr-label").first
    assert label.bounding_box()["height"] > 0
    # Labels keep a readable size (the old SVG shrank them to a few pixels).
    size = label.evaluate("e => parseFloat(getComputedStyle(e).fontSize)")
    assert size >= 12
    chart = phone_page.locator(".cr-bars").bounding_box()
    assert chart["x"] + chart["width"] <= 390
    screenshot(phone_page, "courses-report-en-phone")
    phone_page.goto(f"{live_server.url}/admin/course-reports/?lang=vi")
    assert axe_violations(phone_page) == []  # the sideways-scrolling table is focusable
    screenshot(phone_page, "courses-report-index-vi-phone")


def test_officials_report_chart_in_both_languages_and_on_a_phone(
    live_server, page, phone_page, login, staff_hcm, activity
):
    login(page, staff_hcm.email, PASSWORD)
    page.goto(f"{live_server.url}/learning/officials/?lang=en")
    legend = page.locator(".officials-summary .legend").inner_text()
    assert "Completed at least one course: 1" in legend and "nothing completed yet: 2" in legend
    assert axe_violations(page) == []
    screenshot(page, "courses-officials-en-desktop")
    page.goto(f"{live_server.url}/learning/officials/?lang=vi")
    assert "Chưa bắt đầu: 0" in page.locator(".officials-summary .legend").inner_text()
    login(phone_page, staff_hcm.email, PASSWORD)
    phone_page.goto(f"{live_server.url}/learning/officials/?lang=vi")
    assert phone_page.evaluate("document.documentElement.scrollWidth") <= 390
    assert axe_violations(phone_page) == []
    screenshot(phone_page, "courses-officials-vi-phone")
