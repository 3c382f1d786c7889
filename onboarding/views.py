"""Views of the onboarding app: parse input, call a selector or a service, present.

Members' pages read through member-scoped selectors; staff pages through portal.roles.
Out of scope is always a 404.
"""

import copy
import mimetypes
from dataclasses import dataclass
from urllib.parse import quote

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Prefetch
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST, require_safe

from onboarding import charts, exports, journeys, selectors, services
from onboarding.figures import versions as figures_versions
from onboarding.filters import OWN_WEBSITE, StaffDashboardFilter, StaffFilters
from onboarding.forms import (
    BusinessEditForm,
    BusinessForm,
    InviteForm,
    MessageForm,
    OcopProductForm,
    RegistrationDecisionForm,
    ReviewForm,
    StepActionForm,
)
from onboarding.journeys import MembershipError, RegistrationError, StaleStep, StepError
from onboarding.models import (
    Business,
    Invitation,
    Journey,
    JourneyStep,
    JourneyTemplate,
    Membership,
    Platform,
)
from portal import roles
from portal.i18n import translated
from portal.privatecache import cache_privately
from portal.replica import has_replica, reads_from_replica

# --- members ------------------------------------------------------------------------------


# What the member pages show of a business, a template and a membership, beside the model.
@dataclass(frozen=True, slots=True)
class BusinessJourneys:
    business: Business
    cards: tuple[journeys.JourneyCard, ...]


@dataclass(frozen=True, slots=True)
class TemplateOffer:
    template: JourneyTemplate
    journey: Journey | None  # the one business's journey of this template, if started


@dataclass(frozen=True, slots=True)
class MemberLine:
    membership: Membership
    removable: bool


@never_cache
@login_required
def home(request):
    # Course lessons link here as ?step=<template key>:<step key>.
    link = selectors.step_link_resolve(user=request.user, value=request.GET.get("step", ""))
    if link and link.step:
        return redirect("onboarding:step", pk=link.step.pk)
    if link and link.journey:
        return redirect(link.journey.get_absolute_url())
    today = timezone.localdate()
    businesses = [
        BusinessJourneys(
            business=business,
            cards=tuple(journeys.journey_card(j, today) for j in business.journeys.all()),
        )
        for business in selectors.business_list_for_member(user=request.user)
    ]
    # With one business, each template on offer can be started right here, and the
    # card of one started already opens its journey.
    only = businesses[0].business if len(businesses) == 1 else None
    started = {j.template_id: j for j in only.journeys.all()} if only else {}
    offers = [
        TemplateOffer(template=t, journey=started.get(t.pk))
        for t in selectors.templates_available()
    ]
    return render(
        request,
        "onboarding/home.html",
        {
            "businesses": businesses,
            "offers": offers,
            "start_business": only,
            "needs_you": selectors.steps_needing_member(user=request.user),
            "link": link,
            "invitations": selectors.invitations_pending_for(user=request.user),
            "is_staff_member": roles.has_role(request.user, roles.STAFF),
        },
    )


@never_cache
@login_required
def business_create(request):
    profile = getattr(request.user, "profile", None)
    form = BusinessForm(
        request.POST or None,
        initial={
            "province": getattr(profile, "province_id", None),
            "contact_name": getattr(profile, "full_name", ""),
            "contact_email": request.user.email,
            "contact_phone": getattr(profile, "phone", ""),
        },
    )
    if request.method == "POST":
        # The same form posted twice (a double click, a reload): it is already registered.
        mine = selectors.business_mine_with_tax_code(
            user=request.user, tax_code=request.POST.get("tax_code")
        )
        if mine is not None:
            messages.info(request, _("This business is already registered: here it is."))
            return redirect("onboarding:business", pk=mine.pk)
    if request.method == "POST" and form.is_valid():
        business = services.business_register(user=request.user, **form.cleaned_data)
        # The same words whoever else has claimed this tax code: nothing about other
        # people's registrations leaks; staff compare the claims and decide.
        messages.success(
            request,
            _(
                "Your business is registered. Staff of %(province)s check it, its tax code "
                "included, before they approve it; you will get an e-mail."
            )
            % {"province": business.province.name},
        )
        return redirect("onboarding:business", pk=business.pk)
    return render(request, "onboarding/business_form.html", {"form": form})


@require_safe
@never_cache
@login_required
def business_detail(request, pk):
    business = get_object_or_404(selectors.business_scope_for_member(user=request.user), pk=pk)
    return _business_page(request, business)


def _business_page(request, business, *, invite_form=None, ocop_form=None):
    """The business page; a POST that failed passes its bound form, errors and input kept."""
    is_owner = business.my_role == Membership.Role.OWNER
    journey_list = list(
        business.journeys.prefetch_related(
            Prefetch("steps", queryset=JourneyStep.objects.order_by("position"))
        )
    )
    today = timezone.localdate()
    cards = [journeys.journey_card(journey, today) for journey in journey_list]
    started = {journey.template_id for journey in journey_list}
    memberships = list(business.memberships.select_related("user__profile").order_by("pk"))
    owners = [m for m in memberships if m.role == Membership.Role.OWNER]
    members = [
        # Removing is offered only where it can succeed: never the last owner.
        MemberLine(
            membership=m,
            removable=is_owner and not (m.role == Membership.Role.OWNER and owners == [m]),
        )
        for m in memberships
    ]
    return render(
        request,
        "onboarding/business_detail.html",
        {
            "business": business,
            "is_owner": is_owner,
            "sole_owner": is_owner and [m.user_id for m in owners] == [request.user.pk],
            "members": members,
            "products": business.ocop_products.all(),
            "cards": cards,
            "templates": [t for t in selectors.templates_available() if t.pk not in started],
            "invite_form": invite_form or InviteForm(prefix="invite"),
            "invitations": business.invitations.filter(accepted_at__isnull=True).order_by(
                "created_at"
            )
            if is_owner
            else [],
            "ocop_form": ocop_form or OcopProductForm(prefix="ocop"),
            "decision": selectors.registration_decision(business=business),
        },
    )


def _business_owned(request, pk) -> Business:
    """The business `pk` if the user owns it; a member who is not an owner, like anyone
    else, gets a 404."""
    business = get_object_or_404(selectors.business_scope_for_member(user=request.user), pk=pk)
    if business.my_role != Membership.Role.OWNER:
        raise Http404
    return business


@require_POST
@login_required
def member_remove(request, pk, membership_pk):
    """An owner removes a member (maybe themselves, unless they are the last owner)."""
    business = _business_owned(request, pk)
    try:
        removed = services.member_remove(business=business, membership_id=membership_pk)
    except MembershipError as error:
        messages.error(request, error.message)
        return redirect("onboarding:business", pk=business.pk)
    if removed is None:
        raise Http404
    messages.success(
        request,
        _("%(name)s is no longer a member of %(business)s.")
        % {"name": removed.user.display_name, "business": business.name},
    )
    if removed.user_id == request.user.pk:
        return redirect("onboarding:home")
    return redirect("onboarding:business", pk=business.pk)


@require_POST
@login_required
def member_invite(request, pk):
    business = _business_owned(request, pk)
    form = InviteForm(request.POST, prefix="invite")
    if form.is_valid():
        email = form.cleaned_data["email"]
        if business.memberships.filter(user__email__iexact=email).exists():
            form.add_error("email", _("This person is already a member of the business."))
        else:
            services.member_invite(business=business, email=email, by=request.user)
            messages.success(request, _("Invitation sent to %(email)s.") % {"email": email})
            return redirect("onboarding:business", pk=business.pk)
    return _business_page(request, business, invite_form=form)


@require_POST
@login_required
def invitation_resend(request, pk, invitation_pk):
    business = _business_owned(request, pk)
    # Another business's invitation sends nothing and says nothing.
    invitation = services.invitation_resend(
        business=business, invitation_id=invitation_pk, by=request.user
    )
    if invitation is not None:
        messages.success(request, _("Invitation sent to %(email)s.") % {"email": invitation.email})
    return redirect("onboarding:business", pk=business.pk)


@require_POST
@login_required
def invitation_cancel(request, pk, invitation_pk):
    business = _business_owned(request, pk)
    if services.invitation_cancel(business=business, invitation_id=invitation_pk):
        messages.success(request, _("Invitation withdrawn: its link no longer works."))
    return redirect("onboarding:business", pk=business.pk)


@require_POST
@login_required
def ocop_product_add(request, pk):
    business = _business_owned(request, pk)
    form = OcopProductForm(request.POST, prefix="ocop", business=business)
    if form.is_valid():
        services.ocop_product_add(business=business, **form.cleaned_data)
        messages.success(request, _("OCOP product added."))
        return redirect("onboarding:business", pk=business.pk)
    return _business_page(request, business, ocop_form=form)


@never_cache
@login_required
def business_edit(request, pk):
    """An owner edits the business; a rejected registration is corrected and sent again."""
    business = get_object_or_404(selectors.business_scope_for_member(user=request.user), pk=pk)
    if business.my_role != Membership.Role.OWNER:
        raise Http404
    rejected = business.status == Business.Status.REJECTED
    # The form writes what is typed into its instance: give it a copy, so that the page
    # keeps the business as saved until the service saves the change.
    form_class = BusinessForm if rejected else BusinessEditForm
    form = form_class(request.POST or None, instance=copy.copy(business))
    if request.method == "POST" and form.is_valid():
        try:
            if rejected:
                services.business_resubmit(business=business, by=request.user, **form.cleaned_data)
            else:
                services.business_update(business=business, by=request.user, **form.cleaned_data)
        except RegistrationError as exc:
            messages.error(request, exc.message)
        else:
            messages.success(
                request,
                _("Registration sent again. Staff of your province will review it.")
                if rejected
                else _("The business's details are saved."),
            )
            return redirect("onboarding:business", pk=business.pk)
    elif request.method == "POST":
        messages.error(request, _("Please correct the errors below."))
    return render(
        request,
        "onboarding/business_form.html",
        {
            "form": form,
            "business": business,
            "decision": selectors.registration_decision(business=business),
        },
    )


@require_POST
@login_required
def journey_start(request, pk):
    business = get_object_or_404(selectors.business_scope_for_member(user=request.user), pk=pk)
    template = selectors.templates_available().filter(key=request.POST.get("template", "")).first()
    if template is None:
        messages.error(request, _("This journey is no longer offered: choose another one."))
        return redirect("onboarding:business", pk=business.pk)
    journey = services.journey_start(business=business, template=template, by=request.user)
    return redirect(journey.get_absolute_url())


@never_cache
@login_required
def journey_detail(request, pk):
    journey = get_object_or_404(selectors.journey_scope_for_member(user=request.user), pk=pk)
    steps = list(journey.steps.all())
    lines = journeys.step_lines(
        steps,
        today=timezone.localdate(),
        business_approved=journey.business.status == Business.Status.APPROVED,
    )
    waiting = any(line.awaiting_registration for line in lines)
    return render(
        request,
        "onboarding/journey_detail.html",
        {
            "journey": journey,
            "business": journey.business,
            "lines": lines,
            "readiness": journeys.readiness(steps),
            "awaiting_registration": waiting,
            "contacts": selectors.province_contacts(province=journey.business.province)
            if waiting
            else [],
        },
    )


def _message_post(request, step):
    """Posts the conversation's form on `step`'s page: None once posted (the caller
    redirects), else the form with its errors, what was typed kept."""
    form = MessageForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            services.step_message_post(
                step=step,
                by=request.user,
                body=form.cleaned_data["body"],
                upload=form.cleaned_data.get("attachment"),
                content_type=form.content_type,
            )
        except StepError as exc:
            form.add_error(None, exc.message)
        else:
            messages.success(request, _("Message sent."))
            return None
    messages.error(request, _("The message was not sent: see below."))
    return form


def _neighbours(step, siblings: list) -> tuple:
    """The steps before and after `step` in its journey's order."""
    ordered = sorted(siblings, key=lambda s: s.position)
    at = next(i for i, s in enumerate(ordered) if s.pk == step.pk)
    return (ordered[at - 1] if at > 0 else None, ordered[at + 1] if at + 1 < len(ordered) else None)


@never_cache
@login_required
def step_detail(request, pk):
    step = get_object_or_404(selectors.step_scope_for_member(user=request.user), pk=pk)
    kept = {}
    form = StepActionForm(
        request.POST or None,
        request.FILES or None,
        step=step,
        initial={"version": step.version},
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            _member_move(request, step, data, form.content_type)
        except StepError as exc:
            messages.error(request, exc.message)
            kept = {k: data.get(k, "") for k in ("text", "comment") if data.get(k)}
            step.refresh_from_db()
            # Keep what was typed; the version moves on so the next post is current.
            form = StepActionForm(
                step=step,
                initial={
                    "version": step.version,
                    "text": data.get("text", ""),
                    "comment": data.get("comment", ""),
                },
            )
            if not isinstance(exc, StaleStep) and data.get("file"):
                messages.info(request, _("Attach the file again before you submit."))
        else:
            return redirect("onboarding:step", pk=step.pk)
    elif request.method == "POST":
        messages.error(request, _("Please correct the errors below."))
    return _step_page(request, step, form=form, kept=kept)


@require_POST
@login_required
def step_message(request, pk):
    """The conversation's form on a member's step page: its own endpoint, so a message
    never reaches the step's actions and an action never carries a message."""
    step = get_object_or_404(selectors.step_scope_for_member(user=request.user), pk=pk)
    message_form = _message_post(request, step)
    if message_form is None:
        return redirect(reverse("onboarding:step", args=[step.pk]) + "#conversation")
    form = StepActionForm(step=step, initial={"version": step.version})
    return _step_page(request, step, form=form, message_form=message_form, status=400)


def _step_page(request, step, *, form, kept=None, message_form=None, status=200):
    sibling_list = list(step.journey.steps.all())
    siblings = {s.key: s for s in sibling_list}
    previous_step, next_step = _neighbours(step, sibling_list)
    awaiting = step.review_required and not step.is_done and not journeys.business_approved(step)
    business = step.journey.business
    return render(
        request,
        "onboarding/step_detail.html",
        {
            "step": step,
            "journey": step.journey,
            "business": business,
            "form": form,
            "actions": journeys.allowed_member_actions(step, siblings),
            "blocking": journeys.blocking_steps(step, siblings),
            "awaiting_registration": awaiting,
            "contacts": selectors.province_contacts(province=business.province) if awaiting else [],
            "files": step.files.all(),
            "events": step.events.select_related("actor__profile"),
            "course": selectors.course_completing(step=step),
            "by_course": journeys.completed_by_course(step),
            "kept": kept or {},
            "previous_step": previous_step,
            "next_step": next_step,
            "conversation": selectors.step_messages(step=step),
            "message_form": message_form or MessageForm(),
            "message_url": reverse("onboarding:step_message", args=[step.pk]),
        },
        status=status,
    )


def _member_move(request, step, data, content_type):
    action, version = data["action"], data["version"]
    if action == "start":
        services.step_start(step=step, by=request.user, expected_version=version)
        messages.success(request, _("Step started."))
    elif action == "submit":
        step = services.step_submit(
            step=step,
            by=request.user,
            expected_version=version,
            upload=data.get("file"),
            content_type=content_type,
            text=data.get("text", ""),
            comment=data.get("comment", ""),
        )
        if step.status == JourneyStep.Status.APPROVED:
            messages.success(request, _("Step done."))
        else:
            messages.success(request, _("Submitted: staff of your province will review it."))
    elif action == "skip":
        services.step_skip(step=step, by=request.user, expected_version=version)
        messages.success(request, _("Step skipped."))
    elif action == "reopen":
        services.step_reopen(step=step, by=request.user, expected_version=version)


def _private_file(file, *, name: str, content_type: str):
    """Streams a private upload: never sniffed by the browser, never cached."""
    content_type = content_type or mimetypes.guess_type(name)[0]
    response = FileResponse(
        file.open("rb"),
        content_type=content_type or "application/octet-stream",
        as_attachment=content_type == "application/pdf",
        filename=name,
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response


@never_cache
@login_required
def evidence_download(request, pk):
    """Streams an evidence file to a member of its business or staff of its province."""
    evidence = get_object_or_404(selectors.evidence_scope_for_user(user=request.user), pk=pk)
    return _private_file(
        evidence.file, name=evidence.original_name, content_type=evidence.content_type
    )


@never_cache
@login_required
def message_attachment(request, pk):
    """Streams a message's attachment to either side of the conversation: a member of the
    business or staff of its province."""
    message = get_object_or_404(
        selectors.message_attachment_scope_for_user(user=request.user), pk=pk
    )
    return _private_file(
        message.attachment, name=message.attachment_name, content_type=message.attachment_type
    )


@never_cache
def invitation_accept(request, token):
    """An invitation link from the e-mail. Someone not signed in is told to sign in, or to
    sign up first with the invited address (both come back here); signed in with another
    address, they are told so (a 404 that names neither the business nor the address).
    The invited address must be one the user has verified, however they signed in: until
    then the page says to confirm it, and nothing changes."""
    invitation = get_object_or_404(Invitation.objects.select_related("business"), token=token)
    state = (
        selectors.invitation_address_state(user=request.user, invitation=invitation)
        if request.user.is_authenticated
        else ""
    )
    if invitation.is_expired and state != "other":
        # Nothing changes, GET or POST: the owner can send it again.
        return render(
            request,
            "onboarding/invitation.html",
            {"invitation": invitation, "expired": services.invitation_expired_message()},
            status=410,
        )
    if not request.user.is_authenticated:
        here = quote(request.get_full_path())
        return render(
            request,
            "onboarding/invitation.html",
            {
                "invitation": invitation,
                "login_url": f"{reverse('account_login')}?next={here}",
                "signup_url": f"{reverse('account_signup')}?next={here}",
            },
        )
    if state == "other":
        return render(request, "onboarding/invitation_other.html", status=404)
    if state == "unverified":
        return render(
            request,
            "onboarding/invitation_unverified.html",
            {"invitation": invitation},
            status=403,
        )
    if request.method == "POST":
        try:
            services.invitation_accept(invitation=invitation, user=request.user)
        except MembershipError as error:  # expired or unverified since the checks above
            messages.error(request, error.message)
            return redirect("onboarding:invitation", token=invitation.token)
        messages.success(
            request, _("You are now a member of %(name)s.") % {"name": invitation.business.name}
        )
        return redirect("onboarding:business", pk=invitation.business_id)
    return render(request, "onboarding/invitation.html", {"invitation": invitation})


# --- staff --------------------------------------------------------------------------------


def _staff_filters(request) -> tuple[StaffDashboardFilter, StaffFilters]:
    """The dashboard's filters; staff only, and a province outside the user's scope is a
    404 like any record out of scope."""
    if not roles.has_role(request.user, roles.STAFF):
        raise Http404
    dashboard = StaffDashboardFilter(request.GET, user=request.user)
    if dashboard.province_out_of_scope:
        raise Http404
    return dashboard, dashboard.selected


@login_required
@reads_from_replica
def staff_dashboard(request):
    dashboard, filters = _staff_filters(request)
    scope = {"user": request.user, "filters": filters}
    # Read before the page: the page is kept until a write in these provinces renews them.
    versions = figures_versions(selectors.dashboard_scope(**scope, provinces=dashboard.provinces))
    page = selectors.business_page_for_staff(**scope, number=request.GET.get("page"))
    # Kept in the cache between writes (onboarding/figures.py).
    figures = selectors.dashboard_figures(**scope, provinces=dashboard.provinces)
    funnel, by_platform, by_sector = figures.funnel, figures.by_platform, figures.by_sector
    query = request.GET.copy()
    query.pop("page", None)
    response = render(
        request,
        "onboarding/staff/dashboard.html",
        {
            "filters": filters,
            "provinces": dashboard.provinces,
            "own_website": OWN_WEBSITE,
            "page": page,
            "pending": selectors.reviewables(
                user=request.user, rows=selectors.business_pending_for_staff(**scope)[:50]
            ),
            "queue": selectors.reviewables(
                user=request.user,
                rows=figures.queue,
                business=lambda step: step.journey.business,
            ),
            "overdue": figures.overdue,
            "counts": figures.counts,
            "funnel": funnel,
            "funnel_chart": charts.bar_chart(
                [{"label": str(translated(r, "title")), "done": r.done} for r in funnel],
                label="label",
                value="done",
                title=_("Businesses that reached each step"),
            ),
            "by_platform": by_platform,
            "platform_chart": charts.bar_chart(
                by_platform,
                label="label",
                value="n",
                title=_("Businesses by platform"),
            ),
            "by_sector": by_sector,
            "sector_chart": charts.bar_chart(
                by_sector,
                label="label",
                value="n",
                title=_("Businesses by sector"),
                colour="#1e6b35",
            ),
            "platforms": Platform.choices,
            "sectors": Business.Sector.choices,
            "templates": dashboard.templates,
            "query": query.urlencode(),
        },
    )
    response["Cache-Control"] = "private"
    # Kept whole for this person between writes in their provinces (portal/privatecache.py),
    # not with a replica: a page read from a replica behind the write would be kept as new.
    if versions is not None and not has_replica():
        cache_privately(response, depends_on=versions)
    return response


@never_cache
@login_required
@reads_from_replica
def staff_export_csv(request):
    _dashboard, filters = _staff_filters(request)
    return exports.csv_response(
        selectors.business_list_for_staff(user=request.user, filters=filters)
    )


@never_cache
@login_required
@reads_from_replica
def staff_export_xlsx(request):
    _dashboard, filters = _staff_filters(request)
    return exports.xlsx_response(
        selectors.business_list_for_staff(user=request.user, filters=filters)
    )


@never_cache
@login_required
def staff_business(request, pk):
    business = get_object_or_404(selectors.business_scope_for_staff(user=request.user), pk=pk)
    review = selectors.reviewable(user=request.user, business=business)
    others = selectors.tax_code_claims(user=request.user, business=business)
    form = RegistrationDecisionForm(
        None if review.conflict else request.POST or None, others=others
    )
    status = 200
    if request.method == "POST" and review.conflict:
        # A member of the business: nothing is decided, whatever was posted.
        messages.error(request, services.conflict_message())
        status = 403
    elif request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            if data["decision"] == "approve":
                services.business_approve(
                    business=business,
                    by=request.user,
                    comment=data["comment"],
                    others_reason=data.get("others_reason", ""),
                    replace_approved=data.get("replace_approved", False),
                )
                messages.success(request, _("Registration approved; the owner is notified."))
            else:
                services.business_reject(business=business, by=request.user, reason=data["comment"])
                messages.success(request, _("Registration rejected; the owner is notified."))
        except RegistrationError as exc:
            messages.error(request, exc.message)
            business = get_object_or_404(
                selectors.business_scope_for_staff(user=request.user), pk=pk
            )
            review = selectors.reviewable(user=request.user, business=business)
            others = selectors.tax_code_claims(user=request.user, business=business)
        else:
            return redirect("onboarding:staff_business", pk=business.pk)
    elif request.method == "POST":
        messages.error(request, _("Please correct the errors below."))
    today = timezone.localdate()
    cards = [journeys.journey_card(j, today) for j in business.journeys.prefetch_related("steps")]
    return render(
        request,
        "onboarding/staff/business.html",
        {
            "business": business,
            "review": review,
            "cards": cards,
            "form": form,
            "others": others,
            "registration_events": selectors.registration_events(business=business),
        },
        status=status,
    )


@never_cache
@login_required
def staff_review(request, pk):
    step = get_object_or_404(selectors.step_scope_for_staff(user=request.user), pk=pk)
    business = step.journey.business
    review = selectors.reviewable(user=request.user, business=business)
    form = ReviewForm(initial={"version": step.version})
    status = 200
    if request.method == "POST" and review.conflict:
        # A member of the business: nothing is decided, whatever was posted.
        messages.error(request, services.conflict_message())
        status = 403
    elif request.method == "POST":
        form = ReviewForm(request.POST, initial={"version": step.version})
        if form.is_valid():
            try:
                _review_decide(request, step, form.cleaned_data)
            except StepError as exc:
                messages.error(request, exc.message)
                step = get_object_or_404(selectors.step_scope_for_staff(user=request.user), pk=pk)
                step.journey.business = business
                form = ReviewForm(
                    initial={"version": step.version, "comment": form.cleaned_data["comment"]}
                )
            else:
                return redirect("onboarding:staff")
        else:
            messages.error(request, _("Please correct the errors below."))
    return _review_page(request, step, review=review, form=form, status=status)


@require_POST
@login_required
def staff_step_message(request, pk):
    """The conversation's form on the staff review page (see step_message)."""
    step = get_object_or_404(selectors.step_scope_for_staff(user=request.user), pk=pk)
    message_form = _message_post(request, step)
    if message_form is None:
        return redirect(reverse("onboarding:staff_review", args=[step.pk]) + "#conversation")
    review = selectors.reviewable(user=request.user, business=step.journey.business)
    form = ReviewForm(initial={"version": step.version})
    return _review_page(
        request, step, review=review, form=form, message_form=message_form, status=400
    )


def _review_page(request, step, *, review, form, message_form=None, status=200):
    return render(
        request,
        "onboarding/staff/review.html",
        {
            "step": step,
            "journey": step.journey,
            "business": step.journey.business,
            "review": review,
            "form": form,
            "can_review": step.status == JourneyStep.Status.SUBMITTED and not review.conflict,
            "files": step.files.all(),
            "events": step.events.all(),
            "course": selectors.course_completing(step=step),
            "conversation": selectors.step_messages(step=step),
            "message_form": message_form or MessageForm(),
            "message_url": reverse("onboarding:staff_step_message", args=[step.pk]),
        },
        status=status,
    )


def _review_decide(request, step, data) -> None:
    if data["decision"] == "approve":
        services.step_approve(
            step=step, by=request.user, expected_version=data["version"], comment=data["comment"]
        )
        messages.success(request, _("Step approved; the business is notified."))
    else:
        services.step_request_changes(
            step=step, by=request.user, expected_version=data["version"], comment=data["comment"]
        )
        messages.success(request, _("Changes requested; the business is notified."))
