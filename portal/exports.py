"""The one way the portal writes spreadsheets: every CSV and XLSX goes through here.

- CSV is streamed line by line, UTF-8 with a BOM (Excel then reads Vietnamese right).
- XLSX is written by openpyxl in write-only mode to an anonymous temporary file, then
  streamed from it: memory stays flat whatever the number of rows.
- The formula guard lives here, once. A text cell that a spreadsheet would run as a
  formula (first character, or first after leading whitespace, one of = + - @ tab CR,
  as OWASP's "CSV injection" page lists) is made inert: in CSV it gets a leading
  apostrophe; in XLSX it is written as a string cell with Excel's "quote prefix" flag
  (shown as typed, never evaluated, and still text when someone edits it). Numbers,
  dates and booleans stay what they are.
- Characters XML cannot carry (C0 controls other than tab, LF, CR) are dropped: openpyxl
  refuses them, and they mean nothing in a name or a comment.

Wagtail's own exports (the read-only admin viewsets and Wagtail's reports) come here too:
``install_wagtail_exports()`` (called from ``PortalConfig.ready``) makes
``SpreadsheetExportMixin.as_spreadsheet`` write through this module.
"""

from __future__ import annotations

import csv
import datetime
import re
import tempfile
from collections.abc import Iterable, Iterator
from decimal import Decimal

from django.db.models import QuerySet
from django.http import FileResponse, StreamingHttpResponse
from django.utils import timezone
from django.utils.encoding import force_str
from django.utils.http import content_disposition_header
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from wagtail.admin.views.mixins import SpreadsheetExportMixin

CSV_CONTENT_TYPE = "text/csv; charset=utf-8"
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
FORMULA_TRIGGERS = frozenset("=+-@\t\r")
BOM = "\ufeff"
# The C0 controls XML 1.0 forbids (openpyxl's own ILLEGAL_CHARACTERS_RE).
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_SHEET_TITLE_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
_NUMBERS = int | float | Decimal


def is_formula_like(text: str) -> bool:
    """Whether a spreadsheet could read ``text`` as a formula (or a DDE command)."""
    if not text:
        return False
    if text[0] in FORMULA_TRIGGERS:
        return True
    stripped = text.lstrip()
    return bool(stripped) and stripped[0] in FORMULA_TRIGGERS


def _text(value) -> str:
    return _ILLEGAL.sub("", force_str(value))


def csv_cell(value):
    """``value`` as a CSV cell: numbers as numbers, dates in ISO 8601 (local time), None
    empty, text with control characters dropped and formulas made inert."""
    if value is None:
        return ""
    if isinstance(value, _NUMBERS):
        return value
    if isinstance(value, datetime.datetime):
        return (timezone.localtime(value) if timezone.is_aware(value) else value).isoformat()
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    text = _text(value)
    return "'" + text if is_formula_like(text) else text


def csv_lines(header: Iterable, rows: Iterable[Iterable]) -> Iterator[str]:
    """The CSV text of ``header`` and ``rows``, one line at a time (the BOM first); rows
    are consumed as the lines are read, so any number of rows costs the same memory."""
    writer = csv.writer(_Echo())
    yield BOM
    yield writer.writerow([csv_cell(v) for v in header])
    for row in rows:
        yield writer.writerow([csv_cell(v) for v in row])


def csv_response(filename: str, header: Iterable, rows: Iterable[Iterable]):
    """A streamed CSV attachment."""
    response = StreamingHttpResponse(csv_lines(header, rows), content_type=CSV_CONTENT_TYPE)
    response["Content-Disposition"] = content_disposition_header(True, filename)
    response["Cache-Control"] = "private, no-store"
    return response


def _xlsx_cell(sheet, value):

    if isinstance(value, datetime.datetime) and timezone.is_aware(value):
        # Spreadsheets have no time zones: the portal's local time, as people read it.
        value = timezone.make_naive(value)
    elif value is not None and not isinstance(value, _NUMBERS | datetime.date | datetime.time):
        value = _text(value)
    cell = WriteOnlyCell(sheet, value=value)
    if isinstance(value, str) and (cell.data_type == "f" or is_formula_like(value)):
        cell.data_type = "s"
        cell.quotePrefix = True
    return cell


def _sheet_title(title: str) -> str:
    return _SHEET_TITLE_FORBIDDEN.sub(" ", force_str(title)).strip()[:31] or "Sheet1"


def xlsx_file(header: Iterable, rows: Iterable[Iterable], *, sheet_title: str = "Sheet1"):
    """The workbook written row by row (openpyxl's write-only mode) to an anonymous
    temporary file, returned open at its start; the file disappears when it is closed
    (FileResponse closes it)."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(_sheet_title(sheet_title))
    sheet.append([_xlsx_cell(sheet, v) for v in header])
    for row in rows:
        sheet.append([_xlsx_cell(sheet, v) for v in row])
    target = tempfile.TemporaryFile(suffix=".xlsx")
    try:
        workbook.save(target)
    except BaseException:
        target.close()
        raise
    target.seek(0)
    return target


def xlsx_response(
    filename: str, header: Iterable, rows: Iterable[Iterable], *, sheet_title: str = "Sheet1"
):
    """An XLSX attachment, streamed from its temporary file."""
    response = FileResponse(
        xlsx_file(header, rows, sheet_title=sheet_title),
        as_attachment=True,
        filename=filename,
        content_type=XLSX_CONTENT_TYPE,
    )
    response["Cache-Control"] = "private, no-store"
    return response


class _Echo:
    """A file-like object whose write() returns the line, for streaming csv.writer."""

    def write(self, value):
        return value


# --- Wagtail ----------------------------------------------------------------------------


def _iterate(queryset):
    # Not fetched yet: in chunks, instead of every row cached in memory (prefetches still
    # work with a chunk size). Already fetched (Wagtail's reports decorate the rows they
    # fetched): as it is.
    if isinstance(queryset, QuerySet) and queryset._result_cache is None:
        return queryset.iterator(chunk_size=2000)
    return iter(queryset)


def wagtail_as_spreadsheet(view, queryset, spreadsheet_format):
    """Replaces ``SpreadsheetExportMixin.as_spreadsheet``: the view still decides the
    columns (``list_export``), headings and its per-field preprocessing; the writing and
    the formula guard are this module's."""
    fields = list(view.list_export)
    header = [view.get_heading(queryset, field) for field in fields]

    def rows():
        for item in _iterate(queryset):
            row = view.to_row_dict(item)
            yield [
                view.preprocess_field_value(field, row[field], spreadsheet_format)
                for field in fields
            ]

    filename = f"{view.get_filename()}.{spreadsheet_format}"
    if spreadsheet_format == view.FORMAT_CSV:
        return csv_response(filename, header, rows())
    if spreadsheet_format == view.FORMAT_XLSX:
        return xlsx_response(filename, header, rows())
    return None


def install_wagtail_exports() -> None:
    """Route every Wagtail admin export (our viewsets and Wagtail's reports alike)
    through this module. Wagtail writes CSV cells raw, so a page title or a user's name
    starting with "=" would run as a formula; its views have no other hook that covers
    its built-in reports. tests/portal/test_exports.py checks that this still holds
    after a Wagtail upgrade."""
    SpreadsheetExportMixin.as_spreadsheet = wagtail_as_spreadsheet
