"""Reads of the events app, with scoping applied here (never in templates).

The calendar and event pages are public (the online link aside); registrations are
their holder's; check-in, attendance, reports and programme dashboards belong to the
trainers, reviewers and staff of the event's province (national admins: all), through
portal.roles. The `*_scope_*` and `*_list_*` selectors are the querysets a user may open
one record of: the views answer 404 for anything else. The pages' filters are read by
events/filters.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Case, Count, F, IntegerField, Q, QuerySet, Value, When
from django.db.models.functions import Greatest
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from certification.selectors import certificate_list_for_user
from courses.learning import LearningSection
from courses.models import Enrolment
from events import ical
from events.filters import CalendarFilters, ProvinceReportFilters
from events.models import EventPage, Participant, Programme, Registration
from onboarding.models import Business, Journey, Membership
from portal import roles
from portal.i18n import Translated, translated
from portal.models import Province

R = Registration.Status
ORGANISER_ROLES = (roles.TRAINERS, roles.REVIEWERS, roles.STAFF)
PAST_EVENTS_SHOWN = 12


def _language() -> str:
    return get_language() or "vi"


# --- scope --------------------------------------------------------------------------------


def organiser_province_ids(*, user) -> set[int] | None:
    """The provinces whose events `user` runs (check-in, reports): those where they are a
    trainer, reviewer or onboarding staff. None means all (national admins)."""
    if not user.is_authenticated:
        return set()
    if roles.is_national_admin(user):
        return None
    ids: set[int] = set()
    for role in ORGANISER_ROLES:
        if roles.has_role(user, role):
            ids |= set(roles.provinces_for(user, role).values_list("pk", flat=True))
    return ids


def is_organiser(*, user) -> bool:
    ids = organiser_province_ids(user=user)
    return ids is None or bool(ids)


def event_list_for_organiser(*, user) -> QuerySet[EventPage]:
    """Events of the provinces `user` organises (national admins: all, national ones too)."""
    qs = EventPage.objects.select_related("province")
    ids = organiser_province_ids(user=user)
    if ids is None:
        return qs
    return qs.filter(province_id__in=ids)


def registration_scope_for_user(*, user) -> QuerySet[Registration]:
    """Registrations for their attendee, and for the owner who registered them."""
    if not user.is_authenticated:
        return Registration.objects.none()
    return Registration.objects.select_related("event", "user__profile", "business").filter(
        Q(user=user) | Q(registered_by=user, business__isnull=False)
    )


# --- the calendar -------------------------------------------------------------------------


def _month_bounds(month: date) -> tuple[datetime, datetime]:
    start = timezone.make_aware(datetime.combine(month.replace(day=1), time.min))
    following = (month.replace(day=28) + timedelta(days=4)).replace(day=1)
    return start, timezone.make_aware(datetime.combine(following, time.min))


def event_list_public(*, filters: CalendarFilters) -> QuerySet[EventPage]:
    qs = EventPage.objects.live().select_related("province")
    if filters.national:
        qs = qs.filter(province__isnull=True)
    elif filters.province is not None:
        qs = qs.filter(province=filters.province)
    if filters.month is not None:
        start, end = _month_bounds(filters.month)
        qs = qs.filter(starts_at__lt=end, ends_at__gte=start)
    if filters.kind:
        qs = qs.filter(kind=filters.kind)
    if filters.audience:
        # "Everyone" events are for businesses and officials too.
        qs = qs.filter(audience__in=[filters.audience, EventPage.Audience.EVERYONE])
    return qs


@dataclass(frozen=True, slots=True)
class CalendarMonth:
    """The upcoming events starting in one month (Vietnam time)."""

    month: date  # its first day
    events: list[EventPage]


@dataclass(frozen=True, slots=True)
class Calendar:
    """The public calendar: upcoming events by month, the latest past ones, and what the
    province filter offers."""

    months: list[CalendarMonth]
    upcoming: list[EventPage]  # each with seats_left (None: no limit)
    past: list[EventPage]
    provinces: list[Province]  # those with events (and the one chosen)
    has_national: bool  # whether there are national events to choose


def calendar(*, filters: CalendarFilters, now=None) -> Calendar:
    """Upcoming events (soonest first, grouped by month in Vietnam time) and the latest
    past ones, each with `seats_left` (None without a limit); the provinces that have
    events."""
    now = now or timezone.now()
    confirmed = Count("registrations", filter=Q(registrations__status=R.CONFIRMED))
    qs = event_list_public(filters=filters).annotate(
        seats_left=Case(
            When(capacity__isnull=True, then=Value(None)),
            default=Greatest(F("capacity") - confirmed, Value(0)),
            output_field=IntegerField(),
        )
    )
    upcoming = list(qs.filter(ends_at__gte=now).order_by("starts_at", "pk"))
    past = list(qs.filter(ends_at__lt=now).order_by("-starts_at", "-pk")[:PAST_EVENTS_SHOWN])
    by_month: dict[date, list[EventPage]] = {}  # in order: the events are soonest first
    for event in upcoming:
        key = timezone.localtime(event.starts_at).date().replace(day=1)
        by_month.setdefault(key, []).append(event)
    province_ids = EventPage.objects.live().values_list("province_id", flat=True).distinct()
    provinces = list(Province.objects.filter(pk__in=province_ids))
    if filters.province and filters.province not in provinces:
        provinces.append(filters.province)
    return Calendar(
        months=[CalendarMonth(month=m, events=events) for m, events in by_month.items()],
        upcoming=upcoming,
        past=past,
        provinces=sorted(provinces, key=lambda p: p.name),
        has_national=EventPage.objects.live().filter(province__isnull=True).exists(),
    )


# --- an event's page ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BusinessOption:
    """A business the user owns, to register its members: who is already registered."""

    business: Business
    members: list = field(default_factory=list)  # [(user, registration or None)]

    @property
    def has_unregistered(self) -> bool:
        return any(registration is None for _user, registration in self.members)


def _owned_businesses(user, event: EventPage) -> list[BusinessOption]:
    owned = list(
        Business.objects.filter(
            memberships__user=user,
            memberships__role=Membership.Role.OWNER,
            status=Business.Status.APPROVED,
        ).order_by("name")
    )
    if not owned:
        return []
    memberships = (
        Membership.objects.filter(business__in=owned)
        .select_related("user__profile")
        .order_by("-role", "user__profile__full_name", "pk")
    )
    registered = {
        r.user_id: r
        for r in Registration.objects.filter(
            event=event, user__business_memberships__business__in=owned
        ).exclude(status=R.CANCELLED)
    }
    options = {b.pk: BusinessOption(business=b) for b in owned}
    for membership in memberships:
        options[membership.business_id].members.append(
            (membership.user, registered.get(membership.user_id))
        )
    return list(options.values())


@dataclass(frozen=True, slots=True)
class EventView:
    """An event's page for one visitor."""

    event_title: Translated
    event_summary: Translated
    event_description: Translated
    seats_left: int | None  # None: no limit
    registration: Registration | None  # theirs, while active
    cancelled_registration: Registration | None  # theirs, cancelled
    waiting_position: int | None  # their place on the waiting list
    waiting_count: int
    online_url: str  # only for a confirmed registration
    registration_open: bool
    open_to_user: bool
    has_started: bool
    is_past: bool
    businesses: list[BusinessOption]  # theirs, to register members
    certificate_code: str | None  # of their participation certificate
    can_organise: bool
    linked_courses: list
    linked_journeys: list


def event_view_get(*, event: EventPage, user) -> EventView:
    """What the event page shows `user`: the event in their language, seats, their own
    registration (and the online link only when it is confirmed), their businesses to
    register, their participation certificate, and the organisers' links."""
    language = _language()
    counts = Registration.objects.filter(event=event).aggregate(
        confirmed=Count("pk", filter=Q(status=R.CONFIRMED)),
        waiting=Count("pk", filter=Q(status=R.WAITING)),
    )
    registration = None
    position = None
    certificate_code = None
    businesses: list[BusinessOption] = []
    if user.is_authenticated:
        registration = Registration.objects.filter(event=event, user=user).first()
        if registration is not None and registration.status == R.WAITING:
            position = (
                Registration.objects.filter(event=event, status=R.WAITING)
                .filter(
                    Q(queued_at__lt=registration.queued_at)
                    | Q(queued_at=registration.queued_at, pk__lt=registration.pk)
                )
                .count()
                + 1
            )
        if registration is not None and registration.attended_at and event.closed_at:
            certificate_code = participation_certificate_code(user=user, event=event)
        businesses = _owned_businesses(user, event)
    confirmed = registration is not None and registration.status == R.CONFIRMED
    return EventView(
        event_title=event.display_title,
        event_summary=event.display_summary,
        event_description=translated(event, "description", language),
        seats_left=None if event.capacity is None else max(event.capacity - counts["confirmed"], 0),
        registration=registration if registration and registration.is_active else None,
        cancelled_registration=registration
        if registration and not registration.is_active
        else None,
        waiting_position=position,
        waiting_count=counts["waiting"],
        online_url=event.online_url if confirmed else "",
        registration_open=event.registration_open(),
        open_to_user=event.is_open_to(user),
        has_started=event.has_started(),
        is_past=event.is_past(),
        businesses=businesses,
        certificate_code=certificate_code,
        can_organise=_organises(user, event),
        linked_courses=[c for c in event.courses.filter(live=True) if c.is_visible_to(user)],
        linked_journeys=list(event.journey_templates.filter(is_active=True)),
    )


def _organises(user, event: EventPage) -> bool:
    ids = organiser_province_ids(user=user)
    return ids is None or (event.province_id is not None and event.province_id in ids)


def participation_certificate_code(*, user, event: EventPage) -> str | None:
    ct = ContentType.objects.get_for_model(EventPage)
    return (
        certificate_list_for_user(user=user)
        .filter(subject_type=ct, subject_id=str(event.pk), superseded_at__isnull=True)
        .values_list("code", flat=True)
        .first()
    )


def upcoming_for_learning(*, user):
    """The "Upcoming" section of /learning/: the events `user` is registered for (or
    waiting for) that have not ended. One query."""

    if not user.is_authenticated:
        return None
    registrations = list(
        Registration.objects.filter(user=user, event__live=True, event__ends_at__gte=timezone.now())
        .exclude(status=R.CANCELLED)
        .select_related("event")
        .order_by("event__starts_at")
    )
    ends = [registration.event.ends_at for registration in registrations]
    return LearningSection(
        "events/includes/upcoming.html",
        {"registrations": registrations},
        changes_at=min(ends, default=None),  # the first to end leaves the list
    )


# --- check-in and reports -----------------------------------------------------------------


def check_in_list(*, event: EventPage) -> list[Registration]:
    """Everyone registered (confirmed), names first, with who checked them in."""
    return list(
        Registration.objects.filter(event=event, status=R.CONFIRMED)
        .select_related("user__profile", "business", "checked_in_by__profile")
        .order_by("user__profile__full_name", "user__email", "pk")
    )


def _status_counts(prefix: str = "") -> dict:
    """Aggregates of registrations by status (`prefix`: the path to them), named like
    RegistrationFigures' fields."""
    p = f"{prefix}status"
    attended = f"{prefix}attended_at__isnull"
    return {
        "registered": Count("pk", filter=Q(**{p: R.CONFIRMED})),
        "waiting": Count("pk", filter=Q(**{p: R.WAITING})),
        "attended": Count("pk", filter=Q(**{p: R.CONFIRMED, attended: False})),
        "cancelled": Count("pk", filter=Q(**{p: R.CANCELLED})),
    }


@dataclass(frozen=True, slots=True)
class RegistrationFigures:
    """Registrations of an event (or of a group of its attendees: `label`) by status.
    No-shows exist only once the event has ended (before, they may still come)."""

    registered: int
    waiting: int
    attended: int
    cancelled: int
    no_show: int
    label: str = ""

    @classmethod
    def of(cls, row: dict, *, past: bool, label: str = "") -> RegistrationFigures:
        """From a row of _status_counts() aggregates."""
        return cls(
            registered=row["registered"],
            waiting=row["waiting"],
            attended=row["attended"],
            cancelled=row["cancelled"],
            no_show=row["registered"] - row["attended"] if past else 0,
            label=label,
        )


@dataclass(frozen=True, slots=True)
class EventReport:
    """An event's figures, in all and by group of attendees."""

    totals: RegistrationFigures
    by_sector: list[RegistrationFigures]  # labelled with the business's sector
    by_former_province: list[RegistrationFigures]  # labelled with its former province


def event_report(*, event: EventPage) -> EventReport:
    """An event's figures: registered, waiting, attended, no-show, cancelled; the same
    by business sector and by former province (attendees without a business apart)."""

    past = event.is_past() or event.closed_at is not None
    base = Registration.objects.filter(event=event)
    sectors = dict(Business.Sector.choices)
    return EventReport(
        totals=RegistrationFigures.of(base.aggregate(**_status_counts()), past=past),
        by_sector=[
            RegistrationFigures.of(
                row, past=past, label=str(sectors.get(row["business__sector"], _("No business")))
            )
            for row in base.values("business__sector")
            .annotate(**_status_counts())
            .order_by("business__sector")
        ],
        by_former_province=[
            RegistrationFigures.of(
                row,
                past=past,
                label=row["business__former_province__name"] or str(_("Not recorded")),
            )
            for row in base.values("business__former_province__name")
            .annotate(**_status_counts())
            .order_by("business__former_province__name")
        ],
    )


def report_registrations(*, event: EventPage) -> QuerySet[Registration]:
    """Every registration of the event, for the export (one query, iterated)."""
    return (
        Registration.objects.filter(event=event)
        .select_related("user__profile", "business__former_province", "business__province")
        .order_by("status", "user__profile__full_name", "pk")
    )


def organiser_provinces(*, user) -> QuerySet[Province]:
    """The current provinces whose events `user` organises (national admins: all)."""
    ids = organiser_province_ids(user=user)
    provinces = Province.objects.current()
    return provinces if ids is None else provinces.filter(pk__in=ids)


@dataclass(frozen=True, slots=True)
class SectorAttendance:
    """How many attended the events of a report from businesses of one sector."""

    label: str
    n: int


@dataclass(frozen=True, slots=True)
class ProvinceReport:
    """The organisers' report of their provinces' events."""

    # Newest first, each annotated with registered, waiting, attended, cancelled, no_show.
    events: list[EventPage]
    totals: RegistrationFigures
    by_sector: list[SectorAttendance]


def province_report(*, user, filters: ProvinceReportFilters) -> ProvinceReport:
    """Per event of the user's provinces (a chosen one, a chosen year): registered,
    waiting, attended, no-show; the totals; attendance by business sector. Three queries
    whatever the number of events."""

    events = event_list_for_organiser(user=user)
    if filters.province is not None:
        events = events.filter(province=filters.province)
    if filters.year is not None:
        start = timezone.make_aware(datetime(filters.year, 1, 1))
        end = start.replace(year=filters.year + 1)
        events = events.filter(starts_at__gte=start, starts_at__lt=end)
    # No-shows exist only once an event has ended or closed (before, they may still come).
    ended = Q(ends_at__lt=timezone.now()) | Q(closed_at__isnull=False)
    rows = list(
        events.annotate(**_status_counts("registrations__"))
        .annotate(
            no_show=Case(
                When(ended, then=F("registered") - F("attended")),
                default=Value(0),
                output_field=IntegerField(),
            )
        )
        .order_by("-starts_at")
    )
    totals = {
        key: sum(getattr(event, key) for event in rows)
        for key in ("registered", "waiting", "attended", "cancelled", "no_show")
    }
    sectors = dict(Business.Sector.choices)
    by_sector = [
        SectorAttendance(
            label=str(sectors.get(row["business__sector"], _("No business"))), n=row["n"]
        )
        for row in Registration.objects.filter(
            event__in=events, status=R.CONFIRMED, attended_at__isnull=False
        )
        .values("business__sector")
        .annotate(n=Count("pk"))
        .order_by("-n", "business__sector")
    ]
    return ProvinceReport(events=rows, totals=RegistrationFigures(**totals), by_sector=by_sector)


# --- programmes ---------------------------------------------------------------------------


def programme_list_public() -> QuerySet[Programme]:
    return Programme.objects.select_related("province").order_by("-starts_on", "title")


def programme_list_for_staff(*, user) -> QuerySet[Programme]:
    """Programmes staff of a province run: their provinces'; national admins all (the
    national ones too)."""
    qs = programme_list_public()
    if roles.is_national_admin(user):
        return qs
    return roles.scope_queryset(qs, user, role=roles.STAFF, field="province")


def businesses_for_nomination(*, user, programme: Programme) -> QuerySet:
    """Approved businesses staff may nominate: in the programme's province (a national
    programme: any in the staff member's scope), not already in it."""

    qs = Business.objects.filter(status=Business.Status.APPROVED).select_related("province")
    if programme.province_id is not None:
        qs = qs.filter(province_id=programme.province_id)
    qs = roles.scope_queryset(qs, user, role=roles.STAFF, field="province")
    return qs.exclude(programme_participations__programme=programme).order_by("name")


def businesses_to_apply(*, user, programme: Programme) -> list:
    """The approved businesses `user` owns that could apply (in scope, not in it yet)."""

    if not user.is_authenticated or not programme.accepts_applications:
        return []
    qs = Business.objects.filter(
        memberships__user=user,
        memberships__role=Membership.Role.OWNER,
        status=Business.Status.APPROVED,
    )
    if programme.province_id is not None:
        qs = qs.filter(province_id=programme.province_id)
    return list(qs.exclude(programme_participations__programme=programme).order_by("name"))


def participations_of_user(*, user, programme: Programme) -> list[Participant]:
    if not user.is_authenticated:
        return []
    return list(
        programme.participants.filter(business__memberships__user=user).select_related("business")
    )


@dataclass(frozen=True, slots=True)
class Requirement:
    kind: str  # "course", "journey", "event"
    title: object  # a portal.i18n.Translated
    done: bool


@dataclass(frozen=True, slots=True)
class Progress:
    items: list[Requirement]

    @property
    def done(self) -> int:
        return sum(1 for item in self.items if item.done)

    @property
    def total(self) -> int:
        return len(self.items)

    @property
    def complete(self) -> bool:
        return self.done == self.total

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 100


@dataclass(frozen=True, slots=True)
class Requirements:
    """What a programme asks of each business, in the order progress lists them."""

    courses: list
    journeys: list
    events: list[EventPage]

    @property
    def count(self) -> int:
        return len(self.courses) + len(self.journeys) + len(self.events)


def programme_requirements(*, programme: Programme) -> Requirements:
    return Requirements(
        courses=list(programme.courses.order_by("title")),
        journeys=list(programme.journey_templates.order_by("title")),
        events=list(programme.events.order_by("starts_at")),
    )


def programme_progress(
    *, programme: Programme, participants, requirements: Requirements | None = None
) -> dict[int, Progress]:
    """{participant id: Progress}: for each business, which required courses a member
    has completed, which required journeys the business has completed, which required
    events a member attended. A fixed number of queries whatever the number of businesses."""

    language = _language()
    req = requirements or programme_requirements(programme=programme)
    participants = list(participants)
    business_ids = {p.business_id for p in participants}
    members: dict[int, set[int]] = {b: set() for b in business_ids}
    for business_id, user_id in Membership.objects.filter(business_id__in=business_ids).values_list(
        "business_id", "user_id"
    ):
        members[business_id].add(user_id)
    user_ids = set().union(*members.values()) if members else set()
    courses_done = (
        set(
            Enrolment.objects.filter(
                user_id__in=user_ids, course__in=req.courses, status=Enrolment.Status.COMPLETED
            ).values_list("user_id", "course_id")
        )
        if req.courses and user_ids
        else set()
    )
    journeys_done = (
        set(
            Journey.objects.filter(
                business_id__in=business_ids,
                template__in=req.journeys,
                status=Journey.Status.COMPLETED,
            ).values_list("business_id", "template_id")
        )
        if req.journeys
        else set()
    )
    attended = (
        set(
            Registration.objects.filter(
                user_id__in=user_ids,
                event__in=req.events,
                status=R.CONFIRMED,
                attended_at__isnull=False,
            ).values_list("user_id", "event_id")
        )
        if req.events and user_ids
        else set()
    )
    result = {}
    for participant in participants:
        people = members.get(participant.business_id, set())
        items = [
            Requirement(
                "course",
                translated(c, "title", language),
                any((u, c.pk) in courses_done for u in people),
            )
            for c in req.courses
        ]
        items += [
            Requirement(
                "journey",
                translated(t, "title", language),
                (participant.business_id, t.pk) in journeys_done,
            )
            for t in req.journeys
        ]
        items += [
            Requirement(
                "event",
                translated(e, "title", language),
                any((u, e.pk) in attended for u in people),
            )
            for e in req.events
        ]
        result[participant.pk] = Progress(items)
    return result


@dataclass(frozen=True, slots=True)
class ParticipantProgress:
    """A business taking part in a programme, and how far it got."""

    participant: Participant
    progress: Progress


def participant_progress_rows(*, programme: Programme, participants) -> list[ParticipantProgress]:
    """`participants` of `programme`, in order, each with its progress (programme_progress)."""
    participants = list(participants)
    progress = programme_progress(programme=programme, participants=participants)
    return [ParticipantProgress(p, progress[p.pk]) for p in participants]


@dataclass(frozen=True, slots=True)
class ProgrammeDashboard:
    """A programme's staff dashboard."""

    requirements: Requirements
    requirement_count: int
    taking_part: list[ParticipantProgress]
    applications: list[Participant]
    declined: list[Participant]
    completed_count: int


def programme_dashboard(*, programme: Programme) -> ProgrammeDashboard:
    """The staff dashboard of a programme: every business with its progress; the
    applications waiting; counts for the chart."""
    participants = list(
        programme.participants.select_related("business__province", "business__former_province")
    )
    requirements = programme_requirements(programme=programme)
    progress = programme_progress(
        programme=programme, participants=participants, requirements=requirements
    )
    taking_part = [
        ParticipantProgress(p, progress[p.pk])
        for p in participants
        if p.status == Participant.Status.ACCEPTED
    ]
    return ProgrammeDashboard(
        requirements=requirements,
        requirement_count=requirements.count,
        taking_part=taking_part,
        applications=[p for p in participants if p.status == Participant.Status.APPLIED],
        declined=[p for p in participants if p.status == Participant.Status.DECLINED],
        completed_count=sum(1 for row in taking_part if row.participant.completed_at),
    )


# --- iCalendar --------------------------------------------------------------------------


def _ics_item(event: EventPage, *, online_url: str = "") -> ical.Item:
    language = _language()
    host = settings.SITE_URL.split("//")[-1].split("/")[0].split(":")[0] or "localhost"
    return ical.Item(
        uid=f"event-{event.pk}@{host}",
        title=str(translated(event, "title", language)),
        starts_at=event.starts_at,
        ends_at=event.ends_at,
        url=event.full_url or "",
        description=str(translated(event, "summary", language)),
        location=str(translated(event, "venue", language)) if event.venue else "",
        online_url=online_url,
        organiser=str(translated(event, "organiser", language)) if event.organiser else "",
        modified_at=event.last_published_at,
    )


def event_ics(*, event: EventPage, registration: Registration | None = None) -> bytes:
    """One event as an .ics file; the online link only for a confirmed registration."""
    confirmed = registration is not None and registration.status == R.CONFIRMED
    item = _ics_item(event, online_url=event.online_url if confirmed else "")
    return ical.calendar_bytes([item], name=item.title)


def feed_ics(*, events, name: str) -> bytes:
    """A calendar feed (a province's events): never any online link."""
    return ical.calendar_bytes([_ics_item(e) for e in events], name=name)
