"""Journeys started before deadlines came in step order: a step's deadline is raised to
the latest deadline above it (journey_start's rule since), so the list reads in order."""

from django.db import migrations


def raise_due_dates(apps, schema_editor):
    JourneyStep = apps.get_model("onboarding", "JourneyStep")
    changed = []
    journey_id, latest = None, None
    steps = JourneyStep.objects.order_by("journey_id", "position").only(
        "pk", "journey_id", "position", "due_date"
    )
    for step in steps.iterator(chunk_size=2000):
        if step.journey_id != journey_id:
            journey_id, latest = step.journey_id, None
        if step.due_date is None:
            continue
        if latest is not None and step.due_date < latest:
            step.due_date = latest
            changed.append(step)
        latest = step.due_date
    JourneyStep.objects.bulk_update(changed, ["due_date"], batch_size=500)


class Migration(migrations.Migration):
    dependencies = [("onboarding", "0007_tax_code_claims")]

    operations = [migrations.RunPython(raise_due_dates, migrations.RunPython.noop)]
