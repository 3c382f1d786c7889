"""CSV (streamed) and XLSX (written to a temporary file, then streamed) exports of the
staff dashboard: what its filters show.

Both read one annotated queryset (selectors.business_list_for_staff) with .iterator(),
so the number of queries does not grow with the number of businesses.
"""

import csv
import tempfile
from collections.abc import Iterator

from django.utils.translation import gettext as _


def _header() -> list[str]:
    return [
        _("Business"),
        _("Tax code"),
        _("Province"),
        _("Former province"),
        _("Sector"),
        _("Size"),
        _("Journeys"),
        _("Completed journeys"),
        _("Required steps approved"),
        _("Required steps"),
        _("Readiness (%)"),
    ]


def rows(businesses) -> Iterator[list]:
    for b in businesses.iterator(chunk_size=2000):
        readiness = round(100 * b.approved_steps / b.required_steps) if b.required_steps else 0
        yield [
            b.name,
            b.tax_code,
            b.province.name,
            b.former_province.name if b.former_province else "",
            b.get_sector_display(),
            b.get_size_display(),
            b.journey_count,
            b.completed_journeys,
            b.approved_steps,
            b.required_steps,
            readiness,
        ]


class _Echo:
    def write(self, value):
        return value


def _safe(value):
    # Cells starting with = + - @ would run as formulas in a spreadsheet.
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return value


def csv_lines(businesses) -> Iterator[str]:
    writer = csv.writer(_Echo())
    yield "\ufeff"  # Excel opens UTF-8 (Vietnamese) correctly with a BOM.
    yield writer.writerow(_header())
    for row in rows(businesses):
        yield writer.writerow([_safe(v) for v in row])


def xlsx_file(businesses):
    """The XLSX export written row by row (openpyxl's write-only mode) to an anonymous
    temporary file, returned open at its start: memory stays flat whatever the number of
    businesses, and the file disappears when it is closed (FileResponse closes it)."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(_("Businesses"))
    sheet.append(_header())
    for row in rows(businesses):
        sheet.append([_safe(v) for v in row])
    target = tempfile.TemporaryFile(suffix=".xlsx")
    try:
        workbook.save(target)
    except BaseException:
        target.close()
        raise
    target.seek(0)
    return target
