"""Registration, the waiting list, cancellation, check-in, attendance, closing and the
participation certificates (issued once), reminders (sent once)."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone, translation

from certification.models import Certificate
from events import services, tasks
from events.models import EventPage, Registration
from events.services import EventError
from onboarding.models import Membership
from tests.events.builders import add_event, at, begin

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english():
    """Refusals are asserted by their (English) wording."""
    with translation.override("en"):
        yield


R = Registration.Status


def test_seats_are_confirmed_then_people_wait_in_order(section_hcm, make_learners):
    event = add_event(section_hcm, capacity=2)
    people = make_learners(4)
    registrations = [services.registration_create(event=event, user=p) for p in people]
    assert [r.status for r in registrations] == [R.CONFIRMED, R.CONFIRMED, R.WAITING, R.WAITING]
    assert all(len(r.code) == services.CODE_LENGTH for r in registrations)


def test_registering_twice_returns_the_same_registration(event, learner):
    first = services.registration_create(event=event, user=learner)
    again = services.registration_create(event=event, user=learner)
    assert first.pk == again.pk
    assert Registration.objects.count() == 1


def test_cancelling_a_seat_moves_the_first_waiting_person_up(
    section_hcm, make_learners, django_capture_on_commit_callbacks
):
    event = add_event(section_hcm, capacity=1)
    a, b, c = make_learners(3)
    seat = services.registration_create(event=event, user=a)
    services.registration_create(event=event, user=b)
    services.registration_create(event=event, user=c)
    with django_capture_on_commit_callbacks(execute=True):
        services.registration_cancel(registration=seat, by=a)
    statuses = dict(Registration.objects.values_list("user__email", "status"))
    assert statuses == {a.email: R.CANCELLED, b.email: R.CONFIRMED, c.email: R.WAITING}
    # b is told that the seat is theirs (with the event's calendar file).
    (message,) = [m for m in mail.outbox if b.email in m.to]
    assert "event.ics" in [name for name, *_ in message.attachments]


def test_a_waiting_person_who_cancels_frees_no_seat(section_hcm, make_learners):
    event = add_event(section_hcm, capacity=1)
    a, b, c = make_learners(3)
    services.registration_create(event=event, user=a)
    waiting_b = services.registration_create(event=event, user=b)
    services.registration_create(event=event, user=c)
    services.registration_cancel(registration=waiting_b, by=b)
    statuses = dict(Registration.objects.values_list("user__email", "status"))
    assert statuses == {a.email: R.CONFIRMED, b.email: R.CANCELLED, c.email: R.WAITING}


def test_registering_again_after_cancelling_goes_to_the_back_of_the_queue(
    section_hcm, make_learners
):
    event = add_event(section_hcm, capacity=1)
    a, b = make_learners(2)
    seat = services.registration_create(event=event, user=a)
    services.registration_cancel(registration=seat, by=a)  # b is not there yet: seat free
    services.registration_create(event=event, user=b)
    again = services.registration_create(event=event, user=a)
    assert again.pk == seat.pk
    assert again.status == R.WAITING


def test_no_registration_after_the_deadline_or_once_started(section_hcm, learner):
    deadline_passed = add_event(
        section_hcm, slug="qua-han", registration_deadline=timezone.now() - timedelta(hours=1)
    )
    started = add_event(
        section_hcm, slug="dang-dien-ra", starts_at=timezone.now() - timedelta(minutes=5)
    )
    for event in (deadline_passed, started):
        with pytest.raises(EventError, match="closed"):
            services.registration_create(event=event, user=learner)
    assert not Registration.objects.exists()


def test_an_unpublished_event_takes_no_registration(event, learner):
    event.unpublish()
    with pytest.raises(EventError):
        services.registration_create(event=EventPage.objects.get(pk=event.pk), user=learner)


def test_officials_events_take_approved_officials_only(section_hcm, learner, official):
    event = add_event(section_hcm, audience=EventPage.Audience.OFFICIAL)
    with pytest.raises(EventError, match="officials"):
        services.registration_create(event=event, user=learner)
    assert services.registration_create(event=event, user=official).status == R.CONFIRMED


def test_cancelling_is_refused_once_the_event_has_started(section_hcm, learner):
    event = add_event(section_hcm, starts_at=timezone.now() + timedelta(minutes=30))
    registration = services.registration_create(event=event, user=learner)
    EventPage.objects.filter(pk=event.pk).update(starts_at=timezone.now() - timedelta(minutes=1))
    registration.event.refresh_from_db()
    with pytest.raises(EventError, match="started"):
        services.registration_cancel(registration=registration, by=learner)
    assert Registration.objects.get().status == R.CONFIRMED


def test_someone_else_cannot_cancel_a_registration(event, learner, other_learner):
    registration = services.registration_create(event=event, user=learner)
    with pytest.raises(EventError):
        services.registration_cancel(registration=registration, by=other_learner)


# --- a business registers its members -----------------------------------------------------


@pytest.fixture
def member(make_user, business_hcm):
    person = make_user("member@example.com", full_name="Trần Thị Bé")
    Membership.objects.create(business=business_hcm, user=person)
    return person


def test_an_owner_registers_members_of_the_business(event, learner, member, business_hcm):
    registrations = services.registrations_create_for_business(
        event=event, business=business_hcm, members=[learner, member], by=learner
    )
    assert {r.user for r in registrations} == {learner, member}
    assert all(r.business == business_hcm and r.registered_by == learner for r in registrations)
    # The owner may cancel for the member they registered.
    member_registration = next(r for r in registrations if r.user == member)
    services.registration_cancel(registration=member_registration, by=learner)
    assert Registration.objects.get(user=member).status == R.CANCELLED


def test_a_member_cannot_register_the_business(event, learner, member, business_hcm):
    with pytest.raises(EventError, match="owner"):
        services.registrations_create_for_business(
            event=event, business=business_hcm, members=[member], by=member
        )


def test_only_members_can_be_registered_for_the_business(
    event, learner, other_learner, business_hcm
):
    with pytest.raises(EventError, match="members"):
        services.registrations_create_for_business(
            event=event, business=business_hcm, members=[learner, other_learner], by=learner
        )
    assert not Registration.objects.exists()


def test_a_business_registration_needs_someone(event, learner, business_hcm):
    with pytest.raises(EventError):
        services.registrations_create_for_business(
            event=event, business=business_hcm, members=[], by=learner
        )


def test_registering_oneself_records_ones_business_for_the_reports(event, learner, business_hcm):
    assert services.registration_create(event=event, user=learner).business == business_hcm


# --- check-in and attendance --------------------------------------------------------------


@pytest.fixture
def today_event(section_hcm, participation_template):
    return add_event(
        section_hcm,
        slug="hom-nay",
        starts_at=timezone.now() + timedelta(minutes=30),
        certificate_template=participation_template,
    )


def test_check_in_by_the_signed_qr_code(today_event, learner, staff_hcm):
    registration = services.registration_create(event=today_event, user=learner)
    begin(today_event)
    signed = services.ticket_sign(registration.code)
    checked, newly = services.registration_check_in(event=today_event, value=signed, by=staff_hcm)
    assert newly and checked.pk == registration.pk
    registration.refresh_from_db()
    assert registration.attended_at is not None and registration.checked_in_by == staff_hcm
    # Scanning it again changes nothing.
    _same, newly = services.registration_check_in(event=today_event, value=signed, by=staff_hcm)
    assert newly is False


def test_check_in_by_the_link_a_phone_camera_opens(today_event, learner, staff_hcm):
    registration = services.registration_create(event=today_event, user=learner)
    begin(today_event)
    link = f"http://testserver/events/{today_event.pk}/check-in/?ticket=" + (
        services.ticket_sign(registration.code).replace(":", "%3A")
    )
    services.registration_check_in(event=today_event, value=link, by=staff_hcm)
    assert Registration.objects.get().attended_at is not None


def test_check_in_by_the_typed_code_in_any_case_and_with_dashes(today_event, learner, staff_hcm):
    registration = services.registration_create(event=today_event, user=learner)
    begin(today_event)
    typed = f" {registration.display_code.lower()} "
    services.registration_check_in(event=today_event, value=typed, by=staff_hcm)
    assert Registration.objects.get().attended_at is not None


def test_a_forged_qr_code_is_refused(today_event, learner, staff_hcm):
    registration = services.registration_create(event=today_event, user=learner)
    begin(today_event)
    with pytest.raises(EventError, match="not a ticket"):
        services.registration_check_in(
            event=today_event, value=f"{registration.code}:forged-signature", by=staff_hcm
        )
    assert Registration.objects.get().attended_at is None


def test_a_ticket_of_another_event_is_refused(today_event, event, learner, staff_hcm):
    other = services.registration_create(event=event, user=learner)
    begin(today_event)
    with pytest.raises(EventError, match="No registration"):
        services.registration_check_in(event=today_event, value=other.code, by=staff_hcm)


def test_waiting_and_cancelled_people_cannot_be_checked_in(section_hcm, make_learners, staff_hcm):
    event = add_event(section_hcm, capacity=1, starts_at=timezone.now() + timedelta(minutes=30))
    a, b, c = make_learners(3)
    services.registration_create(event=event, user=a)
    waiting = services.registration_create(event=event, user=b)
    cancelled = services.registration_create(event=event, user=c)
    services.registration_cancel(registration=cancelled, by=c)
    begin(event)
    with pytest.raises(EventError, match="waiting list"):
        services.registration_check_in(event=event, value=waiting.code, by=staff_hcm)
    with pytest.raises(EventError, match="cancelled"):
        services.registration_check_in(event=event, value=cancelled.code, by=staff_hcm)
    assert not Registration.objects.filter(attended_at__isnull=False).exists()


def test_check_in_opens_on_the_day_of_the_event(event, learner, staff_hcm):
    registration = services.registration_create(event=event, user=learner)  # in 7 days
    with pytest.raises(EventError, match="day of the event"):
        services.registration_check_in(event=event, value=registration.code, by=staff_hcm)


def test_attendance_is_corrected_until_the_event_is_closed(today_event, learner, staff_hcm):
    registration = services.registration_create(event=today_event, user=learner)
    begin(today_event)
    services.attendance_set(registration=registration, present=True, by=staff_hcm)
    services.attendance_set(registration=registration, present=False, by=staff_hcm)
    assert Registration.objects.get().attended_at is None
    services.attendance_set(registration=registration, present=True, by=staff_hcm)
    services.event_close(event=today_event, by=staff_hcm)
    with pytest.raises(EventError, match="closed"):
        services.attendance_set(registration=registration, present=False, by=staff_hcm)
    assert Registration.objects.get().attended_at is not None


# --- closing: participation certificates --------------------------------------------------


def test_closing_issues_one_certificate_per_attendee_once(
    today_event, make_learners, staff_hcm, monkeypatch
):
    present, absent = make_learners(2)
    for person in (present, absent):
        services.registration_create(event=today_event, user=person)
    begin(today_event)
    services.attendance_set(
        registration=Registration.objects.get(user=present), present=True, by=staff_hcm
    )
    queued = []
    monkeypatch.setattr(
        tasks.issue_participation_certificates, "delay_on_commit", lambda *a: queued.append(a)
    )
    assert services.event_close(event=today_event, by=staff_hcm) is True
    assert services.event_close(event=today_event, by=staff_hcm) is False
    assert queued == [(today_event.pk,)]
    # The task, run twice (a redelivery), issues one certificate to the person present.
    assert tasks.issue_participation_certificates(today_event.pk) == 1
    assert tasks.issue_participation_certificates(today_event.pk) == 1
    certificate = Certificate.objects.get()
    assert certificate.holder == present
    local_day = timezone.localtime(today_event.starts_at).strftime("%d/%m/%Y")
    assert certificate.subject_title == f"Kết nối doanh nghiệp với sàn ({local_day})"


def test_an_event_cannot_be_closed_before_it_starts(event, staff_hcm):
    with pytest.raises(EventError, match="started"):
        services.event_close(event=event, by=staff_hcm)
    assert EventPage.objects.get(pk=event.pk).closed_at is None


def test_an_event_without_a_certificate_template_issues_none(section_hcm, learner, staff_hcm):
    event = add_event(section_hcm, starts_at=timezone.now() + timedelta(minutes=30))
    registration = services.registration_create(event=event, user=learner)
    begin(event)
    services.attendance_set(registration=registration, present=True, by=staff_hcm)
    services.event_close(event=event, by=staff_hcm)
    assert services.participation_certificates_issue(event_id=event.pk) == 0
    assert not Certificate.objects.exists()


# --- reminders ----------------------------------------------------------------------------


def test_a_failed_reminder_is_sent_by_the_retry(section_hcm, learner):
    event = add_event(section_hcm, starts_at=at(1, 8))
    registration = services.registration_create(event=event, user=learner)
    mail.outbox.clear()

    def broken(registration):
        raise ConnectionError("smtp down")

    with pytest.raises(ConnectionError):
        services.registration_remind(registration_id=registration.pk, send=broken)
    assert Registration.objects.get().reminded_at is None  # the marker rolled back
    assert tasks.send_event_reminder(registration.pk) is True
    assert len(mail.outbox) == 1
    assert Registration.objects.get().reminded_at is not None


# --- tickets ------------------------------------------------------------------------------


def test_ticket_codes_have_no_look_alike_characters():
    codes = {services.new_code() for _ in range(200)}
    assert len(codes) == 200
    assert not any(ch in code for code in codes for ch in "01ILOU")
