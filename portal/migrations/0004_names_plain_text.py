"""Names refuse control, direction and invisible characters (portal.text.validate_name);
full names stored HTML-escaped by the old clean_text ("A &amp; B") become plain text."""

from django.db import migrations, models

import portal.text
from portal.sanitize import unescape_entities
from portal.text import one_line


def plain_text(apps, schema_editor):
    Profile = apps.get_model("portal", "Profile")
    for profile in Profile.objects.only("full_name").iterator():
        name = one_line(unescape_entities(profile.full_name))
        if name != profile.full_name:
            Profile.objects.filter(pk=profile.pk).update(full_name=name)


class Migration(migrations.Migration):

    dependencies = [
        ('portal', '0003_profile_language'),
    ]

    operations = [
        migrations.AlterField(
            model_name='profile',
            name='full_name',
            field=models.CharField(help_text='As it will be printed on certificates.', max_length=150, validators=[portal.text.validate_name], verbose_name='full name'),
        ),
        migrations.RunPython(plain_text, migrations.RunPython.noop),
    ]
