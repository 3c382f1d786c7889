"""Admin shortcuts: an event page's header links to its check-in and report pages (for
the people who organise it), and a menu item to the events of one's provinces."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.menus.pages import PageMenuItem

from events.models import EventPage
from events.selectors import event_list_for_organiser, is_organiser


class EventsMenuItem(MenuItem):
    def is_shown(self, request):
        return is_organiser(user=request.user)


@hooks.register("register_admin_menu_item")
def register_events_menu_item():
    return EventsMenuItem(
        _("Events of my province"), reverse("events:staff"), icon_name="date", order=455
    )


class EventCheckInButton(PageMenuItem):
    label = _("Check-in")
    icon_name = "tick"
    url_name = "events:check_in"

    def is_shown(self, user):
        return event_list_for_organiser(user=user).filter(pk=self.page.pk).exists()


class EventReportButton(EventCheckInButton):
    label = _("Report")
    icon_name = "table"
    url_name = "events:report"


@hooks.register("register_page_header_buttons")
def event_header_buttons(page, user, view_name, next_url=None):
    if page.specific_class is EventPage:
        yield EventCheckInButton(page=page, priority=66)
        yield EventReportButton(page=page, priority=67)
