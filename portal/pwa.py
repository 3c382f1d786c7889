"""The installable portal: the web app manifest, the service worker and the offline page.

The service worker is served from the site's root (/sw.js) so that its scope is every
page; it is a template (templates/pwa/sw.js) to carry the static files' hashed names, and
a new deploy (new names) makes browsers install the new worker. What it keeps offline is
the learner's enrolled courses (courses/offline.py)."""

import hashlib

from django.http import JsonResponse
from django.shortcuts import render
from django.templatetags.static import static
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

THEME = "#0b5cab"


@require_GET
@cache_control(max_age=3600, public=True)
def manifest(request):
    """The web app manifest, in the visitor's language."""
    return JsonResponse(
        {
            "name": _("E-commerce Training Portal"),
            "short_name": _("E-commerce portal"),
            "description": _(
                "Courses and guided onboarding that help Vietnamese businesses sell online "
                "and across borders."
            ),
            "lang": get_language(),
            "start_url": reverse("courses:learning"),
            "scope": "/",
            "display": "standalone",
            "background_color": "#ffffff",
            "theme_color": THEME,
            "icons": [
                {"src": static("icons/icon-192.png"), "sizes": "192x192", "type": "image/png"},
                {"src": static("icons/icon-512.png"), "sizes": "512x512", "type": "image/png"},
                {
                    "src": static("icons/icon-maskable-512.png"),
                    "sizes": "512x512",
                    "type": "image/png",
                    "purpose": "maskable",
                },
            ],
        },
        content_type="application/manifest+json",
        json_dumps_params={"ensure_ascii": False},
    )


@require_GET
def service_worker(request):
    """The service worker script; browsers check it for changes on every visit."""
    context = {
        "offline_url": reverse("courses:offline_lessons"),
        "offline_page": reverse("offline"),
        # The static files' (hashed) names: a deploy changes them, and so the worker.
        "version": hashlib.sha256(
            " ".join(static(f) for f in ("css/portal.css", "js/portal.js")).encode()
        ).hexdigest()[:12],
    }
    response = render(request, "pwa/sw.js", context, content_type="text/javascript")
    response["Cache-Control"] = "no-cache"
    response["Service-Worker-Allowed"] = "/"
    return response


@require_GET
def offline(request):
    """Shown by the service worker when a page is not kept and there is no network. It is
    cached once for everyone, so it carries nothing personal: the list of kept lessons is
    filled in on the phone (static/js/portal.js) from what the worker stored."""
    response = render(request, "pwa/offline.html")
    response["Cache-Control"] = "no-cache"
    return response
