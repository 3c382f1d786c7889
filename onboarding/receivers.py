"""What onboarding does when something happens below it (connected in
OnboardingConfig.ready): the courses app announces completed courses, it does not call us."""

from django.dispatch import receiver

from courses.models import CoursePage
from courses.services import course_completed
from onboarding import services


@receiver(course_completed, sender=CoursePage, dispatch_uid="onboarding.course_completed")
def steps_follow_a_completed_course(sender, *, user, course, **kwargs) -> None:
    """The steps the course completes, in the journeys of the learner's businesses."""
    services.steps_complete_for_course(user=user, course=course)
