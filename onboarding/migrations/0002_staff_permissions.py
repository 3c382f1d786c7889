"""Onboarding staff and national admins edit journey templates in the Wagtail admin."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

MODELS = ["journeytemplate", "templatestep"]
ACTIONS = ["add", "change", "delete", "view"]


def grant(apps, schema_editor):
    # Permissions are normally created after all migrations; create ours now. A historical
    # app config has no models module, which create_permissions would skip.
    onboarding = apps.get_app_config("onboarding")
    models_module = getattr(onboarding, "models_module", None)
    onboarding.models_module = models_module or True
    try:
        create_permissions(onboarding, apps=apps, verbosity=0)
    finally:
        onboarding.models_module = models_module
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    wanted = list(
        Permission.objects.filter(
            content_type__app_label="onboarding",
            codename__in=[f"{a}_{m}" for a in ACTIONS for m in MODELS],
        )
    ) + list(
        Permission.objects.filter(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    groups = Group.objects.filter(name__startswith="Onboarding staff: ") | Group.objects.filter(
        name="National admins"
    )
    for group in groups:
        group.permissions.add(*wanted)


class Migration(migrations.Migration):
    dependencies = [
        ("onboarding", "0001_initial"),
        ("portal", "0002_provinces_and_groups"),
        ("wagtailadmin", "0002_admin"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]
    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
