"""onboarding/taxcode.py: enterprise, branch and personal tax codes."""

import pytest
from django.core.exceptions import ValidationError

from onboarding import taxcode


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
