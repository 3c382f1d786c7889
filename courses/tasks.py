"""Celery tasks of the courses app: mandatory training notices and reminders.

Tasks take primary keys, fetch again, call a service, and retry only transient errors.
"""

from __future__ import annotations

import smtplib
from datetime import timedelta

from celery import shared_task
from django.utils import timezone

from courses.models import Assignment
from courses.services import OVERDUE_REMINDER_FOR_DAYS, assignment_notify

TRANSIENT = (smtplib.SMTPException, ConnectionError, TimeoutError)


@shared_task(bind=True, autoretry_for=TRANSIENT, retry_backoff=True, max_retries=5)
def send_assignment_notices(self, assignment_id: int) -> int:
    """Right after an assignment is made or its due date changed: tells its officials."""
    return assignment_notify(assignment_id=assignment_id)


@shared_task(bind=True, autoretry_for=TRANSIENT, retry_backoff=True, max_retries=5)
def send_assignment_reminders(self) -> int:
    """Beat, daily: reminders before and after the due dates of every assignment not
    long overdue (each reminder once per official; see services.assignment_notify)."""
    today = timezone.localdate()
    ids = Assignment.objects.filter(
        due_on__gte=today - timedelta(days=OVERDUE_REMINDER_FOR_DAYS)
    ).values_list("pk", flat=True)
    return sum(assignment_notify(assignment_id=pk, today=today) for pk in ids)
