"""onboarding/workdays.py: deadlines in Vietnamese working days."""

from datetime import date

from onboarding import workdays


def test_add_working_days_skips_weekends():
    friday = date(2026, 11, 6)
    assert workdays.add_working_days(friday, 1) == date(2026, 11, 9)  # Monday
    assert workdays.add_working_days(friday, 3) == date(2026, 11, 11)
    assert workdays.add_working_days(date(2026, 11, 7), 0) == date(2026, 11, 9)
    assert workdays.add_working_days(date(2026, 11, 9), 5) == date(2026, 11, 16)


def test_add_working_days_skips_public_holidays():
    # 30/4 and 1/5, then the weekend.
    assert workdays.add_working_days(date(2026, 4, 29), 1) == date(2026, 5, 4)
    # Tết 2026: 16-20 February (lunar, from the `holidays` package).
    assert workdays.add_working_days(date(2026, 2, 13), 1) == date(2026, 2, 23)
    assert not workdays.is_working_day(date(2026, 9, 2))  # National Day
    assert workdays.is_working_day(date(2026, 9, 3))


def test_working_days_between():
    friday = date(2026, 11, 6)
    assert workdays.working_days_between(friday, date(2026, 11, 9)) == 1
    assert workdays.working_days_between(friday, date(2026, 11, 11)) == 3
    assert workdays.working_days_between(friday, friday) == 0
    assert workdays.working_days_between(date(2026, 4, 29), date(2026, 5, 4)) == 1
