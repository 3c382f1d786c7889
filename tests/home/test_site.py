"""The default site carries the portal's name (the admin showed "localhost")."""

import importlib

from django.apps import apps
from django.conf import settings
from wagtail.models import Site

from home.demo import load_home_page


def test_the_migration_names_a_site_without_a_name_and_keeps_a_given_one(reference_data):
    home = load_home_page()
    Site.objects.update(site_name="")
    Site.objects.create(hostname="other.example", root_page=home, site_name="Another portal")
    migration = importlib.import_module("home.migrations.0003_site_name")
    migration.name_sites(apps, None)
    assert sorted(Site.objects.values_list("site_name", flat=True)) == sorted(
        [settings.WAGTAIL_SITE_NAME, "Another portal"]
    )
