"""events/models.py: events in course sections, taking their section's province; what an
event page refuses; an event's state by the clock; who an event is open to; tickets' and
programmes' own rules."""

from datetime import UTC, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone, translation

from courses.models import CourseSectionPage
from events.models import EventPage, Programme, Registration
from tests.events.builders import add_event, at

pytestmark = pytest.mark.django_db


def test_events_live_in_course_sections_only(section_hcm, home_page):
    assert EventPage in CourseSectionPage.allowed_subpage_models()
    assert EventPage.can_exist_under(section_hcm)
    assert not EventPage.can_exist_under(home_page)
    assert "courses.CoursePage" in CourseSectionPage.subpage_types  # courses stay allowed


def test_an_event_takes_the_province_of_its_section(event, hcm, event_hanoi, hanoi):
    assert event.province == hcm and event_hanoi.province == hanoi


def test_an_event_page_refuses_impossible_times_and_missing_places(section_hcm):
    event = EventPage(
        title="Sai",
        slug="sai",
        summary="x",
        kind=EventPage.Kind.SEMINAR,
        format=EventPage.Format.HYBRID,
        starts_at=at(3, 10),
        ends_at=at(3, 9),
        registration_deadline=at(4),
        capacity=0,
    )
    with pytest.raises(ValidationError) as error:
        event.clean()
    assert set(error.value.message_dict) == {
        "ends_at",
        "registration_deadline",
        "venue",
        "online_url",
        "capacity",
    }


def test_registration_closes_at_the_deadline_or_the_start_and_when_closed(section_hcm):
    event = add_event(section_hcm, starts_at=at(7, 9))
    assert event.registration_closes_at == event.starts_at
    assert event.registration_open(at(7, 8)) and not event.registration_open(at(7, 9))
    event.registration_deadline = at(5)
    assert event.registration_open(at(4)) and not event.registration_open(at(5, 10))
    event.registration_deadline = at(8)  # after the start: the start still closes it
    assert not event.registration_open(at(7, 10))
    event.closed_at = timezone.now()
    assert event.is_closed and not event.registration_open(timezone.now())


def test_an_event_starts_and_ends_by_the_clock(section_hcm):
    event = add_event(section_hcm, starts_at=at(2, 9), hours=3)
    assert not event.has_started(at(2, 8)) and event.has_started(at(2, 9))
    assert not event.is_past(at(2, 11)) and event.is_past(at(2, 12))


def test_an_officials_event_is_open_to_approved_officials_only(section_hcm, learner, official):
    event = add_event(section_hcm)
    assert event.is_open_to(learner) and event.is_open_to(official)
    event.audience = EventPage.Audience.OFFICIAL
    assert not event.is_open_to(learner) and event.is_open_to(official)


def test_an_event_is_shown_in_vietnam_time_and_the_readers_language(section_hcm):
    # 23:00 UTC is 06:00 the next day in Vietnam: one day there, two days in UTC.
    tomorrow = timezone.now() + timedelta(days=1)
    starts = tomorrow.replace(hour=23, minute=0, second=0, microsecond=0, tzinfo=UTC)
    event = add_event(
        section_hcm,
        starts_at=starts,
        hours=2,
        title_en="",
        format=EventPage.Format.ONLINE,
        venue="",
        online_url="https://meet.example.vn/phong-1",
    )
    assert event.local_start.hour == 6 and event.local_end.hour == 8 and event.same_day
    assert event.display_venue == ""
    with translation.override("en"):
        assert event.display_title.is_fallback and str(event.display_title) == event.title
        assert str(event.display_summary) == event.summary_en


def test_the_certificate_names_the_event_and_its_day_in_vietnam(section_hcm):
    # 06:30 in Hồ Chí Minh City is still the day before in UTC.
    event = add_event(section_hcm, starts_at=at(3, 6, 30), title_en="")
    day = timezone.localtime(event.starts_at).strftime("%d/%m/%Y")
    assert event.starts_at.astimezone(UTC).strftime("%d/%m/%Y") != day
    assert event.certificate_title == f"{event.title} ({day})"
    assert event.certificate_title_en == ""  # no English title: the Vietnamese one serves
    event.title_en = "Meet the marketplaces"
    assert event.certificate_title_en == f"Meet the marketplaces ({day})"


@pytest.mark.parametrize(
    ("fmt", "online", "in_person"),
    [("online", True, False), ("in_person", False, True), ("hybrid", True, True)],
)
def test_the_format_says_online_in_person_or_both(fmt, online, in_person):
    event = EventPage(format=fmt)
    assert (event.is_online, event.is_in_person) == (online, in_person)


def test_a_ticket_code_is_shown_in_groups_and_a_cancelled_one_is_inactive():
    registration = Registration(code="K7M3QX9P", status=Registration.Status.WAITING)
    assert registration.display_code == "K7M3-QX9P"
    assert registration.is_waiting and registration.is_active and not registration.is_confirmed
    registration.status = Registration.Status.CANCELLED
    assert not registration.is_active


def test_a_programme_must_end_after_it_starts(hcm):
    today = timezone.localdate()
    programme = Programme(title="Gian hàng Việt", province=hcm, starts_on=today)
    programme.ends_on = today - timedelta(days=1)
    with translation.override("en"):
        with pytest.raises(ValidationError) as refused:
            programme.clean()
        assert refused.value.message_dict == {
            "ends_on": ["The programme must end after it starts."]
        }
    programme.ends_on = today
    programme.clean()
