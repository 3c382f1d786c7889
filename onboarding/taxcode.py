"""Vietnamese tax codes (mã số thuế), as ../shared/domain/tax-code.md describes them.

- an enterprise: 10 digits, the tenth a check digit over the first nine;
- a dependent unit (branch): the parent's 10 digits, then a 3-digit serial (not 000),
  written ``0100109106-001``;
- an individual or household business (since 2025-07-01): the 12-digit personal
  identification number, which has no check digit of this kind.

A well-formed code does not prove that the business exists; only the tax registry can.
"""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

WEIGHTS = (31, 29, 23, 19, 17, 13, 7, 5, 3)

_ENTERPRISE = re.compile(r"^\d{10}$")
_BRANCH = re.compile(r"^(\d{10})-?(\d{3})$")
_PERSONAL = re.compile(r"^\d{12}$")


def check_digit(first_nine: str) -> int | None:
    """The check digit of an enterprise code, or None where no digit can be valid.

    N10 = 10 − (Σ weight·digit mod 11). At remainder 0 the formula gives 10, which is no
    digit: implementations differ there, and the registry issues no such code, so we
    accept none (tested explicitly). At remainder 1 it gives 9."""
    remainder = sum(w * int(d) for w, d in zip(WEIGHTS, first_nine, strict=True)) % 11
    if remainder == 0:
        return None
    return 10 - remainder


def normalise(value: str) -> str:
    """Strips spaces and dots; writes a branch code as ``NNNNNNNNNN-SSS``."""
    code = re.sub(r"[\s.]", "", value or "")
    match = _BRANCH.match(code)
    if match:
        return f"{match.group(1)}-{match.group(2)}"
    return code


def is_valid_enterprise(code: str) -> bool:
    if not _ENTERPRISE.match(code):
        return False
    expected = check_digit(code[:9])
    return expected is not None and int(code[9]) == expected


def kind_of(value: str) -> str | None:
    """ "enterprise", "branch" or "personal" for a valid code, None otherwise."""
    code = normalise(value)
    if _PERSONAL.match(code):
        # Personal numbers (CCCD) start with a 3-digit province code; 000 is none.
        return "personal" if not code.startswith("000") else None
    match = _BRANCH.match(code)
    if match and len(code) == 14:
        parent, serial = match.groups()
        if serial != "000" and is_valid_enterprise(parent):
            return "branch"
        return None
    if is_valid_enterprise(code):
        return "enterprise"
    return None


def validate_tax_code(value: str) -> None:
    """Django validator: raises a translated ValidationError for a malformed code."""
    code = normalise(value)
    if not re.fullmatch(r"\d{10}(-\d{3})?|\d{12}", code):
        raise ValidationError(
            _(
                "Enter a tax code of 10 digits, a branch code such as 0100109106-001, "
                "or a 12-digit personal identification number."
            ),
            code="format",
        )
    if kind_of(code) is None:
        if len(code) == 14 and code.endswith("-000"):
            raise ValidationError(_("A branch serial of 000 is not valid."), code="serial")
        raise ValidationError(
            _("This tax code fails its check digit: please check it for a typing error."),
            code="checksum",
        )
