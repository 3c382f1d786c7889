"""One action through a course: "Mark as done and continue" records the lesson and leads
to the following one in order; a lesson skipped stays to do, is shown as skipped on the
course page and on the lessons after it, and is listed at the end; the progress bar of the
lesson page and /learning/ show the same numbers at every step."""

import re

import pytest
from django.test import Client

from courses.models import Enrolment
from tests.courses.builders import add_course, lessons_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def four(section_hcm):
    return add_course(section_hcm, slug="bon-bai", lessons=4, quiz=False)


@pytest.fixture
def client(learner, four):
    client = Client()
    client.force_login(learner)
    client.post(f"/learning/enrol/{four.pk}/")
    return client


def progress_shown(html: str) -> list[str]:
    return re.findall(r'role="progressbar"[^>]*aria-valuenow="(\d+)"', html)


def test_done_and_continue_leads_to_the_following_lesson_even_past_a_skipped_one(
    client, learner, four
):
    lessons = lessons_of(four)
    page = client.get(lessons[0].url).text
    assert "Đánh dấu đã học xong và học tiếp" in page
    # Lesson 1 skipped: lesson 2 done leads on to lesson 3, not back to lesson 1.
    response = client.post(f"/learning/lessons/{lessons[1].pk}/done/")
    assert response.status_code == 302 and response.url == lessons[2].url
    enrolment = Enrolment.objects.get(user=learner)
    assert enrolment.progress == 25 and enrolment.current_lesson_id == lessons[2].pk

    course_page = client.get(four.url).text
    assert "Bạn đã bỏ qua 1 bài" in course_page
    assert course_page.count("Đã bỏ qua") >= 1
    lesson_page = client.get(lessons[2].url).text
    assert "Bạn đã bỏ qua 1 bài" in lesson_page and lessons[0].url in lesson_page
    learning = client.get("/learning/").text
    # The lesson page, the course page and My learning agree: 25%, next is lesson 3.
    assert progress_shown(lesson_page) == ["25"]
    assert progress_shown(course_page) == ["25"]
    assert progress_shown(learning) == ["25"]
    assert "Bài 3" in learning


def test_the_end_lists_the_lessons_still_to_do(client, learner, four):
    lessons = lessons_of(four)
    for lesson in lessons[1:]:
        client.post(f"/learning/lessons/{lesson.pk}/done/")
    response = client.post(f"/learning/lessons/{lessons[-1].pk}/done/")
    assert response.url == f"{lessons[-1].url}#lesson-status"
    page = client.get(lessons[-1].url).text
    assert "Bạn đã đến cuối khoá học" in page
    assert f'href="{lessons[0].url}"' in page
    assert progress_shown(page) == ["75"]
    enrolment = Enrolment.objects.get(user=learner)
    assert enrolment.current_lesson_id == lessons[0].pk and not enrolment.is_completed

    response = client.post(f"/learning/lessons/{lessons[0].pk}/done/")
    assert response.url == "/learning/"
    enrolment.refresh_from_db()
    assert enrolment.is_completed and enrolment.progress == 100
    assert "Bạn đã bỏ qua" not in client.get(four.url).text


def test_in_order_each_lesson_leads_to_the_next_and_nothing_is_skipped(client, four):
    lessons = lessons_of(four)
    for here, following in zip(lessons, lessons[1:], strict=False):
        response = client.post(f"/learning/lessons/{here.pk}/done/")
        assert response.url == following.url
        page = client.get(following.url).text
        assert "bỏ qua 1 bài" not in page
    assert "Đã bỏ qua" not in client.get(four.url).text


def test_english_labels(client, four):
    lessons = lessons_of(four)
    client.post(f"/learning/lessons/{lessons[1].pk}/done/")
    page = client.get(f"{lessons[2].url}?lang=en").text
    assert "Mark as done and continue" in page
    assert "You skipped 1 lesson" in page
