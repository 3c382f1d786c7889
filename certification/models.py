from datetime import timedelta

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.validators import RegexValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.search import index

from portal.storage import private_storage
from portal.text import validate_name


class CertificateTemplate(index.Indexed, models.Model):
    """How a certificate looks and who issues it. Courses and journey templates name the
    template they issue; editing one affects certificates issued or re-issued after."""

    name = models.CharField(_("name"), max_length=120, help_text=_("For editors only."))
    issuer_name = models.CharField(
        _("issuing organisation"),
        max_length=200,
        validators=[validate_name],
        help_text=_("E.g. Sở Công Thương Thành phố Hồ Chí Minh."),
    )
    issuer_name_en = models.CharField(
        _("issuing organisation (English)"), max_length=200, validators=[validate_name]
    )
    title = models.CharField(_("title"), max_length=200, validators=[validate_name])
    title_en = models.CharField(_("title (English)"), max_length=200, validators=[validate_name])
    wording = models.TextField(
        _("wording"),
        help_text=_("Printed under the recipient's name, e.g. “đã hoàn thành khoá học”."),
    )
    wording_en = models.TextField(_("wording (English)"))
    signatory_name = models.CharField(
        _("signatory name"), max_length=120, validators=[validate_name]
    )
    signatory_title = models.CharField(
        _("signatory title"), max_length=160, validators=[validate_name]
    )
    signatory_title_en = models.CharField(
        _("signatory title (English)"),
        max_length=160,
        blank=True,
        validators=[validate_name],
        help_text=_("Printed under the Vietnamese title, e.g. “Director”."),
    )
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
        validators=[validate_name],
        help_text=_(
            "The province's department that co-signs readiness certificates; "
            "{province} is replaced by the recipient's province, e.g. “Sở Công Thương {province}”."
        ),
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
    province = models.ForeignKey(
        "portal.Province",
        verbose_name=_("province"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        limit_choices_to={"is_current": True},
        related_name="+",
        help_text=_(
            "The province whose courses may issue this template; empty for a national "
            "template that any course may use."
        ),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("province"),
        MultiFieldPanel(
            [FieldPanel("issuer_name"), FieldPanel("issuer_name_en"), FieldPanel("co_signer_name")],
            heading=_("Issuer"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("title"),
                FieldPanel("title_en"),
                FieldPanel("wording"),
                FieldPanel("wording_en"),
            ],
            heading=_("Wording"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("signatory_name"),
                FieldPanel("signatory_title"),
                FieldPanel("signatory_title_en"),
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

    def usable_in(self, province) -> bool:
        """Whether a course of `province` (None: national) may issue this template."""
        return self.province_id is None or (
            province is not None and self.province_id == province.pk
        )

    def province_error(self, province):
        """None when a subject (a course, an event, a programme) of `province` may issue
        this template, else the message that says why not."""
        if self.usable_in(province):
            return None
        return _(
            "This template belongs to another province: choose one of this province or a "
            "national one."
        )

    @property
    def is_co_signed(self) -> bool:
        return bool(self.co_signer_name)

    def co_signer_for(self, province) -> str:
        """The co-signer's name for a recipient in ``province`` ("" if not co-signed)."""
        if not self.co_signer_name:
            return ""
        name = province.name if province is not None else ""
        return self.co_signer_name.replace("{province}", name).strip()


class CertificateQuerySet(models.QuerySet):
    def current(self):
        """Certificates not replaced by a later one (a retake after expiry)."""
        return self.filter(superseded_at__isnull=True)

    def for_object(self, obj, *, role: str):
        ct = ContentType.objects.get_for_model(obj, for_concrete_model=False)
        return self.filter(**{f"{role}_type": ct, f"{role}_id": str(obj.pk)})


class Certificate(models.Model):
    """One certificate issued to a recipient (a person or a business) for a subject (a
    course or an onboarding journey). Names are snapshots taken when issued; the signed
    credential and the PDF are derived from them. Titles are snapshot in both languages,
    so that the PDF and the verification page read in English too."""

    class Kind(models.TextChoices):
        PERSON = "person", _("Person")
        ORGANISATION = "organisation", _("Organisation")

    uuid = models.UUIDField(_("UUID"), unique=True, editable=False)
    code = models.CharField(
        _("verification code"),
        max_length=20,
        unique=True,
        editable=False,
        help_text=_("Short code for the verification page; no look-alike characters."),
    )
    template = models.ForeignKey(
        CertificateTemplate,
        verbose_name=_("template"),
        on_delete=models.PROTECT,
        related_name="certificates",
    )
    kind = models.CharField(_("recipient kind"), max_length=12, choices=Kind.choices)
    recipient_type = models.ForeignKey(
        "contenttypes.ContentType", on_delete=models.PROTECT, related_name="+"
    )
    recipient_id = models.CharField(_("recipient id"), max_length=64)
    subject_type = models.ForeignKey(
        "contenttypes.ContentType", on_delete=models.PROTECT, related_name="+"
    )
    subject_id = models.CharField(_("subject id"), max_length=64)
    holder = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("holder"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="certificates",
        help_text=_("The person who received it (person certificates only)."),
    )
    recipient_name = models.CharField(_("recipient name"), max_length=200)
    recipient_tax_code = models.CharField(_("tax code"), max_length=20, blank=True)
    recipient_email = models.EmailField(_("recipient e-mail"), blank=True)
    subject_title = models.CharField(_("subject title"), max_length=255)
    subject_title_en = models.CharField(_("subject title (English)"), max_length=255, blank=True)
    issuer_name = models.CharField(_("issuer"), max_length=200)
    issuer_name_en = models.CharField(_("issuer (English)"), max_length=200, blank=True)
    co_signer_name = models.CharField(_("co-signed by"), max_length=200, blank=True)
    province = models.ForeignKey(
        "portal.Province",
        verbose_name=_("province"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    retake_url = models.CharField(_("retake link"), max_length=500, blank=True)
    issued_at = models.DateTimeField(_("issued at"))
    valid_until = models.DateTimeField(_("valid until"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    revoked_reason = models.TextField(_("reason for revoking"), blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("revoked by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    superseded_at = models.DateTimeField(_("superseded at"), null=True, blank=True)
    superseded_by = models.ForeignKey(
        "self",
        verbose_name=_("superseded by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="supersedes",
    )
    credential = models.JSONField(_("signed credential"), default=dict, blank=True)
    pdf = models.FileField(
        _("PDF"), storage=private_storage, upload_to="certificates/%Y/%m/", blank=True
    )
    pdf_digest = models.CharField(
        _("PDF input digest"),
        max_length=64,
        blank=True,
        help_text=_("Digest of what the PDF was drawn from; a change means re-render."),
    )
    emailed_at = models.DateTimeField(_("e-mailed at"), null=True, blank=True)
    expiry_reminded_at = models.DateTimeField(_("expiry reminder sent"), null=True, blank=True)

    objects = CertificateQuerySet.as_manager()
    # Issued records, not content: Wagtail's usage index would only slow issuing down.
    wagtail_reference_index_ignore = True

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["-issued_at"]
        constraints = [
            # One current certificate per recipient and subject, however many completion
            # events race; a retake supersedes the old row, which keeps its history.
            models.UniqueConstraint(
                fields=["recipient_type", "recipient_id", "subject_type", "subject_id"],
                condition=models.Q(superseded_at__isnull=True),
                name="certificate_one_current_per_recipient_subject",
            ),
        ]
        indexes = [
            models.Index(fields=["valid_until"], name="certificate_valid_until"),
        ]

    def __str__(self):
        return f"{self.code} · {self.recipient_name} · {self.subject_title}"

    def get_absolute_url(self):
        return reverse("certification:verify", kwargs={"code": self.code})

    @property
    def is_personal(self) -> bool:
        """A person's certificate (a course, an event), which they may show on LinkedIn; a
        business's readiness certificate is the business's, not a person's."""
        return self.kind == self.Kind.PERSON

    @property
    def kind_label(self):
        """What this certificate is, in words: by its recipient and what it was issued for
        (the subject's app, read from its content type: no import of the apps above)."""
        if not self.is_personal:
            return _("Business readiness certificate")
        app = ContentType.objects.get_for_id(self.subject_type_id).app_label
        return {
            "courses": _("Personal course certificate"),
            "events": _("Personal participation certificate"),
        }.get(app, _("Personal certificate"))

    @property
    def is_revoked(self) -> bool:
        return self.revoked_at is not None

    @property
    def display_code(self) -> str:
        return "-".join(self.code[i : i + 4] for i in range(0, len(self.code), 4))

    def status(self, now=None) -> str:
        """ "revoked", "expired", "expiring" (< 30 days left) or "valid"."""
        now = now or timezone.now()
        if self.revoked_at:
            return "revoked"
        if self.valid_until:
            if self.valid_until <= now:
                return "expired"
            if self.valid_until - now < timedelta(days=30):
                return "expiring"
        return "valid"

    def seconds_until_status_changes(self, now=None) -> int | None:
        """How long status() stays what it is now by the clock alone (until the
        certificate starts expiring, then expires); None when only a change of the row
        (revoking, re-issuing) can change it."""
        if self.revoked_at or not self.valid_until:
            return None
        now = now or timezone.now()
        for moment in (self.valid_until - timedelta(days=30), self.valid_until):
            if moment > now:
                return max(1, int((moment - now).total_seconds()))
        return None


class CertificateEvent(models.Model):
    """Append-only history of a certificate: issued, re-issued, revoked, superseded,
    e-mailed, reminded."""

    class Kind(models.TextChoices):
        ISSUED = "issued", _("Issued")
        REISSUED = "reissued", _("Re-issued")
        REVOKED = "revoked", _("Revoked")
        SUPERSEDED = "superseded", _("Superseded by a retake")
        EMAILED = "emailed", _("E-mailed")
        REMINDED = "reminded", _("Expiry reminder sent")

    certificate = models.ForeignKey(
        Certificate, verbose_name=_("certificate"), on_delete=models.CASCADE, related_name="events"
    )
    kind = models.CharField(_("event"), max_length=12, choices=Kind.choices)
    at = models.DateTimeField(_("at"), default=timezone.now)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    note = models.TextField(_("note"), blank=True)

    wagtail_reference_index_ignore = True

    class Meta:
        verbose_name = _("certificate event")
        verbose_name_plural = _("certificate events")
        ordering = ["at", "pk"]

    def __str__(self):
        return f"{self.certificate.code} {self.kind} {self.at:%Y-%m-%d}"


class CertificateJob(models.Model):
    """Long work started by staff (bulk re-issue, ZIP of a course's certificates) with its
    progress, which a page polls."""

    class Kind(models.TextChoices):
        REISSUE = "reissue", _("Re-issue after a template change")
        ZIP = "zip", _("ZIP of certificates")

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting")
        RUNNING = "running", _("Running")
        DONE = "done", _("Done")
        FAILED = "failed", _("Failed")

    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("started by"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    created_at = models.DateTimeField(_("started at"), auto_now_add=True)
    template = models.ForeignKey(
        CertificateTemplate,
        verbose_name=_("template"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    subject_type = models.ForeignKey(
        "contenttypes.ContentType",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    subject_id = models.CharField(max_length=64, blank=True)
    certificate_ids = models.JSONField(_("certificates"), default=list, blank=True)
    total = models.PositiveIntegerField(_("total"), default=0)
    done = models.PositiveIntegerField(_("done"), default=0)
    file = models.FileField(
        _("file"), storage=private_storage, upload_to="certificate-jobs/", blank=True
    )
    error = models.TextField(_("error"), blank=True)

    wagtail_reference_index_ignore = True

    class Meta:
        verbose_name = _("certificate job")
        verbose_name_plural = _("certificate jobs")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.get_kind_display()} #{self.pk}"

    @property
    def percent(self) -> int:
        return 100 if not self.total else min(100, round(100 * self.done / self.total))
