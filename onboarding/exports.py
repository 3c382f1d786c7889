"""The staff dashboard's exports (CSV streamed, XLSX from a temporary file): what its
filters show, written through portal.exports (the formula guard, the BOM, streaming).

Both read one annotated queryset (selectors.business_list_for_staff) with .iterator(),
so the number of queries does not grow with the number of businesses.
"""

from collections.abc import Iterator

from django.utils.translation import gettext as _

from onboarding import journeys
from portal import exports


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
            journeys.business_readiness(b),
        ]


def csv_response(businesses):
    return exports.csv_response("businesses.csv", _header(), rows(businesses))


def xlsx_file(businesses):
    """The workbook as an open temporary file (see portal.exports.xlsx_file)."""
    return exports.xlsx_file(_header(), rows(businesses), sheet_title=_("Businesses"))


def xlsx_response(businesses):
    return exports.xlsx_response(
        "businesses.xlsx", _header(), rows(businesses), sheet_title=_("Businesses")
    )
