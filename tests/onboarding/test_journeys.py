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
