"""The events app's reads (events/selectors.py): the reports' figures."""

import pytest
from django.utils import translation

from events import selectors, services
from tests.events.builders import add_event, report_filters

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
