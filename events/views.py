"""Views of the events app: parse input, call a selector or a service, present.

Public: the calendar, the feeds, an event's .ics. Learners: register, cancel, their
ticket. Organisers (trainers, reviewers and staff of the event's province, national
admins): check-in, attendance, closing, reports. Staff: programmes. Out of scope: 404.
"""

from __future__ import annotations

from datetime import timedelta
from urllib.parse import quote

import segno
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.contenttypes.models import ContentType
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from certification.models import Certificate
from courses.models import CoursePage
from events import exports, selectors, services
from events.filters import CalendarFilter, ProvinceReportFilter
from events.forms import CheckInForm, DecisionForm, NominateForm, ProgrammeForm
from events.models import EventPage, Participant, Registration
from events.services import EventError
from onboarding.charts import bar_chart
from onboarding.models import Business, Membership
from portal import roles
from portal.context import spread
from portal.models import Province

EXPORT_FORMATS = ("csv", "xlsx")


def _without_format(params) -> str:
    query = params.copy()
    query.pop("format", None)
    return query.urlencode()


# --- public ---------------------------------------------------------------------------------


@require_GET
def calendar(request):
    filters = CalendarFilter(request.GET).selected
    context = spread(selectors.calendar(filters=filters))
    context.update(
        {
            "filters": filters,
            "kinds": EventPage.Kind.choices,
            "audiences": EventPage.Audience.choices,
            "feed_scope": filters.province_value or "all",
            "is_organiser": selectors.is_organiser(user=request.user),
        }
    )
    return render(request, "events/calendar.html", context)


def _ics_response(data: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(data, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@require_GET
def feed(request, scope: str):
    """The iCalendar feed of a province's events (by code), the national ones, or all:
    what calendar apps subscribe to. Never carries an online link."""
    events = EventPage.objects.live().order_by("starts_at")
    if scope == "national":
        events, name = events.filter(province__isnull=True), _("National events")
    elif scope == "all":
        name = _("E-commerce Training Portal")
    elif scope.isdigit():
        province = Province.objects.current().filter(code=int(scope)).first()
        if province is None:
            raise Http404
        events, name = events.filter(province=province), province.name
    else:
        raise Http404
    # A feed lists what is coming and the last months, not years of history.
    events = events.filter(ends_at__gte=timezone.now() - timedelta(days=90))
    response = _ics_response(selectors.feed_ics(events=events, name=name), f"events-{scope}.ics")
    response["Content-Disposition"] = f'inline; filename="events-{scope}.ics"'
    return response


def _live_event(pk: int) -> EventPage:
    return get_object_or_404(EventPage.objects.live().select_related("province"), pk=pk)


@require_GET
def event_ics(request, pk: int):
    event = _live_event(pk)
    registration = None
    if request.user.is_authenticated:
        registration = Registration.objects.filter(event=event, user=request.user).first()
    response = _ics_response(
        selectors.event_ics(event=event, registration=registration), f"{event.slug}.ics"
    )
    if registration is not None:
        response["Cache-Control"] = "private"
    return response


# --- learners -------------------------------------------------------------------------------


def _registered_message(registrations: list[Registration]) -> str:
    waiting = [r for r in registrations if r.is_waiting]
    if not waiting:
        return _("You are registered. Your ticket is below; we have sent it by e-mail too.")
    if len(waiting) == len(registrations):
        return _("The event is full: you are on the waiting list. We will write if a seat frees.")
    return _("%(seats)s registered; %(waiting)s on the waiting list (the event is full).") % {
        "seats": len(registrations) - len(waiting),
        "waiting": len(waiting),
    }


@require_POST
@login_required
def register(request, pk: int):
    """Register as oneself, or (an owner) the chosen members of one's business."""
    event = _live_event(pk)
    try:
        if request.POST.get("business"):
            business = get_object_or_404(
                Business.objects.filter(
                    memberships__user=request.user, memberships__role=Membership.Role.OWNER
                ),
                pk=_int(request.POST.get("business")),
            )
            ids = [_int(v) for v in request.POST.getlist("members")]
            members = [
                m.user for m in business.memberships.select_related("user").filter(user_id__in=ids)
            ]
            registrations = services.registrations_create_for_business(
                event=event, business=business, members=members, by=request.user
            )
        else:
            registrations = [services.registration_create(event=event, user=request.user)]
    except EventError as exc:
        messages.error(request, exc.message)
        return redirect(event.url)
    messages.success(request, _registered_message(registrations))
    return redirect(f"{event.url}#registration")


def _int(value) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


@require_POST
@login_required
def cancel(request, pk: int):
    registration = get_object_or_404(
        selectors.registration_scope_for_user(user=request.user), pk=pk
    )
    try:
        services.registration_cancel(registration=registration, by=request.user)
    except EventError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, _("Registration cancelled."))
    return redirect(registration.event.url)


@never_cache
@login_required
def ticket(request, pk: int):
    """The attendee's ticket: a QR code to scan at the entrance, its code to type."""
    registration = get_object_or_404(
        selectors.registration_scope_for_user(user=request.user), pk=pk
    )
    event = registration.event
    qr_svg = ""
    # Once the event is over the ticket has done its job: the certificate takes its place.
    if registration.is_confirmed and not event.closed_at and not event.is_past():
        qr_svg = _qr_svg(_check_in_url(event, services.ticket_sign(registration.code)))
    certificate_code = None
    if registration.attended_at and event.closed_at:
        certificate_code = selectors.participation_certificate_code(
            user=registration.user, event=event
        )
    return render(
        request,
        "events/ticket.html",
        {
            "registration": registration,
            "event": event,
            "qr_svg": qr_svg,
            "online_url": event.online_url if registration.is_confirmed else "",
            "can_cancel": registration.is_active and not event.has_started(),
            "certificate_code": certificate_code,
        },
    )


def _check_in_url(event: EventPage, signed: str) -> str:
    path = reverse("events:check_in", args=[event.pk])
    return f"{settings.SITE_URL}{path}?ticket={quote(signed)}"


def _qr_svg(data: str) -> str:
    """An inline SVG QR code (segno, already used for certificates), drawn with a class
    and a title instead of fixed size so it scales on a phone."""

    return segno.make(data, error="m").svg_inline(
        scale=6, border=2, svgclass="ticket-qr", title=_("Ticket QR code"), omitsize=True
    )


# --- organisers -------------------------------------------------------------------------------


@never_cache
@login_required
def check_in(request, pk: int):
    """Scan (the phone's camera, in check_in.js) or type a ticket; the list below marks
    people present or absent until the event is closed. A link scanned by a phone's own
    camera app arrives here as ?ticket=... and is checked in after a confirmation."""
    event = get_object_or_404(selectors.event_list_for_organiser(user=request.user), pk=pk)
    form = CheckInForm(request.POST or None, initial={"code": request.GET.get("ticket", "")})
    result = None
    if request.method == "POST" and form.is_valid():
        try:
            registration, newly = services.registration_check_in(
                event=event, value=form.cleaned_data["code"], by=request.user
            )
        except EventError as exc:
            result = {"ok": False, "message": exc.message}
        else:
            name = registration.user.display_name
            result = {
                "ok": True,
                "registration": registration,
                "message": (
                    _("Checked in: %(name)s") if newly else _("Already checked in: %(name)s")
                )
                % {"name": name},
            }
            form = CheckInForm()
    registrations = selectors.check_in_list(event=event)
    return render(
        request,
        "events/check_in.html",
        {
            "event": event,
            "form": form,
            "result": result,
            "registrations": registrations,
            "attended": sum(1 for r in registrations if r.attended_at),
            "can_close": event.has_started() and not event.closed_at,
            # Before its day the list is there, but scanning would only be refused.
            "opens_on": event.local_start.date()
            if timezone.localdate() < event.local_start.date()
            else None,
        },
        status=200 if result is None or result["ok"] else 422,
    )


@require_POST
@login_required
def attendance(request, pk: int, registration_pk: int):
    event = get_object_or_404(selectors.event_list_for_organiser(user=request.user), pk=pk)
    registration = get_object_or_404(Registration, event=event, pk=registration_pk)
    try:
        services.attendance_set(
            registration=registration,
            present=request.POST.get("present") == "1",
            by=request.user,
        )
    except EventError as exc:
        messages.error(request, exc.message)
    return redirect(f"{reverse('events:check_in', args=[event.pk])}#r{registration.pk}")


@require_POST
@login_required
def close(request, pk: int):
    event = get_object_or_404(selectors.event_list_for_organiser(user=request.user), pk=pk)
    try:
        closed = services.event_close(event=event, by=request.user)
    except EventError as exc:
        messages.error(request, exc.message)
        return redirect("events:check_in", pk=event.pk)
    if closed and event.certificate_template_id:
        messages.success(
            request,
            _(
                "The event is closed. Participation certificates are being issued to everyone "
                "checked in."
            ),
        )
    elif closed:
        messages.success(request, _("The event is closed. It issues no certificate."))
    return redirect("events:report", pk=event.pk)


@never_cache
@login_required
def report(request, pk: int):
    event = get_object_or_404(selectors.event_list_for_organiser(user=request.user), pk=pk)
    fmt = request.GET.get("format")
    if fmt in EXPORT_FORMATS:
        return exports.registrations_response(
            selectors.report_registrations(event=event), fmt=fmt, filename=f"event-{event.pk}"
        )
    figures = selectors.event_report(event=event)

    totals = figures.totals
    status_rows = [
        {"label": _("Registered"), "n": totals.registered},
        {"label": _("Attended"), "n": totals.attended},
        {"label": _("No-show"), "n": totals.no_show},
        {"label": _("Waiting list"), "n": totals.waiting},
        {"label": _("Cancelled"), "n": totals.cancelled},
    ]
    return render(
        request,
        "events/report.html",
        {
            "event": event,
            **spread(figures),
            "status_rows": status_rows,
            "status_chart": bar_chart(
                status_rows, label="label", value="n", title=_("Registrations by status")
            ),
            "sector_chart": bar_chart(
                figures.by_sector,
                label="label",
                value="attended",
                title=_("Attendees by sector"),
                colour="#1e6b35",
            ),
            "certificates": _certificate_count(event),
        },
    )


def _certificate_count(event: EventPage) -> int | None:
    if not event.closed_at or not event.certificate_template_id:
        return None

    ct = ContentType.objects.get_for_model(EventPage)
    return Certificate.objects.filter(subject_type=ct, subject_id=str(event.pk)).count()


@never_cache
@login_required
def staff(request):
    """Events of my provinces: figures per event, a chart, links to check-in and reports."""
    if not selectors.is_organiser(user=request.user):
        raise Http404
    provinces = selectors.organiser_provinces(user=request.user)
    filters = ProvinceReportFilter(request.GET, provinces=provinces).selected
    figures = selectors.province_report(user=request.user, filters=filters)
    fmt = request.GET.get("format")
    if fmt in EXPORT_FORMATS:
        return exports.events_response(figures.events, fmt=fmt)

    chart_rows = [
        {"label": f"{e.local_start:%d/%m} · {e.display_title}", "n": e.attended}
        for e in figures.events[:15]
    ]
    this_year = timezone.localdate().year
    return render(
        request,
        "events/staff.html",
        {
            **spread(figures),
            "filters": filters,
            "years": list(range(this_year + 1, this_year - 4, -1)),
            "attendance_chart": bar_chart(
                chart_rows, label="label", value="n", title=_("Attendees per event")
            ),
            "sector_chart": bar_chart(
                figures.by_sector,
                label="label",
                value="n",
                title=_("Attendees by sector"),
                colour="#1e6b35",
            ),
            "can_run_programmes": roles.has_role(request.user, roles.STAFF),
            "query": _without_format(request.GET),
        },
    )


# --- programmes -----------------------------------------------------------------------------


@require_GET
def programmes(request):
    user = request.user
    return render(
        request,
        "events/programme_list.html",
        {
            "programmes": selectors.programme_list_public(),
            "can_create": user.is_authenticated and roles.has_role(user, roles.STAFF),
        },
    )


@never_cache
def programme(request, pk: int):
    """A programme's public page; owners of businesses apply here."""
    programme = get_object_or_404(selectors.programme_list_public(), pk=pk)
    if request.method == "POST":
        if not request.user.is_authenticated:
            return redirect(f"{reverse('account_login')}?next={quote(request.path)}")

        business = get_object_or_404(
            Business.objects.filter(memberships__user=request.user),
            pk=_int(request.POST.get("business")),
        )
        try:
            participant = services.participant_apply(
                programme=programme, business=business, by=request.user
            )
        except EventError as exc:
            messages.error(request, exc.message)
        else:
            if participant.just_applied:
                messages.success(request, _("Application sent: staff will answer."))
            else:  # a second post (a reload, a double click): nothing new was sent
                messages.info(
                    request,
                    _("%(name)s applied before: %(status)s.")
                    % {"name": business.name, "status": participant.get_status_display()},
                )
        return redirect(programme.get_absolute_url())
    mine = selectors.participant_progress_rows(
        programme=programme,
        participants=selectors.participations_of_user(user=request.user, programme=programme),
    )
    return render(
        request,
        "events/programme_detail.html",
        {
            "programme": programme,
            "requirements": selectors.programme_requirements(programme=programme),
            "mine": mine,
            "can_apply": selectors.businesses_to_apply(user=request.user, programme=programme),
            "can_manage": selectors.programme_list_for_staff(user=request.user)
            .filter(pk=programme.pk)
            .exists()
            if request.user.is_authenticated
            else False,
        },
    )


def _programme_form(request, *, instance=None):
    user = request.user
    national = roles.is_national_admin(user)
    provinces = roles.provinces_for(user, roles.STAFF).order_by("name")
    return ProgrammeForm(
        request.POST or None,
        instance=instance,
        user=user,
        provinces=provinces,
        national=national,
        events=selectors.event_list_for_organiser(user=user)
        .live()
        .filter(ends_at__gte=timezone.now() - timedelta(days=365))
        .order_by("starts_at"),
        courses=CoursePage.objects.live().order_by("title"),
    )


_REQUIREMENTS = ("courses", "journey_templates", "events")


def _split(cleaned: dict) -> tuple[dict, dict]:
    fields = {k: v for k, v in cleaned.items() if k not in _REQUIREMENTS}
    return fields, {k: cleaned.get(k) or [] for k in _REQUIREMENTS}


@never_cache
@login_required
def programme_create(request):
    if not roles.has_role(request.user, roles.STAFF):
        raise Http404
    form = _programme_form(request)
    if request.method == "POST" and form.is_valid():
        fields, requirements = _split(form.cleaned_data)
        programme = services.programme_create(by=request.user, **fields, **requirements)
        messages.success(request, _("Programme created. Nominate businesses below."))
        return redirect("events:programme_dashboard", pk=programme.pk)
    return render(request, "events/programme_form.html", {"form": form, "programme": None})


@never_cache
@login_required
def programme_edit(request, pk: int):
    programme = get_object_or_404(selectors.programme_list_for_staff(user=request.user), pk=pk)
    form = _programme_form(request, instance=programme)
    if request.method == "POST" and form.is_valid():
        fields, requirements = _split(form.cleaned_data)
        services.programme_update(programme=programme, **fields, **requirements)
        messages.success(request, _("Programme saved."))
        return redirect("events:programme_dashboard", pk=programme.pk)
    return render(request, "events/programme_form.html", {"form": form, "programme": programme})


@require_GET
@never_cache
@login_required
def programme_dashboard(request, pk: int):
    """Staff: each business's progress through the requirements, the applications waiting
    and the form to nominate a business (each form posts to its own endpoint below)."""
    programme = get_object_or_404(selectors.programme_list_for_staff(user=request.user), pk=pk)
    candidates = selectors.businesses_for_nomination(user=request.user, programme=programme)
    fmt = request.GET.get("format")
    if fmt in EXPORT_FORMATS:
        dashboard = selectors.programme_dashboard(programme=programme)
        return exports.programme_response(dashboard, fmt=fmt, filename=f"programme-{programme.pk}")
    return _programme_dashboard_page(
        request, programme, NominateForm(prefix="nominate", businesses=candidates)
    )


def _programme_dashboard_page(request, programme, nominate_form, *, status=200):
    dashboard = selectors.programme_dashboard(programme=programme)
    chart_rows = [
        {"label": row.participant.business.name, "n": row.progress.percent}
        for row in dashboard.taking_part
    ]
    return render(
        request,
        "events/programme_dashboard.html",
        {
            **spread(dashboard),
            "programme": programme,
            "nominate_form": nominate_form,
            "progress_chart": bar_chart(
                chart_rows, label="label", value="n", title=_("Progress of each business (%)")
            ),
        },
        status=status,
    )


@require_POST
@login_required
def programme_nominate(request, pk: int):
    """Staff nominate an approved business of their province: it takes part at once."""
    programme = get_object_or_404(selectors.programme_list_for_staff(user=request.user), pk=pk)
    candidates = selectors.businesses_for_nomination(user=request.user, programme=programme)
    form = NominateForm(request.POST, prefix="nominate", businesses=candidates)
    if not form.is_valid():
        messages.error(request, _("Choose a business of the list."))
        return _programme_dashboard_page(request, programme, form, status=400)
    business = form.cleaned_data["business"]
    try:
        services.participant_nominate(programme=programme, business=business, by=request.user)
    except EventError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, _("%(name)s takes part now.") % {"name": business.name})
    return redirect("events:programme_dashboard", pk=programme.pk)


@require_POST
@login_required
def programme_answer(request, pk: int):
    """Staff accept or decline a business's application."""
    programme = get_object_or_404(selectors.programme_list_for_staff(user=request.user), pk=pk)
    form = DecisionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("This form is out of date: reload the page."))
        return redirect("events:programme_dashboard", pk=programme.pk)
    participant = get_object_or_404(
        Participant, programme=programme, pk=form.cleaned_data["participant"]
    )
    try:
        services.participant_decide(
            participant=participant,
            accept=form.cleaned_data["decision"] == "accept",
            by=request.user,
        )
    except EventError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, _("Answer saved."))
    return redirect("events:programme_dashboard", pk=programme.pk)
