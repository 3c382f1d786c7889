"""The base of every snippet admin the portal registers (wagtail_hooks of each app)."""

from django.http import Http404
from wagtail.snippets.views.chooser import SnippetChooserViewSet as WagtailSnippetChooserViewSet
from wagtail.snippets.views.chooser import SnippetCreateView
from wagtail.snippets.views.snippets import SnippetViewSet as WagtailSnippetViewSet


class ChooserCreateView(SnippetCreateView):
    """Snippets are added on their own "add" page, not inside the chooser, so the
    chooser has no creation form. Wagtail still routes its "create" URL, and a POST
    there crashed on the missing form (a server error for anyone allowed to add):
    without a form the URL does not exist."""

    def dispatch(self, request, *args, **kwargs):
        if self.get_creation_form_class() is None:
            raise Http404
        return super().dispatch(request, *args, **kwargs)


class SnippetChooserViewSet(WagtailSnippetChooserViewSet):
    create_view_class = ChooserCreateView


class SnippetViewSet(WagtailSnippetViewSet):
    """Wagtail's SnippetViewSet with the portal's chooser."""

    chooser_viewset_class = SnippetChooserViewSet
