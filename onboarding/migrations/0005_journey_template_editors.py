"""Journey templates are national: provincial onboarding staff read them, and only
national admins and the "Journey editors" group add, change or delete them (0002 gave
every "Onboarding staff: …" group the edit permissions)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

MODELS = ["journeytemplate", "templatestep"]
EDIT = ["add", "change", "delete"]
STAFF_PREFIX = "Onboarding staff: "
EDITORS = "Journey editors"
NATIONAL_ADMINS = "National admins"


def _permissions(apps, codenames):
    Permission = apps.get_model("auth", "Permission")
    return list(
        Permission.objects.filter(content_type__app_label="onboarding", codename__in=codenames)
    )


def _ensure_permissions(apps):
    # As in 0002: permissions are normally created after all migrations.
    onboarding = apps.get_app_config("onboarding")
    models_module = getattr(onboarding, "models_module", None)
    onboarding.models_module = models_module or True
    try:
        create_permissions(onboarding, apps=apps, verbosity=0)
    finally:
        onboarding.models_module = models_module


def restrict(apps, schema_editor):
    _ensure_permissions(apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    edit = _permissions(apps, [f"{a}_{m}" for a in EDIT for m in MODELS])
    view = _permissions(apps, ["view_journeytemplate"])
    everything = _permissions(apps, [f"{a}_{m}" for a in [*EDIT, "view"] for m in MODELS])
    access = list(
        Permission.objects.filter(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    for group in Group.objects.filter(name__startswith=STAFF_PREFIX):
        group.permissions.remove(*edit, *_permissions(apps, ["view_templatestep"]))
        group.permissions.add(*view)
    for name in (EDITORS, NATIONAL_ADMINS):
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(*everything, *access)


def restore(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    edit = _permissions(apps, [f"{a}_{m}" for a in [*EDIT, "view"] for m in MODELS])
    for group in Group.objects.filter(name__startswith=STAFF_PREFIX):
        group.permissions.add(*edit)


class Migration(migrations.Migration):
    dependencies = [
        ("onboarding", "0004_legal_document_en"),
    ]
    operations = [migrations.RunPython(restrict, restore)]
