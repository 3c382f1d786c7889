"""courses/services.py: enrolment, sections with their groups and workflow, and the
assignments of mandatory training with their notices and reminders. The learner's way
through lessons and quizzes is tried whole in test_learner_flow.py and test_lesson_flow.py,
prerequisites in test_prerequisites.py, the quiz rules in test_quiz_trust.py."""

from datetime import timedelta
from unittest import mock

import pytest
from django.utils import timezone
from wagtail.models import Page

from courses import services, tasks
from courses.models import Assignment, Enrolment
from tests.courses.builders import add_course, client_for

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()


def test_enrol_is_idempotent(learner, course):
    first = services.enrolment_create(user=learner, course=course)
    assert services.enrolment_create(user=learner, course=course) == first
    assert Enrolment.objects.count() == 1


def test_assigning_again_changes_the_due_date(staff_hcm, officials_course, hcm):
    first = services.assignment_set(
        course=officials_course, province=hcm, due_on=TODAY + timedelta(days=5), by=staff_hcm
    )
    again = services.assignment_set(
        course=officials_course, province=hcm, due_on=TODAY + timedelta(days=9), by=staff_hcm
    )
    assert first.pk == again.pk and Assignment.objects.get().due_on == TODAY + timedelta(days=9)


def test_refused_outside_scope_past_dates_and_other_provinces_courses(
    staff_hcm, staff_hanoi, officials_course, hcm, hanoi, section_hanoi
):
    with pytest.raises(services.AssignmentError):
        services.assignment_set(course=officials_course, province=hcm, due_on=TODAY, by=staff_hanoi)
    with pytest.raises(services.AssignmentError):
        services.assignment_set(
            course=officials_course, province=hcm, due_on=TODAY - timedelta(days=1), by=staff_hcm
        )
    hanoi_course = add_course(section_hanoi, slug="ha-noi-bat-buoc")
    with pytest.raises(services.AssignmentError):
        services.assignment_set(course=hanoi_course, province=hcm, due_on=TODAY, by=staff_hcm)
    # The form says it and keeps what was typed; nothing is created.
    response = client_for(staff_hcm).post(
        "/learning/assignments/",
        {"course": officials_course.pk, "province": hcm.pk, "due_on": "2000-01-01"},
    )
    assert response.status_code == 400 and "Hạn hoàn thành đã qua" in response.text
    assert not Assignment.objects.exists()


def test_reminder_stages():
    assert [services.reminder_stage(d) for d in (30, 8, 7, 2, 1, 0, -1)] == [
        "",
        "",
        "week",
        "week",
        "day",
        "day",
        "overdue",
    ]


def test_notices_and_reminders_reach_officials_not_done_once_each(
    approved, officials_course, hcm, hanoi, make_user
):
    ana, binh = approved("ana@example.com"), approved("binh@example.com")
    approved("far@example.com", province=hanoi)
    make_user("business@example.com")  # not an official
    Enrolment.objects.create(user=binh, course=officials_course, status=Enrolment.Status.COMPLETED)
    assignment = Assignment.objects.create(
        course=officials_course, province=hcm, due_on=TODAY + timedelta(days=3)
    )
    with mock.patch("courses.services.notify") as notify:
        services.assignment_notify(assignment_id=assignment.pk)
    calls = [(c.kwargs["user"], c.kwargs["kind"], c.kwargs["key"]) for c in notify.call_args_list]
    base = f"assignment:{assignment.pk}:{assignment.due_on.isoformat()}"
    assert calls == [
        (ana, "course_assigned", f"{base}:assigned"),
        (ana, "course_due", f"{base}:week"),
    ]
    # The day after the due date: the overdue reminder (keys make each one once).
    with mock.patch("courses.services.notify") as notify:
        tasks.send_assignment_reminders.run()
        services.assignment_notify(assignment_id=assignment.pk, today=TODAY + timedelta(days=4))
    keys = [c.kwargs["key"] for c in notify.call_args_list]
    assert keys[-1] == f"{base}:overdue"
    assert all(c.kwargs["user"] == ana for c in notify.call_args_list)


def test_section_create_is_idempotent(catalog, hcm):
    from wagtail.models import GroupPagePermission

    from courses.services import section_create

    first = section_create(province=hcm, catalog=catalog)
    counts = GroupPagePermission.objects.count(), Page.objects.count()
    assert section_create(province=hcm, catalog=catalog).pk == first.pk
    assert (GroupPagePermission.objects.count(), Page.objects.count()) == counts


def test_a_failing_listener_of_a_completed_course_is_logged_and_the_others_still_hear(
    learner, course, caplog
):
    enrolment = Enrolment.objects.create(
        user=learner, course=course, status=Enrolment.Status.COMPLETED, progress=100
    )
    heard = []

    def failing(sender, **kwargs):
        raise RuntimeError("the onboarding step could not be completed")

    def listening(sender, *, enrolment, user, course, **kwargs):
        heard.append((enrolment.pk, user, course.pk))

    services.course_completed.connect(failing, dispatch_uid="test-failing")
    services.course_completed.connect(listening, dispatch_uid="test-listening")
    try:
        with mock.patch("certification.services.certificate_issue") as issue:
            services.enrolment_completed_announce(enrolment_id=enrolment.pk)
    finally:
        services.course_completed.disconnect(dispatch_uid="test-failing")
        services.course_completed.disconnect(dispatch_uid="test-listening")
    issue.assert_called_once()
    assert issue.call_args.kwargs["recipient"] == learner
    assert issue.call_args.kwargs["subject"].pk == course.pk
    assert heard == [(enrolment.pk, learner, course.pk)]
    assert "course_completed receiver" in caplog.text and str(enrolment.pk) in caplog.text


def test_only_staff_of_its_province_withdraw_an_assignment(
    staff_hcm, staff_hanoi, officials_course, hcm
):
    assignment = Assignment.objects.create(course=officials_course, province=hcm, due_on=TODAY)
    with pytest.raises(services.AssignmentError):
        services.assignment_delete(assignment=assignment, by=staff_hanoi)
    assert Assignment.objects.filter(pk=assignment.pk).exists()
    services.assignment_delete(assignment=assignment, by=staff_hcm)
    assert not Assignment.objects.exists()


def test_an_assignment_queues_its_notices_once_committed(
    staff_hcm, officials_course, hcm, django_capture_on_commit_callbacks
):
    with (
        mock.patch.object(tasks.send_assignment_notices, "delay") as delay,
        django_capture_on_commit_callbacks(execute=True) as callbacks,
    ):
        assignment = services.assignment_set(
            course=officials_course, province=hcm, due_on=TODAY, by=staff_hcm
        )
        delay.assert_not_called()  # not before the assignment is committed
    assert len(callbacks) == 1
    delay.assert_called_once_with(assignment.pk)
