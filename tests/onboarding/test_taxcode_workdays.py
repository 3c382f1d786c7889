from datetime import date

import pytest
from django.core.exceptions import ValidationError

from onboarding import taxcode, workdays


@pytest.mark.parametrize(
    "code,kind",
    [
        ("0100109106", "enterprise"),
        ("0100109106-001", "branch"),
        ("0100109106001", "branch"),
        (" 0100 109 106 ", "enterprise"),
        ("079123456789", "personal"),
    ],
)
def test_valid_tax_codes_pass(code, kind):
    assert taxcode.kind_of(code) == kind
    taxcode.validate_tax_code(code)


@pytest.mark.parametrize(
    "code,error",
    [
        ("0100109107", "checksum"),
        ("0100109106-000", "serial"),
        ("0100109107-001", "checksum"),
        ("010010910", "format"),
        ("01001091061", "format"),
        ("abc", "format"),
        ("000123456789", "personal"),
        ("3700000000", "sequence"),
        ("3700000000-001", "sequence"),
    ],
)
def test_wrong_tax_codes_fail_with_a_clear_message(code, error):
    with pytest.raises(ValidationError) as info:
        taxcode.validate_tax_code(code)
    assert info.value.code == error


WEIGHTS = (31, 29, 23, 19, 17, 13, 7, 5, 3)  # shared/domain/tax-code.md


def _prefix_with_remainder(wanted):
    for n in range(10**8, 10**9):
        nine = f"{n:09d}"
        if sum(w * int(d) for w, d in zip(WEIGHTS, nine, strict=True)) % 11 == wanted:
            return nine
    raise AssertionError


def test_remainder_zero_accepts_no_check_digit():
    nine = _prefix_with_remainder(0)
    assert taxcode.check_digit(nine) is None
    for digit in "0123456789":
        assert taxcode.kind_of(nine + digit) is None


def test_remainder_one_gives_nine():
    nine = _prefix_with_remainder(1)
    assert taxcode.check_digit(nine) == 9
    assert taxcode.kind_of(nine + "9") == "enterprise"
    assert taxcode.kind_of(nine + "0") is None


def test_normalise_writes_branches_with_a_dash():
    assert taxcode.normalise("0100109106001") == "0100109106-001"


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
