"""The staff dashboard's business list reads a page of a province's (or the country's)
approved businesses by name along an index, instead of sorting them all. The old
(province, status) index is the new one's prefix."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("onboarding", "0012_template_step_depends_on_list"),
    ]

    operations = [
        migrations.RemoveIndex(
            model_name="business",
            name="onboarding__provinc_b43e6d_idx",
        ),
        migrations.AddIndex(
            model_name="business",
            index=models.Index(
                fields=["province", "status", "name"], name="business_province_list"
            ),
        ),
        migrations.AddIndex(
            model_name="business",
            index=models.Index(fields=["status", "name"], name="business_status_list"),
        ),
    ]
