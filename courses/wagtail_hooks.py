from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.snippets.models import register_snippet

from courses import reports
from courses.models import CoursePage, CourseSectionPage, LegalBasis
from courses.selectors import course_list_for_trainer
from courses.services import section_create
from portal import roles
from portal.snippets import SnippetViewSet


def _report_urls():
    return [
        path("", reports.CourseReportIndexView.as_view(), name="index"),
        path("<int:course_id>/", reports.CourseReportDetailView.as_view(), name="detail"),
        path("<int:course_id>/csv/", reports.course_report_csv, name="csv"),
        path("<int:course_id>/gradebook/", reports.GradebookView.as_view(), name="gradebook"),
        path("translations/", reports.TranslationReportIndexView.as_view(), name="translations"),
        path(
            "<int:course_id>/translations/",
            reports.TranslationReportDetailView.as_view(),
            name="translations_detail",
        ),
    ]


@hooks.register("register_admin_urls")
def register_report_urls():
    return [path("course-reports/", include((_report_urls(), "courses_reports")))]


class CourseReportsMenuItem(MenuItem):
    def is_shown(self, request):
        user = request.user
        return roles.has_role(user, roles.TRAINERS) or roles.has_role(user, roles.REVIEWERS)


@hooks.register("register_admin_menu_item")
def register_reports_menu_item():
    return CourseReportsMenuItem(
        _("Course reports"), reverse("courses_reports:index"), icon_name="table", order=450
    )


class CourseReportButton(PageMenuItem):
    label = _("Report")
    icon_name = "table"

    def is_shown(self, user):
        return course_list_for_trainer(user=user).filter(pk=self.page.pk).exists()

    @property
    def url(self):
        return reverse("courses_reports:detail", args=[self.page.pk])


@hooks.register("register_page_header_buttons")
def course_report_header_button(page, user, view_name, next_url=None):

    if page.specific_class is CoursePage:
        yield CourseReportButton(page=page, priority=68)


@hooks.register("after_create_page")
def section_groups_and_workflow(request, page):
    """A section added in the admin gets its groups, permissions and workflow at once."""
    if isinstance(page.specific, CourseSectionPage):
        section_create(province=page.specific.province)


class LegalBasisViewSet(SnippetViewSet):
    """Legal bases cited by lessons and journey steps: one record per document, so a
    change in the law is made once."""

    model = LegalBasis
    icon = "doc-full-inverse"
    menu_label = _("Legal bases")
    menu_order = 451
    add_to_admin_menu = True
    list_display = ["key", "title", "valid_from", "valid_to"]
    search_fields = ["key", "title", "title_en"]


register_snippet(LegalBasisViewSet)
