"""Working-day arithmetic for step deadlines: Saturdays, Sundays and Vietnam's public
holidays are not worked.

The holidays come from the `holidays` package: Tết and the Hùng Kings' day move with the
lunar calendar and the government substitutes days off each year, which the package
keeps up to date; a table of our own would go stale.
"""

from datetime import date, timedelta
from functools import cache

import holidays


@cache
def _public_holidays(year: int) -> frozenset[date]:
    return frozenset(holidays.country_holidays("VN", years=year))


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and day not in _public_holidays(day.year)


def add_working_days(start: date, days: int) -> date:
    """The date `days` working days after `start` (0 days: `start` itself, or the next
    working day when `start` falls on a weekend)."""
    current = start
    while not is_working_day(current):
        current += timedelta(days=1)
    remaining = days
    while remaining > 0:
        current += timedelta(days=1)
        if is_working_day(current):
            remaining -= 1
    return current


def working_days_between(start: date, end: date) -> int:
    """How many working days pass after `start` up to and including `end` (0 if end <= start)."""
    if end <= start:
        return 0
    count = 0
    current = start
    while current < end:
        current += timedelta(days=1)
        if is_working_day(current):
            count += 1
    return count
