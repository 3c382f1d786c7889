from django.conf import settings
from django.http import Http404
from django.urls import include, path
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from portal import pwa, views


class AllauthLoginRedirect(RedirectView):
    """Wagtail's own login forms (the admin's and the front end's) would be second doors
    without allauth's rate limits, e-mail verification and two-factor: send them to
    allauth."""

    query_string = True
    url = "/accounts/login/"


def shared_password_closed(request, *args, **kwargs):
    """Wagtail's shared page/collection passwords are switched off (settings
    WAGTAIL_PRIVATE_PAGE_OPTIONS, WAGTAILDOCS_PRIVATE_COLLECTION_OPTIONS): their forms
    answer 404, so no password but an account's is ever accepted."""
    raise Http404


urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    # Installable, offline reading (portal/pwa.py): at the root, so the worker's scope is "/".
    path("manifest.webmanifest", pwa.manifest, name="manifest"),
    path("sw.js", pwa.service_worker, name="service_worker"),
    path("offline/", pwa.offline, name="offline"),
    path("i18n/setlang/", views.set_language, name="set_language"),
    path("admin/login/", AllauthLoginRedirect.as_view(), name="admin_login_redirect"),
    path("admin/", include(wagtailadmin_urls)),
    path(
        "documents/authenticate_with_password/<int:restriction_id>/",
        shared_password_closed,
        name="documents_password_closed",
    ),
    path("documents/", include(wagtaildocs_urls)),
    path("accounts/profile/", views.profile_edit, name="profile"),
    path("staff/officials/", views.officials_list, name="officials"),
    path("staff/officials/<int:pk>/", views.official_decide, name="official_decide"),
    path("accounts/", include("allauth.urls")),
    path("notifications/", views.notification_list, name="notifications"),
    path(
        "notifications/settings/",
        views.notification_preferences,
        name="notification_preferences",
    ),
    path(
        "notifications/read-all/", views.notifications_mark_all_read, name="notifications_read_all"
    ),
    path("notifications/<int:pk>/", views.notification_open, name="notification_open"),
    path("notifications/<int:pk>/read/", views.notification_mark_read, name="notification_read"),
    path("", include("courses.urls")),
    path("certificates/", include("certification.urls")),
    path("onboarding/", include("onboarding.urls")),
    path("events/", include("events.urls")),
]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns
    from django.urls import re_path
    from django.views.static import serve

    urlpatterns += staticfiles_urlpatterns()
    # Media for `make run`, except documents: those go through /documents/ and its checks.
    urlpatterns += [
        re_path(
            rf"^{settings.MEDIA_URL.lstrip('/')}(?!documents/)(?P<path>.*)$",
            serve,
            {"document_root": settings.MEDIA_ROOT},
        )
    ]

# Wagtail's page serving is the catch-all: it comes last, its log-in and page-password
# forms closed before it.
urlpatterns += [
    path("_util/login/", AllauthLoginRedirect.as_view(), name="frontend_login_redirect"),
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        shared_password_closed,
        name="page_password_closed",
    ),
    path("", include(wagtail_urls)),
]

handler404 = "portal.errors.not_found"
handler500 = "portal.errors.server_error"
