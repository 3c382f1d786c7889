"""The events app's reads (events/selectors.py): the reports' figures, programmes' progress."""

import pytest
from django.utils import translation

from events import selectors, services
from events.filters import CalendarFilter
from tests.events.builders import add_event, complete_everything, report_filters

pytestmark = pytest.mark.django_db


def test_event_report_counts_before_and_after_the_event(filled, staff_hcm):
    figures = selectors.event_report(event=filled)
    assert figures.totals == selectors.RegistrationFigures(
        registered=3,
        waiting=1,
        attended=1,
        cancelled=1,
        no_show=0,  # the event is under way: nobody is a no-show yet
    )
    services.event_close(event=filled, by=staff_hcm)
    filled.refresh_from_db()
    with translation.override("en"):
        figures = selectors.event_report(event=filled)
    assert figures.totals.no_show == 2
    by_sector = {row.label: row for row in figures.by_sector}
    assert by_sector["Handicrafts"].registered == 2
    assert by_sector["Handicrafts"].attended == 1
    assert by_sector["No business"].registered == 1
    by_former = {row.label: row.registered for row in figures.by_former_province}
    assert by_former["Bình Dương"] == 2


def test_the_province_report_counts_per_event_and_in_total(
    filled, section_hcm, section_hanoi, staff_hcm, make_user
):
    other = add_event(section_hcm, slug="khac", title="Sự kiện khác")
    services.registration_create(event=other, user=make_user("x@example.com"))
    hanoi_event = add_event(section_hanoi, slug="hn", title="Ngoài phạm vi")
    services.registration_create(event=hanoi_event, user=make_user("y@example.com"))
    filters = report_filters(staff_hcm, {})
    with translation.override("en"):
        figures = selectors.province_report(user=staff_hcm, filters=filters)
    assert {e.pk for e in figures.events} == {filled.pk, other.pk}
    assert figures.totals.registered == 4
    assert figures.totals.attended == 1
    assert figures.by_sector == [selectors.SectorAttendance(label="Handicrafts", n=1)]


def test_progress_counts_what_the_business_and_its_members_did(setup, learner, staff_hcm, template):
    participant = services.participant_nominate(
        programme=setup["programme"], business=setup["business"], by=staff_hcm
    )
    progress = selectors.programme_progress(
        programme=setup["programme"], participants=[participant]
    )[participant.pk]
    assert (progress.done, progress.total, progress.complete) == (0, 3, False)
    complete_everything(setup, learner, staff_hcm, template)
    progress = selectors.programme_progress(
        programme=setup["programme"], participants=[participant]
    )[participant.pk]
    assert [item.done for item in progress.items] == [True, True, True]


def test_the_calendar_groups_upcoming_events_by_month_and_lists_past_ones(section_hcm, make_user):
    soon = add_event(section_hcm, slug="soon", days=1)
    later = add_event(section_hcm, slug="later", days=70)
    done = add_event(section_hcm, slug="done", days=-3, capacity=None)
    services.registration_create(event=soon, user=make_user("x@example.com"))

    calendar = selectors.calendar(filters=CalendarFilter({}).selected)
    assert [[e.pk for e in month.events] for month in calendar.months] == [[soon.pk], [later.pk]]
    assert calendar.months[0].month.day == 1 and calendar.months[0].month < calendar.months[1].month
    assert [e.pk for e in calendar.upcoming] == [soon.pk, later.pk]
    assert [e.pk for e in calendar.past] == [done.pk]
    assert calendar.upcoming[0].seats_left == soon.capacity - 1
    assert calendar.past[0].seats_left is None  # no limit
    assert [p.pk for p in calendar.provinces] == [section_hcm.province_id]
    assert not calendar.has_national


def test_the_programme_dashboard_gives_each_business_taking_part_its_progress(
    setup, learner, staff_hcm, template
):
    participant = services.participant_nominate(
        programme=setup["programme"], business=setup["business"], by=staff_hcm
    )
    complete_everything(setup, learner, staff_hcm, template)
    dashboard = selectors.programme_dashboard(programme=setup["programme"])
    assert dashboard.requirement_count == 3 and dashboard.applications == []
    [row] = dashboard.taking_part
    assert row.participant == participant and row.progress.complete
    rows = selectors.participant_progress_rows(
        programme=setup["programme"], participants=[participant]
    )
    assert [(r.participant, r.progress.done) for r in rows] == [(participant, 3)]


def test_an_event_page_shows_the_visitors_registration_and_the_seats_left(
    section_hcm, learner, other_learner
):
    event = add_event(section_hcm, capacity=1)
    services.registration_create(event=event, user=learner)
    mine = selectors.event_view_get(event=event, user=learner)
    assert mine.registration.user == learner and mine.seats_left == 0
    theirs = selectors.event_view_get(event=event, user=other_learner)
    assert theirs.registration is None and theirs.online_url == ""
    services.registration_create(event=event, user=other_learner)  # the waiting list
    theirs = selectors.event_view_get(event=event, user=other_learner)
    assert (theirs.waiting_position, theirs.waiting_count, theirs.seats_left) == (1, 1, 0)
