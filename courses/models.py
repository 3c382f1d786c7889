"""Courses: the page tree (catalog > section > course > lesson) and learners' records."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.http import Http404
from django.shortcuts import redirect
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from courses import quizzes
from courses.blocks import LESSON_RICH_TEXT_FEATURES, LessonBodyBlock
from courses.forms import SectionPageForm
from courses.search import folded
from portal.context import spread
from portal.i18n import Translated, translated
from portal.pagecache import cache_publicly
from portal.privatecache import cache_privately
from portal.text import validate_name


def route_to_child(page, child_model, request, path_components, **known):
    """Wagtail's routing with one query for this level instead of two, where `page`'s
    children are all `child_model`: the child is read as its specific class at once.
    `known`: cached properties of the child already at hand. None when no such child
    has the slug (Wagtail's own routing then decides)."""
    child = child_model.objects.child_of(page).filter(slug=path_components[0]).first()
    if child is None:
        return None
    child._cached_parent_obj = page  # as Wagtail does: get_parent() asks nothing
    child.__dict__.update(known)
    return child.route(request, path_components[1:])


class CatalogPage(Page):
    """The course catalog at /courses/: filters and full-text search over courses."""

    title_en = models.CharField(_("title (English)"), max_length=255, blank=True)
    intro = models.TextField(_("introduction"), blank=True)
    intro_en = models.TextField(_("introduction (English)"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("title_en"),
        FieldPanel("intro"),
        FieldPanel("intro_en"),
    ]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["courses.CourseSectionPage"]
    max_count = 1

    class Meta:
        verbose_name = _("course catalog")

    def route(self, request, path_components):
        if path_components:
            found = route_to_child(self, CourseSectionPage, request, path_components)
            if found is not None:
                return found
        return super().route(request, path_components)

    def serve(self, request, *args, **kwargs):
        # cycle: courses.selectors imports this module
        from courses.selectors import catalog_query_is_shared

        response = super().serve(request, *args, **kwargs)
        if request.user.is_authenticated:  # shows the user's own enrolments
            response["Cache-Control"] = "private"
        elif catalog_query_is_shared(params=request.GET):
            cache_publicly(response)
        return response

    def get_context(self, request, *args, **kwargs):
        # cycle: courses.selectors imports this module
        from courses import selectors

        context = super().get_context(request, *args, **kwargs)
        context.update(spread(selectors.catalog_get(user=request.user, params=request.GET)))
        return context


# The page types a section holds. Apps above courses add theirs (events.EventPage) from
# their AppConfig.ready() through section_child_type_register(): courses must not import
# them (layers), and Wagtail reads subpage_types lazily, after every app is ready.
SECTION_CHILD_TYPES = ["courses.CoursePage"]


def section_child_type_register(model_label: str) -> None:
    """Allows pages of `model_label` ("app.Model") under a course section."""
    if model_label not in SECTION_CHILD_TYPES:
        SECTION_CHILD_TYPES.append(model_label)


class CourseSectionPage(Page):
    """The courses of one province (or the national section, without a province).
    Trainers' page permissions and the moderation workflow are set on this page."""

    province = models.ForeignKey(
        "portal.Province",
        verbose_name=_("province"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        limit_choices_to={"is_current": True},
        related_name="course_sections",
        help_text=_("Leave empty for the national section."),
    )
    title_en = models.CharField(_("title (English)"), max_length=255, blank=True)
    intro = models.TextField(_("introduction"), blank=True)
    intro_en = models.TextField(_("introduction (English)"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("title_en"),
        FieldPanel("province"),
        FieldPanel("intro"),
        FieldPanel("intro_en"),
    ]
    parent_page_types = ["courses.CatalogPage"]
    subpage_types = SECTION_CHILD_TYPES

    class Meta:
        verbose_name = _("course section")
        constraints = [
            models.UniqueConstraint(fields=["province"], name="one_course_section_per_province")
        ]

    def clean(self):
        super().clean()
        if self.pk:
            saved = CourseSectionPage.objects.filter(pk=self.pk).values_list(
                "province_id", flat=True
            )
            if saved and saved[0] != self.province_id:
                # Its trainers, reviewers and workflow belong to the province it was made for.
                raise ValidationError(
                    {"province": _("A section keeps its province; add a new section instead.")}
                )
        others = CourseSectionPage.objects.exclude(pk=self.pk)
        if self.province_id is None and others.filter(province__isnull=True).exists():
            raise ValidationError(_("There is already a national section."))

    def serve(self, request, *args, **kwargs):
        # A section is a folder: its courses are listed in the catalog.
        query = f"?province={self.province.code}" if self.province_id else "?province=national"
        return redirect(self.get_parent().url + query)


class Platform(models.TextChoices):
    """The marketplaces courses teach, journeys open a store on and events invite; ""
    is a business's own website or app (a journey's, never a partner)."""

    NONE = "", _("Own website or app")
    SHOPEE = "shopee", "Shopee"
    LAZADA = "lazada", "Lazada"
    TIKI = "tiki", "Tiki"
    SENDO = "sendo", "Sendo"
    VOSO = "voso", "Voso"
    POSTMART = "postmart", "Postmart"
    AMAZON = "amazon", "Amazon Global Selling"
    ALIBABA = "alibaba", "Alibaba.com"


PARTNER_PLATFORMS = [(value, label) for value, label in Platform.choices if value]


class PlatformsField(models.JSONField):
    """Several marketplaces: a JSON list of Platform values, ticked in the admin."""

    def formfield(self, **kwargs):
        defaults = {
            "form_class": forms.MultipleChoiceField,
            "choices": PARTNER_PLATFORMS,
            "widget": forms.CheckboxSelectMultiple,
        }
        return models.Field.formfield(self, **{**defaults, **kwargs})


def platform_labels(values) -> list[str]:
    """The names of the marketplaces `values` names, in their order (unknown ones left out)."""
    labels = dict(PARTNER_PLATFORMS)
    return [str(labels[value]) for value in values or [] if value in labels]


class CoursePage(Page):
    """A course: what it teaches, for whom, and the certificate it issues."""

    class Track(models.TextChoices):
        ECOMMERCE_SKILLS = "ecommerce_skills", _("E-commerce skills")
        CROSS_BORDER = "cross_border", _("Cross-border export")
        OCOP = "ocop", _("OCOP and local products")
        PLATFORM = "platform", _("Selling on a platform")
        STATE_MANAGEMENT = "state_management", _("State management of e-commerce")

    class Audience(models.TextChoices):
        BUSINESS = "business", _("Businesses")
        OFFICIAL = "official", _("State officials")
        EVERYONE = "everyone", _("Everyone")

    class Level(models.TextChoices):
        BEGINNER = "beginner", _("Beginner")
        INTERMEDIATE = "intermediate", _("Intermediate")
        ADVANCED = "advanced", _("Advanced")

    class QuizFeedback(models.TextChoices):
        AFTER_PASS_OR_LAST = (
            quizzes.FEEDBACK_AFTER_PASS_OR_LAST,
            _("After a pass or the last allowed attempt"),
        )
        AFTER_EACH_ATTEMPT = quizzes.FEEDBACK_AFTER_EACH_ATTEMPT, _("After every attempt")

    title_en = models.CharField(_("title (English)"), max_length=255, blank=True)
    summary = models.TextField(_("summary"), help_text=_("One or two sentences for the catalog."))
    summary_en = models.TextField(_("summary (English)"), blank=True)
    description = RichTextField(_("description"), features=LESSON_RICH_TEXT_FEATURES, blank=True)
    description_en = RichTextField(
        _("description (English)"), features=LESSON_RICH_TEXT_FEATURES, blank=True
    )
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    cover_alt = models.CharField(
        _("cover image description"),
        max_length=255,
        blank=True,
        help_text=_("What the cover shows, for people who cannot see it."),
    )
    cover_alt_en = models.CharField(
        _("cover image description (English)"), max_length=255, blank=True
    )
    track = models.CharField(_("track"), max_length=20, choices=Track.choices)
    platforms = PlatformsField(
        _("platforms"), default=list, blank=True, help_text=_("The marketplaces it teaches.")
    )
    audience = models.CharField(
        _("audience"), max_length=10, choices=Audience.choices, default=Audience.EVERYONE
    )
    officials_only = models.BooleanField(
        _("officials only"),
        default=False,
        help_text=_("Only approved state officials can see and take this course."),
    )
    level = models.CharField(_("level"), max_length=15, choices=Level.choices)
    estimated_minutes = models.PositiveIntegerField(_("estimated minutes"), default=60)
    outcomes = models.TextField(
        _("learning outcomes"), blank=True, help_text=_("One outcome per line.")
    )
    outcomes_en = models.TextField(
        _("learning outcomes (English)"), blank=True, help_text=_("One outcome per line.")
    )
    prerequisites = ParentalManyToManyField(
        "courses.CoursePage",
        verbose_name=_("prerequisites"),
        blank=True,
        symmetrical=False,
        related_name="required_by",
        help_text=_("Courses learners should take first."),
    )
    certificate_template = models.ForeignKey(
        "certification.CertificateTemplate",
        verbose_name=_("certificate template"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="courses",
        help_text=_("The certificate a learner receives on completing; none if empty."),
    )
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"),
        default=70,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
        help_text=_("The score a learner needs on every quiz of the course."),
    )
    quiz_max_attempts = models.PositiveSmallIntegerField(
        _("attempts per quiz"),
        default=0,
        validators=[MaxValueValidator(100)],
        help_text=_("How many times a learner may submit each quiz; 0 for no limit."),
    )
    quiz_cooldown_minutes = models.PositiveIntegerField(
        _("minutes between attempts"),
        default=0,
        validators=[MaxValueValidator(7 * 24 * 60)],
        help_text=_("How long a learner waits after an attempt before the next; 0 for no wait."),
    )
    quiz_feedback = models.CharField(
        _("right and wrong answers shown"),
        max_length=20,
        choices=QuizFeedback.choices,
        default=QuizFeedback.AFTER_PASS_OR_LAST,
        help_text=_(
            "When learners see which of their answers were right, with the explanations. "
            "Before that they see their score and how many attempts they have left."
        ),
    )
    # Denormalised from the parent section on save: scoping and filtering in one query.
    province = models.ForeignKey(
        "portal.Province",
        verbose_name=_("province"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.PROTECT,
        related_name="+",
    )

    content_panels = Page.content_panels + [
        FieldPanel("title_en"),
        FieldPanel("summary"),
        FieldPanel("summary_en"),
        FieldPanel("description"),
        FieldPanel("description_en"),
        MultiFieldPanel(
            [FieldPanel("cover_image"), FieldPanel("cover_alt"), FieldPanel("cover_alt_en")],
            heading=_("Cover"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("track"),
                FieldPanel("platforms"),
                FieldPanel("audience"),
                FieldPanel("officials_only"),
                FieldPanel("level"),
                FieldPanel("estimated_minutes"),
            ],
            heading=_("Who and what"),
        ),
        FieldPanel("outcomes"),
        FieldPanel("outcomes_en"),
        FieldPanel("prerequisites"),
        MultiFieldPanel(
            [
                FieldPanel("pass_mark"),
                # A plain list of the templates this course may use (SectionPageForm), not
                # the snippet chooser, which would offer every province's.
                FieldPanel("certificate_template", widget=forms.Select),
            ],
            heading=_("Completion"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("quiz_max_attempts"),
                FieldPanel("quiz_cooldown_minutes"),
                FieldPanel("quiz_feedback"),
            ],
            heading=_("Quizzes"),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("title_en"),
        index.SearchField("summary"),
        index.SearchField("summary_en"),
        index.SearchField("description"),
        index.SearchField("outcomes"),
        index.SearchField("outcomes_en"),
        index.SearchField("platform_names"),
        index.SearchField("search_text_folded"),
        index.FilterField("track"),
        index.FilterField("audience"),
        index.FilterField("level"),
        index.FilterField("officials_only"),
        index.FilterField("province_id"),
        index.FilterField("province"),
    ]
    parent_page_types = ["courses.CourseSectionPage"]
    subpage_types = ["courses.LessonPage"]
    # The admin lists lessons in the order learners meet them, not by last edit.
    admin_default_ordering = "ord"
    base_form_class = SectionPageForm

    class Meta:
        verbose_name = _("course")
        verbose_name_plural = _("courses")

    def clean(self):
        super().clean()
        # The title is printed on the course's certificates: a name's rules apply.
        errors = {}
        for field in ("title", "title_en"):
            try:
                validate_name(getattr(self, field))
            except ValidationError as exc:
                errors[field] = exc.messages
        template = self.certificate_template
        section = (
            CourseSectionPage.objects.filter(path=self.path[: -self.steplen]).first()
            if self.path
            else None
        )
        if template and section and (error := template.province_error(section.province)):
            errors["certificate_template"] = [error]
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        section = CourseSectionPage.objects.filter(path=self.path[: -self.steplen]).first()
        if section is not None:
            self.province_id = section.province_id
        return super().save(*args, **kwargs)

    # --- certificate subject (certification.subjects.CertificateSubject) ---
    @property
    def certificate_title(self) -> str:
        return self.title

    @property
    def certificate_title_en(self) -> str:
        return self.title_en

    def get_retake_url(self) -> str:
        return self.get_full_url() or ""

    def search_text_folded(self) -> str:
        """The searchable texts without diacritics (the catalog folds the query too)."""
        return folded(
            self.title,
            self.title_en,
            self.summary,
            self.summary_en,
            self.description,
            self.description_en,
            self.outcomes,
            self.outcomes_en,
            self.platform_names(),
        )

    @property
    def quiz_rules(self) -> quizzes.Rules:
        return quizzes.Rules(
            max_attempts=self.quiz_max_attempts,
            cooldown_minutes=self.quiz_cooldown_minutes,
            feedback=self.quiz_feedback,
        )

    # --- presentation ---
    @property
    def outcome_list(self) -> list[Translated]:
        """The learning outcomes in the active language, one per line (the Vietnamese ones,
        marked as fallbacks, while the English is missing)."""
        outcomes = translated(self, "outcomes")
        return [
            Translated(line.strip(), outcomes.language, outcomes.is_fallback)
            for line in str(outcomes).splitlines()
            if line.strip()
        ]

    def platform_names(self) -> str:
        return ", ".join(platform_labels(self.platforms))

    def route(self, request, path_components):
        if path_components:
            # LessonPage.course is this page: no query for it either.
            found = route_to_child(self, LessonPage, request, path_components, course=self)
            if found is not None:
                return found
        return super().route(request, path_components)

    def is_visible_to(self, user) -> bool:
        # cycle: courses.selectors imports this module
        from courses.selectors import can_see_officials_courses

        return not self.officials_only or can_see_officials_courses(user=user)

    def serve(self, request, *args, **kwargs):
        if not self.is_visible_to(request.user):
            raise Http404
        response = super().serve(request, *args, **kwargs)
        if request.user.is_authenticated:
            response["Cache-Control"] = "private"
            if not getattr(request, "is_preview", False):
                cache_privately(response)  # renewed by the learner's own writes
        else:
            cache_publicly(response)
        return response

    def get_context(self, request, *args, **kwargs):
        # cycle: courses.selectors imports this module
        from courses import selectors

        context = super().get_context(request, *args, **kwargs)
        context.update(spread(selectors.course_view_get(course=self, user=request.user)))
        return context


class LessonPage(Page):
    """One lesson of a course. Its content is for enrolled learners only."""

    title_en = models.CharField(
        _("title (English)"),
        max_length=255,
        blank=True,
        help_text=_("Shown to English readers; the Vietnamese title when empty."),
    )
    estimated_minutes = models.PositiveIntegerField(_("estimated minutes"), default=10)
    body = StreamField(LessonBodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("title_en"),
        FieldPanel("estimated_minutes"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("title_en"),
        index.SearchField("body"),
    ]
    parent_page_types = ["courses.CoursePage"]
    subpage_types: list = []

    class Meta:
        verbose_name = _("lesson")
        verbose_name_plural = _("lessons")

    @cached_property
    def course(self) -> CoursePage:
        return CoursePage.objects.select_related("province").get(path=self.path[: -self.steplen])

    def quiz_blocks(self) -> list:
        return [block for block in self.body if block.block_type == "quiz"]

    def is_visible_to(self, user) -> bool:
        """Whether `user` may read this lesson (after enrolling, which anyone may do in a
        course they may see)."""
        return self.course.live and self.course.is_visible_to(user)

    def serve(self, request, *args, **kwargs):
        # Wagtail routes to a live page under an unpublished parent: not a course's lessons.
        if not self.is_visible_to(request.user):
            raise Http404
        response = super().serve(request, *args, **kwargs)
        if request.user.is_authenticated:
            response["Cache-Control"] = "private"
            # Kept until the learner's next write, unless a quiz counts down the minutes
            # to its next attempt.
            context = getattr(response, "context_data", None) or {}
            if not getattr(request, "is_preview", False) and not context.get("quiz_waiting"):
                cache_privately(response)
        else:  # "enrol first", the same for every visitor
            cache_publicly(response)
        return response

    def get_context(self, request, *args, **kwargs):
        # cycle: courses.selectors imports this module
        from courses import selectors

        context = super().get_context(request, *args, **kwargs)
        preview = getattr(request, "is_preview", False)
        draft = None
        if hasattr(request, "session") and selectors.QUIZ_DRAFT_KEY in request.session:
            draft = request.session.pop(selectors.QUIZ_DRAFT_KEY)
            draft = draft if draft.get("lesson") == self.pk else None
        view = selectors.lesson_view_get(
            lesson=self, user=request.user, preview=preview, draft=draft
        )
        context.update(spread(view))
        return context


class LegalBasis(models.Model):
    """A law, decree, circular or plan that lessons and journey steps cite, defined once
    (courses/content/legal_bases.yaml, then edited here) so that when the law changes one
    record changes. A callout's `legal_basis` holds its key (or free text)."""

    key = models.SlugField(
        _("key"),
        max_length=60,
        unique=True,
        help_text=_("What callouts write in their legal basis field, e.g. decree-146-2025."),
    )
    title = models.CharField(_("title"), max_length=300)
    title_en = models.CharField(_("title (English)"), max_length=300, blank=True)
    valid_from = models.DateField(_("valid from"), null=True, blank=True)
    valid_to = models.DateField(_("valid to"), null=True, blank=True)
    url = models.URLField(_("address of the text"), blank=True)

    panels = [
        FieldPanel("key"),
        FieldPanel("title"),
        FieldPanel("title_en"),
        MultiFieldPanel([FieldPanel("valid_from"), FieldPanel("valid_to")], heading=_("Validity")),
        FieldPanel("url"),
    ]

    class Meta:
        verbose_name = _("legal basis")
        verbose_name_plural = _("legal bases")
        ordering = ["key"]

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        if self.valid_from and self.valid_to and self.valid_to < self.valid_from:
            raise ValidationError({"valid_to": _("The end comes before the start.")})


class Enrolment(models.Model):
    """A learner taking a course. Completed at most once (completed_at)."""

    class Status(models.TextChoices):
        ACTIVE = "active", _("In progress")
        COMPLETED = "completed", _("Completed")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        on_delete=models.CASCADE,
        related_name="enrolments",
    )
    course = models.ForeignKey(
        CoursePage, verbose_name=_("course"), on_delete=models.CASCADE, related_name="enrolments"
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.ACTIVE
    )
    progress = models.PositiveSmallIntegerField(_("progress (%)"), default=0)
    current_lesson = models.ForeignKey(
        LessonPage,
        verbose_name=_("current lesson"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    enrolled_at = models.DateTimeField(_("enrolled at"), auto_now_add=True)
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        constraints = [
            models.UniqueConstraint(fields=["user", "course"], name="one_enrolment_per_course")
        ]
        indexes = [models.Index(fields=["course", "status"])]

    def __str__(self):
        return f"{self.user} – {self.course_id}"

    @property
    def is_completed(self) -> bool:
        return self.status == self.Status.COMPLETED


class LessonProgress(models.Model):
    """A lesson an enrolled learner has marked as done."""

    enrolment = models.ForeignKey(
        Enrolment, verbose_name=_("enrolment"), on_delete=models.CASCADE, related_name="lessons"
    )
    lesson = models.ForeignKey(
        LessonPage, verbose_name=_("lesson"), on_delete=models.CASCADE, related_name="progress"
    )
    done_at = models.DateTimeField(_("done at"), auto_now_add=True)

    class Meta:
        verbose_name = _("lesson progress")
        verbose_name_plural = _("lesson progress")
        constraints = [
            models.UniqueConstraint(fields=["enrolment", "lesson"], name="one_progress_per_lesson")
        ]

    def __str__(self):
        return f"{self.enrolment_id}: {self.lesson_id}"


class QuizAttempt(models.Model):
    """One graded attempt at one quiz block; every attempt is kept."""

    enrolment = models.ForeignKey(
        Enrolment, verbose_name=_("enrolment"), on_delete=models.CASCADE, related_name="attempts"
    )
    lesson = models.ForeignKey(
        LessonPage, verbose_name=_("lesson"), on_delete=models.CASCADE, related_name="attempts"
    )
    block_id = models.CharField(_("quiz block"), max_length=64)
    number = models.PositiveIntegerField(_("attempt number"))
    answers = models.JSONField(_("answers"), default=dict)
    results = models.JSONField(_("results per question"), default=list)
    score = models.PositiveSmallIntegerField(_("score (%)"))
    passed = models.BooleanField(_("passed"))
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("quiz attempt")
        verbose_name_plural = _("quiz attempts")
        ordering = ["created_at", "pk"]
        constraints = [
            # Posting the same attempt twice (a double click) cannot create two rows.
            models.UniqueConstraint(
                fields=["enrolment", "block_id", "number"], name="one_attempt_per_number"
            )
        ]

    def __str__(self):
        return f"{self.enrolment_id} {self.block_id} #{self.number}: {self.score}%"


class Assignment(models.Model):
    """Mandatory training: a course that the approved state officials of a province must
    complete by a date, set by national admins or the province's onboarding staff. Who
    is assigned is read when asked (an official approved later is assigned too); done
    means a completed enrolment in the course, whenever it was completed."""

    course = models.ForeignKey(
        CoursePage,
        verbose_name=_("course"),
        on_delete=models.CASCADE,
        related_name="assignments",
    )
    province = models.ForeignKey(
        "portal.Province",
        verbose_name=_("province"),
        on_delete=models.PROTECT,
        limit_choices_to={"is_current": True},
        related_name="+",
    )
    due_on = models.DateField(_("due date"))
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assigned by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("assignment")
        verbose_name_plural = _("assignments")
        ordering = ["due_on", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["course", "province"], name="one_assignment_per_course_and_province"
            )
        ]

    def __str__(self):
        return f"{self.course_id} → {self.province_id} ({self.due_on})"
