"""Vietnamese tax codes (mã số thuế), as ../shared/domain/tax-code.md describes them.

- an enterprise: 10 digits, the tenth a check digit over the first nine;
- a dependent unit (branch): the parent's 10 digits, then a 3-digit serial (not 000),
  written ``0100109106-001``;
- an individual or household business (since 2025-07-01): the 12-digit personal
  identification number, which has no check digit of this kind.

Enterprise and branch codes are checked by python-stdnum's ``vn.mst``: it agrees with the
domain's check digit (no digit is valid at remainder 0; remainder 1 gives 9) and branch
rule, and also refuses a sequential number of 0000000, which the registry never issues.
Personal numbers are ours: stdnum knows them only as identity numbers, not as tax codes.

A well-formed code does not prove that the business exists; only the tax registry can.
"""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from stdnum import exceptions as stdnum_errors
from stdnum.vn import mst

_FORMAT = re.compile(r"^\d{10}(-\d{3})?$|^\d{12}$")
_BRANCH = re.compile(r"^(\d{10})-?(\d{3})$")
_PERSONAL = re.compile(r"^\d{12}$")


def check_digit(first_nine: str) -> int | None:
    """The check digit of an enterprise code, or None where no digit can be valid
    (remainder 0, where the formula gives 10)."""
    digit = int(mst.calc_check_digit(first_nine))
    return digit if digit < 10 else None


def normalise(value: str) -> str:
    """Strips spaces and dots; writes a branch code as ``NNNNNNNNNN-SSS``."""
    code = re.sub(r"[\s.]", "", value or "")
    match = _BRANCH.match(code)
    if match:
        return f"{match.group(1)}-{match.group(2)}"
    return code


def _personal(code: str) -> bool:
    # Personal numbers (CCCD) start with a 3-digit province code; 000 is none.
    return bool(_PERSONAL.match(code)) and not code.startswith("000")


def kind_of(value: str) -> str | None:
    """ "enterprise", "branch" or "personal" for a valid code, None otherwise."""
    code = normalise(value)
    if _PERSONAL.match(code):
        return "personal" if _personal(code) else None
    if not _FORMAT.match(code) or not mst.is_valid(code):
        return None
    return "branch" if "-" in code else "enterprise"


def validate_tax_code(value: str) -> None:
    """Django validator: raises a translated ValidationError for a malformed code."""
    code = normalise(value)
    if not _FORMAT.match(code):
        raise ValidationError(
            _(
                "Enter a tax code of 10 digits, a branch code such as 0100109106-001, "
                "or a 12-digit personal identification number."
            ),
            code="format",
        )
    if _PERSONAL.match(code):
        if not _personal(code):
            raise ValidationError(
                _("A personal identification number cannot start with 000."), code="personal"
            )
        return
    try:
        mst.validate(code)
    except stdnum_errors.InvalidComponent:
        if code.endswith("-000"):
            raise ValidationError(
                _("A branch serial of 000 is not valid."), code="serial"
            ) from None
        raise ValidationError(
            _("The seven digits after the province code cannot all be 0."), code="sequence"
        ) from None
    except stdnum_errors.ValidationError:
        raise ValidationError(
            _("This tax code fails its check digit: please check it for a typing error."),
            code="checksum",
        ) from None
