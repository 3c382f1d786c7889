"""Signal receivers of the events app (connected in EventsConfig.ready).

Courses and onboarding are lower layers: they do not know about programmes, so the
programmes listen to what they save. The receivers only queue a check after the commit;
the rule itself is in services.participant_check_complete.
"""

from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.signals import page_published


@receiver(post_save, sender="courses.Enrolment")
def course_completed(sender, instance, **kwargs):
    """A completed course may complete a programme of the learner's businesses."""
    if instance.completed_at is not None:
        from events import tasks

        tasks.check_programmes_for_user.delay_on_commit(instance.user_id)


@receiver(post_save, sender="onboarding.Journey")
def journey_completed(sender, instance, **kwargs):
    """A completed journey may complete a programme of its business."""
    if instance.completed_at is not None:
        from events import tasks

        tasks.check_programmes_for_business.delay_on_commit(instance.business_id)


@receiver(page_published)
def event_published(sender, instance, **kwargs):
    """An editor may have raised the capacity: seats go to the people waiting."""
    from events.models import EventPage
    from events.services import event_fill_seats

    if isinstance(instance, EventPage):
        event_fill_seats(event=instance)
