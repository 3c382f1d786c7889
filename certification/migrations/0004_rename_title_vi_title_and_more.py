# One naming for bilingual fields: `x` (Vietnamese) and `x_en` (English), no `x_vi`.
# RenameField keeps the data.
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("certification", "0003_certificate_co_signer_name_and_more"),
    ]

    operations = [
        migrations.RenameField(
            model_name="certificatetemplate", old_name="title_vi", new_name="title"
        ),
        migrations.RenameField(
            model_name="certificatetemplate", old_name="wording_vi", new_name="wording"
        ),
    ]
