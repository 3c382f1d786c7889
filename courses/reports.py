"""Trainer reports in the Wagtail admin: per course enrolments, completions, completion
rate, average quiz score, lesson-by-lesson drop-off (a chart with a table) and a CSV
export; and the translations report (the fields of each course, lesson and block that
English readers still see in Vietnamese). Trainers and reviewers see their province's
courses; national admins all."""

from django.core.paginator import Paginator
from django.db.models import Max
from django.http import Http404
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from courses import gradebook, selectors
from courses.models import Enrolment
from portal import exports
from portal.i18n import translated


def _course_or_404(user, course_id: int):
    course = selectors.course_list_for_trainer(user=user).filter(pk=course_id).first()
    if course is None:
        raise Http404
    return course


class CourseReportIndexView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "courses/admin/report_index.html"
    page_title = gettext_lazy("Course reports")
    header_icon = "table"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        courses = list(selectors.course_list_for_trainer(user=self.request.user))
        context["rows"] = selectors.course_report_rows(courses=courses)
        return context


class CourseReportDetailView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "courses/admin/report_detail.html"
    header_icon = "table"

    def get_page_title(self):
        return str(translated(self.course, "title"))

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("courses_reports:index"), "label": _("Course reports")},
            {"url": "", "label": self.get_page_title()},
        ]

    def dispatch(self, request, course_id, *args, **kwargs):
        self.course = _course_or_404(request.user, course_id)
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["course"] = self.course
        context["row"] = selectors.course_report_rows(courses=[self.course])[0]
        context["dropoff"] = selectors.course_dropoff(course=self.course)
        return context


class GradebookView(WagtailAdminTemplateMixin, TemplateView):
    """One course's gradebook: each learner's progress, last activity and status (stuck,
    inactive), filterable by status, 50 a page; and per quiz question how many answered
    right and the wrong answer chosen most, with a chart."""

    template_name = "courses/admin/gradebook.html"
    header_icon = "table"

    def get_page_title(self):
        return _("Gradebook: %(course)s") % {"course": translated(self.course, "title")}

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("courses_reports:index"), "label": _("Course reports")},
            {
                "url": reverse("courses_reports:detail", args=[self.course.pk]),
                "label": str(translated(self.course, "title")),
            },
            {"url": "", "label": _("Gradebook")},
        ]

    def dispatch(self, request, course_id, *args, **kwargs):
        self.course = _course_or_404(request.user, course_id)
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        now = timezone.now()
        status = self.request.GET.get("status", "")
        status = status if status in gradebook.STATUS_LABELS else ""
        counts = gradebook.gradebook_counts(course=self.course, now=now)
        total = sum(counts.values())
        enrolments = gradebook.gradebook_enrolments(course=self.course, status=status, now=now)
        paginator = Paginator(enrolments, gradebook.GRADEBOOK_PAGE_SIZE)
        paginator.count = counts[status] if status else total  # counted already
        page = paginator.get_page(self.request.GET.get("page"))
        for enrolment in page.object_list:
            enrolment.gradebook_status = gradebook.enrolment_status(enrolment, now=now)
            enrolment.gradebook_label = gradebook.STATUS_LABELS[enrolment.gradebook_status]
            enrolment.idle_days = (now - enrolment.last_activity).days
        context.update(
            course=self.course,
            status=status,
            total=total,
            statuses=[
                {
                    "key": key,
                    "label": label,
                    "count": counts[key],
                    "pct": round(100 * counts[key] / total) if total else 0,
                }
                for key, label in gradebook.STATUS_LABELS.items()
            ],
            page_obj=page,
            lesson_count=len(selectors.course_lessons(course=self.course)),
            questions=gradebook.question_analysis(course=self.course),
            inactive_days=gradebook.INACTIVE_AFTER.days,
            stuck_after=gradebook.STUCK_AFTER_FAILED_ATTEMPTS,
        )
        return context


class TranslationReportIndexView(WagtailAdminTemplateMixin, TemplateView):
    """Per course in scope: how many fields lack English, largest first."""

    template_name = "courses/admin/translations_index.html"
    page_title = gettext_lazy("Missing English")
    header_icon = "globe"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("courses_reports:index"), "label": _("Course reports")},
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        courses = list(selectors.course_list_for_trainer(user=self.request.user))
        counts = selectors.course_untranslated_counts(courses=courses)
        rows = [{"course": course, "missing": counts[course.pk]} for course in courses]
        rows.sort(key=lambda row: -row["missing"])  # stable: tree order among equals
        context["rows"] = rows
        return context


class TranslationReportDetailView(WagtailAdminTemplateMixin, TemplateView):
    """One course: each field still without English, grouped by page, with a link to
    edit that page."""

    template_name = "courses/admin/translations_detail.html"
    header_icon = "globe"

    def get_page_title(self):
        return _("Missing English: %(course)s") % {"course": translated(self.course, "title")}

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("courses_reports:index"), "label": _("Course reports")},
            {"url": reverse("courses_reports:translations"), "label": _("Missing English")},
            {"url": "", "label": str(translated(self.course, "title"))},
        ]

    def dispatch(self, request, course_id, *args, **kwargs):
        self.course = _course_or_404(request.user, course_id)
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        rows = selectors.course_untranslated(course=self.course)
        groups: list[dict] = []
        for row in rows:
            if not groups or groups[-1]["page"].pk != row.page.pk:
                groups.append({"page": row.page, "rows": []})
            groups[-1]["rows"].append(row)
        context.update(course=self.course, groups=groups, total=len(rows))
        return context


def course_report_csv(request, course_id: int):
    course = _course_or_404(request.user, course_id)
    enrolments = (
        Enrolment.objects.filter(course=course)
        .select_related("user__profile__province", "current_lesson")
        .defer("current_lesson__body")
        .annotate(best_score=Max("attempts__score"))
        .order_by("enrolled_at")
    )
    header = [
        _("Full name"),
        _("E-mail"),
        _("Province"),
        _("Status"),
        _("Progress (%)"),
        _("Current lesson"),
        _("Best quiz score (%)"),
        _("Enrolled at"),
        _("Completed at"),
    ]

    def rows():
        for e in enrolments.iterator(chunk_size=2000):
            profile = getattr(e.user, "profile", None)
            yield [
                profile.full_name if profile else "",
                e.user.email,
                profile.province.name if profile and profile.province else "",
                e.get_status_display(),
                e.progress,
                e.current_lesson.title if e.current_lesson else "",
                e.best_score,
                e.enrolled_at,
                e.completed_at,
            ]

    return exports.csv_response(f"course-{course.pk}.csv", header, rows())
