"""What onboarding does when something happens below it (connected in
OnboardingConfig.ready): the courses app announces completed courses, it does not call us."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from courses.models import CoursePage
from courses.services import course_completed
from onboarding import figures, services
from onboarding.models import Business, Journey, JourneyStep


@receiver(course_completed, sender=CoursePage, dispatch_uid="onboarding.course_completed")
def steps_follow_a_completed_course(sender, *, user, course, **kwargs) -> None:
    """The steps the course completes, in the journeys of the learner's businesses."""
    services.steps_complete_for_course(user=user, course=course)


# --- the staff dashboard's kept figures (onboarding/figures.py) -------------------------


def _provinces(**lookup) -> list[int]:
    """The province of the business matching `lookup` (none once it is deleted: its own
    receiver bumped it). One query, for a row saved without its business loaded."""
    return list(Business.objects.filter(**lookup).values_list("province_id", flat=True))


@receiver(post_save, sender=Business, dispatch_uid="onboarding.figures.business_saved")
@receiver(post_delete, sender=Business, dispatch_uid="onboarding.figures.business_deleted")
def figures_follow_a_business(sender, instance, **kwargs) -> None:
    if not figures.keeping():
        return
    # The province it was loaded with too: a business that moved leaves that one's figures.
    figures.bump([instance.province_id, getattr(instance, "_loaded_province_id", None)])
    instance._loaded_province_id = instance.province_id  # for its next save


@receiver(post_save, sender=Journey, dispatch_uid="onboarding.figures.journey_saved")
@receiver(post_delete, sender=Journey, dispatch_uid="onboarding.figures.journey_deleted")
def figures_follow_a_journey(sender, instance, **kwargs) -> None:
    if not figures.keeping():
        return
    if Journey.business.is_cached(instance):
        figures.bump([instance.business.province_id])
    else:
        figures.bump(_provinces(pk=instance.business_id))


@receiver(post_save, sender=JourneyStep, dispatch_uid="onboarding.figures.step_saved")
@receiver(post_delete, sender=JourneyStep, dispatch_uid="onboarding.figures.step_deleted")
def figures_follow_a_step(sender, instance, **kwargs) -> None:
    if not figures.keeping():
        return
    journey = instance.journey if JourneyStep.journey.is_cached(instance) else None
    if journey is not None and Journey.business.is_cached(journey):
        figures.bump([journey.business.province_id])
    else:
        figures.bump(_provinces(journeys=instance.journey_id))
