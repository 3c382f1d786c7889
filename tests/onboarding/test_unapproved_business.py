"""A business whose registration is not approved yet: it may work on its steps, but its
submissions for review would sit outside the review queue and the reports, so they wait
for the approval; its journeys complete (and issue their certificate) only once approved."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from onboarding import services, tasks
from onboarding.journeys import StepError
from onboarding.models import Business, Journey, JourneyStep
from tests.onboarding.conftest import PNG, submit_png

pytestmark = pytest.mark.django_db
S = JourneyStep.Status


@pytest.fixture
def journey(pending, template, learner):
    return services.journey_start(business=pending, template=template, by=learner)


def steps(journey):
    return {s.key: s for s in journey.steps.all()}


def test_a_pending_business_cannot_submit_for_review(journey, learner):
    s = steps(journey)
    services.step_submit(step=s["account"], by=learner)  # no review: done at once
    assert JourneyStep.objects.get(pk=s["account"].pk).status == S.APPROVED
    with pytest.raises(StepError, match="chưa được duyệt"):
        submit_png(JourneyStep.objects.get(pk=s["screenshot"].pk), learner)
    assert JourneyStep.objects.get(pk=s["screenshot"].pk).status == S.TODO
    assert not JourneyStep.objects.get(pk=s["screenshot"].pk).files.exists()


def test_the_step_page_says_why_and_offers_no_submit(client, journey, learner):
    s = steps(journey)
    services.step_submit(step=s["account"], by=learner)
    client.force_login(learner)
    url = reverse("onboarding:step", args=[s["screenshot"].pk])
    body = client.get(url + "?lang=en").content.decode()
    assert "Waiting for your registration to be approved" in body
    assert 'value="submit"' not in body
    vi = client.get(url + "?lang=vi").content.decode()
    assert "Đang chờ duyệt đăng ký doanh nghiệp" in vi
    from django.core.files.uploadedfile import SimpleUploadedFile

    response = client.post(
        url,
        {
            "action": "submit",
            "version": s["screenshot"].version,
            "file": SimpleUploadedFile("a.png", PNG),
        },
        follow=True,
    )
    assert "chưa được duyệt" in response.content.decode()
    assert JourneyStep.objects.get(pk=s["screenshot"].pk).status == S.TODO


def test_the_journey_completes_when_the_registration_is_approved(
    pending, template, learner, staff_hcm, monkeypatch
):
    calls = []
    monkeypatch.setattr(
        "certification.services.certificate_issue",
        lambda *, recipient, subject: calls.append((recipient, subject)),
    )
    journey = services.journey_start(business=pending, template=template, by=learner)
    # Every required step approved while the business waited (e.g. courses completed).
    JourneyStep.objects.filter(journey=journey).update(status=S.APPROVED)
    assert services.journey_check_complete(journey=journey) is False
    assert not calls
    services.business_approve(business=pending, by=staff_hcm)
    journey.refresh_from_db()
    assert journey.status == Journey.Status.COMPLETED
    assert calls == [(pending, journey)]


def test_reminders_count_only_submissions_the_queue_shows(
    business_hcm, pending, template, learner, staff_hcm
):
    approved_journey = services.journey_start(business=business_hcm, template=template, by=learner)
    s = steps(approved_journey)
    services.step_submit(step=s["account"], by=learner)
    submit_png(JourneyStep.objects.get(pk=s["screenshot"].pk), learner)
    # A submission left from before a registration went back to pending.
    other = services.journey_start(business=pending, template=template, by=learner)
    JourneyStep.objects.filter(journey=other, key="screenshot").update(
        status=S.SUBMITTED, submitted_at=timezone.now()
    )
    JourneyStep.objects.filter(status=S.SUBMITTED).update(
        submitted_at=timezone.now() - timedelta(days=10)
    )
    today = (timezone.localdate() + timedelta(days=1)).isoformat()
    assert tasks.send_daily_reminders(today)["pending_reviews"] == 1
    told = staff_hcm.notifications.get(kind="reviews_waiting")
    assert told.body.startswith("1 ")
    assert Business.objects.get(pk=pending.pk).status == Business.Status.PENDING
