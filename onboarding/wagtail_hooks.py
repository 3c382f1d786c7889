"""Admin: journey templates as a snippet with an inline list of steps; businesses as a
province-scoped listing for staff."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from onboarding.models import JourneyTemplate


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
