from datetime import date, timedelta

from django.core import mail
from django.utils import timezone

from onboarding import services, tasks
from onboarding.models import JourneyStep
from portal import services as portal_services
from portal import tasks as portal_tasks
from portal.models import Notification
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
    assert result == {"overdue_steps": 1, "province_overdue": 1, "pending_reviews": 1}
    overdue = Notification.objects.get(kind="steps_overdue")
    waiting = Notification.objects.get(kind="reviews_waiting")
    assert overdue.user == learner and overdue.url == "/onboarding/"
    assert overdue.title == "Có bước quá hạn trong lộ trình lên sàn" and "(hạn " in overdue.body
    assert waiting.user == staff_hcm and waiting.body.startswith("1 ")
    province = Notification.objects.get(kind="province_steps_overdue")
    assert province.user == staff_hcm and province.url == "/onboarding/staff/#overdue-heading"
    assert province.body_en == (
        "2 onboarding steps of businesses in Thành phố Hồ Chí Minh are past their deadline."
    )
    assert (
        province.body == "2 bước hướng dẫn của doanh nghiệp tại Thành phố Hồ Chí Minh đã quá hạn."
    )
    assert tasks.send_daily_reminders(today) == {
        "overdue_steps": 0,
        "province_overdue": 0,
        "pending_reviews": 0,
    }
    assert Notification.objects.count() == 3
    # These kinds go by the daily digest unless chosen otherwise: one e-mail each.
    assert mail.outbox == []
    assert portal_tasks.send_notification_digests() == 2
    assert sorted(m.to[0] for m in mail.outbox) == [learner.email, staff_hcm.email]


def test_overdue_steps_by_email_at_once_when_chosen(
    business_hcm, template, learner, django_capture_on_commit_callbacks
):
    portal_services.notification_preferences_update(
        user=learner, choices={"steps_overdue": "immediate"}
    )
    learner.profile.language = "en"
    learner.profile.save()
    services.journey_start(
        business=business_hcm, template=template, by=learner, today=date(2026, 11, 2)
    )
    today = (timezone.localdate() + timedelta(days=1)).isoformat()
    with django_capture_on_commit_callbacks(execute=True):
        assert tasks.send_daily_reminders(today)["overdue_steps"] == 1
    assert [m.to for m in mail.outbox] == [[learner.email]]
    assert mail.outbox[0].subject == "Onboarding steps overdue"
    assert "These onboarding steps are past their deadline:" in mail.outbox[0].body
