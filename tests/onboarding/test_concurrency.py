"""On PostgreSQL (.ci/run): the same stale form posted by two people at once moves the
step once; reminders racing in two workers are claimed once a day."""

import threading
from datetime import date

import pytest

from onboarding import services
from onboarding.journeys import StaleStep
from onboarding.models import JourneyStep, ReminderSent, StepEvent
from tests.concurrency import race
from tests.onboarding.conftest import submit_png

pytestmark = [pytest.mark.services, pytest.mark.django_db(transaction=True)]


def test_two_reviewers_deciding_at_once_move_the_step_once(
    business_hcm, template, learner, staff_hcm
):
    journey = services.journey_start(business=business_hcm, template=template, by=learner)
    services.step_submit(step=journey.steps.get(key="account"), by=learner)
    shot = journey.steps.get(key="screenshot")
    submit_png(shot, learner)
    shot.refresh_from_db()
    version = shot.version

    results, errors = race(
        8, lambda: services.step_approve(step=shot, by=staff_hcm, expected_version=version).pk
    )
    assert len(results) == 1
    assert len(errors) == 7 and all(isinstance(e, StaleStep) for e in errors)
    assert JourneyStep.objects.get(pk=shot.pk).status == JourneyStep.Status.APPROVED
    assert StepEvent.objects.filter(step=shot, to_status="approved").count() == 1


def test_reminders_are_claimed_once_a_day(learner):
    day = date(2026, 11, 25)
    results, errors = race(
        8, lambda: services.reminder_claim(recipient=learner, kind="overdue_steps", today=day)
    )
    assert errors == []
    assert sorted(results) == [False] * 7 + [True]
    assert ReminderSent.objects.count() == 1


def test_staff_deciding_a_registration_at_once_decide_it_once(
    learner, hcm, staff_hcm, national_admin
):
    from onboarding.journeys import RegistrationError
    from onboarding.models import Business, RegistrationEvent
    from tests.onboarding.conftest import make_business

    pending = make_business(
        learner, hcm, name="Chờ duyệt", tax_code="0100109106-005", approved=False
    )

    turns, lock = iter(range(8)), threading.Lock()

    def decide():
        with lock:
            reject = next(turns) % 2
        if reject:
            return services.business_reject(business=pending, by=staff_hcm, reason="Thiếu").status
        return services.business_approve(business=pending, by=national_admin).status

    results, errors = race(8, decide)
    final = Business.objects.get(pk=pending.pk).status
    # One decision wins; the same decision again is a no-op, the other one is refused.
    assert results == [final] * 4
    assert len(errors) == 4 and all(isinstance(e, RegistrationError) for e in errors)
    decisions = RegistrationEvent.objects.filter(business=pending).exclude(to_status="pending")
    assert list(decisions.values_list("to_status", flat=True)) == [final]


def test_two_approvals_of_competing_claims_approve_exactly_one(
    learner, other_learner, hcm, staff_hcm, national_admin
):
    """Two people claimed one tax code; two members of staff approve different claims at
    the same moment: exactly one business ends approved, the other claim rejected."""
    from onboarding.journeys import RegistrationError
    from onboarding.models import Business, RegistrationEvent
    from tests.onboarding.conftest import make_business

    code = "0100109106-007"
    a = make_business(learner, hcm, name="Claim A", tax_code=code, approved=False)
    b = make_business(other_learner, hcm, name="Claim B", tax_code=code, approved=False)
    turns, lock = iter(range(8)), threading.Lock()

    def approve():
        with lock:
            turn = next(turns)
        target, by = (a, staff_hcm) if turn % 2 else (b, national_admin)
        return services.business_approve(business=target, by=by, others_reason="Tra cứu").pk

    results, errors = race(8, approve)
    approved = list(Business.objects.filter(tax_code=code, status="approved"))
    assert len(approved) == 1
    winner = approved[0]
    loser = Business.objects.get(pk=b.pk if winner.pk == a.pk else a.pk)
    assert loser.status == "rejected"
    # The winner's four calls: one decides, three find it decided; the loser's are refused.
    assert results == [winner.pk] * 4
    assert len(errors) == 4 and all(isinstance(e, RegistrationError) for e in errors)
    decisions = RegistrationEvent.objects.filter(business__tax_code=code).exclude(
        to_status="pending"
    )
    assert sorted(decisions.values_list("business_id", "to_status")) == sorted(
        [(winner.pk, "approved"), (loser.pk, "rejected")]
    )
