"""Signal receivers of the courses app (connected in CoursesConfig.ready)."""

from django.dispatch import receiver
from wagtail.signals import post_page_move


@receiver(post_page_move)
def course_province_follows_its_section(sender, instance, parent_page_after, **kwargs):
    """Wagtail saves a moved page as a plain Page, so CoursePage.save does not run: copy
    the new section's province here (reports, catalog and certificates read it)."""
    from courses.models import CoursePage, CourseSectionPage

    if not issubclass(instance.specific_class or type(instance), CoursePage):
        return
    section = CourseSectionPage.objects.filter(pk=parent_page_after.pk).first()
    if section is not None:
        CoursePage.objects.filter(pk=instance.pk).update(province_id=section.province_id)


__all__ = ["course_province_follows_its_section"]
