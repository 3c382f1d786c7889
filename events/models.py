"""Events (training sessions, seminars, connection events, Online Friday, online fairs)
with registrations, attendance and participation certificates; and programmes that bundle
courses, journeys and events for selected businesses.

An EventPage lives under a province's CourseSectionPage, so trainers publish it with the
permissions and the moderation workflow they already use for courses. Times are stored
aware (UTC in the database) and shown in Asia/Ho_Chi_Minh.
"""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from courses.blocks import LESSON_RICH_TEXT_FEATURES
from courses.forms import SectionPageForm
from courses.models import CoursePage, CourseSectionPage, PlatformsField, platform_labels
from courses.selectors import can_see_officials_courses
from portal.context import spread
from portal.i18n import Translated, translated


class EventPage(Page):
    """One event of a province (or of the national section)."""

    class Kind(models.TextChoices):
        TRAINING = "training", _("Training session")
        SEMINAR = "seminar", _("Seminar")
        CONNECTION = "connection", _("Connection event with platforms")
        ONLINE_FRIDAY = "online_friday", _("Online Friday")
        ONLINE_FAIR = "online_fair", _("Online trade fair")

    class Format(models.TextChoices):
        IN_PERSON = "in_person", _("In person")
        ONLINE = "online", _("Online")
        HYBRID = "hybrid", _("In person and online")

    Audience = CoursePage.Audience

    # Only the section's province's and national certificate templates.
    base_form_class = SectionPageForm

    title_en = models.CharField(_("title (English)"), max_length=255, blank=True)
    summary = models.TextField(_("summary"), help_text=_("One or two sentences for the calendar."))
    summary_en = models.TextField(_("summary (English)"), blank=True)
    description = RichTextField(_("description"), features=LESSON_RICH_TEXT_FEATURES, blank=True)
    description_en = RichTextField(
        _("description (English)"), features=LESSON_RICH_TEXT_FEATURES, blank=True
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    format = models.CharField(
        _("format"), max_length=10, choices=Format.choices, default=Format.IN_PERSON
    )
    audience = models.CharField(
        _("audience"), max_length=10, choices=Audience.choices, default=Audience.EVERYONE
    )
    organiser = models.CharField(
        _("organiser"),
        max_length=200,
        blank=True,
        help_text=_("E.g. Sở Công Thương Thành phố Hồ Chí Minh."),
    )
    organiser_en = models.CharField(_("organiser (English)"), max_length=200, blank=True)
    starts_at = models.DateTimeField(_("starts at"), help_text=_("Vietnam time (UTC+7)."))
    ends_at = models.DateTimeField(_("ends at"), help_text=_("Vietnam time (UTC+7)."))
    registration_deadline = models.DateTimeField(
        _("registration deadline"),
        null=True,
        blank=True,
        help_text=_("Leave empty to take registrations until the event starts."),
    )
    capacity = models.PositiveIntegerField(
        _("capacity"),
        null=True,
        blank=True,
        help_text=_("Seats; when they are taken, people join a waiting list. Empty: no limit."),
    )
    venue = models.CharField(
        _("venue"), max_length=300, blank=True, help_text=_("Place and address.")
    )
    venue_en = models.CharField(_("venue (English)"), max_length=300, blank=True)
    online_url = models.URLField(
        _("online link"),
        max_length=500,
        blank=True,
        help_text=_("Shown only to people whose registration is confirmed."),
    )
    platforms = PlatformsField(
        _("partner platforms"),
        default=list,
        blank=True,
        help_text=_("The platforms taking part, e.g. in a connection event."),
    )
    courses = ParentalManyToManyField(
        "courses.CoursePage",
        verbose_name=_("linked courses"),
        blank=True,
        related_name="events",
    )
    journey_templates = ParentalManyToManyField(
        "onboarding.JourneyTemplate",
        verbose_name=_("linked journeys"),
        blank=True,
        related_name="events",
    )
    certificate_template = models.ForeignKey(
        "certification.CertificateTemplate",
        verbose_name=_("participation certificate"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
        help_text=_("Issued to the people checked in when the event is closed; none if empty."),
    )
    # Denormalised from the parent section on save: scoping and the calendar in one query.
    province = models.ForeignKey(
        "portal.Province",
        verbose_name=_("province"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.PROTECT,
        related_name="+",
    )
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True, editable=False)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("closed by"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = Page.content_panels + [
        FieldPanel("title_en"),
        FieldPanel("summary"),
        FieldPanel("summary_en"),
        FieldPanel("description"),
        FieldPanel("description_en"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("kind"), FieldPanel("format"), FieldPanel("audience")]),
                FieldRowPanel([FieldPanel("organiser"), FieldPanel("organiser_en")]),
            ],
            heading=_("What and for whom"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
                FieldRowPanel([FieldPanel("registration_deadline"), FieldPanel("capacity")]),
            ],
            heading=_("When and how many"),
        ),
        MultiFieldPanel(
            [FieldPanel("venue"), FieldPanel("venue_en"), FieldPanel("online_url")],
            heading=_("Where"),
        ),
        MultiFieldPanel(
            [FieldPanel("platforms"), FieldPanel("courses"), FieldPanel("journey_templates")],
            heading=_("Partners and related learning"),
        ),
        FieldPanel("certificate_template", widget=forms.Select),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("title_en"),
        index.SearchField("summary"),
        index.SearchField("summary_en"),
        index.FilterField("kind"),
        index.FilterField("audience"),
        index.FilterField("starts_at"),
        index.FilterField("province"),
    ]
    parent_page_types = ["courses.CourseSectionPage"]
    subpage_types: list = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        indexes = [models.Index(fields=["starts_at"], name="event_starts_at")]

    def clean(self):
        super().clean()
        errors = {}
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            errors["ends_at"] = _("The event must end after it starts.")
        deadline = self.registration_deadline
        if deadline and self.ends_at and deadline > self.ends_at:
            errors["registration_deadline"] = _("Registration must close before the event ends.")
        if self.format in (self.Format.IN_PERSON, self.Format.HYBRID) and not self.venue:
            errors["venue"] = _("Say where the event takes place.")
        if self.format in (self.Format.ONLINE, self.Format.HYBRID) and not self.online_url:
            errors["online_url"] = _("Give the link of the online session.")
        if self.capacity == 0:
            errors["capacity"] = _("At least one seat, or leave empty for no limit.")
        section = (
            CourseSectionPage.objects.filter(path=self.path[: -self.steplen]).first()
            if self.path
            else None
        )
        template = self.certificate_template
        if template and section and (error := template.province_error(section.province)):
            errors["certificate_template"] = error
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        section = CourseSectionPage.objects.filter(path=self.path[: -self.steplen]).first()
        if section is not None:
            self.province_id = section.province_id
        return super().save(*args, **kwargs)

    # --- certificate subject (certification.subjects.CertificateSubject) ---
    # certificate_template is the field above.
    @property
    def certificate_title(self) -> str:
        local = timezone.localtime(self.starts_at)
        return f"{self.title} ({local:%d/%m/%Y})"

    @property
    def certificate_title_en(self) -> str:
        if not self.title_en:
            return ""
        local = timezone.localtime(self.starts_at)
        return f"{self.title_en} ({local:%d/%m/%Y})"

    def get_retake_url(self) -> str:
        return ""

    # --- state ---
    @property
    def is_online(self) -> bool:
        return self.format in (self.Format.ONLINE, self.Format.HYBRID)

    @property
    def is_in_person(self) -> bool:
        return self.format in (self.Format.IN_PERSON, self.Format.HYBRID)

    @property
    def registration_closes_at(self):
        return self.registration_deadline or self.starts_at

    def registration_open(self, now=None) -> bool:
        now = now or timezone.now()
        return self.closed_at is None and now < min(self.registration_closes_at, self.starts_at)

    def has_started(self, now=None) -> bool:
        return (now or timezone.now()) >= self.starts_at

    def is_past(self, now=None) -> bool:
        return (now or timezone.now()) >= self.ends_at

    @property
    def is_closed(self) -> bool:
        return self.closed_at is not None

    def is_open_to(self, user) -> bool:
        """Officials' events take approved state officials only; the rest anyone."""
        if self.audience != self.Audience.OFFICIAL:
            return True

        return can_see_officials_courses(user=user)

    @property
    def platform_labels(self) -> list[str]:
        return platform_labels(self.platforms)

    # --- shown: in Vietnam time and the active language ({% tr %} marks a missing English,
    # {{ }} shows the bare text) ---
    @property
    def local_start(self):
        return timezone.localtime(self.starts_at)

    @property
    def local_end(self):
        return timezone.localtime(self.ends_at)

    @property
    def same_day(self) -> bool:
        return self.local_start.date() == self.local_end.date()

    @property
    def display_title(self) -> Translated:
        return translated(self, "title")

    @property
    def display_summary(self) -> Translated:
        return translated(self, "summary")

    @property
    def display_venue(self) -> Translated | str:
        return translated(self, "venue") if self.venue else ""

    @property
    def display_organiser(self) -> Translated | str:
        return translated(self, "organiser") if self.organiser else ""

    def serve(self, request, *args, **kwargs):
        # Wagtail routes to a live page under an unpublished section: not this one.
        if not self.get_parent().live:
            raise Http404
        response = super().serve(request, *args, **kwargs)
        if request.user.is_authenticated:  # shows the user's own registration
            response["Cache-Control"] = "private"
        return response

    def get_context(self, request, *args, **kwargs):
        from events import selectors  # cycle: events.selectors imports this module

        context = super().get_context(request, *args, **kwargs)
        context.update(spread(selectors.event_view_get(event=self, user=request.user)))
        return context


class Registration(models.Model):
    """One person's seat at an event (or their place on its waiting list). A business
    registers its members: one registration each, linked to the business."""

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("Registered")
        WAITING = "waiting", _("On the waiting list")
        CANCELLED = "cancelled", _("Cancelled")

    event = models.ForeignKey(
        EventPage, verbose_name=_("event"), on_delete=models.CASCADE, related_name="registrations"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("attendee"),
        on_delete=models.CASCADE,
        related_name="event_registrations",
    )
    business = models.ForeignKey(
        "onboarding.Business",
        verbose_name=_("for the business"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="event_registrations",
    )
    registered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("registered by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices)
    code = models.CharField(
        _("ticket code"),
        max_length=16,
        unique=True,
        help_text=_("Short code on the ticket; staff type it to check someone in."),
    )
    created_at = models.DateTimeField(_("registered at"), auto_now_add=True)
    queued_at = models.DateTimeField(
        _("in the queue since"), default=timezone.now, help_text=_("Waiting-list order.")
    )
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)
    attended_at = models.DateTimeField(_("checked in at"), null=True, blank=True)
    checked_in_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("checked in by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reminded_at = models.DateTimeField(_("reminder sent at"), null=True, blank=True)

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["queued_at", "pk"]
        constraints = [
            # One row per person and event: cancelling and registering again reuse it.
            models.UniqueConstraint(fields=["event", "user"], name="registration_once_per_event")
        ]
        indexes = [models.Index(fields=["event", "status"], name="registration_event_status")]

    def __str__(self):
        return f"{self.user} · {self.event_id} · {self.status}"

    def get_absolute_url(self):
        return reverse("events:ticket", args=[self.pk])

    @property
    def is_confirmed(self) -> bool:
        return self.status == self.Status.CONFIRMED

    @property
    def is_waiting(self) -> bool:
        return self.status == self.Status.WAITING

    @property
    def is_active(self) -> bool:
        return self.status != self.Status.CANCELLED

    @property
    def display_code(self) -> str:
        return "-".join(self.code[i : i + 4] for i in range(0, len(self.code), 4))


class Programme(models.Model):
    """A programme such as "Vietnamese Booth on Amazon 2026": what a selected business
    must complete (courses, journeys, events) within a period, in a province or
    nationwide. Staff nominate businesses, or accept those that apply."""

    title = models.CharField(_("title"), max_length=200)
    title_en = models.CharField(_("title (English)"), max_length=200, blank=True)
    description = models.TextField(_("description"), blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)
    province = models.ForeignKey(
        "portal.Province",
        verbose_name=_("province"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        limit_choices_to={"is_current": True},
        related_name="+",
        help_text=_("Leave empty for a national programme."),
    )
    starts_on = models.DateField(_("starts on"))
    ends_on = models.DateField(_("ends on"))
    courses = models.ManyToManyField(
        "courses.CoursePage", verbose_name=_("required courses"), blank=True, related_name="+"
    )
    journey_templates = models.ManyToManyField(
        "onboarding.JourneyTemplate",
        verbose_name=_("required journeys"),
        blank=True,
        related_name="+",
    )
    events = models.ManyToManyField(
        EventPage, verbose_name=_("required events"), blank=True, related_name="programmes"
    )
    accepts_applications = models.BooleanField(
        _("businesses may apply"),
        default=True,
        help_text=_("Otherwise only staff nominate businesses."),
    )
    certificate_template = models.ForeignKey(
        "certification.CertificateTemplate",
        verbose_name=_("certificate template"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Issued to a business that completes everything; none if empty."),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("programme")
        verbose_name_plural = _("programmes")
        ordering = ["-starts_on", "title"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("events:programme", args=[self.pk])

    def clean(self):
        super().clean()
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("The programme must end after it starts.")})
        template = self.certificate_template
        if template and (error := template.province_error(self.province)):
            raise ValidationError({"certificate_template": error})

    # --- certificate subject (certification.subjects.CertificateSubject) ---
    # certificate_template is the field above.
    @property
    def certificate_title(self) -> str:
        return self.title

    @property
    def certificate_title_en(self) -> str:
        return self.title_en

    def get_retake_url(self) -> str:
        return ""


class Participant(models.Model):
    """A business in a programme: applied (waiting for staff), taking part, or declined."""

    class Status(models.TextChoices):
        APPLIED = "applied", _("Applied")
        ACCEPTED = "accepted", _("Taking part")
        DECLINED = "declined", _("Not accepted")

    programme = models.ForeignKey(
        Programme,
        verbose_name=_("programme"),
        on_delete=models.CASCADE,
        related_name="participants",
    )
    business = models.ForeignKey(
        "onboarding.Business",
        verbose_name=_("business"),
        on_delete=models.CASCADE,
        related_name="programme_participations",
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices)
    nominated = models.BooleanField(_("nominated by staff"), default=False)
    applied_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("applied or nominated by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("programme participant")
        verbose_name_plural = _("programme participants")
        ordering = ["business__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["programme", "business"], name="participant_once_per_programme"
            )
        ]

    def __str__(self):
        return f"{self.business} · {self.programme}"
