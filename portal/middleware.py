from django.conf import settings
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
        if request.GET.get("lang") in self.codes:
            remember_language(request, lang)
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
