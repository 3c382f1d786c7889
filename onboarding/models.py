"""Businesses, journey templates, journeys and their steps, evidence and events.

A journey snapshots the steps of its template when it starts (JourneyStep copies title,
guidance, evidence, review, optional, dependencies and duration), so editing a template
never disturbs the journeys already under way.
"""

import uuid
from datetime import timedelta
from pathlib import Path

from django import forms
from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable
from wagtail.search import index

from courses.models import Platform
from onboarding.taxcode import validate_tax_code
from portal.i18n import Translated, translated
from portal.storage import private_storage
from portal.text import validate_name


def evidence_upload_to(instance, filename):
    suffix = Path(filename).suffix.lower()[:10]
    return f"onboarding/evidence/{instance.step.journey.business_id}/{uuid.uuid4().hex}{suffix}"


def message_upload_to(instance, filename):
    suffix = Path(filename).suffix.lower()[:10]
    return f"onboarding/messages/{instance.step.journey.business_id}/{uuid.uuid4().hex}{suffix}"


class Business(models.Model):
    """A business (enterprise, cooperative, household) that goes online."""

    class Sector(models.TextChoices):
        AGRICULTURE = "agriculture", _("Agriculture and food")
        HANDICRAFT = "handicraft", _("Handicrafts")
        TEXTILE = "textile", _("Textiles and fashion")
        COSMETICS = "cosmetics", _("Cosmetics and health")
        ELECTRONICS = "electronics", _("Electronics")
        SERVICES = "services", _("Services and tourism")
        OTHER = "other", _("Other")

    class Size(models.TextChoices):
        HOUSEHOLD = "household", _("Household business")
        MICRO = "micro", _("Micro (under 10 people)")
        SMALL = "small", _("Small (10–100 people)")
        MEDIUM = "medium", _("Medium (100–200 people)")
        LARGE = "large", _("Large (over 200 people)")

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for approval")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")

    name = models.CharField(_("name"), max_length=200, validators=[validate_name])
    # Not unique: several people may claim a code while their registrations wait (the real
    # owner is never locked out by someone else's pending claim); staff decide, and only
    # one approved business holds a code (the constraint below).
    tax_code = models.CharField(
        _("tax code"),
        max_length=14,
        db_index=True,
        validators=[validate_tax_code],
        help_text=_("10 digits, a branch's 10+3 (0100109106-001), or a 12-digit personal number."),
    )
    province = models.ForeignKey(
        "portal.Province",
        verbose_name=_("province"),
        on_delete=models.PROTECT,
        limit_choices_to={"is_current": True},
        related_name="+",
    )
    former_province = models.ForeignKey(
        "portal.Province",
        verbose_name=_("former province"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        limit_choices_to={"is_current": False},
        related_name="+",
        help_text=_("The province before the 2025 merger, where that applies."),
    )
    address = models.CharField(_("address"), max_length=300, blank=True)
    sector = models.CharField(_("sector"), max_length=20, choices=Sector.choices)
    size = models.CharField(_("size"), max_length=20, choices=Size.choices)
    contact_name = models.CharField(
        _("contact person"), max_length=150, blank=True, validators=[validate_name]
    )
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=30, blank=True)
    website = models.URLField(_("website or app"), blank=True)
    status = models.CharField(
        _("registration"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("approved by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    approved_at = models.DateTimeField(_("approved at"), null=True, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("business")
        verbose_name_plural = _("businesses")
        ordering = ["name"]
        # The staff dashboard's business list: a province's (or the country's) approved
        # businesses by name, read a page at a time along the index.
        indexes = [
            models.Index(fields=["province", "status", "name"], name="business_province_list"),
            models.Index(fields=["status", "name"], name="business_status_list"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["tax_code"],
                condition=models.Q(status="approved"),
                name="business_tax_code_approved_once",
                violation_error_message=_("Another approved business has this tax code."),
            )
        ]

    def __str__(self):
        return self.name

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        # The province it was read in: a move must retire that province's dashboard
        # figures as well as the new one's (onboarding/receivers.py).
        instance._loaded_province_id = instance.__dict__.get("province_id")
        return instance

    def is_member(self, user) -> bool:
        """Whether `user` is an owner or member (certificate holders are its members)."""
        if not getattr(user, "is_authenticated", False):
            return False
        return self.memberships.filter(user=user).exists()

    # --- certificate recipient (certification.subjects.CertificateOrganisation) ---
    @property
    def certificate_name(self) -> str:
        return self.name

    @property
    def certificate_tax_code(self) -> str:
        return self.tax_code

    @property
    def certificate_email(self) -> str:
        """The contact e-mail; without one, the first owner's (or member's)."""
        if self.contact_email:
            return self.contact_email
        membership = self.memberships.select_related("user").order_by("-role", "pk").first()
        return membership.user.email if membership else ""

    @classmethod
    def certificate_held_through(cls, user) -> models.QuerySet:
        """The businesses whose certificates ``user`` holds: those they are a member of."""
        return cls.objects.filter(memberships__user=user)


class Membership(models.Model):
    class Role(models.TextChoices):
        OWNER = "owner", _("Owner")
        MEMBER = "member", _("Member")

    business = models.ForeignKey(
        Business, verbose_name=_("business"), on_delete=models.CASCADE, related_name="memberships"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="business_memberships",
    )
    role = models.CharField(_("role"), max_length=10, choices=Role.choices, default=Role.MEMBER)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [models.UniqueConstraint(fields=["business", "user"], name="membership_once")]

    def __str__(self):
        return f"{self.user} · {self.business}"


INVITATION_VALID_DAYS = 14


class Invitation(models.Model):
    """An owner invites someone by e-mail; signing in with that address accepts it.
    `created_at` is when it was last sent (re-sending moves it): the link works for
    INVITATION_VALID_DAYS days after that."""

    business = models.ForeignKey(
        Business, verbose_name=_("business"), on_delete=models.CASCADE, related_name="invitations"
    )
    email = models.EmailField(_("e-mail"))
    token = models.UUIDField(_("token"), default=uuid.uuid4, unique=True, editable=False)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("invited by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    accepted_at = models.DateTimeField(_("accepted at"), null=True, blank=True)

    class Meta:
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        constraints = [
            models.UniqueConstraint(fields=["business", "email"], name="invitation_once")
        ]

    def __str__(self):
        return self.email

    @property
    def expires_at(self):
        return self.created_at + timedelta(days=INVITATION_VALID_DAYS)

    @property
    def is_expired(self) -> bool:
        return self.accepted_at is None and timezone.now() >= self.expires_at


class OcopProduct(models.Model):
    """A product rated under the OCOP programme (Decision 148/QĐ-TTg)."""

    class Group(models.TextChoices):
        FOOD = "food", _("Food")
        BEVERAGE = "beverage", _("Beverages")
        HERBAL = "herbal", _("Medicinal herbs and herbal products")
        HANDICRAFT = "handicraft", _("Handicrafts")
        ORNAMENTAL = "ornamental", _("Ornamental plants and animals")
        TOURISM = "tourism", _("Community and eco-tourism services")

    business = models.ForeignKey(
        Business, verbose_name=_("business"), on_delete=models.CASCADE, related_name="ocop_products"
    )
    name = models.CharField(_("product name"), max_length=200, validators=[validate_name])
    group = models.CharField(_("product group"), max_length=20, choices=Group.choices)
    stars = models.PositiveSmallIntegerField(
        _("stars"), validators=[MinValueValidator(3), MaxValueValidator(5)]
    )
    decision_number = models.CharField(_("decision number"), max_length=60, blank=True)
    decision_date = models.DateField(_("decision date"), null=True, blank=True)
    valid_until = models.DateField(
        _("valid until"), null=True, blank=True, help_text=_("Usually 36 months after rating.")
    )

    class Meta:
        verbose_name = _("OCOP product")
        verbose_name_plural = _("OCOP products")
        ordering = ["-stars", "name"]

    def __str__(self):
        return f"{self.name} ({self.stars}★)"


class Evidence(models.TextChoices):
    FILE = "file", _("A file (PDF, PNG or JPEG)")
    URL = "url", _("A web address")
    CODE = "code", _("A confirmation code")
    NONE = "none", _("Nothing")


class StepChoiceWidget(forms.CheckboxSelectMultiple):
    """A step's "depends on" as ticks next to the other steps' titles: editors never see
    or type a key."""

    def format_value(self, value):
        if isinstance(value, str):
            return [k.strip() for k in value.split(",") if k.strip()]
        return super().format_value(value)


def unique_key(title: str, taken: set[str]) -> str:
    """A key (slug) made from `title` that is not in `taken`: keys tie content files and
    dependencies together and are never shown in the admin."""
    base = slugify(title.replace("đ", "d").replace("Đ", "D"))[:50] or "step"
    key, n = base, 2
    while key in taken:
        key, n = f"{base}-{n}", n + 1
    return key


class JourneyTemplateForm(WagtailAdminModelForm):
    """The admin form of a template: keys come from the titles (internal, not fields), and
    a step depends only on steps above it (a tick on a later step would otherwise be
    dropped silently when a journey starts)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        formset = self.formsets.get("steps")
        if formset is None:
            return
        steps = list(self.instance.steps.all()) if self.instance.pk else []
        for form in formset.forms + [formset.empty_form]:
            field = form.fields.get("depends_on")
            if field is None:
                continue
            field.widget = StepChoiceWidget(
                choices=[(s.key, s.title) for s in steps if s.pk != form.instance.pk]
            )
            field.help_text = (
                _("The steps that must be done first.")
                if steps
                else _("Save the template first, then tick the steps that must be done first.")
            )

    def clean(self):
        cleaned = super().clean()
        if self.instance and not self.instance.key and cleaned.get("title"):
            taken = set(JourneyTemplate.objects.values_list("key", flat=True))
            self.instance.key = unique_key(cleaned["title"], taken)
        formset = self.formsets.get("steps")
        if formset is None:
            return cleaned
        kept = [
            f
            for f in formset.forms
            if f.is_valid() and f.cleaned_data and not f.cleaned_data.get("DELETE")
        ]
        taken = {f.instance.key for f in kept if f.instance.key}
        for form in kept:
            if not form.instance.key:
                form.instance.key = unique_key(form.cleaned_data.get("title") or "", taken)
                taken.add(form.instance.key)
        kept.sort(key=lambda f: f.cleaned_data.get("ORDER") or 0)
        above: set[str] = set()
        titles = {f.instance.key: f.cleaned_data.get("title") for f in kept}
        for form in kept:
            unknown = [k for k in form.cleaned_data.get("depends_on") or [] if k not in above]
            if unknown:
                form.add_error(
                    "depends_on",
                    _(
                        "Not a step above this one: %(steps)s. A step can depend only on "
                        "the steps before it."
                    )
                    % {"steps": ", ".join(titles.get(k) or k for k in unknown)},
                )
            above.add(form.instance.key)
        return cleaned


class JourneyTemplate(index.Indexed, ClusterableModel):
    """An ordered list of steps that staff edit in the admin."""

    base_form_class = JourneyTemplateForm

    key = models.SlugField(_("key"), max_length=60, unique=True)
    # Printed on readiness certificates (the journey's title).
    title = models.CharField(_("title (Vietnamese)"), max_length=200, validators=[validate_name])
    title_en = models.CharField(
        _("title (English)"), max_length=200, blank=True, validators=[validate_name]
    )
    description = models.TextField(_("description (Vietnamese)"), blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)
    platform = models.CharField(
        _("platform"), max_length=20, choices=Platform.choices, blank=True, default=""
    )
    issues_certificate = models.BooleanField(_("issues a readiness certificate"), default=True)
    certificate_template = models.ForeignKey(
        "certification.CertificateTemplate",
        verbose_name=_("certificate template"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    is_active = models.BooleanField(
        _("offered to businesses"), default=True, help_text=_("Untick to stop new journeys.")
    )
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    panels = [
        FieldRowPanel([FieldPanel("title"), FieldPanel("title_en")]),
        FieldPanel("description"),
        FieldPanel("description_en"),
        FieldRowPanel([FieldPanel("platform"), FieldPanel("is_active")]),
        MultiFieldPanel(
            [FieldPanel("issues_certificate"), FieldPanel("certificate_template")],
            heading=_("Certificate"),
        ),
        InlinePanel("steps", heading=_("Steps"), label=_("Step")),
    ]
    search_fields = [index.SearchField("title"), index.SearchField("title_en")]

    class Meta:
        verbose_name = _("journey template")
        verbose_name_plural = _("journey templates")
        ordering = ["title"]

    def __str__(self):
        return self.title


class StepFields(models.Model):
    """What a step says; shared by the template's steps and the journey's snapshots."""

    key = models.SlugField(_("key"), max_length=60)
    title = models.CharField(_("title (Vietnamese)"), max_length=200)
    title_en = models.CharField(_("title (English)"), max_length=200, blank=True)
    guidance = models.TextField(
        _("guidance (Vietnamese)"),
        blank=True,
        help_text=_("Plain text; a blank line per paragraph."),
    )
    guidance_en = models.TextField(_("guidance (English)"), blank=True)
    legal_document = models.CharField(
        _("legal basis"),
        max_length=300,
        blank=True,
        help_text=_("E.g. Decree 52/2013/ND-CP, Art. 27. Leave empty when none applies."),
    )
    legal_document_en = models.CharField(_("legal basis (English)"), max_length=300, blank=True)
    legal_valid_from = models.DateField(_("legal basis valid from"), null=True, blank=True)
    legal_valid_to = models.DateField(_("legal basis valid to"), null=True, blank=True)
    evidence = models.CharField(
        _("evidence"), max_length=10, choices=Evidence.choices, default=Evidence.NONE
    )
    review_required = models.BooleanField(_("staff review"), default=False)
    optional = models.BooleanField(_("optional"), default=False)
    duration_days = models.PositiveSmallIntegerField(_("usual duration (working days)"), default=1)

    class Meta:
        abstract = True

    @property
    def guidance_paragraphs(self) -> list[Translated]:
        """The guidance in the active language, a paragraph per blank line (the Vietnamese,
        marked as a fallback, while the English is missing)."""
        guidance = translated(self, "guidance")
        return [
            Translated(p.strip(), guidance.language, guidance.is_fallback)
            for p in str(guidance).split("\n\n")
            if p.strip()
        ]


class StepKeysFormField(forms.Field):
    """The keys of the steps a step depends on, cleaned into a list (from ticks, or from
    text separated by commas)."""

    widget = StepChoiceWidget

    def to_python(self, value):
        if isinstance(value, list | tuple):
            return [key for key in value if key]
        return [key.strip() for key in (value or "").split(",") if key.strip()]


class StepKeysField(models.JSONField):
    """A list of step keys (JSON), as a journey's steps store their dependencies too;
    editors tick the steps."""

    def formfield(self, **kwargs):
        return models.Field.formfield(self, **{"form_class": StepKeysFormField, **kwargs})


class TemplateStep(Orderable, StepFields):
    template = ParentalKey(
        JourneyTemplate, verbose_name=_("template"), on_delete=models.CASCADE, related_name="steps"
    )
    depends_on = StepKeysField(
        _("depends on"),
        default=list,
        blank=True,
        help_text=_("The steps that must be done first."),
    )
    course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("course"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Completing this course completes the step (members cannot submit it then)."),
    )

    panels = [
        FieldRowPanel([FieldPanel("title"), FieldPanel("title_en")]),
        FieldPanel("duration_days"),
        FieldPanel("guidance"),
        FieldPanel("guidance_en"),
        FieldRowPanel(
            [
                FieldPanel("legal_document"),
                FieldPanel("legal_document_en"),
                FieldPanel("legal_valid_from"),
                FieldPanel("legal_valid_to"),
            ]
        ),
        FieldRowPanel(
            [FieldPanel("evidence"), FieldPanel("review_required"), FieldPanel("optional")]
        ),
        FieldPanel("depends_on"),
        FieldPanel("course"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("template step")
        verbose_name_plural = _("template steps")
        constraints = [
            models.UniqueConstraint(fields=["template", "key"], name="template_step_key_once")
        ]

    def __str__(self):
        return self.title


class Journey(models.Model):
    """One business on one template."""

    class Status(models.TextChoices):
        ACTIVE = "active", pgettext_lazy("onboarding status", "In progress")
        COMPLETED = "completed", _("Completed")

    business = models.ForeignKey(
        Business, verbose_name=_("business"), on_delete=models.CASCADE, related_name="journeys"
    )
    template = models.ForeignKey(
        JourneyTemplate,
        verbose_name=_("template"),
        on_delete=models.PROTECT,
        related_name="journeys",
    )
    title = models.CharField(_("title (Vietnamese)"), max_length=200)
    title_en = models.CharField(_("title (English)"), max_length=200, blank=True)
    platform = models.CharField(_("platform"), max_length=20, choices=Platform.choices, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.ACTIVE
    )
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("started by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    started_on = models.DateField(_("started on"))
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("journey")
        verbose_name_plural = _("journeys")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["business", "template"], name="journey_once")
        ]

    def __str__(self):
        return f"{self.business} · {self.title}"

    def get_absolute_url(self):
        return reverse("onboarding:journey", args=[self.pk])

    # --- certificate subject (certification.subjects.CertificateSubject) ---
    @property
    def certificate_template(self):
        template = self.template
        return template.certificate_template if template.issues_certificate else None

    @property
    def certificate_title(self) -> str:
        return self.title

    @property
    def certificate_title_en(self) -> str:
        return self.title_en

    def get_retake_url(self) -> str:
        return ""


class JourneyStep(StepFields):
    """A journey's snapshot of a template step, with its progress."""

    class Status(models.TextChoices):
        TODO = "todo", _("To do")
        IN_PROGRESS = "in_progress", pgettext_lazy("onboarding status", "In progress")
        SUBMITTED = "submitted", _("Submitted for review")
        CHANGES_REQUESTED = "changes_requested", _("Changes requested")
        APPROVED = "approved", _("Approved")
        SKIPPED = "skipped", _("Skipped")

    journey = models.ForeignKey(
        Journey, verbose_name=_("journey"), on_delete=models.CASCADE, related_name="steps"
    )
    position = models.PositiveSmallIntegerField(_("position"))
    depends_on = models.JSONField(_("depends on"), default=list, blank=True)
    course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("course"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Completing this course completes the step."),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.TODO
    )
    due_date = models.DateField(_("due date"), null=True, blank=True)
    evidence_text = models.CharField(_("web address or code"), max_length=500, blank=True)
    reviewer_comment = models.TextField(_("reviewer's comment"), blank=True)
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)
    version = models.PositiveIntegerField(
        _("version"), default=1, help_text=_("Grows with every move; stale forms are refused.")
    )
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("journey step")
        verbose_name_plural = _("journey steps")
        ordering = ["journey", "position"]
        constraints = [
            models.UniqueConstraint(fields=["journey", "key"], name="journey_step_key_once")
        ]
        indexes = [
            models.Index(fields=["status", "submitted_at"]),
            models.Index(fields=["status", "due_date"]),
        ]

    def __str__(self):
        return self.title

    @property
    def is_done(self) -> bool:
        return self.status in (self.Status.APPROVED, self.Status.SKIPPED)

    @property
    def status_badge(self) -> str:
        return {
            self.Status.APPROVED: "badge-green",
            self.Status.SKIPPED: "badge-green",
            self.Status.CHANGES_REQUESTED: "badge-amber",
            self.Status.SUBMITTED: "badge-amber",
        }.get(self.status, "")


class EvidenceFile(models.Model):
    """An uploaded proof, kept privately; every upload stays (nothing is lost)."""

    step = models.ForeignKey(
        JourneyStep, verbose_name=_("step"), on_delete=models.CASCADE, related_name="files"
    )
    file = models.FileField(_("file"), storage=private_storage, upload_to=evidence_upload_to)
    original_name = models.CharField(_("original name"), max_length=255)
    content_type = models.CharField(_("content type"), max_length=60)
    size = models.PositiveIntegerField(_("size (bytes)"))
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("uploaded by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    uploaded_at = models.DateTimeField(_("uploaded at"), auto_now_add=True)

    class Meta:
        verbose_name = _("evidence file")
        verbose_name_plural = _("evidence files")
        ordering = ["-uploaded_at", "-pk"]

    def __str__(self):
        return self.original_name


class AppendOnly(models.Model):
    """Once written, a record is history: saving it again raises."""

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise ValueError(f"{type(self).__name__} records are append-only.")
        super().save(*args, **kwargs)


class AppendOnlyEvent(AppendOnly):
    """Who did it, when and why; once written, an event is history (append-only)."""

    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("when"), auto_now_add=True)
    comment = models.TextField(_("why"), blank=True)

    class Meta:
        abstract = True
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.from_status} → {self.to_status}"


class StepEvent(AppendOnlyEvent):
    """An append-only record of one move of a step: who, when, from, to, why."""

    step = models.ForeignKey(
        JourneyStep, verbose_name=_("step"), on_delete=models.CASCADE, related_name="events"
    )
    from_status = models.CharField(_("from"), max_length=20, choices=JourneyStep.Status.choices)
    to_status = models.CharField(_("to"), max_length=20, choices=JourneyStep.Status.choices)

    class Meta(AppendOnlyEvent.Meta):
        verbose_name = _("step event")
        verbose_name_plural = _("step events")


class StepMessage(AppendOnly):
    """One message of the conversation on a step between the business and the staff who
    review it, with an optional attachment (checked like evidence, kept privately).
    Append-only like the step's events: the conversation is part of its history."""

    step = models.ForeignKey(
        JourneyStep, verbose_name=_("step"), on_delete=models.CASCADE, related_name="messages"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Which side wrote it, fixed when written: a member of the business, or staff.
    from_staff = models.BooleanField(_("from staff"), default=False)
    body = models.TextField(_("message"), blank=True)
    attachment = models.FileField(
        _("attachment"), storage=private_storage, upload_to=message_upload_to, blank=True
    )
    attachment_name = models.CharField(_("attachment's name"), max_length=255, blank=True)
    attachment_type = models.CharField(_("attachment's content type"), max_length=60, blank=True)
    attachment_size = models.PositiveIntegerField(_("attachment's size (bytes)"), default=0)
    created_at = models.DateTimeField(_("written at"), auto_now_add=True)

    class Meta:
        verbose_name = _("step message")
        verbose_name_plural = _("step messages")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.step} · {self.created_at:%Y-%m-%d %H:%M}"


class RegistrationEvent(AppendOnlyEvent):
    """An append-only record of a registration's moves: registered, approved, rejected
    (with the reason), corrected and resubmitted (with the fields changed, old and new)."""

    business = models.ForeignKey(
        Business,
        verbose_name=_("business"),
        on_delete=models.CASCADE,
        related_name="registration_events",
    )
    from_status = models.CharField(
        _("from"), max_length=10, choices=Business.Status.choices, blank=True
    )
    to_status = models.CharField(_("to"), max_length=10, choices=Business.Status.choices)
    changes = models.JSONField(
        _("changes"), default=dict, blank=True, help_text=_("Field: [before, after].")
    )

    class Meta(AppendOnlyEvent.Meta):
        verbose_name = _("registration event")
        verbose_name_plural = _("registration events")


class ReminderSent(models.Model):
    """One reminder per recipient, kind and day at most (the constraint guarantees it)."""

    class Kind(models.TextChoices):
        OVERDUE_STEPS = "overdue_steps", _("Overdue steps")
        PENDING_REVIEWS = "pending_reviews", _("Submissions waiting for review")

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recipient"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    date = models.DateField(_("date"))
    created_at = models.DateTimeField(_("sent at"), auto_now_add=True)

    class Meta:
        verbose_name = _("reminder sent")
        verbose_name_plural = _("reminders sent")
        constraints = [
            models.UniqueConstraint(
                fields=["recipient", "kind", "date"], name="reminder_once_a_day"
            )
        ]

    def __str__(self):
        return f"{self.recipient} · {self.kind} · {self.date}"


class EmailSent(models.Model):
    """A marker per e-mail occasion (a review, a decision, an invitation) and language:
    a task delivered again after it sent (acks late: a worker that died before its
    acknowledgement) finds the marker and sends nothing."""

    key = models.CharField(_("occasion"), max_length=120, unique=True)
    created_at = models.DateTimeField(_("sent at"), auto_now_add=True)

    class Meta:
        verbose_name = _("e-mail sent")
        verbose_name_plural = _("e-mails sent")

    def __str__(self):
        return self.key
