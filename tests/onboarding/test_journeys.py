"""onboarding/journeys.py: readiness and overdue, the one place each is computed."""

from datetime import date, timedelta
from types import SimpleNamespace

import pytest

from onboarding import journeys, services
from onboarding.models import JourneyStep

S = JourneyStep.Status
TODAY = date(2026, 11, 30)


def _step(status, *, optional=False, due=None):
    return JourneyStep(status=status, optional=optional, due_date=due)


def test_readiness_counts_required_steps_only():
    steps = [_step(S.APPROVED), _step(S.SUBMITTED), _step(S.TODO), _step(S.SKIPPED, optional=True)]
    assert journeys.readiness(steps) == 33
    assert journeys.readiness([_step(S.TODO, optional=True)]) == 100


def test_a_journey_card_shows_readiness_and_the_next_step_and_whether_it_is_late():
    late = _step(S.TODO, due=TODAY - timedelta(days=2))
    steps = [_step(S.APPROVED), _step(S.SKIPPED, optional=True), late, _step(S.TODO)]
    journey = SimpleNamespace(steps=SimpleNamespace(all=lambda: steps))
    card = journeys.journey_card(journey, TODAY)
    assert (card.readiness, card.next_step, card.next_overdue) == (33, late, True)
    assert journeys.journey_card(journey, TODAY - timedelta(days=3)).next_overdue is False
    done = SimpleNamespace(steps=SimpleNamespace(all=lambda: [_step(S.APPROVED)]))
    card = journeys.journey_card(done, TODAY)
    assert (card.readiness, card.next_step, card.next_overdue) == (100, None, False)


def test_a_step_reviewed_by_staff_waits_for_the_registration_unless_done():
    reviewed = JourneyStep(status=S.TODO, review_required=True, due_date=TODAY)
    done = JourneyStep(status=S.APPROVED, review_required=True, due_date=TODAY)
    plain = JourneyStep(status=S.TODO, review_required=False, due_date=TODAY - timedelta(1))
    lines = journeys.step_lines([reviewed, done, plain], today=TODAY, business_approved=False)
    assert [(line.awaiting_registration, line.overdue) for line in lines] == [
        (True, False),
        (False, False),
        (False, True),
    ]
    lines = journeys.step_lines([reviewed], today=TODAY, business_approved=True)
    assert not lines[0].awaiting_registration


def test_a_business_without_journeys_has_started_nothing():
    row = SimpleNamespace(journey_count=0, approved_steps=0, required_steps=0)
    assert journeys.business_readiness(row) == 0
    row = SimpleNamespace(journey_count=2, approved_steps=3, required_steps=4)
    assert journeys.business_readiness(row) == 75


@pytest.mark.parametrize(
    ("status", "due", "overdue"),
    [
        (S.TODO, TODAY - timedelta(days=1), True),
        (S.IN_PROGRESS, TODAY - timedelta(days=1), True),
        (S.CHANGES_REQUESTED, TODAY - timedelta(days=1), True),
        (S.TODO, TODAY, False),
        (S.TODO, None, False),
        (S.SUBMITTED, TODAY - timedelta(days=1), False),  # waits for staff, not the business
        (S.APPROVED, TODAY - timedelta(days=1), False),
        (S.SKIPPED, TODAY - timedelta(days=1), False),
    ],
)
def test_overdue_means_open_and_past_its_due_date(status, due, overdue):
    assert journeys.is_overdue(_step(status, due=due), TODAY) is overdue


def test_the_overdue_filter_agrees_with_is_overdue(template, business_hcm, learner):
    journey = services.journey_start(business=business_hcm, template=template, by=learner)
    steps = list(journey.steps.order_by("position"))
    statuses = [S.TODO, S.SUBMITTED, S.CHANGES_REQUESTED]
    for step, status in zip(steps, statuses, strict=False):
        JourneyStep.objects.filter(pk=step.pk).update(
            status=status, due_date=TODAY - timedelta(days=1)
        )
    in_sql = set(JourneyStep.objects.filter(journeys.overdue_q(TODAY)).values_list("pk", flat=True))
    in_python = {s.pk for s in JourneyStep.objects.all() if journeys.is_overdue(s, TODAY)}
    assert in_sql == in_python and len(in_sql) == 2
