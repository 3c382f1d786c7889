"""courses/tasks.py: the mandatory training notices right after an assignment, and the
daily reminders beat sends (called directly here, as a worker would run them)."""

from datetime import timedelta

import pytest
from django.utils import timezone

from courses import tasks
from courses.models import Assignment
from courses.services import OVERDUE_REMINDER_FOR_DAYS
from portal.models import Notification

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()


def test_notices_tell_the_assignments_officials_once(approved, officials_course, hcm):
    ana, binh = approved("ana@example.com"), approved("binh@example.com")
    assignment = Assignment.objects.create(
        course=officials_course, province=hcm, due_on=TODAY + timedelta(days=20)
    )
    assert tasks.send_assignment_notices.run(assignment.pk) == 2
    assert tasks.send_assignment_notices.run(assignment.pk) == 0  # a retried task
    made = Notification.objects.filter(kind="course_assigned")
    assert {n.user for n in made} == {ana, binh}


def test_notices_of_a_withdrawn_assignment_are_none(approved, officials_course, hcm):
    approved("ana@example.com")
    assignment = Assignment.objects.create(course=officials_course, province=hcm, due_on=TODAY)
    pk = assignment.pk
    assignment.delete()  # withdrawn before the queued task ran
    assert tasks.send_assignment_notices.run(pk) == 0
    assert not Notification.objects.exists()


def test_reminders_skip_assignments_long_overdue(approved, officials_course, course, hcm):
    ana = approved("ana@example.com")
    soon = Assignment.objects.create(
        course=officials_course, province=hcm, due_on=TODAY + timedelta(days=1)
    )
    Assignment.objects.create(
        course=course, province=hcm, due_on=TODAY - timedelta(days=OVERDUE_REMINDER_FOR_DAYS + 1)
    )
    # Assigned and due tomorrow: two notifications; the old assignment none.
    assert tasks.send_assignment_reminders.run() == 2
    keys = set(Notification.objects.filter(user=ana).values_list("key", flat=True))
    base = f"assignment:{soon.pk}:{soon.due_on.isoformat()}"
    assert keys == {f"{base}:assigned", f"{base}:day"}
    assert tasks.send_assignment_reminders.run() == 0  # beat again the same day


def test_beat_sends_the_reminders_daily():
    from django.conf import settings

    from portal.celery import app

    entry = settings.CELERY_BEAT_SCHEDULE["assignment-reminders"]
    assert entry["task"] == "courses.tasks.send_assignment_reminders"
    assert app.conf.beat_schedule["assignment-reminders"]["task"] == entry["task"]
    assert entry["task"] in app.tasks
