"""Writes of the events app: registrations and the waiting list, check-in and attendance,
closing an event (participation certificates), reminders, programmes.

Every function is keyword-only, typed and atomic. Seats are counted under a row lock on
the event (SELECT ... FOR UPDATE on PostgreSQL; SQLite serialises writers), so however
many people register at once, no more than `capacity` are confirmed and the waiting
list keeps its order. E-mails and certificates are queued with ``delay_on_commit``.
"""

from __future__ import annotations

import secrets
from urllib.parse import parse_qs, urlsplit

from django.core import signing
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from certification.services import certificate_issue
from events.models import EventPage, Participant, Programme, Registration
from events.selectors import programme_progress
from onboarding.models import Business, Membership

R = Registration.Status
P = Participant.Status

# No look-alike characters (as certificate codes): no 0/O, 1/I/L, U.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_LENGTH = 8  # 30**8 ≈ 6.6e11; a code is only looked up within one event by its staff
TICKET_SALT = "events.ticket"


class EventError(Exception):
    """A request that cannot be done; the message is translated and shown as it is."""

    def __init__(self, message):
        self.message = message
        super().__init__(str(message))


# --- tickets ------------------------------------------------------------------------------


def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalise_code(value: str) -> str:
    """What staff type (spaces, dashes, lower case) to the stored form."""
    return "".join(ch for ch in (value or "").upper() if ch.isalnum())


def ticket_sign(code: str) -> str:
    """The value of the ticket's QR code: the code signed with the portal's secret, so a
    QR code cannot be made up from a guessed code."""
    return signing.Signer(salt=TICKET_SALT).sign(code)


def ticket_code_from(value: str) -> str:
    """The ticket code in what was scanned or typed: a signed value (the QR code, alone or
    inside the check-in link) must carry a valid signature; a typed code is taken as it
    is. Raises EventError for a forged or damaged QR code."""
    value = (value or "").strip()
    if "ticket=" in value:  # the whole check-in link, read by a phone's camera app
        value = (parse_qs(urlsplit(value).query).get("ticket") or [""])[0]
    if ":" in value:
        try:
            return signing.Signer(salt=TICKET_SALT).unsign(value)
        except signing.BadSignature as exc:
            raise EventError(_("This QR code is not a ticket of the portal.")) from exc
    return normalise_code(value)


# --- registration -------------------------------------------------------------------------


def _locked_event(event: EventPage) -> EventPage:
    # of=("self",): lock the event's own row, not Wagtail's page row (editors save that).
    return EventPage.objects.select_for_update(of=("self",)).get(pk=event.pk)


def _confirmed_count(event: EventPage) -> int:
    return Registration.objects.filter(event=event, status=R.CONFIRMED).count()


def _check_open(event: EventPage, user) -> None:
    if not event.live:
        raise EventError(_("This event is not published."))
    if event.closed_at is not None:
        raise EventError(_("This event is closed."))
    if not event.registration_open():
        raise EventError(_("Registration for this event has closed."))
    if not event.is_open_to(user):
        raise EventError(_("This event is for approved state officials."))


def attendee_business(user):
    """The business an attendee comes from, for the reports by sector and former
    province: the first they own, else the first they belong to (None: no business)."""

    membership = (
        Membership.objects.filter(user=user)
        .select_related("business")
        .order_by("-role", "pk")  # "owner" sorts after "member": descending puts it first
        .first()
    )
    return membership.business if membership else None


def _register(event: EventPage, *, user, by, business=None) -> Registration:
    """One seat (or a place on the waiting list) for `user`; `event` is locked."""
    existing = Registration.objects.select_for_update().filter(event=event, user=user).first()
    if existing is not None and existing.is_active:
        return existing
    # Nobody jumps the queue: seats freed since (a capacity raised) go to those waiting.
    _promote(event)
    now = timezone.now()
    free = event.capacity is None or _confirmed_count(event) < event.capacity
    fields = {
        "status": R.CONFIRMED if free else R.WAITING,
        "business": business,
        "registered_by": by,
        "queued_at": now,
        "confirmed_at": now if free else None,
        "cancelled_at": None,
        "attended_at": None,
        "checked_in_by": None,
        "reminded_at": None,
    }
    if existing is not None:  # registering again after cancelling: to the back of the queue
        for name, value in fields.items():
            setattr(existing, name, value)
        existing.save()
        registration = existing
    else:
        registration = _create_with_code(event=event, user=user, **fields)
    _queue_email(registration, "registered")
    return registration


def _create_with_code(**fields) -> Registration:
    for _attempt in range(5):
        try:
            with transaction.atomic():  # a savepoint: a code collision retries alone
                return Registration.objects.create(code=new_code(), **fields)
        except IntegrityError:
            if Registration.objects.filter(event=fields["event"], user=fields["user"]).exists():
                raise
    raise IntegrityError("could not draw a free ticket code")  # pragma: no cover


@transaction.atomic
def registration_create(*, event: EventPage, user, by=None) -> Registration:
    """Registers `user` for `event` as themselves: a seat when one is free and nobody is
    waiting, else a place at the end of the waiting list. Idempotent: an active
    registration is returned unchanged; a cancelled one is reused (back of the queue).
    Raises EventError when the event is not open to the user. Queues the confirmation
    e-mail (with the .ics file) after the commit."""
    if not user.is_authenticated:
        raise EventError(_("Sign in to register."))
    event = _locked_event(event)
    _check_open(event, user)
    return _register(event, user=user, by=by or user, business=attendee_business(user))


@transaction.atomic
def registrations_create_for_business(
    *, event: EventPage, business, members: list, by
) -> list[Registration]:
    """Registers the chosen `members` of `business` (one seat each, in the order given;
    those beyond the free seats wait). Only an owner of the business may do it; members
    already registered keep their registration. Raises EventError (nothing changes) when
    `by` is not an owner, a person is not a member, or the event is not open to one."""

    if not members:
        raise EventError(_("Choose at least one person who will attend."))
    if business.status != Business.Status.APPROVED:
        raise EventError(_("Staff have not approved this business yet."))
    memberships = Membership.objects.filter(business=business)
    if not memberships.filter(user=by, role=Membership.Role.OWNER).exists():
        raise EventError(_("Only an owner of the business registers its members."))
    member_ids = set(memberships.values_list("user_id", flat=True))
    if any(member.pk not in member_ids for member in members):
        raise EventError(_("Only members of the business can be registered for it."))
    event = _locked_event(event)
    for member in members:
        _check_open(event, member)
    return [_register(event, user=m, by=by, business=business) for m in members]


def _may_act_for(registration: Registration, user) -> bool:
    if registration.user_id == user.pk:
        return True
    # The owner who registered the business's members may cancel for them.
    return registration.business_id is not None and registration.registered_by_id == user.pk


@transaction.atomic
def registration_cancel(*, registration: Registration, by) -> Registration:
    """Cancels a registration (the attendee, or the owner who registered them) until the
    event starts; a seat it held goes to the first person waiting, who is told by e-mail.
    Idempotent: cancelling a cancelled registration changes nothing."""
    event = _locked_event(registration.event)
    registration = Registration.objects.select_for_update().get(pk=registration.pk)
    if not _may_act_for(registration, by):
        raise EventError(_("This is not your registration."))
    if registration.status == R.CANCELLED:
        return registration
    if event.has_started():
        raise EventError(_("The event has started: registrations can no longer be cancelled."))
    had_seat = registration.status == R.CONFIRMED
    registration.status = R.CANCELLED
    registration.cancelled_at = timezone.now()
    registration.save(update_fields=["status", "cancelled_at"])
    if had_seat:
        _promote(event)
    return registration


def _promote(event: EventPage) -> list[Registration]:
    """Gives free seats to the people waiting, first come first served; `event` is locked."""
    if event.has_started() or event.closed_at is not None:
        return []
    waiting = Registration.objects.select_for_update().filter(event=event, status=R.WAITING)
    if event.capacity is None:
        promoted = list(waiting)
    else:
        free = event.capacity - _confirmed_count(event)
        promoted = list(waiting.order_by("queued_at", "pk")[: max(free, 0)])
    now = timezone.now()
    for registration in promoted:
        registration.status = R.CONFIRMED
        registration.confirmed_at = now
        registration.save(update_fields=["status", "confirmed_at"])
        _queue_email(registration, "promoted")
    return promoted


@transaction.atomic
def event_fill_seats(*, event: EventPage) -> list[Registration]:
    """Moves people up from the waiting list while seats are free (after an editor raises
    the capacity). Idempotent; returns the registrations confirmed now."""
    return _promote(_locked_event(event))


def _queue_email(registration: Registration, kind: str) -> None:
    from events import tasks  # cycle: events.tasks imports this module

    tasks.send_registration_email.delay_on_commit(registration.pk, kind)


# --- attendance ---------------------------------------------------------------------------


def _check_attendance_open(event: EventPage) -> None:
    if event.closed_at is not None:
        raise EventError(_("This event is closed: attendance can no longer change."))
    if timezone.localdate() < timezone.localtime(event.starts_at).date():
        raise EventError(_("Check-in opens on the day of the event."))


@transaction.atomic
def registration_check_in(*, event: EventPage, value: str, by) -> tuple[Registration, bool]:
    """Checks in the holder of the ticket scanned or typed (`value`) at `event`. Returns
    (registration, newly): a second scan of the same ticket changes nothing. Raises
    EventError for an unknown or forged ticket, a cancelled or waiting registration, or
    an event that is closed or not yet on its day."""
    code = ticket_code_from(value)
    if not code:
        raise EventError(_("Scan a ticket or type its code."))
    registration = (
        Registration.objects.select_for_update(of=("self",))
        .select_related("user__profile")
        .filter(event=event, code=code)
        .first()
    )
    if registration is None:
        raise EventError(_("No registration with this code for this event."))
    _check_attendance_open(event)
    if registration.status == R.CANCELLED:
        raise EventError(_("This registration was cancelled."))
    if registration.status == R.WAITING:
        raise EventError(_("This person is on the waiting list, not registered."))
    if registration.attended_at is not None:
        return registration, False
    registration.attended_at = timezone.now()
    registration.checked_in_by = by
    registration.save(update_fields=["attended_at", "checked_in_by"])
    _queue_programme_check(registration)
    return registration, True


@transaction.atomic
def attendance_set(*, registration: Registration, present: bool, by) -> Registration:
    """Marks a confirmed registration present or absent (the list on the check-in page),
    until the event is closed. Idempotent."""
    registration = (
        Registration.objects.select_for_update(of=("self",))
        .select_related("event")
        .get(pk=registration.pk)
    )
    _check_attendance_open(registration.event)
    if registration.status != R.CONFIRMED:
        raise EventError(_("Only registered people can be checked in."))
    if present == (registration.attended_at is not None):
        return registration
    registration.attended_at = timezone.now() if present else None
    registration.checked_in_by = by if present else None
    registration.save(update_fields=["attended_at", "checked_in_by"])
    if present:
        _queue_programme_check(registration)
    return registration


@transaction.atomic
def event_close(*, event: EventPage, by) -> bool:
    """Closes `event` once it has started: attendance is final, and participation
    certificates are issued to everyone checked in (a task, after the commit).
    Idempotent: returns False when the event was already closed."""
    event = _locked_event(event)
    if event.closed_at is not None:
        return False
    if not event.has_started():
        raise EventError(_("An event can be closed once it has started."))
    event.closed_at = timezone.now()
    event.closed_by = by
    # Not a new revision: closing is a record about the event, not an edit of the page.
    EventPage.objects.filter(pk=event.pk).update(closed_at=event.closed_at, closed_by=by)
    from events import tasks  # cycle: events.tasks imports this module

    tasks.issue_participation_certificates.delay_on_commit(event.pk)
    return True


def participation_certificates_issue(*, event_id: int) -> int:
    """Issues the participation certificate of a closed event to each person checked in,
    one transaction per person (progress survives a failure half way). Idempotent through
    certificate_issue: returns how many people hold one now."""

    event = EventPage.objects.select_related("certificate_template", "province").get(pk=event_id)
    if event.closed_at is None or event.certificate_template_id is None:
        return 0
    attendees = (
        Registration.objects.filter(event=event, status=R.CONFIRMED, attended_at__isnull=False)
        .select_related("user__profile")
        .order_by("pk")
    )
    issued = 0
    for registration in attendees.iterator(chunk_size=200):
        with transaction.atomic():
            if certificate_issue(recipient=registration.user, subject=event) is not None:
                issued += 1
    return issued


# --- reminders ----------------------------------------------------------------------------


@transaction.atomic
def registration_remind(*, registration_id: int, send) -> bool:
    """Sends the day-before reminder of one registration through `send(registration)`,
    once: `reminded_at` is the marker, set in the same transaction (a failed send rolls
    it back, so a retry sends; a redelivered task finds it set and sends nothing).
    Only confirmed registrations of events not started yet are reminded."""
    registration = (
        Registration.objects.select_for_update(of=("self",))
        .select_related("event", "user__profile")
        .filter(pk=registration_id)
        .first()
    )
    if (
        registration is None
        or registration.reminded_at is not None
        or registration.status != R.CONFIRMED
        or registration.event.has_started()
    ):
        return False
    send(registration)
    registration.reminded_at = timezone.now()
    registration.save(update_fields=["reminded_at"])
    return True


# --- programmes ---------------------------------------------------------------------------


def _set_requirements(programme: Programme, *, courses, journey_templates, events) -> None:
    programme.courses.set(courses)
    programme.journey_templates.set(journey_templates)
    programme.events.set(events)


@transaction.atomic
def programme_create(*, by, courses=(), journey_templates=(), events=(), **fields) -> Programme:
    """A new programme with its requirements (courses, journey templates, events)."""
    programme = Programme(created_by=by, **fields)
    programme.full_clean()
    programme.save()
    _set_requirements(
        programme, courses=courses, journey_templates=journey_templates, events=events
    )
    return programme


@transaction.atomic
def programme_update(
    *, programme: Programme, courses=(), journey_templates=(), events=(), **fields
) -> Programme:
    """Changes a programme; businesses taking part are checked again (a requirement
    removed may complete them)."""
    for name, value in fields.items():
        setattr(programme, name, value)
    programme.full_clean()
    programme.save()
    _set_requirements(
        programme, courses=courses, journey_templates=journey_templates, events=events
    )
    for participant in programme.participants.filter(status=P.ACCEPTED, completed_at=None):
        participant_check_complete(participant=participant)
    return programme


def _in_programme_scope(programme: Programme, business) -> bool:
    return programme.province_id is None or business.province_id == programme.province_id


@transaction.atomic
def participant_apply(*, programme: Programme, business, by) -> Participant:
    """An owner applies for their business; staff accept or decline. Idempotent: an
    existing participation is returned as it is (``just_applied`` False)."""

    if not Membership.objects.filter(
        business=business, user=by, role=Membership.Role.OWNER
    ).exists():
        raise EventError(_("Only an owner of the business can apply."))
    if business.status != Business.Status.APPROVED:
        raise EventError(_("Staff have not approved this business yet."))
    if not programme.accepts_applications:
        raise EventError(_("Businesses are nominated for this programme by staff."))
    if not _in_programme_scope(programme, business):
        raise EventError(_("This programme is for businesses of another province."))
    if programme.ends_on < timezone.localdate():
        raise EventError(_("This programme has ended."))
    participant, created = Participant.objects.get_or_create(
        programme=programme,
        business=business,
        defaults={"status": P.APPLIED, "applied_by": by},
    )
    participant.just_applied = created
    return participant


@transaction.atomic
def participant_nominate(*, programme: Programme, business, by) -> Participant:
    """Staff take a business into the programme (an application is accepted). Idempotent.
    The business may already have done everything: it completes at once then."""
    if not _in_programme_scope(programme, business):
        raise EventError(_("This programme is for businesses of another province."))
    participant, created = Participant.objects.select_for_update().get_or_create(
        programme=programme,
        business=business,
        defaults={
            "status": P.ACCEPTED,
            "nominated": True,
            "applied_by": by,
            "decided_by": by,
            "decided_at": timezone.now(),
        },
    )
    if not created and participant.status != P.ACCEPTED:
        participant.status = P.ACCEPTED
        participant.decided_by = by
        participant.decided_at = timezone.now()
        participant.save(update_fields=["status", "decided_by", "decided_at"])
    participant_check_complete(participant=participant)
    return participant


@transaction.atomic
def participant_decide(*, participant: Participant, accept: bool, by) -> Participant:
    """Staff accept or decline an application. Idempotent for the same decision."""
    participant = Participant.objects.select_for_update().get(pk=participant.pk)
    status = P.ACCEPTED if accept else P.DECLINED
    if participant.completed_at is not None and not accept:
        raise EventError(_("This business has completed the programme."))
    if participant.status != status:
        participant.status = status
        participant.decided_by = by
        participant.decided_at = timezone.now()
        participant.save(update_fields=["status", "decided_by", "decided_at"])
    if accept:
        participant_check_complete(participant=participant)
    return participant


@transaction.atomic
def participant_check_complete(*, participant: Participant) -> bool:
    """Completes a participation when its business has done everything the programme
    requires, and issues the programme's certificate to the business. Idempotent:
    returns True only the first time."""

    participant = (
        Participant.objects.select_for_update(of=("self",))
        .select_related("programme__certificate_template", "business__province")
        .get(pk=participant.pk)
    )
    if participant.status != P.ACCEPTED or participant.completed_at is not None:
        return False
    progress = programme_progress(programme=participant.programme, participants=[participant])
    if not progress[participant.pk].complete:
        return False
    participant.completed_at = timezone.now()
    participant.save(update_fields=["completed_at"])
    certificate_issue(recipient=participant.business, subject=participant.programme)
    return True


def programmes_check_business(*, business_id: int) -> int:
    """Checks every open participation of a business (after one of its members finished
    a course or attended an event, or it finished a journey). Returns how many completed."""
    open_ = Participant.objects.filter(
        business_id=business_id, status=P.ACCEPTED, completed_at__isnull=True
    )
    return sum(participant_check_complete(participant=p) for p in open_)


def _queue_programme_check(registration: Registration) -> None:
    from events import tasks  # cycle: events.tasks imports this module

    tasks.check_programmes_for_user.delay_on_commit(registration.user_id)
