"""Admin: journey templates as a snippet with an inline list of steps (edited nationally,
read by provincial staff); businesses as a read-only, province-scoped listing for staff
and national admins."""

from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import InspectView

from onboarding.admin_views import BusinessPermissionPolicy, BusinessViewSet
from onboarding.models import Business, JourneyTemplate
from portal.i18n import translated
from portal.snippets import SnippetViewSet


class JourneyTemplateInspectView(InspectView):
    """A template with its steps, read-only: what provincial staff (who may view, not
    edit, the national templates) see in the admin."""

    def get_field_label(self, field_name, field):
        if field_name == "steps":
            return _("Steps")
        return super().get_field_label(field_name, field)

    def get_field_display_value(self, field_name, field):
        value = super().get_field_display_value(field_name, field)
        if isinstance(value, bool):
            return _("Yes") if value else _("No")
        return "—" if value is None or value == "" else value

    def get_steps_display_value(self):
        steps = list(self.object.steps.order_by("sort_order").select_related("course"))
        if not steps:
            return "—"
        titles = {step.key: str(translated(step, "title")) for step in steps}
        items = format_html_join(
            "",
            "<li><strong>{}</strong><br>{}{}</li>",
            (
                (
                    str(translated(step, "title")),
                    _step_facts(step, titles),
                    format_html_join("", "<p>{}</p>", ((p,) for p in step.guidance_paragraphs)),
                )
                for step in steps
            ),
        )
        return format_html("<ol>{}</ol>", items)


def _step_facts(step, titles: dict[str, str]) -> str:
    facts = [
        str(_("Evidence: %(kind)s") % {"kind": step.get_evidence_display()}),
        str(
            ngettext(
                "usually %(days)s working day",
                "usually %(days)s working days",
                step.duration_days,
            )
            % {"days": step.duration_days}
        ),
    ]
    if step.review_required:
        facts.append(str(_("staff review")))
    if step.optional:
        facts.append(str(_("optional")))
    if step.depends_on:
        after = ", ".join(titles.get(key, key) for key in step.depends_on)
        facts.append(str(_("after: %(steps)s") % {"steps": after}))
    if step.course is not None:
        facts.append(str(_("completed by the course: %(titles)s") % {"titles": step.course.title}))
    return " · ".join(facts)


class JourneyTemplateViewSet(SnippetViewSet):
    """National templates: national admins and the "Journey editors" group edit them;
    provincial onboarding staff have the view permission only, so the listing opens the
    read-only inspect view for them (the edit and delete views refuse them)."""

    model = JourneyTemplate
    icon = "list-ol"
    menu_label = _("Journey templates")
    menu_order = 471
    add_to_admin_menu = True
    list_display = ["title", "platform", "is_active", "updated_at"]
    list_filter = ["platform", "is_active"]
    search_fields = ["title", "title_en", "key"]
    inspect_view_enabled = True
    inspect_view_class = JourneyTemplateInspectView
    inspect_view_fields = [
        "title",
        "title_en",
        "description",
        "description_en",
        "platform",
        "is_active",
        "issues_certificate",
        "certificate_template",
        "steps",
    ]


register_snippet(JourneyTemplateViewSet)

register_permission_policy(Business, BusinessPermissionPolicy(Business))


@hooks.register("register_admin_viewset")
def register_business_viewset():
    return BusinessViewSet("businesses")
