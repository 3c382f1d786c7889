"""A template step's dependencies become a list of keys (JSON), as a journey step's are,
instead of a comma-separated string: copied into a new column, then renamed."""

from django.db import migrations

import onboarding.models


def to_lists(apps, schema_editor):
    TemplateStep = apps.get_model("onboarding", "TemplateStep")
    for step in TemplateStep.objects.exclude(depends_on="").only("pk", "depends_on"):
        keys = [key.strip() for key in step.depends_on.split(",") if key.strip()]
        TemplateStep.objects.filter(pk=step.pk).update(depends_on_list=keys)


def to_strings(apps, schema_editor):
    TemplateStep = apps.get_model("onboarding", "TemplateStep")
    for step in TemplateStep.objects.only("pk", "depends_on_list"):
        TemplateStep.objects.filter(pk=step.pk).update(
            depends_on=",".join(step.depends_on_list or [])
        )


class Migration(migrations.Migration):
    dependencies = [("onboarding", "0011_step_course")]

    operations = [
        migrations.AddField(
            model_name="templatestep",
            name="depends_on_list",
            field=onboarding.models.StepKeysField(blank=True, default=list),
        ),
        migrations.RunPython(to_lists, to_strings),
        migrations.RemoveField(model_name="templatestep", name="depends_on"),
        migrations.RenameField(
            model_name="templatestep", old_name="depends_on_list", new_name="depends_on"
        ),
        migrations.AlterField(
            model_name="templatestep",
            name="depends_on",
            field=onboarding.models.StepKeysField(
                blank=True,
                default=list,
                help_text="The steps that must be done first.",
                verbose_name="depends on",
            ),
        ),
    ]
