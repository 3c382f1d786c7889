"""The events pages' filters (events/filters.py): what checks out is used, the rest is
left out as if not given."""

from datetime import date

import pytest

from events.filters import CalendarFilter
from events.models import EventPage

pytestmark = pytest.mark.django_db


def test_the_calendar_reads_its_filters(hcm):
    filters = CalendarFilter(
        {"province": str(hcm.code), "month": "2026-03", "kind": "seminar", "audience": ""}
    ).selected
    assert filters.province == hcm and not filters.national
    assert filters.month == date(2026, 3, 1) and filters.month_value == "2026-03"
    assert filters.kind == EventPage.Kind.SEMINAR
    assert filters.province_value == str(hcm.code)
    national = CalendarFilter({"province": "national"}).selected
    assert national.national and national.province is None
    assert national.province_value == "national"


def test_the_calendar_ignores_junk():
    filters = CalendarFilter(
        {"province": "999", "month": "March", "kind": "party", "audience": "<x>"}
    ).selected
    assert (filters.province, filters.national, filters.month) == (None, False, None)
    assert (filters.kind, filters.audience) == ("", "")
    assert CalendarFilter({}).selected.province_value == ""
