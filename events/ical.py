"""iCalendar (RFC 5545) files of events: one event (with its online link for someone
registered) or a province's feed. The `icalendar` library writes them: folding long
lines, escaping, and the VTIMEZONE of Asia/Ho_Chi_Minh are easy to get subtly wrong, and
calendar apps reject or shift events that get them wrong.

Plain data in, bytes out: the caller passes the texts already in the reader's language.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")
PRODID = "-//Cong dao tao TMDT//Events//VI"


@dataclass(frozen=True)
class Item:
    uid: str  # stable across downloads, so calendars update the event instead of adding one
    title: str
    starts_at: datetime
    ends_at: datetime
    url: str
    description: str = ""
    location: str = ""
    online_url: str = ""
    organiser: str = ""
    cancelled: bool = False
    modified_at: datetime | None = None


def calendar_bytes(items: list[Item], *, name: str, now: datetime | None = None) -> bytes:
    """A VCALENDAR with one VEVENT per item, times in Vietnam's time zone (with its
    VTIMEZONE), DTSTAMP in UTC."""
    stamp = (now or datetime.now(UTC)).astimezone(UTC)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", "Asia/Ho_Chi_Minh")
    for item in items:
        event = Event()
        event.add("uid", item.uid)
        event.add("dtstamp", stamp)
        event.add("dtstart", item.starts_at.astimezone(VIETNAM))
        event.add("dtend", item.ends_at.astimezone(VIETNAM))
        event.add("summary", item.title)
        description = "\n\n".join(p for p in (item.description, item.online_url, item.url) if p)
        if description:
            event.add("description", description)
        location = item.location or item.online_url
        if location:
            event.add("location", location)
        event.add("url", item.url)
        if item.modified_at:
            event.add("last-modified", item.modified_at.astimezone(UTC))
        event.add("status", "CANCELLED" if item.cancelled else "CONFIRMED")
        cal.add_component(event)
    cal.add_missing_timezones(first_date=date(2020, 1, 1))
    return cal.to_ical()
