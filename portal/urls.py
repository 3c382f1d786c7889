from django.conf import settings
from django.urls import include, path
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from portal import views


class AdminLoginRedirect(RedirectView):
    """Wagtail's own login form would be a second, unprotected door: send it to allauth."""

    query_string = True
    url = "/accounts/login/"


urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("i18n/setlang/", views.set_language, name="set_language"),
    path("admin/login/", AdminLoginRedirect.as_view(), name="admin_login_redirect"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("accounts/profile/", views.profile_edit, name="profile"),
    path("staff/officials/", views.officials_list, name="officials"),
    path("staff/officials/<int:pk>/", views.official_decide, name="official_decide"),
    path("accounts/", include("allauth.urls")),
    path("", include("courses.urls")),
    path("certificates/", include("certification.urls")),
    path("onboarding/", include("onboarding.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Wagtail's page serving is the catch-all: it comes last.
urlpatterns += [path("", include(wagtail_urls))]

handler404 = "portal.errors.not_found"
handler500 = "portal.errors.server_error"
