from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page

from home.blocks import HomeBodyBlock
from portal.i18n import in_language


class HomePage(Page):
    """The portal's front page: what it offers and for whom."""

    hero_title = models.CharField(_("hero title"), max_length=200)
    hero_title_en = models.CharField(_("hero title (English)"), max_length=200, blank=True)
    hero_text = models.TextField(_("hero text"), blank=True)
    hero_text_en = models.TextField(_("hero text (English)"), blank=True)
    body = StreamField(HomeBodyBlock(), verbose_name=_("body"), blank=True)
    body_en = StreamField(HomeBodyBlock(), verbose_name=_("body (English)"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("hero_title"),
        FieldPanel("hero_text"),
        FieldPanel("body"),
        FieldPanel("hero_title_en"),
        FieldPanel("hero_text_en"),
        FieldPanel("body_en"),
    ]
    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        lang = getattr(request, "LANGUAGE_CODE", "vi")
        context["hero_title"] = in_language(self, "hero_title", lang)
        context["hero_text"] = in_language(self, "hero_text", lang)
        context["body_stream"] = in_language(self, "body", lang)
        context["featured_courses"] = self.featured_courses(request.user)
        return context

    @staticmethod
    def featured_courses(user, limit: int = 6):
        """The newest live courses this visitor may see (officials-only ones hidden)."""
        from courses.selectors import course_list_visible

        return course_list_visible(user).order_by("-first_published_at")[:limit]
