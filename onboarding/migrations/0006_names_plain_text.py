"""Names refuse control, direction and invisible characters (portal.text.validate_name);
texts stored HTML-escaped by the old clean_text ("A &amp; B") become plain text, and names
on one line (a business name with CR/LF broke the e-mail subjects built from it)."""

from django.db import migrations, models

import portal.text
from portal.sanitize import unescape_entities
from portal.text import one_line


def _plain(model, fields, *, names=()):
    """Unescape ``fields`` where they hold an entity; ``names`` also on one line."""
    for field in fields:
        rows = model.objects.only(field)
        if field not in names:
            rows = rows.filter(**{f"{field}__contains": "&"})
        for row in rows.iterator():
            old = getattr(row, field)
            new = unescape_entities(old)
            if field in names:
                new = one_line(new)
            if new != old:
                model.objects.filter(pk=row.pk).update(**{field: new})


def plain_text(apps, schema_editor):
    get = apps.get_model
    _plain(get("onboarding", "Business"), ["name", "address"], names=["name"])
    _plain(get("onboarding", "OcopProduct"), ["name"], names=["name"])
    _plain(get("onboarding", "JourneyStep"), ["evidence_text", "reviewer_comment"])
    # Events are history; the text they hold stays the same, only its encoding changes.
    _plain(get("onboarding", "StepEvent"), ["comment"])
    RegistrationEvent = get("onboarding", "RegistrationEvent")
    _plain(RegistrationEvent, ["comment"])
    for event in RegistrationEvent.objects.exclude(changes={}).only("changes"):
        changes = {
            field: [unescape_entities(v) if isinstance(v, str) else v for v in pair]
            for field, pair in event.changes.items()
        }
        if changes != event.changes:
            RegistrationEvent.objects.filter(pk=event.pk).update(changes=changes)


class Migration(migrations.Migration):

    dependencies = [
        ('onboarding', '0005_journey_template_editors'),
    ]

    operations = [
        migrations.AlterField(
            model_name='business',
            name='contact_name',
            field=models.CharField(blank=True, max_length=150, validators=[portal.text.validate_name], verbose_name='contact person'),
        ),
        migrations.AlterField(
            model_name='business',
            name='name',
            field=models.CharField(max_length=200, validators=[portal.text.validate_name], verbose_name='name'),
        ),
        migrations.AlterField(
            model_name='journeytemplate',
            name='title',
            field=models.CharField(max_length=200, validators=[portal.text.validate_name], verbose_name='title (Vietnamese)'),
        ),
        migrations.AlterField(
            model_name='journeytemplate',
            name='title_en',
            field=models.CharField(blank=True, max_length=200, validators=[portal.text.validate_name], verbose_name='title (English)'),
        ),
        migrations.AlterField(
            model_name='ocopproduct',
            name='name',
            field=models.CharField(max_length=200, validators=[portal.text.validate_name], verbose_name='product name'),
        ),
        migrations.RunPython(plain_text, migrations.RunPython.noop),
    ]
