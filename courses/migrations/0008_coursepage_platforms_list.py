"""A course's platforms become a list of Platform values (JSON), as an event's are,
instead of free comma-separated text: copied into a new column, then renamed. Page
revisions (drafts) are converted too, so an editor opening one finds the boxes ticked.
A name that is no known platform is dropped (the content files only ever held known ones)."""

from django.db import migrations

import courses.models

KNOWN = {value for value, _label in courses.models.PARTNER_PLATFORMS}
BY_NAME = {str(label).lower(): value for value, label in courses.models.PARTNER_PLATFORMS}


def _as_list(text) -> list[str]:
    if isinstance(text, list):
        return text
    values = []
    for name in (text or "").split(","):
        name = name.strip().lower()
        value = name if name in KNOWN else BY_NAME.get(name)
        if value and value not in values:
            values.append(value)
    return values


def _as_text(values) -> str:
    return ", ".join(values) if isinstance(values, list) else (values or "")


def _revisions(apps, model_name):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Revision = apps.get_model("wagtailcore", "Revision")
    content_type = ContentType.objects.filter(app_label="courses", model=model_name).first()
    if content_type is None:
        return Revision.objects.none()
    return Revision.objects.filter(content_type=content_type)


def forwards(apps, schema_editor):
    CoursePage = apps.get_model("courses", "CoursePage")
    for page in CoursePage.objects.only("pk", "platforms"):
        CoursePage.objects.filter(pk=page.pk).update(platforms_list=_as_list(page.platforms))
    for revision in _revisions(apps, "coursepage"):
        if "platforms" in revision.content:
            revision.content["platforms"] = _as_list(revision.content["platforms"])
            revision.save(update_fields=["content"])


def backwards(apps, schema_editor):
    CoursePage = apps.get_model("courses", "CoursePage")
    for page in CoursePage.objects.only("pk", "platforms_list"):
        CoursePage.objects.filter(pk=page.pk).update(platforms=_as_text(page.platforms_list))
    for revision in _revisions(apps, "coursepage"):
        if "platforms" in revision.content:
            revision.content["platforms"] = _as_text(revision.content["platforms"])
            revision.save(update_fields=["content"])


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0007_assignments"),
        ("wagtailcore", "0001_initial"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.AddField(
            model_name="coursepage",
            name="platforms_list",
            field=courses.models.PlatformsField(blank=True, default=list),
        ),
        migrations.RunPython(forwards, backwards),
        migrations.RemoveField(model_name="coursepage", name="platforms"),
        migrations.RenameField(
            model_name="coursepage", old_name="platforms_list", new_name="platforms"
        ),
        migrations.AlterField(
            model_name="coursepage",
            name="platforms",
            field=courses.models.PlatformsField(
                blank=True,
                default=list,
                help_text="The marketplaces it teaches.",
                verbose_name="platforms",
            ),
        ),
    ]
