from csp.middleware import CSPMiddleware
from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _

from portal.mfa import has_second_factor, mfa_required
from portal.models import Profile


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


class MFARequiredMiddleware:
    """With MFA_REQUIRED_FOR_STAFF on, a national admin or onboarding staff member without
    an authenticator is sent to set one up (/accounts/2fa/) before using anything else.
    allauth's own pages (log-out, e-mail, re-authentication, two-factor set-up) and the
    language switch stay open, so they can always finish or leave."""

    OPEN_URL_NAMES = ("account_", "mfa_")
    OPEN_VIEWS = ("set_language", "healthz")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        name = (match.url_name or "") if match else ""
        if name.startswith(self.OPEN_URL_NAMES) or name in self.OPEN_VIEWS:
            return None
        if request.path.startswith((settings.STATIC_URL, settings.MEDIA_URL)):
            return None
        if not mfa_required(request.user) or has_second_factor(request.user):
            return None
        text = _(
            "Your role needs two-factor authentication. Set up an authenticator app to "
            "continue: when you sign in, it asks for a code from your phone."
        )
        queued = messages.get_messages(request)
        if all(message.message != text for message in queued):  # once, however many tries
            messages.warning(request, text)
        queued.used = False  # reading them above must not drop them
        return redirect("mfa_index")


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's policy (settings.CONTENT_SECURITY_POLICY) on every page, with
    CONTENT_SECURITY_POLICY_ADMIN_UPDATE added on Wagtail's admin only."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and request.path_info.startswith(reverse("wagtailadmin_home")):
            parts.update = {**settings.CONTENT_SECURITY_POLICY_ADMIN_UPDATE, **(parts.update or {})}
        return parts


class PrivateCacheControlMiddleware:
    """Pages for someone signed in are theirs alone: `Cache-Control: private` (no shared
    cache, proxy or CDN keeps them), unless the view said otherwise (no-store, no-cache).
    Anonymous answers are left as they are (the page cache marks its own)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        control = response.headers.get("Cache-Control", "")
        if "private" in control or "no-store" in control:
            return response  # asks nothing of the user: a cached page needs no user row
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            patch_cache_control(response, private=True)
        return response
