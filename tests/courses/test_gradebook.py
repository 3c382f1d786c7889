"""The trainer's gradebook of a course: each learner's progress and last activity, who is
stuck and who is inactive, and per question how many answered right and the wrong answer
chosen most; scoped to the trainer's province; queries do not grow with learners."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from courses import gradebook, services
from courses.models import Enrolment
from tests.courses.builders import RIGHT, WRONG, add_course, lessons_of, quiz_form

pytestmark = pytest.mark.django_db


def attempt(user, lesson, answers, number):
    block = lesson.quiz_blocks()[0].id
    data = quiz_form(user, lesson, answers, number=number)
    services.quiz_attempt_submit(
        user=user, lesson=lesson, block_id=block, data=data, attempt_number=number
    )


@pytest.fixture
def classroom(section_hcm, make_user):
    course = add_course(section_hcm, slug="so-diem", lessons=2)
    first, quiz = (le.specific for le in lessons_of(course))
    people = {
        key: make_user(f"{key}@example.com", full_name=name)
        for key, name in (
            ("stuck", "Người Vướng"),
            ("idle", "Người Nghỉ"),
            ("done", "Người Xong"),
            ("busy", "Người Học"),
        )
    }
    for user in people.values():
        services.enrolment_create(user=user, course=course)
    attempt(people["stuck"], quiz, WRONG, 1)
    attempt(people["stuck"], quiz, WRONG, 2)
    services.lesson_mark_done(user=people["done"], lesson=first)
    attempt(people["done"], quiz, WRONG, 1)
    attempt(people["done"], quiz, RIGHT, 2)
    services.lesson_mark_done(user=people["busy"], lesson=first)
    Enrolment.objects.filter(user=people["idle"]).update(
        enrolled_at=timezone.now() - timedelta(days=45)
    )
    return course, people


def test_statuses_stuck_inactive_completed_and_learning(classroom):
    course, people = classroom
    counts = gradebook.gradebook_counts(course=course)
    assert counts == {"completed": 1, "stuck": 1, "inactive": 1, "active": 1}
    stuck = gradebook.gradebook_enrolments(course=course, status="stuck")
    assert [e.user.email for e in stuck] == ["stuck@example.com"]
    idle = gradebook.gradebook_enrolments(course=course, status="inactive")
    assert [e.user.email for e in idle] == ["idle@example.com"]
    everyone = {e.user.email: e for e in gradebook.gradebook_enrolments(course=course)}
    assert everyone["busy@example.com"].lessons_done == 1
    assert everyone["done@example.com"].best_score == 100
    assert gradebook.enrolment_status(everyone["done@example.com"]) == "completed"


def test_question_analysis_counts_right_and_the_most_chosen_wrong_answer(classroom):
    course, _people = classroom
    first, second = gradebook.question_analysis(course=course)
    # Four attempts: three WRONG (Amazon chosen), one RIGHT.
    assert (first.answered, first.right, first.right_pct) == (4, 1, 25)
    text, times = first.top_wrong
    assert str(text) == "Amazon" and times == 3
    # The wrong answers to question 2 chose only a right choice (one was missing).
    assert (second.answered, second.right) == (4, 1) and second.top_wrong is None


def test_trainer_sees_the_gradebook_of_their_province_only(
    classroom, trainer_hcm, make_user, hanoi, section_hanoi
):
    course, _people = classroom
    client = Client()
    client.force_login(trainer_hcm)
    response = client.get(f"/admin/course-reports/{course.pk}/gradebook/")
    assert response.status_code == 200
    html = response.text
    for name in ("Người Vướng", "Người Nghỉ", "Người Xong", "Người Học"):
        assert name in html
    assert "Đang bị vướng: 1" in html and "Không hoạt động: 1" in html
    assert "Amazon" in html  # the most chosen wrong answer
    only_stuck = client.get(f"/admin/course-reports/{course.pk}/gradebook/?status=stuck").text
    assert "Người Vướng" in only_stuck and "Người Học" not in only_stuck
    english = client.get(f"/admin/course-reports/{course.pk}/gradebook/?lang=en").text
    assert "Wrong answer chosen most" in english or "Câu hỏi" in english
    elsewhere = add_course(section_hanoi, slug="ha-noi-so-diem", lessons=1)
    assert client.get(f"/admin/course-reports/{elsewhere.pk}/gradebook/").status_code == 404
    report = client.get(f"/admin/course-reports/{course.pk}/").text
    assert f"/admin/course-reports/{course.pk}/gradebook/" in report


def test_gradebook_queries_do_not_grow_with_learners(
    classroom, trainer_hcm, make_user, django_assert_max_num_queries
):
    course, _people = classroom
    client = Client()
    client.force_login(trainer_hcm)
    url = f"/admin/course-reports/{course.pk}/gradebook/"
    client.get(url)
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    for i in range(12):
        services.enrolment_create(user=make_user(f"them-{i}@example.com"), course=course)
    with CaptureQueriesContext(connection) as many:
        client.get(url)
    assert len(many.captured_queries) == len(few.captured_queries)
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(url)
