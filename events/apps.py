from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = _("events and programmes")

    def ready(self):
        # Imported here: these modules import models, which exist once the registry is ready.
        from courses.learning import learning_section_register
        from courses.models import section_child_type_register
        from events import signals  # connects the receivers
        from events.selectors import upcoming_for_learning

        # Events live in the provinces' course sections (same permissions and moderation
        # as courses), but courses is a lower layer and must not name them: the section
        # takes its extra child types from this registry, read lazily by Wagtail.
        section_child_type_register("events.EventPage")
        # "Upcoming" on /learning/ (a courses page) comes from here the same way.
        learning_section_register(upcoming_for_learning)
        signals.watch_registrations()
