"""The step state machine, readiness and overdue: pure rules, no writes.

todo → in progress → submitted → approved, or back to changes requested with the
reviewer's comment; optional steps may be skipped. A step without staff review is
approved as soon as it is submitted; a step linked to a course is approved when a member
of the business completes that course, and only then (it cannot be submitted).
"""

from dataclasses import dataclass

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from onboarding.models import Journey, JourneyStep
from portal.i18n import translated

S = JourneyStep.Status

# Who may make which move. "member": a member of the business; "staff": a reviewer in
# scope. The portal's own approvals (a completed course, a step without review) are not
# moves anyone asks for: services make them directly.
TRANSITIONS: dict[str, dict[str, set[str]]] = {
    "start": {"from": {S.TODO, S.CHANGES_REQUESTED}, "to": S.IN_PROGRESS, "by": {"member"}},
    "submit": {
        "from": {S.TODO, S.IN_PROGRESS, S.CHANGES_REQUESTED},
        "to": S.SUBMITTED,
        "by": {"member"},
    },
    "skip": {
        "from": {S.TODO, S.IN_PROGRESS, S.CHANGES_REQUESTED},
        "to": S.SKIPPED,
        "by": {"member"},
    },
    "reopen": {"from": {S.SKIPPED}, "to": S.TODO, "by": {"member"}},
    "approve": {"from": {S.SUBMITTED}, "to": S.APPROVED, "by": {"staff"}},
    "request_changes": {"from": {S.SUBMITTED}, "to": S.CHANGES_REQUESTED, "by": {"staff"}},
}

OPEN = (S.TODO, S.IN_PROGRESS, S.CHANGES_REQUESTED)
DONE = (S.APPROVED, S.SKIPPED)


class Refused(Exception):
    """Something the onboarding rules refuse; `message` is translated and shown to the
    user."""

    def __init__(self, message):
        super().__init__(str(message))
        self.message = message


class StepError(Refused):
    """A step's move, evidence or message that the rules refuse."""


class RegistrationError(Refused):
    """A registration decision or resubmission that the rules refuse."""


class MembershipError(Refused):
    """A change of a business's members, or an invitation, that the rules refuse."""


class StaleStep(StepError):
    def __init__(self):
        super().__init__(
            _(
                "This step has already changed since you opened it. Here is its current "
                "state; what you typed is kept below."
            )
        )


def target_of(action: str) -> str:
    return TRANSITIONS[action]["to"]


def check_move(step: JourneyStep, action: str, *, by: str, steps_by_key=None) -> None:
    """Raises StepError unless `by` may do `action` on `step` now."""
    rule = TRANSITIONS.get(action)
    if rule is None or by not in rule["by"]:
        raise StepError(_("You cannot do that."))
    if step.status not in rule["from"]:
        raise StepError(
            _("This step is “%(status)s”: it cannot move that way.")
            % {"status": step.get_status_display()}
        )
    if action == "skip" and not step.optional:
        raise StepError(_("Only optional steps can be skipped."))
    if action == "submit" and completed_by_course(step):
        raise StepError(
            _(
                "This step is done when a member of your business completes its course: "
                "it cannot be submitted. Open the course from this page."
            )
        )
    if action == "submit" and step.review_required and not business_approved(step):
        raise StepError(
            _(
                "Your business's registration is not approved yet: steps that staff review "
                "can be submitted once staff of your province approve it."
            )
        )
    if action in ("submit", "start") and steps_by_key is not None:
        waiting = blocking_steps(step, steps_by_key)
        if waiting:
            raise StepError(
                _("Finish these steps first: %(steps)s.")
                % {"steps": ", ".join(str(translated(s, "title")) for s in waiting)}
            )


def completed_by_course(step: JourneyStep) -> bool:
    """Whether a course completes `step`: then completing that course is the only way to
    get it done, never the submit button."""
    return step.course_id is not None


def business_approved(step: JourneyStep) -> bool:
    """Whether the step's business is approved (staff review only approved businesses:
    the queue and the reports count no others). Needs `journey__business` loaded."""
    return step.journey.business.status == "approved"


def blocking_steps(step: JourneyStep, steps_by_key: dict) -> list[JourneyStep]:
    """The steps `step` depends on that are not approved or skipped yet."""
    return [
        steps_by_key[key]
        for key in step.depends_on
        if key in steps_by_key and steps_by_key[key].status not in DONE
    ]


def allowed_member_actions(step: JourneyStep, steps_by_key: dict) -> list[str]:
    actions = []
    for action in ("start", "submit", "skip", "reopen"):
        try:
            check_move(step, action, by="member", steps_by_key=steps_by_key)
        except StepError:
            continue
        actions.append(action)
    return actions


def readiness_percent(*, approved: int, required: int) -> int:
    """Readiness: per cent of the required steps approved; with none required, nothing is
    left to do (100)."""
    return round(100 * approved / required) if required else 100


def readiness(steps) -> int:
    """A journey's readiness from its steps (optional steps do not count)."""
    required = [s for s in steps if not s.optional]
    approved = sum(1 for s in required if s.status == S.APPROVED)
    return readiness_percent(approved=approved, required=len(required))


def business_readiness(business) -> int:
    """A business's readiness over all its journeys, from the counts that
    selectors.business_list_for_staff annotates; without a journey it has started
    nothing (0)."""
    if not business.journey_count:
        return 0
    return readiness_percent(approved=business.approved_steps, required=business.required_steps)


def is_overdue(step, today) -> bool:
    """Past its due date and still waiting for the business (open: neither done nor
    submitted for review)."""
    return step.status in OPEN and step.due_date is not None and step.due_date < today


@dataclass(frozen=True, slots=True)
class JourneyCard:
    """A started journey as its card shows it: how ready, and the next step to do."""

    journey: Journey
    readiness: int
    next_step: JourneyStep | None
    next_overdue: bool


def journey_card(journey: Journey, today) -> JourneyCard:
    """From the journey's steps (prefetch them: a card costs no query)."""
    steps = list(journey.steps.all())
    next_step = next((s for s in steps if not s.is_done), None)
    return JourneyCard(
        journey=journey,
        readiness=readiness(steps),
        next_step=next_step,
        next_overdue=next_step is not None and is_overdue(next_step, today),
    )


@dataclass(frozen=True, slots=True)
class StepLine:
    """A step as its journey's page lists it."""

    step: JourneyStep
    overdue: bool
    # Needs staff review, is not done, and the business's registration is not approved
    # yet: it cannot be submitted until it is.
    awaiting_registration: bool


def step_lines(steps, *, today, business_approved: bool) -> tuple[StepLine, ...]:
    return tuple(
        StepLine(
            step=step,
            overdue=is_overdue(step, today),
            awaiting_registration=step.review_required
            and not step.is_done
            and not business_approved,
        )
        for step in steps
    )


def overdue_q(today, prefix: str = "") -> Q:
    """``is_overdue`` as a filter on steps (`prefix`: the lookup path to the step)."""
    return Q(**{f"{prefix}status__in": OPEN, f"{prefix}due_date__lt": today})


def is_complete(steps) -> bool:
    return all(s.status == S.APPROVED for s in steps if not s.optional)
