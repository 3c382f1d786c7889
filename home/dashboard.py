"""The home page of a signed-in person: continue where they left off, what is due (required
courses, onboarding steps with a deadline) and what needs them (changes requested on a
step, invitations to a business, an official's approval).

Home is the top layer: it reads the apps below through their models and selectors. What
needs a person comes from the providers in NEEDS, each a function of the user returning
`Need`s; a new source (in-app notifications, say) is one more function in that list.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from courses.selectors import assignments_for_official, enrolment_to_resume
from onboarding.models import JourneyStep
from onboarding.selectors import invitations_pending_for
from portal.i18n import Translated, translated

DUE_WITHIN_DAYS = 14  # onboarding steps due this soon (or overdue) are shown


@dataclass(frozen=True)
class Due:
    """Something with a date: a required course or an onboarding step."""

    kind: str  # "course" or "step"
    title: object  # str or portal.i18n.Translated
    url: str
    due_on: date
    days_left: int
    progress: int | None = None

    @property
    def overdue(self) -> bool:
        return self.days_left < 0

    @property
    def days_overdue(self) -> int:
        return -self.days_left


@dataclass(frozen=True)
class Need:
    """Something waiting for the person: what, where to act, and a short label."""

    label: object
    text: object  # str, or portal.i18n.Translated (shown with its language mark)
    url: str

    @property
    def is_translated(self) -> bool:
        return isinstance(self.text, Translated)


def _due_courses(user, today) -> list[Due]:

    return [
        Due(
            "course",
            translated(row.course, "title"),
            row.course.url,
            row.assignment.due_on,
            row.days_left,
            row.progress,
        )
        for row in assignments_for_official(user=user, today=today)
        if not row.done
    ]


def _due_steps(user, today) -> list[Due]:

    open_states = [JourneyStep.Status.TODO, JourneyStep.Status.IN_PROGRESS]
    steps = (
        JourneyStep.objects.filter(
            journey__business__memberships__user=user,
            status__in=open_states,
            due_date__isnull=False,
            due_date__lte=today + timezone.timedelta(days=DUE_WITHIN_DAYS),
        )
        .only("pk", "title", "title_en", "due_date")
        .order_by("due_date", "pk")
        .distinct()[:10]
    )
    return [
        Due(
            "step",
            translated(s, "title"),
            reverse("onboarding:step", args=[s.pk]),
            s.due_date,
            (s.due_date - today).days,
        )
        for s in steps
    ]


def _changes_requested(user) -> list[Need]:

    steps = (
        JourneyStep.objects.filter(
            journey__business__memberships__user=user,
            status=JourneyStep.Status.CHANGES_REQUESTED,
        )
        .only("pk", "title", "title_en")
        .order_by("pk")
        .distinct()[:10]
    )
    return [
        Need(
            _("Changes requested"), translated(s, "title"), reverse("onboarding:step", args=[s.pk])
        )
        for s in steps
    ]


def _invitations(user) -> list[Need]:

    return [
        Need(_("Invitation"), invitation.business.name, reverse("onboarding:home"))
        for invitation in invitations_pending_for(user=user)
    ]


def _official_approval(user) -> list[Need]:
    profile = getattr(user, "profile", None)
    if profile and profile.learner_type == "official" and profile.official_status == "pending":
        return [
            Need(
                _("Waiting for approval"),
                _("Staff of your province are reviewing your request to be a state official."),
                reverse("profile"),
            )
        ]
    return []


NEEDS = [_changes_requested, _invitations, _official_approval]


def home_dashboard(*, user, today=None) -> dict:
    """What the signed-in home page shows `user` (a fixed number of queries)."""
    today = today or timezone.localdate()
    due = sorted(_due_courses(user, today) + _due_steps(user, today), key=lambda d: d.due_on)
    return {
        "resume": enrolment_to_resume(user=user),
        "due": due,
        "needs": [need for provider in NEEDS for need in provider(user)],
    }
