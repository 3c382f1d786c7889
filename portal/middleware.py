from django.conf import settings
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation


class LanguageMiddleware:
    """Vietnamese by default; English when the visitor chose it (cookie or ?lang=).

    Unlike Django's LocaleMiddleware this ignores the browser's Accept-Language: the
    portal is Vietnamese first, and the URL map has no language prefix.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.codes = {code for code, _ in settings.LANGUAGES}

    def __call__(self, request):
        lang = request.GET.get("lang") or request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        if lang not in self.codes:
            lang = settings.LANGUAGE_CODE
        translation.activate(lang)
        request.LANGUAGE_CODE = lang
        response = self.get_response(request)
        response.headers.setdefault("Content-Language", lang)
        # A link with ?lang= switches this page and the cookie; only the language form's
        # POST (portal.views.set_language) writes the choice on the profile: a GET must
        # not change the database.
        if request.GET.get("lang") in self.codes:
            response.set_cookie(
                settings.LANGUAGE_COOKIE_NAME,
                lang,
                max_age=365 * 24 * 3600,
                samesite="Lax",
                secure=getattr(settings, "LANGUAGE_COOKIE_SECURE", False),
            )
        return response


def remember_language(request, lang: str) -> None:
    """Stores the language a signed-in person chose on their profile, so that e-mails sent
    to them later (by Celery, outside any request) use it. Only on an explicit choice:
    ordinary requests cost no query."""
    from portal.models import Profile

    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        Profile.objects.filter(user=user).exclude(language=lang).update(language=lang)


class AdminAccessMiddleware:
    """A signed-in person without access to the Wagtail admin who opens /admin/ gets a page
    saying so (403). Wagtail would send them to the log-in page, which sends a signed-in
    person back to /admin/: a loop."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if (
            request.path.startswith(reverse("wagtailadmin_home"))
            and user.is_authenticated
            and not user.has_perm("wagtailadmin.access_admin")
        ):
            return render(request, "account/no_admin_access.html", status=403)
        return self.get_response(request)
