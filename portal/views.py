from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from portal import health
from portal.forms import ProfileForm
from portal.models import Profile
from portal.services import PROFILE_FIELDS, profile_update


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
