"""Deadlines come in step order, for new journeys (journey_start) and for journeys
started before (the data migration that raises them)."""

import importlib
from datetime import date

from django.apps import apps

from onboarding import services
from onboarding.models import JourneyStep

migration = importlib.import_module("onboarding.migrations.0008_due_dates_in_step_order")


def test_the_migration_raises_deadlines_above_which_a_later_one_stands(
    business_hcm, template, learner
):
    journey = services.journey_start(
        business=business_hcm, template=template, by=learner, today=date(2026, 11, 20)
    )
    # As journey_start used to write them: the last step (no dependency) due first.
    JourneyStep.objects.filter(journey=journey, key="logo").update(due_date=date(2026, 11, 23))
    JourneyStep.objects.filter(journey=journey, key="code").update(due_date=None)
    migration.raise_due_dates(apps, None)
    dues = dict(journey.steps.values_list("key", "due_date"))
    assert dues == {
        "account": date(2026, 11, 26),
        "screenshot": date(2026, 11, 30),
        "code": None,  # no deadline stays none
        "logo": date(2026, 11, 30),
    }
