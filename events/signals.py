"""Signal receivers of the events app (connected in EventsConfig.ready).

Courses and onboarding are lower layers: they do not know about programmes, so the
programmes listen to what courses announce (course_completed) and to what onboarding
saves. The receivers only queue a check after the commit; the rule itself is in
services.participant_check_complete.
"""

from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.signals import page_published

from courses.models import CoursePage
from courses.services import course_completed
from events import tasks
from events.models import EventPage, Registration
from events.services import event_fill_seats
from portal import privatecache


@receiver(course_completed, sender=CoursePage, dispatch_uid="events.course_completed")
def course_completed_checks_programmes(sender, *, user, **kwargs):
    """A completed course may complete a programme of the learner's businesses."""
    tasks.check_programmes_for_user.delay_on_commit(user.pk)


@receiver(post_save, sender="onboarding.Journey")
def journey_completed(sender, instance, **kwargs):
    """A completed journey may complete a programme of its business."""
    if instance.completed_at is not None:
        tasks.check_programmes_for_business.delay_on_commit(instance.business_id)


@receiver(page_published)
def event_published(sender, instance, **kwargs):
    """An editor may have raised the capacity: seats go to the people waiting."""
    if isinstance(instance, EventPage):
        event_fill_seats(event=instance)


def watch_registrations() -> None:
    """/learning/ lists the events a learner is registered for: their cached pages
    (portal/privatecache.py) are renewed when a registration of theirs changes."""
    privatecache.watch_user_rows(Registration, lambda registration: registration.user_id)
