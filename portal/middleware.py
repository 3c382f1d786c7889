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
            response.set_cookie(
                settings.LANGUAGE_COOKIE_NAME,
                lang,
                max_age=365 * 24 * 3600,
                samesite="Lax",
                secure=getattr(settings, "LANGUAGE_COOKIE_SECURE", False),
            )
        return response
