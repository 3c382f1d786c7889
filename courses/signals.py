"""Signal receivers of the courses app (connected in CoursesConfig.ready)."""

from django.dispatch import receiver
from wagtail.signals import post_page_move


@receiver(post_page_move)
def course_province_follows_its_section(sender, instance, parent_page_after, **kwargs):
    """Wagtail saves a moved page as a plain Page, so CoursePage.save does not run: copy
    the new section's province here (reports, catalog and certificates read it). The same
    for every page type a section holds (SECTION_CHILD_TYPES, e.g. events.EventPage):
    each keeps a denormalised `province`."""
    from courses.models import SECTION_CHILD_TYPES, CourseSectionPage

    model = instance.specific_class or type(instance)
    if model._meta.label not in SECTION_CHILD_TYPES:
        return
    section = CourseSectionPage.objects.filter(pk=parent_page_after.pk).first()
    if section is not None:
        model.objects.filter(pk=instance.pk).update(province_id=section.province_id)


__all__ = ["course_province_follows_its_section"]
