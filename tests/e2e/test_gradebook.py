"""The trainer's gradebook in the browser (Wagtail admin): learners with their status and
the per-question analysis with its chart, in Vietnamese and English and on a phone."""

from datetime import timedelta

import pytest
from django.utils import timezone

from courses import services
from courses.models import Enrolment
from courses.services import section_create
from tests.conftest import PASSWORD
from tests.courses.builders import WRONG, add_course, catalog_for, lessons_of, quiz_form
from tests.e2e.conftest import axe_violations, screenshot

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def course(reference_data, home_page, hcm, make_user):
    section = section_create(province=hcm, catalog=catalog_for(home_page))
    course = add_course(section, lessons=2)
    quiz = lessons_of(course)[-1].specific
    block = quiz.quiz_blocks()[0].id
    for i in range(3):
        user = make_user(f"hv{i}@example.com", full_name=f"Học Viên Số {i}")
        services.enrolment_create(user=user, course=course)
    for number in (1, 2):
        user = Enrolment.objects.get(user__email="hv0@example.com").user
        data = quiz_form(user, quiz, WRONG, number=number)
        services.quiz_attempt_submit(
            user=user, lesson=quiz, block_id=block, data=data, attempt_number=number
        )
    Enrolment.objects.filter(user__email="hv1@example.com").update(
        enrolled_at=timezone.now() - timedelta(days=60)
    )
    return course


def test_gradebook_in_both_languages_and_on_a_phone(
    live_server, page, phone_page, login, trainer_hcm, course
):
    login(page, trainer_hcm.email, PASSWORD)
    page.goto(f"{live_server.url}/admin/course-reports/{course.pk}/")
    with page.expect_navigation():
        page.get_by_role("link", name="Sổ điểm: từng học viên và từng câu hỏi").click()
    assert "Đang bị vướng: 1" in page.locator(".cr-filters").inner_text()
    assert "Amazon" in page.locator("table").nth(1).inner_text()
    assert page.locator(".cr-bars > li").count() == 2
    assert axe_violations(page) == []
    screenshot(page, "gradebook-vi-desktop")
    with page.expect_navigation():
        page.locator(".cr-filters a[href='?status=inactive']").click()
    assert page.locator("table").first.locator("tbody tr").count() == 1
    assert "Học Viên Số 1" in page.locator("table").first.inner_text()

    page.goto(f"{live_server.url}/admin/course-reports/{course.pk}/gradebook/?lang=en")
    assert "Stuck: 1" in page.locator(".cr-filters").inner_text()
    assert "Wrong answer chosen most" in page.content()
    assert axe_violations(page) == []
    screenshot(page, "gradebook-en-desktop")

    login(phone_page, trainer_hcm.email, PASSWORD)
    phone_page.goto(f"{live_server.url}/admin/course-reports/{course.pk}/gradebook/")
    chart = phone_page.locator(".cr-bars").bounding_box()
    assert chart["x"] + chart["width"] <= 390
    assert axe_violations(phone_page) == []
    screenshot(phone_page, "gradebook-vi-phone")
