"""manage.py seed_scale: a consistent population at any size, never mixed with real people."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.db.models import F
from django.test import Client

from certification import credentials
from certification.models import Certificate
from courses import quizzes
from courses.models import CoursePage, Enrolment, LessonPage, LessonProgress, QuizAttempt
from onboarding.models import Business, Journey, JourneyStep, Membership
from portal.seed import SEED_DOMAIN

pytestmark = pytest.mark.django_db

SIZE = {"learners": 150, "businesses": 20, "courses": 3}


def _seed(**extra):
    call_command("seed_scale", **SIZE, **extra, stdout=open("/dev/null", "w"))  # noqa: SIM115


def test_seed_scale_builds_a_consistent_population(reference_data):
    _seed()
    User = get_user_model()
    seeded = User.objects.filter(email__endswith="@" + SEED_DOMAIN)
    # Learners, one staff member and one trainer per province, one national admin.
    assert seeded.count() == SIZE["learners"] + 34 * 2 + 1
    assert not seeded.filter(profile__isnull=True).exists()
    assert not seeded.exclude(first_name=F("profile__full_name")).exists()  # Wagtail's sidebar
    assert not seeded.exclude(emailaddress__verified=True).exists()
    assert seeded.values("profile__province").distinct().count() > 10

    courses = list(CoursePage.objects.live())
    assert len(courses) == SIZE["courses"]
    for course in courses:
        assert LessonPage.objects.child_of(course).live().exists()

    enrolments = Enrolment.objects.select_related("course")
    assert enrolments.count() >= SIZE["learners"]  # about two each
    for enrolment in enrolments.filter(status=Enrolment.Status.COMPLETED):
        lessons = list(LessonPage.objects.child_of(enrolment.course).order_by("path"))
        done = set(
            LessonProgress.objects.filter(enrolment=enrolment).values_list("lesson", flat=True)
        )
        assert done == {lesson.pk for lesson in lessons}
        assert enrolment.progress == 100 and enrolment.completed_at
        for lesson in lessons:
            for block in lesson.specific.quiz_blocks():
                assert QuizAttempt.objects.filter(
                    enrolment=enrolment, block_id=block.id, passed=True
                ).exists()
        if enrolment.course.certificate_template_id:
            certificate = Certificate.objects.current().get(
                holder=enrolment.user_id, subject_id=str(enrolment.course_id)
            )
            assert credentials.verify_credential(certificate.credential)
    active = enrolments.filter(status=Enrolment.Status.ACTIVE)
    assert active.exists() and not active.filter(progress=100).exists()
    for enrolment in active[:20]:
        lessons = list(LessonPage.objects.child_of(enrolment.course).order_by("path"))
        done = set(enrolment.lessons.values_list("lesson", flat=True))
        first_open = next(lesson for lesson in lessons if lesson.pk not in done)
        assert enrolment.current_lesson_id == first_open.pk

    # Quiz attempts hold what the real grading gives for their answers.
    for attempt in QuizAttempt.objects.select_related("lesson", "enrolment__course")[:30]:
        block = next(b for b in attempt.lesson.specific.quiz_blocks() if b.id == attempt.block_id)
        grade = quizzes.grade(
            block.value, attempt.answers, pass_mark=attempt.enrolment.course.pass_mark
        )
        assert (grade.score, grade.passed, grade.results) == (
            attempt.score,
            attempt.passed,
            attempt.results,
        )

    assert Business.objects.count() == SIZE["businesses"]
    for business in Business.objects.all():
        assert business.memberships.filter(role=Membership.Role.OWNER).count() == 1
    approved = Business.objects.filter(status=Business.Status.APPROVED)
    assert approved.exists() and not Journey.objects.exclude(business__in=approved).exists()
    S = JourneyStep.Status
    for journey in Journey.objects.prefetch_related("steps"):
        steps = sorted(journey.steps.all(), key=lambda s: s.position)
        statuses = [s.status for s in steps]
        done = [s in (S.APPROVED, S.SKIPPED) for s in statuses]
        # Done steps come first, then at most one step under way, then steps to do.
        assert done == sorted(done, reverse=True)
        assert all(s == S.TODO for s in statuses[done.count(True) + 1 :])
        if journey.status == Journey.Status.COMPLETED:
            assert all(done)
            assert Certificate.objects.filter(subject_id=str(journey.pk)).exists()

    # The seeded people can use the portal.
    learner = active.first().user
    client = Client()
    client.force_login(learner)
    assert client.get(active.first().current_lesson.url).status_code == 200
    assert client.get("/learning/").status_code == 200
    staff = User.objects.filter(email__startswith="canbo.").first()
    client.force_login(staff)
    assert client.get("/onboarding/staff/").status_code == 200

    with pytest.raises(CommandError, match="seeded already"):
        _seed()


def test_seed_scale_refuses_a_database_with_real_accounts(make_user):
    make_user("nguoi.that@example.com")
    with pytest.raises(CommandError, match="real account"):
        _seed()
    assert not get_user_model().objects.filter(email__endswith="@" + SEED_DOMAIN).exists()
    assert not CoursePage.objects.exists()
    # Demo accounts are no real people; --force seeds beside real ones, leaving them be.
    make_user("learner@demo.example")
    call_command(
        "seed_scale", learners=5, businesses=1, courses=1, force=True, stdout=open("/dev/null", "w")
    )  # noqa: SIM115
    assert get_user_model().objects.filter(email__endswith="@" + SEED_DOMAIN).count() == 5 + 69
    assert get_user_model().objects.filter(email="nguoi.that@example.com").exists()


def test_seed_scale_refuses_impossible_sizes(reference_data):
    with pytest.raises(CommandError, match="negative"):
        call_command("seed_scale", learners=-1)
    with pytest.raises(CommandError, match="at least one course"):
        call_command("seed_scale", learners=10, courses=0)
