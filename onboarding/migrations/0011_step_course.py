"""A step names the one course that completes it (a foreign key to courses.CoursePage)
instead of any pages matched by path prefix: the link of each step, template and journey
alike, becomes the course its first linked page is or belongs to."""

import django.db.models.deletion
from django.db import migrations, models


def links_to_course(apps, schema_editor):
    CoursePage = apps.get_model("courses", "CoursePage")
    steplen = 4  # treebeard's step length for Wagtail pages
    for model_name, column in (("TemplateStep", "templatestep_id"), ("JourneyStep", "journeystep_id")):
        Step = apps.get_model("onboarding", model_name)
        through = Step.courses.through
        links = through.objects.select_related("page").order_by(column, "pk")
        chosen = {}
        for link in links:
            step_id = getattr(link, column)
            if step_id in chosen:
                continue
            path = link.page.path
            prefixes = [path[:end] for end in range(steplen, len(path) + 1, steplen)]
            course = CoursePage.objects.filter(path__in=prefixes).order_by("-depth").first()
            if course is not None:
                chosen[step_id] = course.pk
        for step_id, course_id in chosen.items():
            Step.objects.filter(pk=step_id).update(course_id=course_id)


def course_to_links(apps, schema_editor):
    for model_name, column in (("TemplateStep", "templatestep_id"), ("JourneyStep", "journeystep_id")):
        Step = apps.get_model("onboarding", model_name)
        through = Step.courses.through
        through.objects.bulk_create(
            [
                through(**{column: pk, "page_id": course_id})
                for pk, course_id in Step.objects.exclude(course=None).values_list("pk", "course_id")
            ]
        )


class Migration(migrations.Migration):

    dependencies = [
        ("courses", "0006_legalbasis"),
        ("onboarding", "0010_email_sent_marker"),
    ]

    operations = [
        migrations.AddField(
            model_name="journeystep",
            name="course",
            field=models.ForeignKey(blank=True, help_text="Completing this course completes the step.", null=True, on_delete=django.db.models.deletion.SET_NULL, related_name="+", to="courses.coursepage", verbose_name="course"),
        ),
        migrations.AddField(
            model_name="templatestep",
            name="course",
            field=models.ForeignKey(blank=True, help_text="Completing this course completes the step (members cannot submit it then).", null=True, on_delete=django.db.models.deletion.SET_NULL, related_name="+", to="courses.coursepage", verbose_name="course"),
        ),
        migrations.RunPython(links_to_course, course_to_links),
        migrations.RemoveField(
            model_name="journeystep",
            name="courses",
        ),
        migrations.RemoveField(
            model_name="templatestep",
            name="courses",
        ),
    ]
