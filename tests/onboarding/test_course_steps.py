"""A step that a course completes gets done only through the course: no submit form,
a posted submit is refused and records nothing, and the page names the course and links
to it (issue #8, item 4)."""

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from onboarding import services
from onboarding.journeys import StepError
from onboarding.models import JourneyStep, StepEvent
from tests.courses.builders import lessons_of

pytestmark = pytest.mark.django_db

S = JourneyStep.Status


@pytest.fixture
def journey(course, business_hcm, template, learner):
    # The fixture template links its "account" step to the course by slug.
    return services.journey_start(business=business_hcm, template=template, by=learner)


@pytest.fixture
def course_step(journey):
    step = journey.steps.get(key="account")
    assert step.course_id and not step.review_required
    return step


def test_submitting_a_course_step_is_refused_and_records_nothing(course_step, learner):
    with pytest.raises(StepError):
        services.step_submit(step=course_step, by=learner, text="done")
    step = JourneyStep.objects.get(pk=course_step.pk)
    assert step.status == S.TODO and step.version == course_step.version
    assert step.submitted_at is None and step.evidence_text == ""
    assert not StepEvent.objects.filter(step=step).exists()


def test_step_page_offers_no_submit_and_links_the_course(client, course_step, learner, course):
    client.force_login(learner)
    url = reverse("onboarding:step", args=[course_step.pk])
    body = client.get(url + "?lang=en").content.decode()
    assert 'name="action" value="submit"' not in body
    assert "Mark as done" not in body
    assert "Done by completing a course" in body
    assert f'<a href="{course.url}">Selling online</a>' in body
    vi = client.get(url + "?lang=vi").content.decode()
    assert f'<a href="{course.url}">Bán hàng online</a>' in vi


def test_a_posted_submit_gets_a_clear_message_and_nothing_changes(client, course_step, learner):
    client.force_login(learner)
    url = reverse("onboarding:step", args=[course_step.pk])
    response = client.post(
        url + "?lang=en",
        {"action": "submit", "version": course_step.version, "text": "x"},
        follow=True,
    )
    assert response.status_code == 200
    body = response.content.decode()
    assert "This step is done when a member of your business completes its course" in body
    step = JourneyStep.objects.get(pk=course_step.pk)
    assert step.status == S.TODO
    assert not StepEvent.objects.filter(step=step).exists()


def test_completing_the_course_still_completes_the_step(course_step, learner, course):
    with translation.override("en"):
        assert services.steps_complete_for_course(user=learner, course=course) == 1
    step = JourneyStep.objects.get(pk=course_step.pk)
    assert step.status == S.APPROVED
    assert step.events.get().comment == "Course completed: Bán hàng online"


def test_any_step_linked_to_a_course_names_it(client, journey, learner, course):
    other = journey.steps.get(key="logo")
    other.course = course
    other.save()
    client.force_login(learner)
    body = client.get(reverse("onboarding:step", args=[other.pk]) + "?lang=en").content.decode()
    assert f'<a href="{course.url}">Selling online</a>' in body
    assert 'name="action" value="submit"' not in body


def test_other_steps_are_still_submitted(journey, learner, course_step, course):
    services.steps_complete_for_course(user=learner, course=course)
    logo = journey.steps.get(key="logo")
    step = services.step_submit(step=logo, by=learner, text="https://example.com/logo")
    assert step.status == S.APPROVED


def test_complete_by_course_refuses_a_step_the_course_does_not_complete(
    journey, course, course_step
):
    logo = journey.steps.get(key="logo")
    with pytest.raises(StepError):
        services.step_complete_by_course(step=logo, course=course)
    assert services.step_complete_by_course(step=course_step, course=course) is True
    assert services.step_complete_by_course(step=course_step, course=course) is False


def complete(user, course):
    from courses.models import Enrolment

    return Enrolment.objects.create(
        user=user,
        course=course,
        status=Enrolment.Status.COMPLETED,
        progress=100,
        completed_at=timezone.now(),
    )


def test_a_course_completed_before_the_journey_started_completes_its_step(
    course, business_hcm, template, learner
):
    complete(learner, course)
    journey = services.journey_start(business=business_hcm, template=template, by=learner)
    step = journey.steps.get(key="account")
    assert step.status == S.APPROVED
    assert step.events.get().actor == learner
    # The others wait as before.
    assert journey.steps.get(key="screenshot").status == S.TODO


def test_a_course_completed_by_someone_else_does_not_count(
    course, business_hcm, template, learner, other_learner
):
    complete(other_learner, course)
    journey = services.journey_start(business=business_hcm, template=template, by=learner)
    assert journey.steps.get(key="account").status == S.TODO


def test_a_newcomer_who_completed_the_course_completes_the_step_on_joining(
    course_step, other_learner, course
):
    complete(other_learner, course)
    business = course_step.journey.business
    invitation = services.member_invite(business=business, email=other_learner.email, by=None)
    services.invitation_accept(invitation=invitation, user=other_learner)
    assert JourneyStep.objects.get(pk=course_step.pk).status == S.APPROVED
    # Accepting again changes nothing more.
    services.invitation_accept(invitation=invitation, user=other_learner)
    assert StepEvent.objects.filter(step=course_step).count() == 1


def test_completing_the_course_announces_it_and_the_step_follows_on_commit(
    course_step, learner, course, django_capture_on_commit_callbacks
):
    from courses import services as learning
    from tests.courses.builders import RIGHT, quiz_form

    lessons = [lesson.specific for lesson in lessons_of(course)]
    learning.enrolment_create(user=learner, course=course)
    for lesson in lessons[:-1]:
        learning.lesson_mark_done(user=learner, lesson=lesson)
    last = lessons[-1]
    with django_capture_on_commit_callbacks() as callbacks:
        learning.quiz_attempt_submit(
            user=learner,
            lesson=last,
            block_id=last.quiz_blocks()[0].id,
            data=quiz_form(learner, last, RIGHT),
            attempt_number=1,
        )
    # Nothing above courses is written in the learner's transaction.
    assert JourneyStep.objects.get(pk=course_step.pk).status == S.TODO
    assert len(callbacks) == 1
    callbacks[0]()
    assert JourneyStep.objects.get(pk=course_step.pk).status == S.APPROVED
