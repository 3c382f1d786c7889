"""Admin behaviour shared by every snippet the portal registers."""

from django.contrib import messages
from django.db import router
from django.db.models.deletion import Collector, ProtectedError, RestrictedError
from django.http import Http404
from django.shortcuts import redirect
from django.utils.text import get_text_list
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from portal import media


@hooks.register("before_delete_snippet")
def refuse_deleting_what_is_in_use(request, instances):
    """A snippet that other records still point at through a protecting foreign key (a
    certificate template with issued certificates, a journey template with journeys)
    cannot be deleted: say so and by what, instead of a server error. Wagtail's usage
    index does not see these records (certificates, journeys), so its own check cannot.
    Covers the single and the bulk delete."""
    refused = []
    for obj in instances:
        collector = Collector(using=router.db_for_write(type(obj)))
        try:
            collector.collect([obj])
        except ProtectedError as exc:
            refused.append((obj, exc.protected_objects))
        except RestrictedError as exc:
            refused.append((obj, exc.restricted_objects))
    if not refused:
        return None
    for obj, blocking in refused:
        kinds = sorted({str(type(b)._meta.verbose_name_plural) for b in blocking})
        messages.error(
            request,
            _("“%(name)s” cannot be deleted: %(records)s still refer to it.")
            % {"name": obj, "records": get_text_list(kinds, _("and"))},
        )
    return redirect(type(refused[0][0]).snippet_viewset.get_url_name("list"))


@hooks.register("before_serve_document")
def documents_of_a_province_are_private(document, request):
    """A document in a province's collection: only for those who may choose it, or who
    may see a live page that uses it (portal/media.py); otherwise 404."""
    if not media.document_visible_to(document, request.user):
        raise Http404
