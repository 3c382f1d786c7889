"""Pages cost the same number of queries whatever the number of courses and lessons."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from courses import services
from courses.models import CoursePage, LessonPage
from tests.courses.builders import QUIZ, add_course, lessons_of

pytestmark = pytest.mark.django_db


def bulk_courses(section, n, start=0):
    """Cheap pages: add_child without revisions (new pages are live)."""
    for i in range(start, start + n):
        section.add_child(
            instance=CoursePage(
                title=f"Khoá {i}", slug=f"khoa-{i}", summary="x", track="ocop", level="beginner"
            )
        )


def bulk_lessons(course, n):
    for i in range(n):
        course.add_child(
            instance=LessonPage(
                title=f"Thêm {i}",
                slug=f"them-{i}",
                body=[("text", {"text": "<p>x</p>"}), ("quiz", QUIZ)],
            )
        )


def count(client, url):
    client.get(url)  # warm per-process caches (content types, site root paths)
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return len(ctx.captured_queries)


@pytest.fixture
def learner_client(learner):
    client = Client()
    client.force_login(learner)
    return client


def test_catalog_queries_do_not_grow_with_courses(
    learner_client, learner, section_hcm, django_assert_max_num_queries
):
    course = add_course(section_hcm, lessons=1)
    services.enrolment_create(user=learner, course=course)
    bulk_courses(section_hcm, 4)
    few = count(learner_client, "/courses/")
    bulk_courses(section_hcm, 495, start=4)
    assert CoursePage.objects.count() == 500
    many = count(learner_client, "/courses/")
    assert many == few
    with django_assert_max_num_queries(18):  # one of them: the header's unread notifications
        learner_client.get("/courses/?track=ocop&province=79&level=beginner")


def test_course_and_lesson_queries_do_not_grow_with_lessons(
    learner_client, learner, section_hcm, django_assert_max_num_queries
):
    course = add_course(section_hcm, lessons=5)
    services.enrolment_create(user=learner, course=course)
    lesson = lessons_of(course)[-1]
    few_course = count(learner_client, course.url)
    few_lesson = count(learner_client, lesson.url)
    bulk_lessons(course, 45)
    assert LessonPage.objects.child_of(course).count() == 50
    assert count(learner_client, course.url) == few_course
    assert count(learner_client, lesson.url) == few_lesson
    # Routing reads a section, a course and a lesson as their own types (one query each).
    with django_assert_max_num_queries(21):
        learner_client.get(lesson.url)
    with django_assert_max_num_queries(21):
        learner_client.get(course.url)


def test_learning_page_queries_do_not_grow_with_enrolments(learner_client, learner, section_hcm):
    for i in range(2):
        services.enrolment_create(
            user=learner, course=add_course(section_hcm, slug=f"k{i}", lessons=1)
        )
    few = count(learner_client, "/learning/")
    for i in range(2, 8):
        services.enrolment_create(
            user=learner, course=add_course(section_hcm, slug=f"k{i}", lessons=1)
        )
    assert count(learner_client, "/learning/") == few


def test_catalog_search_queries_do_not_grow_with_courses(learner_client, learner, section_hcm):
    from django.core.management import call_command

    course = add_course(section_hcm, lessons=1)
    services.enrolment_create(user=learner, course=course)
    bulk_courses(section_hcm, 4)
    call_command("update_index", verbosity=0)
    url = "/courses/?q=khoa&track=ocop&province=79&level=beginner"
    few = count(learner_client, url)
    bulk_courses(section_hcm, 495, start=4)
    call_command("update_index", verbosity=0)
    assert count(learner_client, url) == few
    assert count(learner_client, url + "&page=3") == few
    assert "499 " in learner_client.get(url).text  # the search did find them all
