"""On PostgreSQL: completion is recorded once however many requests race for it."""

from unittest import mock

import pytest

from courses import services
from courses.models import Enrolment, QuizAttempt
from tests import concurrency
from tests.courses.builders import RIGHT, add_course, lessons_of, quiz_form

pytestmark = [pytest.mark.services, pytest.mark.django_db(transaction=True)]


def race(target, n=4):
    _, errors = concurrency.race(n, target, expected=[services.CourseError])
    assert errors == []


def test_racing_quiz_posts_complete_once(learner, section_hcm):
    course = add_course(section_hcm, lessons=2)
    lessons = [lesson.specific for lesson in lessons_of(course)]
    services.enrolment_create(user=learner, course=course)
    services.lesson_mark_done(user=learner, lesson=lessons[0])
    block_id = lessons[1].quiz_blocks()[0].id
    data = quiz_form(learner, lessons[1], RIGHT, number=1)
    with mock.patch("certification.services.certificate_issue") as issue:
        race(
            lambda: services.quiz_attempt_submit(
                user=learner,
                lesson=lessons[1],
                block_id=block_id,
                data=data,
                attempt_number=1,
            )
        )
    assert QuizAttempt.objects.count() == 1
    assert Enrolment.objects.get().is_completed
    assert issue.call_count == 1


def test_racing_enrolments_make_one(learner, section_hcm):
    course = add_course(section_hcm, lessons=1)
    race(lambda: services.enrolment_create(user=learner, course=course))
    assert Enrolment.objects.count() == 1
