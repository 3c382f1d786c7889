from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_GET, require_POST
from django.views.i18n import set_language as django_set_language

from portal import health, roles, services
from portal.forms import NotificationPreferencesForm, ProfileForm
from portal.middleware import remember_language
from portal.models import Profile
from portal.selectors import (
    notification_list_for_user,
    notification_preferences_for_user,
    official_profiles_for_staff,
)
from portal.services import PROFILE_FIELDS, official_review, profile_update


@never_cache
def healthz(request):
    healthy, results = health.run_checks()
    return JsonResponse(
        {"status": "ok" if healthy else "down", **results}, status=200 if healthy else 503
    )


@login_required
def profile_edit(request):
    profile = Profile.objects.filter(user=request.user).first()
    initial = {f: getattr(profile, f) for f in PROFILE_FIELDS} if profile else {}
    form = ProfileForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        profile_update(user=request.user, data=form.cleaned_data)
        messages.success(request, _("Your profile has been saved."))
        next_url = request.GET.get("next", "")
        if url_has_allowed_host_and_scheme(next_url, {request.get_host()}, request.is_secure()):
            return redirect(next_url)
        return redirect("profile")
    return render(request, "account/profile.html", {"form": form, "profile": profile})


@login_required
def officials_list(request):
    if not roles.has_role(request.user, roles.STAFF):
        raise Http404
    profiles = official_profiles_for_staff(user=request.user)
    pending = [p for p in profiles if p.official_status == Profile.OfficialStatus.PENDING]
    others = [p for p in profiles if p.official_status != Profile.OfficialStatus.PENDING]
    return render(request, "account/officials.html", {"pending": pending, "others": others})


@login_required
@require_POST
def official_decide(request, pk: int):
    profile = roles.get_scoped_or_404(
        Profile.objects.filter(learner_type=Profile.LearnerType.OFFICIAL), request.user, pk=pk
    )
    approve = request.POST.get("decision") == "approve"
    official_review(profile=profile, approve=approve, by=request.user)
    if approve:
        messages.success(
            request, _("%(name)s is now an approved state official.") % {"name": profile}
        )
    else:
        messages.info(
            request, _("%(name)s was not approved as a state official.") % {"name": profile}
        )
    return redirect("officials")


@csrf_exempt
def set_language(request):
    """Django's language switch, which also remembers the choice on the profile.

    Anonymous visitors' pages carry no CSRF token, so that they can be cached whole
    (portal/pagecache.py): their switch changes only their own language cookie, nothing
    worth forging. For someone signed in, whose profile it writes, the token is checked
    as everywhere else."""
    if request.user.is_authenticated:
        return _set_language_checked(request)
    return _set_language(request)


def _set_language(request):

    response = django_set_language(request)
    lang = request.POST.get("language")
    if request.method == "POST" and lang in dict(settings.LANGUAGES):
        remember_language(request, lang)
    return response


_set_language_checked = csrf_protect(_set_language)


# --- notifications ------------------------------------------------------------------------

NOTIFICATIONS_PAGE_SIZE = 30


@login_required
@require_GET
def notification_list(request):
    page = Paginator(
        notification_list_for_user(user=request.user), NOTIFICATIONS_PAGE_SIZE
    ).get_page(request.GET.get("page"))
    return render(request, "portal/notifications.html", {"page": page})


@login_required
@require_GET
def notification_open(request, pk: int):
    """Opens the thing a notification is about, and marks it read."""
    notification = get_object_or_404(notification_list_for_user(user=request.user), pk=pk)
    services.notification_read(user=request.user, notification_id=notification.pk)
    return redirect(notification.url or "notifications")


@login_required
@require_POST
def notification_mark_read(request, pk: int):
    notification = get_object_or_404(notification_list_for_user(user=request.user), pk=pk)
    services.notification_read(user=request.user, notification_id=notification.pk)
    return redirect(_back_to_list(request))


@login_required
@require_POST
def notifications_mark_all_read(request):
    count = services.notifications_read_all(user=request.user)
    if count:
        messages.success(request, _("All notifications are marked as read."))
    return redirect(_back_to_list(request))


def _back_to_list(request) -> str:
    page = request.POST.get("page", "")
    return reverse("notifications") + (f"?page={page}" if page.isdigit() else "")


@login_required
def notification_preferences(request):
    preferences = notification_preferences_for_user(user=request.user)
    form = NotificationPreferencesForm(request.POST or None, preferences=preferences)
    if request.method == "POST" and form.is_valid():
        services.notification_preferences_update(user=request.user, choices=form.cleaned_data)
        messages.success(request, _("Your notification settings have been saved."))
        return redirect("notification_preferences")
    return render(request, "portal/notification_preferences.html", {"form": form})
