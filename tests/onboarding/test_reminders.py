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
