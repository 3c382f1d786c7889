"""Quizzes attest reading: opaque choice values per attempt, attempt limits, cool-down,
and right/wrong feedback only when the course allows it (issue #8, item 3)."""

from datetime import timedelta

import pytest
from django.test import Client

from courses import quizzes, services
from courses.models import CoursePage, Enrolment, LessonPage, LessonProgress, QuizAttempt
from tests.courses.builders import QUIZ, RIGHT, WRONG, add_course, lessons_of, quiz_form

pytestmark = pytest.mark.django_db


def quiz_url(lesson) -> str:
    return f"/learning/lessons/{lesson.pk}/quiz/{lesson.specific.quiz_blocks()[0].id}/"


def quiz_lesson(section, learner, **course_fields):
    """The quiz lesson of a new one-lesson course, `learner` enrolled, and their client."""
    course = add_course(section, lessons=1, **course_fields)
    client = Client()
    client.force_login(learner)
    client.post(f"/learning/enrol/{course.pk}/")
    return lessons_of(course)[0].specific, client


def move_attempts_back(minutes: int) -> None:
    for attempt in QuizAttempt.objects.all():
        QuizAttempt.objects.filter(pk=attempt.pk).update(
            created_at=attempt.created_at - timedelta(minutes=minutes)
        )


def test_the_page_never_shows_choice_positions(learner, section_hcm):
    lesson, client = quiz_lesson(section_hcm, learner)
    page = client.get(lesson.url).text
    choices = page.split('name="attempt" value="1">')[1].split("</form>")[0]
    for value in ("0", "1", "2"):
        assert f'value="{value}"' not in choices
    for name, values in quiz_form(learner, lesson, {"0": [0, 1], "1": [0, 1, 2]}).items():
        if name != "attempt":
            assert all(f'name="{name}" value="{v}"' in page for v in values)


def test_posting_positions_is_refused_and_records_nothing(learner, section_hcm):
    """Submitting 0 everywhere passed most demo quizzes: authors wrote the answer first."""
    lesson, client = quiz_lesson(section_hcm, learner)
    response = client.post(
        quiz_url(lesson) + "?lang=en", {"attempt": "1", "q-0": "0", "q-1": ["0", "2"]}, follow=True
    )
    assert response.status_code == 200
    assert "do not belong to this attempt" in response.text
    assert not QuizAttempt.objects.exists() and not LessonProgress.objects.exists()


def test_replaying_an_earlier_attempt_fails(learner, section_hcm):
    """The values of attempt 1, right answers learned meanwhile, do not count in attempt 2."""
    lesson, client = quiz_lesson(section_hcm, learner)
    first_right = quiz_form(learner, lesson, RIGHT, number=1)
    client.post(quiz_url(lesson), quiz_form(learner, lesson, WRONG))
    assert QuizAttempt.objects.get().number == 1
    response = client.post(
        quiz_url(lesson) + "?lang=en", {**first_right, "attempt": "2"}, follow=True
    )
    assert "do not belong to this attempt" in response.text
    assert QuizAttempt.objects.count() == 1 and not LessonProgress.objects.exists()
    # The form of attempt 2 itself works.
    client.post(quiz_url(lesson), quiz_form(learner, lesson, RIGHT))
    assert QuizAttempt.objects.filter(number=2, passed=True).exists()


def test_values_of_another_lesson_or_learner_are_refused(learner, other_learner, section_hcm):
    course = add_course(section_hcm, lessons=2)
    first, second = (lesson.specific for lesson in lessons_of(course))
    first.body = [("quiz", QUIZ)]
    first.save_revision().publish()
    first = LessonPage.objects.get(pk=first.pk)
    services.enrolment_create(user=learner, course=course)
    services.enrolment_create(user=other_learner, course=course)
    block_id = second.quiz_blocks()[0].id
    for data in (
        quiz_form(learner, first, RIGHT),  # the same quiz in another lesson
        quiz_form(other_learner, second, RIGHT),  # another learner's form
    ):
        with pytest.raises(services.QuizAnswersInvalid):
            services.quiz_attempt_submit(
                user=learner, lesson=second, block_id=block_id, data=data, attempt_number=1
            )
    assert not QuizAttempt.objects.exists()


def test_attempt_limit_enforced(learner, section_hcm):
    lesson, client = quiz_lesson(section_hcm, learner, quiz_max_attempts=2)
    page = client.get(lesson.url + "?lang=en").text
    assert "You have 2 attempts at this quiz." in page
    client.post(quiz_url(lesson), quiz_form(learner, lesson, WRONG))
    page = client.get(lesson.url + "?lang=en").text
    assert "1 attempt left." in page
    assert "GIAI-THICH-BI-MAT" not in page  # feedback waits for a pass or the last attempt
    assert "is shown once you pass or after your last attempt" in page
    late = quiz_form(learner, lesson, RIGHT, number=3)
    client.post(quiz_url(lesson), quiz_form(learner, lesson, WRONG))
    assert QuizAttempt.objects.count() == 2
    page = client.get(lesson.url + "?lang=en").text
    assert "You have used all 2 attempts at this quiz." in page
    assert "GIAI-THICH-BI-MAT" in page  # after the last attempt: what was right, and why
    assert 'name="attempt"' not in page  # no form to fill in vain
    for data in (late, {**quiz_form(learner, lesson, RIGHT, number=2), "attempt": "3"}):
        response = client.post(quiz_url(lesson) + "?lang=en", data, follow=True)
        assert "You have used all 2 attempts at this quiz." in response.text
    assert QuizAttempt.objects.count() == 2 and not LessonProgress.objects.exists()
    assert not Enrolment.objects.get().is_completed


def test_cooldown_enforced(learner, section_hcm):
    lesson, client = quiz_lesson(section_hcm, learner, quiz_cooldown_minutes=10)
    assert "wait 10 minutes before the next" in client.get(lesson.url + "?lang=en").text
    client.post(quiz_url(lesson), quiz_form(learner, lesson, WRONG))
    page = client.get(lesson.url + "?lang=en").text
    assert "You can try again in 10 minutes, at" in page
    assert 'name="attempt"' not in page
    response = client.post(quiz_url(lesson) + "?lang=en", quiz_form(learner, lesson, RIGHT))
    assert response.status_code == 302
    page = client.get(response["Location"]).text
    assert "You can try this quiz again in 10 minutes." in page and 'role="alert"' in page
    assert QuizAttempt.objects.count() == 1
    move_attempts_back(6)
    assert "You can try again in 4 minutes" in client.get(lesson.url + "?lang=en").text
    move_attempts_back(5)
    page = client.get(lesson.url + "?lang=en").text
    assert 'name="attempt" value="2"' in page and "You can try again" not in page
    client.post(quiz_url(lesson), quiz_form(learner, lesson, RIGHT))
    assert QuizAttempt.objects.filter(number=2, passed=True).exists()
    assert Enrolment.objects.get().is_completed


def test_feedback_after_each_attempt_when_the_course_says_so(learner, section_hcm):
    lesson, client = quiz_lesson(
        section_hcm, learner, quiz_feedback=CoursePage.QuizFeedback.AFTER_EACH_ATTEMPT
    )
    client.post(quiz_url(lesson), quiz_form(learner, lesson, WRONG))
    page = client.get(lesson.url + "?lang=en").text
    assert "GIAI-THICH-BI-MAT" in page and "not right" in page
    assert 'name="attempt" value="2"' in page


def test_default_feedback_only_once_passed(learner, section_hcm):
    lesson, client = quiz_lesson(section_hcm, learner)
    assert CoursePage.objects.get().quiz_feedback == quizzes.FEEDBACK_AFTER_PASS_OR_LAST
    client.post(quiz_url(lesson), quiz_form(learner, lesson, WRONG))
    page = client.get(lesson.url + "?lang=en").text
    assert "GIAI-THICH-BI-MAT" not in page and "not right" not in page
    assert "Attempt 1: 0%" in page and "is shown once you pass." in page
    assert "attempts left" not in page  # unlimited
    client.post(quiz_url(lesson), quiz_form(learner, lesson, RIGHT))
    page = client.get(lesson.url + "?lang=en").text
    assert "GIAI-THICH-BI-MAT" in page
