from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.search import index


class CertificateTemplate(index.Indexed, models.Model):
    """How a certificate looks and who issues it. Courses and journey templates name the
    template they issue; editing one affects certificates issued or re-issued after."""

    name = models.CharField(_("name"), max_length=120, help_text=_("For editors only."))
    issuer_name = models.CharField(
        _("issuing organisation"),
        max_length=200,
        help_text=_("E.g. Sở Công Thương Thành phố Hồ Chí Minh."),
    )
    issuer_name_en = models.CharField(_("issuing organisation (English)"), max_length=200)
    title_vi = models.CharField(_("title (Vietnamese)"), max_length=200)
    title_en = models.CharField(_("title (English)"), max_length=200)
    wording_vi = models.TextField(
        _("wording (Vietnamese)"),
        help_text=_("Printed under the recipient's name, e.g. “đã hoàn thành khoá học”."),
    )
    wording_en = models.TextField(_("wording (English)"))
    signatory_name = models.CharField(_("signatory name"), max_length=120)
    signatory_title = models.CharField(_("signatory title"), max_length=160)
    signature_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("signature image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    logo_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    co_signer_name = models.CharField(
        _("co-signing organisation"),
        max_length=200,
        blank=True,
        help_text=_("The province's department that co-signs readiness certificates."),
    )
    accent_colour = models.CharField(
        _("accent colour"),
        max_length=7,
        default="#0b5cab",
        validators=[RegexValidator(r"^#[0-9a-fA-F]{6}$", _("Use a colour like #0b5cab."))],
    )
    validity_months = models.PositiveSmallIntegerField(
        _("valid for (months)"),
        null=True,
        blank=True,
        help_text=_("Leave empty when the certificate does not expire."),
    )

    panels = [
        FieldPanel("name"),
        MultiFieldPanel(
            [FieldPanel("issuer_name"), FieldPanel("issuer_name_en"), FieldPanel("co_signer_name")],
            heading=_("Issuer"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("title_vi"),
                FieldPanel("title_en"),
                FieldPanel("wording_vi"),
                FieldPanel("wording_en"),
            ],
            heading=_("Wording"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("signatory_name"),
                FieldPanel("signatory_title"),
                FieldPanel("signature_image"),
                FieldPanel("logo_image"),
                FieldPanel("accent_colour"),
            ],
            heading=_("Signature and look"),
        ),
        FieldPanel("validity_months"),
    ]
    search_fields = [index.SearchField("name"), index.SearchField("issuer_name")]

    class Meta:
        verbose_name = _("certificate template")
        verbose_name_plural = _("certificate templates")
        ordering = ["name"]

    def __str__(self):
        return self.name
