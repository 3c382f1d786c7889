"""portal.exports: the one way CSV and XLSX are written (streaming, BOM, formula guard)."""

import csv
import datetime
import io
from decimal import Decimal

import pytest
from django.http import FileResponse, StreamingHttpResponse
from openpyxl import load_workbook

from portal import exports
from tests.payloads import FORMULAS


def read_csv(response) -> list[list[str]]:
    assert isinstance(response, StreamingHttpResponse)
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    raw = b"".join(response.streaming_content)
    assert raw.startswith("\ufeff".encode())  # Excel reads UTF-8 (Vietnamese) with a BOM
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def read_xlsx(response):
    assert isinstance(response, FileResponse)
    return load_workbook(io.BytesIO(b"".join(response.streaming_content))).active


def assert_csv_inert(cell: str, payload: str):
    """The apostrophe makes a spreadsheet take the cell as text; the rest is unchanged."""
    assert cell == "'" + payload


def assert_xlsx_inert(cell, payload: str):
    """A string cell (never a formula), shown as typed, flagged as text. (XML reads a
    CR back as LF.)"""
    assert cell.data_type == "s" and cell.quotePrefix
    assert cell.value == payload.replace("\r", "\n")


def test_csv_neutralises_every_formula_and_keeps_numbers():
    rows = [[p, 7, -3, Decimal("2.5"), 1.25] for p in FORMULAS]
    table = read_csv(exports.csv_response("x.csv", ["Tên", "n"], rows))
    assert table[0] == ["Tên", "n"]
    for payload, row in zip(FORMULAS, table[1:], strict=True):
        assert_csv_inert(row[0], payload)
        assert row[1:] == ["7", "-3", "2.5", "1.25"]  # numbers stay numbers


def test_xlsx_neutralises_every_formula_and_keeps_numbers():
    rows = [[p, 7, -3, Decimal("2.5"), 1.25] for p in FORMULAS]
    sheet = read_xlsx(exports.xlsx_response("x.xlsx", ["Tên", "n"], rows, sheet_title="Dữ liệu"))
    assert sheet.title == "Dữ liệu"
    for payload, row in zip(FORMULAS, sheet.iter_rows(min_row=2), strict=True):
        assert_xlsx_inert(row[0], payload)
        assert [c.value for c in row[1:]] == [7, -3, 2.5, 1.25]
        assert all(c.data_type == "n" for c in row[1:])


def test_plain_text_and_vietnamese_are_untouched():
    text = ["Hợp tác xã Đồng Tháp", "A & B", "1-2-3", "x=1", "a@b.vn"]
    table = read_csv(exports.csv_response("x.csv", ["h"], [[t] for t in text]))
    assert [r[0] for r in table[1:]] == text
    sheet = read_xlsx(exports.xlsx_response("x.xlsx", ["h"], [[t] for t in text]))
    cells = [row[0] for row in sheet.iter_rows(min_row=2)]
    assert [c.value for c in cells] == text
    assert not any(c.quotePrefix for c in cells)


def test_control_characters_do_not_break_the_xlsx():
    """openpyxl refuses C0 controls (a 500 before); they are dropped in both formats."""
    value = "Tên\x00có\x07ký\x1btự lạ"
    assert read_csv(exports.csv_response("x.csv", ["h"], [[value]]))[1] == ["Têncókýtự lạ"]
    sheet = read_xlsx(exports.xlsx_response("x.xlsx", ["h"], [[value]]))
    assert sheet["A2"].value == "Têncókýtự lạ"


def test_dates_none_and_booleans(settings):
    settings.TIME_ZONE = "Asia/Ho_Chi_Minh"
    moment = datetime.datetime(2026, 3, 1, 2, 30, tzinfo=datetime.UTC)
    row = [moment, datetime.date(2026, 3, 1), None, True]
    table = read_csv(exports.csv_response("x.csv", ["a", "b", "c", "d"], [row]))
    assert table[1] == ["2026-03-01T09:30:00+07:00", "2026-03-01", "", "True"]
    sheet = read_xlsx(exports.xlsx_response("x.xlsx", ["a", "b", "c", "d"], [row]))
    values = [c.value for c in next(sheet.iter_rows(min_row=2))]
    assert values[0] == datetime.datetime(2026, 3, 1, 9, 30)  # local time, as people read it
    assert values[2] is None and values[3] is True


def test_headers_are_guarded_too_and_attachments_are_private():
    response = exports.csv_response("báo cáo.csv", ["=bad"], [])
    assert read_csv(response)[0] == ["'=bad"]
    assert "attachment" in response["Content-Disposition"]
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    xlsx = exports.xlsx_response("x.xlsx", ["h"], [])
    assert xlsx["Content-Disposition"].startswith("attachment")
    assert "no-store" in xlsx["Cache-Control"]


def test_csv_rows_are_consumed_while_streaming():
    """Nothing reads the rows before the response is sent (any number costs the same)."""
    consumed = []

    def rows():
        for i in range(3):
            consumed.append(i)
            yield [i]

    response = exports.csv_response("x.csv", ["n"], rows())
    assert consumed == []
    lines = iter(response.streaming_content)
    next(lines), next(lines), next(lines)  # BOM, header, first row
    assert consumed == [0]


@pytest.mark.parametrize("title", ["a/b:c*d?[e]", "x" * 40, ""])
def test_sheet_titles_excel_refuses_are_made_acceptable(title):
    sheet = read_xlsx(exports.xlsx_response("x.xlsx", ["h"], [], sheet_title=title))
    assert sheet.title and len(sheet.title) <= 31 and "/" not in sheet.title


# --- Wagtail's exports -------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_wagtail_reports_go_through_the_guard(client, make_user, home_page, fmt):
    """Wagtail's own reports (here: pages by age) write through portal.exports: a page
    title a trainer typed as a formula comes back inert."""
    admin = make_user("root@example.com", superuser=True)
    page = home_page.get_children().first() or home_page
    page.title = '=HYPERLINK("http://evil.example","x")'
    page.save_revision().publish()
    client.force_login(admin)
    response = client.get(f"/admin/reports/aging-pages/?export={fmt}")
    assert response.status_code == 200
    if fmt == "csv":
        cells = [cell for row in read_csv(response) for cell in row]
        assert "'" + page.title in cells
        assert page.title not in cells
    else:
        cells = [c for row in read_xlsx(response).iter_rows() for c in row]
        hit = [c for c in cells if c.value == page.title]
        assert hit and all(c.data_type == "s" and c.quotePrefix for c in hit)
