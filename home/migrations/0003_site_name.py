"""The default site gets the portal's name: Wagtail's admin showed "localhost" (its
hostname) in the dashboard's site summary and the page explorer."""

from django.conf import settings
from django.db import migrations


def name_sites(apps, schema_editor):
    Site = apps.get_model("wagtailcore", "Site")
    Site.objects.filter(site_name="").update(site_name=settings.WAGTAIL_SITE_NAME)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0002_bilingual_body"),
        ("wagtailcore", "0046_site_name_remove_null"),
    ]

    operations = [migrations.RunPython(name_sites, migrations.RunPython.noop)]
