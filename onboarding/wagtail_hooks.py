"""Admin: journey templates as a snippet with an inline list of steps; businesses as a
read-only, province-scoped listing for staff and national admins."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from onboarding.admin_views import BusinessPermissionPolicy, BusinessViewSet
from onboarding.models import Business, JourneyTemplate


class JourneyTemplateViewSet(SnippetViewSet):
    model = JourneyTemplate
    icon = "list-ol"
    menu_label = _("Journey templates")
    menu_order = 470
    add_to_admin_menu = True
    list_display = ["title", "key", "platform", "is_active", "updated_at"]
    list_filter = ["platform", "is_active"]
    search_fields = ["title", "title_en", "key"]


register_snippet(JourneyTemplateViewSet)

register_permission_policy(Business, BusinessPermissionPolicy(Business))


@hooks.register("register_admin_viewset")
def register_business_viewset():
    return BusinessViewSet("businesses")
