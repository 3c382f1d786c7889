"""Wagtail's admin sidebar names people by User.first_name (else their e-mail), which the
portal never filled: existing users get their profile's full name there (last_name empty)."""

from django.db import migrations


def names_from_profiles(apps, schema_editor):
    Profile = apps.get_model("portal", "Profile")
    User = apps.get_model("portal", "User")
    for profile in Profile.objects.select_related("user").only(
        "full_name", "user__first_name", "user__last_name"
    ).iterator(chunk_size=2000):
        name = profile.full_name[:150]
        if (profile.user.first_name, profile.user.last_name) != (name, ""):
            User.objects.filter(pk=profile.user_id).update(first_name=name, last_name="")


class Migration(migrations.Migration):

    dependencies = [
        ("portal", "0005_province_collections"),
    ]

    operations = [
        migrations.RunPython(names_from_profiles, migrations.RunPython.noop, elidable=True),
    ]
