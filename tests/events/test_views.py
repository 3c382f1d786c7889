"""The calendar, event pages, .ics files, tickets, check-in and closing pages; the online
link never reaches someone not registered; times are Vietnam's."""

import re
from datetime import UTC, datetime, timedelta

import pytest
from django.test import Client
from django.utils import timezone
from icalendar import Calendar
from wagtail.models import Page

from events import services
from events.models import EventPage, Registration
from onboarding.models import Membership
from tests.events.builders import add_event, begin

pytestmark = pytest.mark.django_db
SECRET = "https://meet.example.vn/bi-mat-123"


def client_for(user=None, language="vi") -> Client:
    client = Client()
    client.cookies["portal_language"] = language
    if user is not None:
        client.force_login(user)
    return client


# --- the calendar -------------------------------------------------------------------------


def test_the_calendar_lists_upcoming_events_soonest_first_and_past_ones_below(section_hcm):
    add_event(section_hcm, slug="sau", title="Sự kiện sau", days=9)
    add_event(section_hcm, slug="truoc", title="Sự kiện trước", days=2)
    add_event(section_hcm, slug="da-qua", title="Sự kiện đã qua", days=-5)
    html = client_for().get("/events/").content.decode()
    upcoming, past = html.split('id="past-heading"')
    assert upcoming.index("Sự kiện trước") < upcoming.index("Sự kiện sau")
    assert "Sự kiện đã qua" in past and "Sự kiện đã qua" not in upcoming


def test_the_calendar_filters_by_province_kind_audience_and_month(
    section_hcm, section_hanoi, national_section
):
    add_event(section_hcm, slug="a", title="Hồ Chí Minh kết nối", days=3)
    add_event(
        section_hanoi,
        slug="b",
        title="Hà Nội tập huấn",
        days=40,
        kind=EventPage.Kind.TRAINING,
        audience=EventPage.Audience.OFFICIAL,
    )
    add_event(national_section, slug="c", title="Toàn quốc hội chợ", days=3)
    client = client_for()

    def titles(query):
        html = client.get(f"/events/{query}").content.decode()
        return {
            t for t in ("Hồ Chí Minh kết nối", "Hà Nội tập huấn", "Toàn quốc hội chợ") if t in html
        }

    assert titles("?province=79") == {"Hồ Chí Minh kết nối"}
    assert titles("?province=national") == {"Toàn quốc hội chợ"}
    assert titles("?kind=training") == {"Hà Nội tập huấn"}
    # "Everyone" events are for officials too.
    assert titles("?audience=official") == {
        "Hà Nội tập huấn",
        "Hồ Chí Minh kết nối",
        "Toàn quốc hội chợ",
    }
    assert titles("?audience=business") == {"Hồ Chí Minh kết nối", "Toàn quốc hội chợ"}
    month = (timezone.localdate() + timedelta(days=40)).strftime("%Y-%m")
    assert "Hà Nội tập huấn" in titles(f"?month={month}")
    # Junk filters show the whole calendar, never an error.
    assert len(titles("?province=xx&month=13-2026&kind=party&audience=cats")) == 3


def test_the_calendar_costs_the_same_queries_with_more_events(
    section_hcm, django_assert_max_num_queries, learner
):
    client = client_for(learner)
    for i in range(3):
        add_event(section_hcm, slug=f"e{i}", days=i + 1)
    client.get("/events/")
    with django_assert_max_num_queries(12):
        assert client.get("/events/").status_code == 200
    for i in range(3, 15):
        add_event(section_hcm, slug=f"e{i}", days=i + 1)
    with django_assert_max_num_queries(12):
        assert client.get("/events/").status_code == 200


def test_times_are_shown_in_vietnam_time(section_hcm):
    # 17:30 UTC on the 14th is 00:30 on the 15th in Vietnam (UTC+7, no summer time).
    starts = datetime(2030, 3, 14, 17, 30, tzinfo=UTC)
    event = add_event(section_hcm, starts_at=starts, hours=2)
    text = re.sub(r"<[^>]+>", "", client_for().get(event.url).content.decode())
    assert "15/03/2030 · 00:30–02:30" in text
    assert 'datetime="2030-03-15T00:30:00+07:00"' in client_for().get(event.url).content.decode()
    assert timezone.localtime(event.starts_at).utcoffset() == timedelta(hours=7)


# --- the event page and its online link ---------------------------------------------------


def test_the_online_link_is_shown_only_to_confirmed_attendees(
    online_event, learner, other_learner, staff_hcm, national_admin
):
    services.registration_create(event=online_event, user=learner)
    assert SECRET in client_for(learner).get(online_event.url).content.decode()
    for person in (None, other_learner, staff_hcm, national_admin):
        assert SECRET not in client_for(person).get(online_event.url).content.decode()


def test_the_online_link_is_not_shown_to_people_waiting_or_cancelled(section_hcm, make_learners):
    event = add_event(
        section_hcm,
        format=EventPage.Format.HYBRID,
        online_url=SECRET,
        capacity=1,
    )
    seat, waiting = make_learners(2)
    first = services.registration_create(event=event, user=seat)
    services.registration_create(event=event, user=waiting)
    assert SECRET not in client_for(waiting).get(event.url).content.decode()
    assert SECRET not in client_for(waiting).get(f"/events/{event.pk}/event.ics").content.decode()
    services.registration_cancel(registration=first, by=seat)
    assert SECRET not in client_for(seat).get(event.url).content.decode()
    # The person waiting has the seat now, and the link.
    assert SECRET in client_for(waiting).get(event.url).content.decode()


def test_feeds_never_carry_the_online_link(online_event, learner):
    services.registration_create(event=online_event, user=learner)
    for scope in ("79", "all"):
        body = client_for(learner).get(f"/events/feeds/{scope}.ics").content.decode()
        assert "Online Friday" in body and SECRET not in body


def test_signed_out_people_are_asked_to_sign_in_to_register(event):
    html = client_for().get(event.url).content.decode()
    assert f"/accounts/login/?next={event.url}" in html


def test_registering_from_the_page(event, learner):
    client = client_for(learner)
    response = client.post(f"/events/{event.pk}/register/")
    assert response.status_code == 302
    registration = Registration.objects.get(user=learner)
    page = client.get(event.url).content.decode()
    assert f"/events/tickets/{registration.pk}/" in page
    assert "Huỷ đăng ký của tôi" in page


def test_a_refused_registration_says_why(section_hcm, learner):
    event = add_event(section_hcm, audience=EventPage.Audience.OFFICIAL)
    response = client_for(learner, "en").post(f"/events/{event.pk}/register/", follow=True)
    assert "for approved state officials" in response.content.decode()
    assert not Registration.objects.exists()


def test_an_owner_registers_members_from_the_page(event, learner, business_hcm, make_user):
    member = make_user("member@example.com", full_name="Trần Thị Bé")
    Membership.objects.create(business=business_hcm, user=member)
    client = client_for(learner)
    page = client.get(event.url).content.decode()
    assert "Trần Thị Bé" in page
    client.post(
        f"/events/{event.pk}/register/",
        {"business": business_hcm.pk, "members": [member.pk, "junk"]},
    )
    assert Registration.objects.get().user == member


def test_posting_for_someone_elses_business_is_not_found(event, other_learner, business_hcm):
    response = client_for(other_learner).post(
        f"/events/{event.pk}/register/", {"business": business_hcm.pk}
    )
    assert response.status_code == 404


def test_an_unpublished_event_is_not_found(event, learner):
    event.unpublish()
    assert client_for(learner).post(f"/events/{event.pk}/register/").status_code == 404
    assert client_for(learner).get(f"/events/{event.pk}/event.ics").status_code == 404


# --- .ics files ---------------------------------------------------------------------------


def test_the_ics_file_has_uid_dtstamp_and_vietnam_time(event):
    response = client_for().get(f"/events/{event.pk}/event.ics")
    assert response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    (vevent,) = calendar.walk("VEVENT")
    assert str(vevent["UID"]) == f"event-{event.pk}@testserver"
    assert vevent["DTSTAMP"].dt.utcoffset() == timedelta(0)
    start = vevent["DTSTART"]
    assert start.params["TZID"] == "Asia/Ho_Chi_Minh"
    assert start.dt == event.starts_at
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Asia/Ho_Chi_Minh"]
    # The same UID every time: calendars update the event instead of adding a second one.
    again = Calendar.from_ical(client_for().get(f"/events/{event.pk}/event.ics").content)
    assert str(again.walk("VEVENT")[0]["UID"]) == str(vevent["UID"])


def test_the_ics_file_of_a_confirmed_attendee_has_the_online_link(online_event, learner):
    services.registration_create(event=online_event, user=learner)
    body = client_for(learner).get(f"/events/{online_event.pk}/event.ics").content
    (vevent,) = Calendar.from_ical(body).walk("VEVENT")
    assert SECRET in str(vevent["LOCATION"])
    assert SECRET not in client_for().get(f"/events/{online_event.pk}/event.ics").content.decode()


def test_a_province_feed_lists_its_events_only(event, event_hanoi):
    calendar = Calendar.from_ical(client_for().get("/events/feeds/1.ics").content)
    assert [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")] == ["Tập huấn Hà Nội"]
    assert client_for().get("/events/feeds/999.ics").status_code == 404
    assert client_for().get("/events/feeds/junk.ics").status_code == 404


def test_the_ics_file_is_in_the_readers_language(event):
    body = client_for(language="en").get(f"/events/{event.pk}/event.ics").content
    assert str(Calendar.from_ical(body).walk("VEVENT")[0]["SUMMARY"]) == "Meet the marketplaces"


# --- the ticket ---------------------------------------------------------------------------


def test_the_ticket_shows_a_qr_code_and_the_code_to_type(event, learner):
    registration = services.registration_create(event=event, user=learner)
    html = client_for(learner).get(f"/events/tickets/{registration.pk}/").content.decode()
    assert "<svg" in html and "ticket-qr" in html
    assert registration.display_code in html


def test_a_waiting_ticket_has_no_qr_code(section_hcm, make_learners):
    event = add_event(section_hcm, capacity=1)
    seat, waiting = make_learners(2)
    services.registration_create(event=event, user=seat)
    registration = services.registration_create(event=event, user=waiting)
    html = client_for(waiting).get(f"/events/tickets/{registration.pk}/").content.decode()
    assert "ticket-qr" not in html and registration.display_code not in html


# --- check-in, closing ------------------------------------------------------------------


def test_checking_in_by_typed_code_on_the_page(event, learner, staff_hcm):
    registration = services.registration_create(event=event, user=learner)
    begin(event)
    client = client_for(staff_hcm, "en")
    response = client.post(f"/events/{event.pk}/check-in/", {"code": registration.display_code})
    assert response.status_code == 200
    assert "Checked in: Nguyễn Thị Thu Hà" in response.content.decode()
    again = client.post(f"/events/{event.pk}/check-in/", {"code": registration.code})
    assert "Already checked in" in again.content.decode()


def test_a_bad_code_on_the_check_in_page_says_so_and_keeps_what_was_typed(event, staff_hcm):
    begin(event)
    response = client_for(staff_hcm, "en").post(
        f"/events/{event.pk}/check-in/", {"code": "ZZZZ-ZZZZ"}
    )
    assert response.status_code == 422
    html = response.content.decode()
    assert "No registration with this code" in html
    assert 'value="ZZZZ-ZZZZ"' in html


def test_a_link_scanned_by_the_phone_camera_fills_the_form(event, learner, staff_hcm):
    registration = services.registration_create(event=event, user=learner)
    signed = services.ticket_sign(registration.code)
    html = client_for(staff_hcm).get(f"/events/{event.pk}/check-in/?ticket={signed}").content
    assert signed in html.decode()
    assert Registration.objects.get().attended_at is None  # a GET changes nothing


def test_the_check_in_page_uses_no_inline_script(event, staff_hcm):
    html = client_for(staff_hcm).get(f"/events/{event.pk}/check-in/").content.decode()
    assert "/static/events/check_in.js" in html
    scripts = html.split("<script")[1:]
    assert scripts and all(" src=" in s.split(">")[0] for s in scripts)


def test_closing_from_the_page_then_attendance_is_final(event, learner, staff_hcm):
    registration = services.registration_create(event=event, user=learner)
    begin(event)
    client = client_for(staff_hcm)
    client.post(f"/events/{event.pk}/attendance/{registration.pk}/", {"present": "1"})
    assert client.post(f"/events/{event.pk}/close/").status_code == 302
    event.refresh_from_db()
    assert event.closed_at is not None
    client.post(f"/events/{event.pk}/attendance/{registration.pk}/", {"present": "0"})
    assert Registration.objects.get().attended_at is not None
    assert b"check_in.js" not in client.get(f"/events/{event.pk}/check-in/").content


def test_the_attendee_downloads_the_participation_certificate_after_closing(
    event, learner, staff_hcm, django_capture_on_commit_callbacks
):
    registration = services.registration_create(event=event, user=learner)
    begin(event)
    services.attendance_set(registration=registration, present=True, by=staff_hcm)
    with django_capture_on_commit_callbacks(execute=True):
        services.event_close(event=event, by=staff_hcm)
    client = client_for(learner)
    html = client.get(f"/events/tickets/{registration.pk}/").content.decode()
    from certification.models import Certificate

    certificate = Certificate.objects.get()
    download = f"/certificates/{certificate.code}/download/"
    assert download in html
    response = client.get(download)
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"


# --- My learning --------------------------------------------------------------------------


def test_my_learning_shows_upcoming_events(event, learner, section_hcm):
    past = add_event(section_hcm, slug="da-qua", title="Đã qua", days=-3)
    Registration.objects.create(
        event=past, user=learner, status=Registration.Status.CONFIRMED, code="PASTCODE"
    )
    registration = services.registration_create(event=event, user=learner)
    html = client_for(learner).get("/learning/").content.decode()
    assert "Kết nối doanh nghiệp với sàn" in html
    assert f"/events/tickets/{registration.pk}/" in html
    assert "Đã qua" not in html


def test_my_learning_from_the_cache_shows_a_registration_at_once_and_lasts_until_an_event_ends(
    private_cache, event, learner, django_capture_on_commit_callbacks
):
    from portal import privatecache

    client = client_for(learner)
    client.get("/learning/")  # the CSRF cookie, as a browser holds it
    assert client.get("/learning/").headers[privatecache.HEADER] == "miss"
    assert client.get("/learning/").headers[privatecache.HEADER] == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        registration = services.registration_create(event=event, user=learner)
    page = client.get("/learning/")
    assert page.headers[privatecache.HEADER] == "miss"
    assert f"/events/tickets/{registration.pk}/" in page.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        services.registration_cancel(registration=registration, by=learner)
    assert f"/events/tickets/{registration.pk}/" not in client.get("/learning/").content.decode()


def test_my_learning_is_kept_no_longer_than_until_an_event_listed_ends(
    private_cache, event, learner
):
    services.registration_create(event=event, user=learner)
    now = timezone.now()
    EventPage.objects.filter(pk=event.pk).update(
        starts_at=now - timedelta(hours=1), ends_at=now + timedelta(seconds=90)
    )
    page = client_for(learner).get("/learning/")
    assert event.title in page.content.decode()
    assert 0 < page.private_cache_seconds <= 90


def test_my_learning_invites_to_the_calendar_without_events(learner, home_page):
    html = client_for(learner, "en").get("/learning/").content.decode()
    assert "You are not registered for an event" in html and 'href="/events/"' in html


def test_the_event_page_costs_the_same_queries_with_more_registrations(
    event, make_learners, learner, django_assert_max_num_queries
):
    client = client_for(learner)
    services.registration_create(event=event, user=learner)
    client.get(event.url)
    with django_assert_max_num_queries(30) as first:
        client.get(event.url)
    for person in make_learners(8):
        services.registration_create(event=event, user=person)
    with django_assert_max_num_queries(len(first.captured_queries)):
        assert client.get(event.url).status_code == 200


def test_wagtail_routes_no_event_of_an_unpublished_section(event, learner):
    section = Page.objects.get(pk=event.get_parent().pk)
    section.unpublish()
    assert (
        client_for(learner).get(event.url or f"/courses/ho-chi-minh/{event.slug}/").status_code
        == 404
    )


def test_the_admin_header_of_an_event_links_to_check_in_for_its_organisers(
    event, trainer_hcm, trainer_hanoi
):
    from django.contrib.auth.models import Permission

    from events.wagtail_hooks import EventCheckInButton

    admin = Permission.objects.get(codename="access_admin")
    for group in trainer_hcm.groups.all():
        group.permissions.add(admin)
    html = client_for(trainer_hcm).get(f"/admin/pages/{event.pk}/edit/").content.decode()
    assert f"/events/{event.pk}/check-in/" in html
    assert EventCheckInButton(page=event).is_shown(trainer_hcm)
    assert not EventCheckInButton(page=event).is_shown(trainer_hanoi)


def test_an_event_without_english_is_marked_for_english_readers(section_hcm):
    event = add_event(section_hcm, title_en="", summary_en="")
    html = client_for(language="en").get("/events/").content.decode()
    assert '<span lang="vi" class="untranslated">Kết nối doanh nghiệp với sàn</span>' in html
    assert "not yet translated" in html
    page = client_for(language="en").get(event.url).content.decode()
    assert 'class="untranslated">Kết nối doanh nghiệp với sàn' in page


def test_the_ticket_of_a_past_event_shows_no_qr_code(section_hcm, learner):
    event = add_event(section_hcm, starts_at=timezone.now() + timedelta(hours=1))
    registration = services.registration_create(event=event, user=learner)
    EventPage.objects.filter(pk=event.pk).update(
        starts_at=timezone.now() - timedelta(hours=3), ends_at=timezone.now() - timedelta(hours=1)
    )
    html = client_for(learner).get(f"/events/tickets/{registration.pk}/").content.decode()
    assert "ticket-qr" not in html


def test_a_moved_event_takes_its_new_sections_province(event, section_hanoi, hanoi, staff_hcm):
    event.move(section_hanoi, pos="last-child")
    event = EventPage.objects.get(pk=event.pk)
    assert event.province == hanoi
    assert client_for(staff_hcm).get(f"/events/{event.pk}/check-in/").status_code == 404


def test_the_check_in_page_says_when_check_in_opens(event, staff_hcm):
    html = client_for(staff_hcm, "en").get(f"/events/{event.pk}/check-in/").content.decode()
    day = timezone.localtime(event.starts_at).strftime("%d/%m/%Y")
    assert 'id="check-in-opens"' in html and day in html
    begin(event)
    html = client_for(staff_hcm, "en").get(f"/events/{event.pk}/check-in/").content.decode()
    assert 'id="check-in-opens"' not in html
