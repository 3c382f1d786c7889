"""Names printed on certificates refuse control, direction and invisible characters
(portal.text.validate_name); revocation reasons stored HTML-escaped by the old clean_text
become plain text. Issued certificates keep their names as signed."""

from django.db import migrations, models

import portal.text
from portal.sanitize import unescape_entities


def plain_text(apps, schema_editor):
    for model, field in (("Certificate", "revoked_reason"), ("CertificateEvent", "note")):
        Model = apps.get_model("certification", model)
        for row in Model.objects.filter(**{f"{field}__contains": "&"}).only(field):
            Model.objects.filter(pk=row.pk).update(
                **{field: unescape_entities(getattr(row, field))}
            )


class Migration(migrations.Migration):

    dependencies = [
        ('certification', '0005_bilingual_snapshots'),
    ]

    operations = [
        migrations.AlterField(
            model_name='certificatetemplate',
            name='co_signer_name',
            field=models.CharField(blank=True, help_text="The province's department that co-signs readiness certificates; {province} is replaced by the recipient's province, e.g. “Sở Công Thương {province}”.", max_length=200, validators=[portal.text.validate_name], verbose_name='co-signing organisation'),
        ),
        migrations.AlterField(
            model_name='certificatetemplate',
            name='issuer_name',
            field=models.CharField(help_text='E.g. Sở Công Thương Thành phố Hồ Chí Minh.', max_length=200, validators=[portal.text.validate_name], verbose_name='issuing organisation'),
        ),
        migrations.AlterField(
            model_name='certificatetemplate',
            name='issuer_name_en',
            field=models.CharField(max_length=200, validators=[portal.text.validate_name], verbose_name='issuing organisation (English)'),
        ),
        migrations.AlterField(
            model_name='certificatetemplate',
            name='signatory_name',
            field=models.CharField(max_length=120, validators=[portal.text.validate_name], verbose_name='signatory name'),
        ),
        migrations.AlterField(
            model_name='certificatetemplate',
            name='signatory_title',
            field=models.CharField(max_length=160, validators=[portal.text.validate_name], verbose_name='signatory title'),
        ),
        migrations.AlterField(
            model_name='certificatetemplate',
            name='signatory_title_en',
            field=models.CharField(blank=True, help_text='Printed under the Vietnamese title, e.g. “Director”.', max_length=160, validators=[portal.text.validate_name], verbose_name='signatory title (English)'),
        ),
        migrations.AlterField(
            model_name='certificatetemplate',
            name='title',
            field=models.CharField(max_length=200, validators=[portal.text.validate_name], verbose_name='title'),
        ),
        migrations.AlterField(
            model_name='certificatetemplate',
            name='title_en',
            field=models.CharField(max_length=200, validators=[portal.text.validate_name], verbose_name='title (English)'),
        ),
        migrations.RunPython(plain_text, migrations.RunPython.noop),
    ]
