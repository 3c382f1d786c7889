"""The kinds of notification, as a table: what each is called on the preferences page,
who it is for, and how it is e-mailed unless the person chose otherwise.

Any app calls `portal.services.notify(user=..., kind=KIND, template=..., ...)`; a new kind
is one line here (its key is stored on each notification and preference, so keep keys
once published). `audience` only decides who sees the kind on the preferences page:
learners' kinds to everyone, staff kinds to onboarding staff and national admins.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

LEARNERS = "learners"
STAFF = "staff"

NONE = "none"
IMMEDIATE = "immediate"
DAILY = "daily"


@dataclass(frozen=True)
class Kind:
    key: str
    label: Promise
    audience: str
    default_email: str  # NONE, IMMEDIATE or DAILY (Notification.Email)


KINDS: tuple[Kind, ...] = (
    # Learners and business members
    Kind("step_changes_requested", _("Changes requested on a step"), LEARNERS, IMMEDIATE),
    Kind("step_approved", _("A step approved"), LEARNERS, IMMEDIATE),
    Kind("steps_overdue", _("Onboarding steps past their deadline"), LEARNERS, DAILY),
    Kind("business_decision", _("Decisions on a business's registration"), LEARNERS, IMMEDIATE),
    Kind("certificate_issued", _("Certificates issued"), LEARNERS, IMMEDIATE),
    Kind("course_assigned", _("Courses assigned to me"), LEARNERS, IMMEDIATE),
    Kind("course_due", _("Due dates of assigned courses"), LEARNERS, IMMEDIATE),
    Kind("event_reminder", _("Reminders of events the day before"), LEARNERS, IMMEDIATE),
    # Both sides of a step's conversation: the business and the staff who review it.
    Kind("step_message", _("Messages on onboarding steps"), LEARNERS, IMMEDIATE),
    # Onboarding staff
    Kind("step_submitted", _("New submissions to review"), STAFF, DAILY),
    Kind("reviews_waiting", _("Submissions waiting too long for review"), STAFF, DAILY),
    Kind("province_steps_overdue", _("Businesses' steps past their deadline"), STAFF, DAILY),
)

BY_KEY: dict[str, Kind] = {kind.key: kind for kind in KINDS}


def get(key: str) -> Kind:
    """The kind called `key`; a ValueError for a key not in the table (a typo in a caller
    must fail its tests, not notify under a kind nobody can switch off)."""
    try:
        return BY_KEY[key]
    except KeyError:
        raise ValueError(f"unknown notification kind {key!r}") from None
