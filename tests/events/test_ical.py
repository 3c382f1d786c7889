"""events/ical.py: calendar files that calendar apps read right: times in Vietnam's zone
with its VTIMEZONE, the stamp in UTC, a stable UID, the online link where there is no
place, cancelled events marked so, long texts folded and read back whole."""

from datetime import UTC, datetime, timedelta

from icalendar import Calendar

from events.ical import VIETNAM, Item, calendar_bytes

START = datetime(2026, 12, 5, 8, 30, tzinfo=VIETNAM)


def _item(**fields) -> Item:
    values = {
        "uid": "event-42@portal.example",
        "title": "Kết nối doanh nghiệp với sàn",
        "starts_at": START.astimezone(UTC),  # given in UTC, written in Vietnam's time
        "ends_at": (START + timedelta(hours=3)).astimezone(UTC),
        "url": "https://portal.example/events/42/",
    }
    values.update(fields)
    return Item(**values)


def _events(data: bytes) -> list:
    return Calendar.from_ical(data).walk("VEVENT")


def test_times_are_written_in_vietnam_time_with_its_time_zone():
    now = datetime(2026, 12, 1, 3, 0, tzinfo=UTC)
    data = calendar_bytes([_item()], name="Sự kiện", now=now)
    assert b"DTSTART;TZID=Asia/Ho_Chi_Minh:20261205T083000" in data
    assert b"DTEND;TZID=Asia/Ho_Chi_Minh:20261205T113000" in data
    assert b"DTSTAMP:20261201T030000Z" in data
    calendar = Calendar.from_ical(data)
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Asia/Ho_Chi_Minh"]
    (event,) = _events(data)
    assert event.decoded("dtstart") == START
    assert str(event["uid"]) == "event-42@portal.example"
    assert str(calendar["x-wr-calname"]) == "Sự kiện"


def test_the_description_holds_the_text_the_link_and_the_page():
    (event,) = _events(
        calendar_bytes(
            [_item(description="Mang theo CCCD.", online_url="https://meet.example/x")], name="x"
        )
    )
    assert str(event["description"]) == (
        "Mang theo CCCD.\n\nhttps://meet.example/x\n\nhttps://portal.example/events/42/"
    )
    assert str(event["location"]) == "https://meet.example/x"  # an online event's place
    (event,) = _events(
        calendar_bytes(
            [_item(location="272 Võ Thị Sáu", online_url="https://meet.example/x")], name="x"
        )
    )
    assert str(event["location"]) == "272 Võ Thị Sáu"
    (event,) = _events(calendar_bytes([_item()], name="x"))
    assert str(event["description"]) == "https://portal.example/events/42/"
    assert "location" not in event


def test_a_cancelled_event_stays_in_the_feed_marked_cancelled():
    items = [_item(), _item(uid="event-43@portal.example", cancelled=True)]
    statuses = {str(e["uid"]): str(e["status"]) for e in _events(calendar_bytes(items, name="x"))}
    assert statuses == {
        "event-42@portal.example": "CONFIRMED",
        "event-43@portal.example": "CANCELLED",
    }


def test_long_texts_are_folded_and_read_back_whole():
    title = "Hội thảo; xuất khẩu, trực tuyến: " + "sàn thương mại điện tử " * 10
    data = calendar_bytes([_item(title=title)], name="x")
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))
    (event,) = _events(data)
    assert str(event["summary"]) == title


def test_a_modified_event_says_when_in_utc():
    modified = datetime(2026, 11, 30, 15, 0, tzinfo=VIETNAM)
    data = calendar_bytes([_item(modified_at=modified)], name="x")
    assert b"LAST-MODIFIED:20261130T080000Z" in data
