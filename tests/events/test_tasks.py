"""events/tasks.py: the registration and reminder e-mails (in the attendee's language,
with the event's .ics file), the morning's reminders sent once, and the programme checks."""

import pytest
from django.core import mail
from django.utils import timezone

from events import services, tasks
from events.models import Registration
from portal.models import Profile
from tests.events.builders import add_event, at
from tests.onboarding.conftest import make_business

pytestmark = pytest.mark.django_db


def test_the_confirmation_email_carries_the_calendar_file(
    event, learner, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        services.registration_create(event=event, user=learner)
    (message,) = mail.outbox
    assert message.to == [learner.email]
    name, content, mimetype = message.attachments[0]
    assert (name, mimetype) == ("event.ics", "text/calendar")
    assert "BEGIN:VEVENT" in content
    assert "/events/tickets/" in message.body


def test_the_email_is_in_the_attendees_language(event, learner, django_capture_on_commit_callbacks):
    Profile.objects.filter(user=learner).update(language="en")
    learner.refresh_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        services.registration_create(event=event, user=learner)
    assert mail.outbox[0].subject.startswith("You are registered")
    assert "Meet the marketplaces" in mail.outbox[0].body


def test_reminders_go_the_day_before_once_to_confirmed_people(
    section_hcm, make_learners, django_capture_on_commit_callbacks
):
    tomorrow = add_event(section_hcm, slug="ngay-mai", starts_at=at(1, 8), capacity=1)
    later = add_event(section_hcm, slug="tuan-sau", starts_at=at(7, 8))
    a, b = make_learners(2)
    services.registration_create(event=tomorrow, user=a)
    services.registration_create(event=tomorrow, user=b)  # waiting: no reminder
    services.registration_create(event=later, user=b)
    mail.outbox.clear()
    assert tasks.send_event_reminders() == 1  # queued (eager in tests): one person
    assert [m.to for m in mail.outbox] == [[a.email]]
    assert "Tomorrow" in mail.outbox[0].subject or "Ngày mai" in mail.outbox[0].subject
    # The beat runs again, or the task is delivered twice: nothing more is sent.
    assert tasks.send_event_reminders() == 0
    assert tasks.send_event_reminder(Registration.objects.get(user=a, event=tomorrow).pk) is False
    assert len(mail.outbox) == 1


def test_a_reminder_is_a_notification_and_its_email_follows_the_choice(section_hcm, learner):
    from portal import services as portal_services
    from portal.models import Notification

    event = add_event(section_hcm, starts_at=at(1, 8))
    registration = services.registration_create(event=event, user=learner)
    portal_services.notification_preferences_update(
        user=learner, choices={"event_reminder": "daily"}
    )
    mail.outbox.clear()
    assert tasks.send_event_reminder(registration.pk) is True
    assert mail.outbox == []  # the digest carries it
    told = Notification.objects.get(user=learner, kind="event_reminder")
    assert told.title.startswith("Ngày mai: ") and told.title_en.startswith("Tomorrow: ")
    assert "(giờ Việt Nam)" in told.body or "Vietnam" in told.body_en
    assert told.url == registration.get_absolute_url() and told.emailed_at is None
    assert tasks.send_event_reminder(registration.pk) is False
    assert Notification.objects.filter(user=learner).count() == 1


def test_the_waiting_list_and_a_freed_seat_each_have_their_email(section_hcm, make_learners):
    event = add_event(section_hcm, capacity=1)
    seated, waiting = make_learners(2)
    services.registration_create(event=event, user=seated)
    registration = services.registration_create(event=event, user=waiting)
    mail.outbox.clear()
    Profile.objects.filter(user=waiting).update(language="en")
    assert tasks.send_registration_email(registration.pk) == 1
    assert mail.outbox[-1].subject.startswith("You are on the waiting list")
    assert "/events/tickets/" not in mail.outbox[-1].body  # no ticket while waiting
    Registration.objects.filter(pk=registration.pk).update(status=Registration.Status.CONFIRMED)
    assert tasks.send_registration_email(registration.pk, "promoted") == 1
    assert mail.outbox[-1].subject.startswith("A seat is now yours")
    assert f"/events/tickets/{registration.pk}/" in mail.outbox[-1].body


def test_no_email_for_a_cancelled_or_vanished_registration(event, learner):
    registration = services.registration_create(event=event, user=learner)
    mail.outbox.clear()
    Registration.objects.filter(pk=registration.pk).update(status=Registration.Status.CANCELLED)
    assert tasks.send_registration_email(registration.pk) == 0
    assert tasks.send_registration_email(999999) == 0
    assert mail.outbox == []


def test_the_morning_run_reminds_of_the_events_of_the_next_day_only(
    section_hcm, learner, monkeypatch
):
    day_after = add_event(section_hcm, slug="ngay-kia", starts_at=at(2, 8))
    registration = services.registration_create(event=day_after, user=learner)
    queued = []
    monkeypatch.setattr(tasks.send_event_reminder, "delay", queued.append)
    today = timezone.localdate()
    assert tasks.send_event_reminders(today=today.isoformat()) == 0
    tomorrow = today + timezone.timedelta(days=1)
    assert tasks.send_event_reminders(today=tomorrow.isoformat()) == 1
    assert queued == [registration.pk]


def test_a_members_completion_checks_the_programmes_of_each_of_their_businesses(
    learner, hcm, monkeypatch
):
    first = make_business(learner, hcm, name="HTX Một", tax_code="0100109106")
    second = make_business(learner, hcm, name="HTX Hai", tax_code="0312345678")
    checked = []
    monkeypatch.setattr(
        services, "programmes_check_business", lambda business_id: checked.append(business_id) or 1
    )
    assert tasks.check_programmes_for_user(learner.pk) == 2
    assert sorted(checked) == sorted([first.pk, second.pk])
    assert tasks.check_programmes_for_business(first.pk) == 1
