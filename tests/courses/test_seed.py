"""courses/seed.py: seeded courses are copies of the content files' courses spread over
the sections; seeded learning follows the completion rule (every lesson done, every quiz
passed, with the real grading), keeps officials' courses to officials and gives completed
courses their certificates. The whole `seed_scale` command: tests/home/test_seed_scale.py."""

import random

import pytest

from certification import demo as certificate_demo
from certification.models import Certificate
from courses import quizzes
from courses.content_files import read_courses
from courses.models import CoursePage, Enrolment, LessonPage, LessonProgress, QuizAttempt
from courses.seed import seed_courses, seed_learning
from home.demo import load_home_page
from portal.seed import seed_people
from tests.conftest import kept_for_module

pytestmark = pytest.mark.django_db

CONTENT = {course["slug"]: course for course in read_courses()}
# Enough copies to include the first officials-only course of the content files.
COUNT = 1 + next(i for i, c in enumerate(read_courses()) if c["officials_only"])


def _seed():
    load_home_page()
    certificate_demo.load()
    rng = random.Random(2026)
    population = seed_people(learners=80, rng=rng)
    infos = seed_courses(count=COUNT, population=population, rng=rng)
    enrolments = seed_learning(infos=infos, population=population, rng=rng)
    return population, infos, enrolments


@pytest.fixture(scope="module")
def seeded(django_db_setup, django_db_blocker):
    yield from kept_for_module(django_db_blocker, _seed)


def _original(course: CoursePage) -> dict:
    return CONTENT[course.slug.rsplit("-", 1)[0]]


def test_courses_are_numbered_copies_of_the_content_files_with_their_lessons(seeded):
    _population, infos, _enrolments = seeded
    assert len(infos) == COUNT == CoursePage.objects.count()
    numbers = sorted(int(info.page.slug.rsplit("-", 1)[1]) for info in infos)
    assert numbers == list(range(1, COUNT + 1))
    for info in infos:
        course = CoursePage.objects.get(pk=info.page.pk)
        original = _original(course)
        assert course.live and course.title.startswith(original["title"])
        assert course.title.endswith(f"({int(course.slug.rsplit('-', 1)[1])})")
        lessons = list(LessonPage.objects.child_of(course).live().order_by("path"))
        assert [lesson.pk for lesson in lessons] == info.lessons
        assert [lesson.slug for lesson in lessons] == [le["slug"] for le in original["lessons"]]
        # The copies' links to the original courses would lead nowhere: left out.
        for lesson in lessons:
            for block in lesson.body:
                if block.block_type == "link":
                    assert block.value["page"] is None, lesson.slug


def test_the_answers_kept_for_each_quiz_pass_and_fail_as_graded(seeded):
    _population, infos, _enrolments = seeded
    quizzes_seen = 0
    for info in infos:
        for lesson_id, found in info.quizzes.items():
            blocks = {b.id: b for b in LessonPage.objects.get(pk=lesson_id).quiz_blocks()}
            for quiz in found:
                value = blocks[quiz.block_id].value
                mark = info.page.pass_mark
                assert quizzes.grade(value, quiz.right, pass_mark=mark).passed
                assert not quizzes.grade(value, quiz.wrong, pass_mark=mark).passed
                quizzes_seen += 1
    assert quizzes_seen >= COUNT  # every course ends with a quiz


def test_completed_enrolments_did_everything_and_hold_their_certificate(seeded):
    _population, infos, enrolments = seeded
    assert enrolments == Enrolment.objects.count() > 0
    completed = Enrolment.objects.filter(status=Enrolment.Status.COMPLETED)
    assert completed.exists()
    by_course = {info.page.pk: info for info in infos}
    for enrolment in completed:
        info = by_course[enrolment.course_id]
        assert enrolment.progress == 100 and enrolment.completed_at > enrolment.enrolled_at
        done = set(
            LessonProgress.objects.filter(enrolment=enrolment).values_list("lesson", flat=True)
        )
        assert done == set(info.lessons)
        for lesson_id, found in info.quizzes.items():
            for quiz in found:
                assert QuizAttempt.objects.filter(
                    enrolment=enrolment, lesson_id=lesson_id, block_id=quiz.block_id, passed=True
                ).exists()
        if info.page.certificate_template_id:
            assert Certificate.objects.filter(
                holder=enrolment.user_id, subject_id=str(enrolment.course_id)
            ).exists()
    active = Enrolment.objects.filter(status=Enrolment.Status.ACTIVE)
    assert active.exists() and not active.filter(progress=100).exists()
    assert not active.exclude(completed_at=None).exists()


def test_only_approved_officials_take_officials_courses(seeded):
    population, _infos, _enrolments = seeded
    officials = {user for user, official in population.learners if official}
    taken = Enrolment.objects.filter(course__officials_only=True).values_list("user", flat=True)
    assert taken and set(taken) <= officials
    business = {user for user, official in population.learners if not official}
    assert Enrolment.objects.filter(user__in=business).exists()


def test_nothing_to_learn_without_courses(seeded):
    population, _infos, _enrolments = seeded
    count = Enrolment.objects.count()
    assert seed_learning(infos=[], population=population, rng=random.Random(1)) == 0
    assert Enrolment.objects.count() == count
