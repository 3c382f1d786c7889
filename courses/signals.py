"""Signal receivers of the courses app (connected in CoursesConfig.ready)."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.signals import post_page_move

from certification.models import Certificate
from courses.models import (
    SECTION_CHILD_TYPES,
    Assignment,
    CourseSectionPage,
    Enrolment,
    LessonProgress,
    QuizAttempt,
)
from portal import privatecache


@receiver(post_page_move)
def course_province_follows_its_section(sender, instance, parent_page_after, **kwargs):
    """Wagtail saves a moved page as a plain Page, so CoursePage.save does not run: copy
    the new section's province here (reports, catalog and certificates read it). The same
    for every page type a section holds (SECTION_CHILD_TYPES, e.g. events.EventPage):
    each keeps a denormalised `province`."""
    model = instance.specific_class or type(instance)
    if model._meta.label not in SECTION_CHILD_TYPES:
        return
    section = CourseSectionPage.objects.filter(pk=parent_page_after.pk).first()
    if section is not None:
        model.objects.filter(pk=instance.pk).update(province_id=section.province_id)


def watch_learner_rows() -> None:
    """A learner's cached pages (portal/privatecache.py) are renewed when their enrolments,
    lessons done, quiz attempts or certificates change; everyone's when an assignment
    does (it shows on every official of the province's /learning/)."""
    privatecache.watch_user_rows(Enrolment, lambda enrolment: enrolment.user_id)
    # Deleted only with their enrolment (whose receiver purges): the fast cascade stays.
    for model in (LessonProgress, QuizAttempt):
        privatecache.watch_user_rows(model, lambda row: row.enrolment.user_id, deletes=False)
    privatecache.watch_user_rows(Certificate, lambda certificate: certificate.holder_id)
    for signal in (post_save, post_delete):
        signal.connect(privatecache.purge_site, sender=Assignment, dispatch_uid="privatecache")


__all__ = ["course_province_follows_its_section", "watch_learner_rows"]
