from django.db import migrations


def load(apps, schema_editor):
    from portal.provinces import load_provinces

    Province = apps.get_model("portal", "Province")
    Group = apps.get_model("auth", "Group")
    load_provinces(Province)
    Group.objects.get_or_create(name="National admins")
    for province in Province.objects.filter(is_current=True):
        Group.objects.get_or_create(name=f"Onboarding staff: {province.name}")


class Migration(migrations.Migration):
    dependencies = [("portal", "0001_initial"), ("auth", "0012_alter_user_first_name_max_length")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
