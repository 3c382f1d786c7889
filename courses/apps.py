from celery.schedules import crontab
from django.apps import AppConfig
from django.conf import settings
from django.utils.translation import gettext_lazy as _

# Beat's entry for this app's daily task, beside the others in CELERY_BEAT_SCHEDULE (the
# task's name is the contract): added here so that the app brings its own schedule.
BEAT_SCHEDULE = {
    "assignment-reminders": {
        "task": "courses.tasks.send_assignment_reminders",
        "schedule": {"hour": 7, "minute": 15},  # crontab() fields
    },
}


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = _("courses")

    def ready(self):
        # Imported here: signals imports models, which exist once the registry is ready.
        from courses import signals

        signals.watch_learner_rows()

        # In place: Celery reads the same dict when beat starts, after the apps are ready.
        schedule = getattr(settings, "CELERY_BEAT_SCHEDULE", None)
        if schedule is not None:
            for name, entry in BEAT_SCHEDULE.items():
                schedule.setdefault(name, {**entry, "schedule": crontab(**entry["schedule"])})
