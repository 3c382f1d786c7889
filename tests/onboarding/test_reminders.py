from datetime import date, timedelta

from django.core import mail
from django.utils import timezone

from onboarding import services, tasks
from onboarding.models import JourneyStep, ReminderSent
from tests.onboarding.conftest import submit_png


def test_daily_reminders_once_a_day(business_hcm, template, learner, staff_hcm, staff_hanoi):
    journey = services.journey_start(
        business=business_hcm, template=template, by=learner, today=date(2026, 11, 2)
    )
    steps = {s.key: s for s in journey.steps.all()}
    services.step_submit(step=steps["account"], by=learner)
    submit_png(steps["screenshot"], learner)
    JourneyStep.objects.filter(pk=steps["screenshot"].pk).update(
        submitted_at=timezone.now() - timedelta(days=10)
    )
    today = (timezone.localdate() + timedelta(days=1)).isoformat()
    result = tasks.send_daily_reminders(today)
    assert result == {"overdue_steps": 1, "pending_reviews": 1}
    recipients = sorted(m.to[0] for m in mail.outbox)
    assert recipients == [learner.email, staff_hcm.email]
    assert tasks.send_daily_reminders(today) == {"overdue_steps": 0, "pending_reviews": 0}
    assert len(mail.outbox) == 2
    assert ReminderSent.objects.count() == 2


def test_a_reminder_that_failed_to_send_is_sent_on_the_retry(
    business_hcm, template, learner, monkeypatch
):
    import smtplib

    services.journey_start(
        business=business_hcm, template=template, by=learner, today=date(2026, 11, 2)
    )
    today = (timezone.localdate() + timedelta(days=1)).isoformat()
    real = tasks.send_mail
    calls = []

    def flaky(*args, **kwargs):
        calls.append(args)
        if len(calls) == 1:
            raise smtplib.SMTPServerDisconnected("down")
        return real(*args, **kwargs)

    monkeypatch.setattr(tasks, "send_mail", flaky)
    try:
        tasks.send_daily_reminders(today)
    except smtplib.SMTPException:
        pass  # Celery retries the task (autoretry_for)
    assert ReminderSent.objects.count() == 0  # the claim went with the failed send
    assert tasks.send_daily_reminders(today) == {"overdue_steps": 1, "pending_reviews": 0}
    assert [m.to for m in mail.outbox] == [[learner.email]]
    assert tasks.send_daily_reminders(today) == {"overdue_steps": 0, "pending_reviews": 0}
    assert len(mail.outbox) == 1
