"""The events reports as CSV and XLSX, written through portal.exports (the one helper:
the formula guard, the BOM, streaming). Rows come from one query each, iterated."""

from collections.abc import Iterator

from django.utils.translation import gettext as _

from portal import exports
from portal.i18n import translated


def _registration_header() -> list[str]:
    return [
        _("Name"),
        _("E-mail"),
        _("Business"),
        _("Tax code"),
        _("Sector"),
        _("Former province"),
        _("Status"),
        _("Registered at"),
        _("Checked in at"),
    ]


def _registration_rows(registrations) -> Iterator[list]:
    for r in registrations.iterator(chunk_size=2000):
        business = r.business
        yield [
            r.user.display_name,
            r.user.email,
            business.name if business else "",
            business.tax_code if business else "",
            business.get_sector_display() if business else "",
            business.former_province.name if business and business.former_province else "",
            r.get_status_display(),
            r.created_at,
            r.attended_at,
        ]


def registrations_response(registrations, *, fmt: str, filename: str):
    """Every registration of an event (selectors.report_registrations)."""
    header, rows = _registration_header(), _registration_rows(registrations)
    if fmt == "xlsx":
        return exports.xlsx_response(
            f"{filename}.xlsx", header, rows, sheet_title=_("Registrations")
        )
    return exports.csv_response(f"{filename}.csv", header, rows)


def _event_header() -> list[str]:
    return [
        _("Event"),
        _("Kind"),
        _("Province"),
        _("Starts at"),
        _("Capacity"),
        _("Registered"),
        _("Waiting list"),
        _("Attended"),
        _("No-show"),
        _("Cancelled"),
    ]


def _event_rows(events) -> Iterator[list]:
    for e in events:  # already fetched and counted by selectors.province_report
        yield [
            str(e.display_title),
            e.get_kind_display(),
            e.province.name if e.province else _("Nationwide"),
            e.starts_at,
            e.capacity,
            e.registered,
            e.waiting,
            e.attended,
            e.no_show,
            e.cancelled,
        ]


def events_response(events, *, fmt: str):
    """The province report: one row per event with its figures."""
    header, rows = _event_header(), _event_rows(events)
    if fmt == "xlsx":
        return exports.xlsx_response("events.xlsx", header, rows, sheet_title=_("Events"))
    return exports.csv_response("events.csv", header, rows)


def programme_response(dashboard, *, fmt: str, filename: str):
    """A programme's businesses with their progress, one column per requirement
    (selectors.programme_dashboard)."""

    # The same order as each business's progress items: courses, journeys, events.
    required = dashboard.requirements
    requirements = [
        str(translated(obj, "title"))
        for obj in (*required.courses, *required.journeys, *required.events)
    ]
    header = [
        _("Business"),
        _("Tax code"),
        _("Province"),
        _("Former province"),
        _("Nominated by staff"),
        *requirements,
        _("Done"),
        _("Requirements"),
        _("Progress (%)"),
        _("Completed at"),
    ]

    def rows():
        yes, no = _("Yes"), _("No")
        for row in dashboard.taking_part:
            p, b = row.participant, row.participant.business
            yield [
                b.name,
                b.tax_code,
                b.province.name,
                b.former_province.name if b.former_province else "",
                yes if p.nominated else no,
                *[yes if item.done else no for item in row.progress.items],
                row.progress.done,
                row.progress.total,
                row.progress.percent,
                p.completed_at,
            ]

    if fmt == "xlsx":
        return exports.xlsx_response(f"{filename}.xlsx", header, rows(), sheet_title=_("Programme"))
    return exports.csv_response(f"{filename}.csv", header, rows())
