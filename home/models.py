from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page

from courses.selectors import course_list_visible
from home.blocks import HomeBodyBlock
from home.dashboard import home_dashboard
from portal.pagecache import cache_publicly


class HomePage(Page):
    """The portal's front page: what it offers and for whom."""

    hero_title = models.CharField(_("hero title"), max_length=200)
    hero_title_en = models.CharField(_("hero title (English)"), max_length=200, blank=True)
    hero_text = models.TextField(_("hero text"), blank=True)
    hero_text_en = models.TextField(_("hero text (English)"), blank=True)
    title_en = models.CharField(_("title (English)"), max_length=255, blank=True)
    # Each block holds both languages (text / text_en), like lesson bodies.
    body = StreamField(HomeBodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("title_en"),
        FieldPanel("hero_title"),
        FieldPanel("hero_title_en"),
        FieldPanel("hero_text"),
        FieldPanel("hero_text_en"),
        FieldPanel("body"),
    ]
    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    class Meta:
        verbose_name = _("home page")

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if request.user.is_authenticated:  # the person's own dashboard
            response["Cache-Control"] = "private"
        else:
            cache_publicly(response)
        return response

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["featured_courses"] = self.featured_courses(request.user)
        if request.user.is_authenticated:
            context["dashboard"] = home_dashboard(user=request.user)
        return context

    @staticmethod
    def featured_courses(user, limit: int = 6):
        """The newest live courses this visitor may see (officials-only ones hidden)."""
        return course_list_visible(user=user).order_by("-first_published_at")[:limit]
