"""events/exports.py: the reports' files. An event's registrations (who, their business,
status, check-in), a province's events with their figures, a programme's businesses with
one column per requirement; headers in the reader's language. The files as the report
pages serve them (scope, formats): tests/events/test_reports.py."""

import csv
import io
from datetime import UTC, datetime
from types import SimpleNamespace

import pytest
from django.utils import translation
from openpyxl import load_workbook

from events import exports, selectors
from events.models import Registration


def _csv(response) -> list[list[str]]:
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text)))


@pytest.mark.django_db
def test_each_registration_with_its_business_or_none_and_its_check_in(filled):
    with translation.override("en"):
        response = exports.registrations_response(
            selectors.report_registrations(event=filled), fmt="csv", filename="event-1"
        )
        rows = {row[1]: row for row in _csv(response)[1:]}
        waiting, cancelled = Registration.Status.WAITING.label, Registration.Status.CANCELLED.label
        assert rows["waiting@example.com"][6] == str(waiting)
        assert rows["gone@example.com"][6] == str(cancelled)
    assert response["Content-Disposition"] == 'attachment; filename="event-1.csv"'
    owner, loner = rows["owner@example.com"], rows["loner@example.com"]
    assert owner[:6] == [
        "Chủ HTX",
        "owner@example.com",
        "Gốm Sông Bé",
        "0100109106",
        "Handicrafts",
        "Bình Dương",
    ]
    assert owner[8]  # checked in
    assert loner[2:6] == ["", "", "", ""] and loner[8] == ""


def _event(**fields):
    values = {
        "display_title": "Online Friday",
        "get_kind_display": lambda: "Online Friday",
        "province": SimpleNamespace(name="Thành phố Hà Nội"),
        "starts_at": datetime(2026, 12, 4, 2, 0, tzinfo=UTC),
        "capacity": None,
        "registered": 40,
        "waiting": 0,
        "attended": 31,
        "no_show": 9,
        "cancelled": 2,
    }
    values.update(fields)
    return SimpleNamespace(**values)


def test_a_row_per_event_and_a_national_one_says_nationwide():
    with translation.override("en"):
        rows = _csv(exports.events_response([_event(), _event(province=None)], fmt="csv"))
    assert rows[0][:3] == ["Event", "Kind", "Province"]
    assert [row[2] for row in rows[1:]] == ["Thành phố Hà Nội", "Nationwide"]
    assert rows[1][4:] == ["", "40", "0", "31", "9", "2"]


def test_the_events_as_a_spreadsheet_keep_vietnam_time():
    response = exports.events_response([_event()], fmt="xlsx")
    assert response["Content-Disposition"].endswith('filename="events.xlsx"')
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    rows = list(sheet.values)
    assert rows[1][3] == datetime(2026, 12, 4, 9, 0)  # 02:00 UTC is 09:00 in Vietnam


def _titled(title, title_en=""):
    return SimpleNamespace(title=title, title_en=title_en)


def test_a_programme_has_a_column_per_requirement_in_their_order():
    business = SimpleNamespace(
        name="HTX Sài Gòn",
        tax_code="0100109106",
        province=SimpleNamespace(name="Thành phố Hồ Chí Minh"),
        former_province=None,
    )
    items = [SimpleNamespace(done=True), SimpleNamespace(done=False), SimpleNamespace(done=True)]
    participant = SimpleNamespace(business=business, nominated=True, completed_at=None)
    progress = SimpleNamespace(items=items, done=2, total=3, percent=67)
    dashboard = SimpleNamespace(
        requirements=SimpleNamespace(
            courses=[_titled("Bán hàng trên sàn", "Selling on marketplaces")],
            journeys=[_titled("Thông báo website")],
            events=[_titled("Kết nối với sàn", "Meet the marketplaces")],
        ),
        taking_part=[SimpleNamespace(participant=participant, progress=progress)],
    )
    with translation.override("en"):
        header, row = _csv(exports.programme_response(dashboard, fmt="csv", filename="p-1"))
    assert header[5:8] == ["Selling on marketplaces", "Thông báo website", "Meet the marketplaces"]
    assert row[:8] == [
        "HTX Sài Gòn",
        "0100109106",
        "Thành phố Hồ Chí Minh",
        "",
        "Yes",
        "Yes",
        "No",
        "Yes",
    ]
    assert row[8:11] == ["2", "3", "67"]
