"""Writes of the onboarding app: businesses, members, journeys, step moves, reminders.

Every function is keyword-only and atomic; step moves lock the step row, refuse stale
forms (the version the form was rendered with must still be current) and append one
StepEvent per move. E-mails are queued with `delay_on_commit`, never from views.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from django.contrib.auth import get_user_model
from django.db import IntegrityError, models, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from certification import services as certificates
from courses.models import CoursePage, Enrolment
from onboarding import journeys, selectors, tasks, workdays
from onboarding.content_files import read_journeys
from onboarding.journeys import MembershipError, Refused, RegistrationError, StaleStep, StepError
from onboarding.models import (
    INVITATION_VALID_DAYS,
    Business,
    EmailSent,
    EvidenceFile,
    Invitation,
    Journey,
    JourneyStep,
    JourneyTemplate,
    Membership,
    OcopProduct,
    RegistrationEvent,
    ReminderSent,
    StepEvent,
    StepMessage,
    TemplateStep,
)
from onboarding.taxcode import normalise
from portal import roles
from portal import selectors as portal_selectors
from portal.services import notify

S = JourneyStep.Status


def invitation_expired_message() -> str:
    """The translated explanation shown for an expired invitation."""
    return _(
        "This invitation has expired: invitations are valid for %(days)s days. "
        "Ask an owner of the business to send it again."
    ) % {"days": INVITATION_VALID_DAYS}


# --- businesses ---------------------------------------------------------------------------


@transaction.atomic
def business_register(*, user, **fields: Any) -> Business:
    """Registers a business with `user` as its owner, waiting for the province's staff to
    approve it; records the registration as its first RegistrationEvent. Other people's
    claims on the same tax code do not stop it (staff see them side by side and decide);
    not idempotent (the view sends a double post to the user's own registration)."""
    fields["tax_code"] = normalise(fields["tax_code"])
    business = Business.objects.create(status=Business.Status.PENDING, **fields)
    Membership.objects.create(business=business, user=user, role=Membership.Role.OWNER)
    RegistrationEvent.objects.create(
        business=business, actor=user, from_status="", to_status=Business.Status.PENDING
    )
    return business


def conflict_message() -> str:
    """What a member of a business is told when they try to decide on it as staff."""
    return _(
        "You cannot review this: you are a member of this business. Another member of "
        "staff of the province, or a national admin, decides on it."
    )


def _refuse_own_business(business: Business, by, error: type[Refused]) -> None:
    # The one rule (selectors.review_conflict), enforced here whatever the caller.
    if by is not None and selectors.review_conflict(user=by, business=business):
        raise error(conflict_message())


def _locked_business(business: Business) -> Business:
    return Business.objects.select_for_update().get(pk=business.pk)


def _claims_locked(business: Business) -> tuple[Business, list[Business]]:
    """`business` and the other registrations with its tax code, all locked in one order
    (by primary key), so that two staff approving competing claims at once take turns:
    the second sees the first's decision."""
    code = Business.objects.filter(pk=business.pk).values_list("tax_code", flat=True).get()
    rows = list(Business.objects.select_for_update().filter(tax_code=code).order_by("pk"))
    mine = next((row for row in rows if row.pk == business.pk), None)
    if mine is None:  # its tax code changed between the two reads: lock it alone
        return _locked_business(business), []
    return mine, [row for row in rows if row.pk != business.pk]


def _move_registration(business: Business, to: str, *, by, reason: str) -> RegistrationEvent:
    """Records one decision on a registration and queues its e-mail after commit."""
    event = RegistrationEvent.objects.create(
        business=business, actor=by, from_status=business.status, to_status=to, comment=reason
    )
    business.status = to
    if to == Business.Status.APPROVED:
        business.approved_by, business.approved_at = by, event.created_at
    else:
        business.approved_by = business.approved_at = None
    business.save(update_fields=["status", "approved_by", "approved_at"])
    tasks.send_registration_decision_email.delay_on_commit(event.pk)
    return event


def _decide(
    business: Business,
    to: str,
    *,
    by,
    reason: str = "",
    others_reason: str = "",
    replace_approved: bool = False,
) -> Business:
    """Moves a pending registration to `to`, records who, when and why, and queues the
    e-mail to the owner after commit. Approving it rejects the other claims on its tax
    code with `others_reason` (an approved one only with `replace_approved`, and only by
    staff in its scope). Deciding again the same way changes nothing."""
    business, others = _claims_locked(business)
    _refuse_own_business(business, by, RegistrationError)
    if business.status == to:
        return business
    if business.status != Business.Status.PENDING:
        raise RegistrationError(
            _("This registration is no longer waiting for a decision. Reload the page.")
        )
    if to == Business.Status.APPROVED:
        _reject_other_claims(others, by=by, reason=others_reason, replace_approved=replace_approved)
    try:
        with transaction.atomic():
            _move_registration(business, to, by=by, reason=reason)
    except IntegrityError as exc:  # the constraint, should a claim slip past the locks
        raise RegistrationError(
            _("Another registration with this tax code was approved meanwhile. Reload the page.")
        ) from exc
    if to == Business.Status.APPROVED:
        # Journeys whose steps were all done while the registration waited complete now.
        for journey in business.journeys.filter(status=Journey.Status.ACTIVE):
            journey_check_complete(journey=journey)
    return business


def _reject_other_claims(others: list[Business], *, by, reason: str, replace_approved: bool):
    """Before a claim is approved: the other pending claims on its tax code, and an
    approved one when staff chose to replace it, are rejected with `reason`."""
    approved = [b for b in others if b.status == Business.Status.APPROVED]
    if approved and not replace_approved:
        raise RegistrationError(
            _(
                "Another business with this tax code is approved. Reject this claim, or "
                "confirm that it replaces the approved one."
            )
        )
    in_scope = set(
        roles.scope_queryset(
            Business.objects.filter(pk__in=[b.pk for b in approved]), by
        ).values_list("pk", flat=True)
    )
    if any(b.pk not in in_scope for b in approved):
        raise RegistrationError(
            _(
                "The business approved with this tax code is in another province: its staff "
                "or a national admin can withdraw its approval."
            )
        )
    losers = [b for b in others if b.status in (Business.Status.PENDING, Business.Status.APPROVED)]
    if losers and not reason.strip():
        raise RegistrationError(
            _("Say why the other registrations of this tax code are rejected (they are told).")
        )
    for other in losers:
        _move_registration(other, Business.Status.REJECTED, by=by, reason=reason.strip())


@transaction.atomic
def business_approve(
    *,
    business: Business,
    by,
    comment: str = "",
    others_reason: str = "",
    replace_approved: bool = False,
) -> Business:
    """Staff approve a pending registration so that it counts in reports; the owner is
    e-mailed after commit. The other claims on the same tax code waiting for a decision
    are rejected with `others_reason` (required when there are any; their owners are
    e-mailed); a business already approved with that code is too, only when
    `replace_approved` (staff checked this claim is the real owner) and it is in `by`'s
    scope. Two approvals of competing claims at once: one wins, the other is refused
    (the claims are locked in turn; one approved business per code is a constraint).
    Idempotent: approving an approved business changes nothing. Refuses a rejected
    registration (the business resubmits it first), and a decision by a member of the
    business (selectors.review_conflict)."""
    return _decide(
        business,
        Business.Status.APPROVED,
        by=by,
        reason=comment.strip(),
        others_reason=others_reason,
        replace_approved=replace_approved,
    )


@transaction.atomic
def business_reject(*, business: Business, by, reason: str) -> Business:
    """Staff reject a pending registration with a reason (required), which the owner is
    e-mailed after commit; the business can correct its details and resubmit. Idempotent:
    rejecting a rejected business changes nothing. Refuses a member of the business."""
    if not reason.strip():
        raise RegistrationError(_("Say why the registration is rejected."))
    return _decide(business, Business.Status.REJECTED, by=by, reason=reason.strip())


@transaction.atomic
def business_resubmit(*, business: Business, by, **fields: Any) -> Business:
    """The owner corrects a rejected registration: `fields` are saved and the registration
    waits for approval again. The event keeps every changed field's old and new value, so
    nothing is lost. Refuses a registration that is not rejected."""
    business = _locked_business(business)
    if business.status != Business.Status.REJECTED:
        raise RegistrationError(_("Only a rejected registration can be corrected and resubmitted."))
    changes = _apply_changes(business, fields)
    RegistrationEvent.objects.create(
        business=business,
        actor=by,
        from_status=business.status,
        to_status=Business.Status.PENDING,
        changes=changes,
    )
    business.status = Business.Status.PENDING
    business.save()
    return business


def _apply_changes(business: Business, fields: dict, *, locked=()) -> dict:
    """Sets `fields` on `business` (not saved) and returns {name: [before, after]} of
    those that changed; raises RegistrationError when one of `locked` would change."""
    if "tax_code" in fields:
        fields["tax_code"] = normalise(fields["tax_code"])
    changes = {}
    for name, value in fields.items():
        before = Business._meta.get_field(name).value_from_object(business)
        after = value.pk if isinstance(value, models.Model) else value
        if before == after:
            continue
        if name in locked:
            raise RegistrationError(
                _(
                    "The tax code and the province of an approved business cannot be "
                    "changed here: ask staff of your province."
                )
            )
        changes[name] = [before, after]
        setattr(business, name, value)
    return changes


# Fixed by staff's approval: the tax code they checked, and the province whose staff
# approved it (and see it). Changing them means a new registration, through staff.
APPROVED_LOCKED_FIELDS = ("tax_code", "province", "former_province")


@transaction.atomic
def business_update(*, business: Business, by, **fields: Any) -> Business:
    """An owner edits the details of a pending or approved business (a rejected one is
    corrected through business_resubmit). An approved business keeps the tax code and
    province staff approved: changing them raises RegistrationError. The change is
    recorded as a RegistrationEvent with each changed field's old and new value (its
    status stays). Idempotent: saving the same values records nothing."""
    business = _locked_business(business)
    if business.status == Business.Status.REJECTED:
        raise RegistrationError(_("Correct a rejected registration and send it again."))
    locked = APPROVED_LOCKED_FIELDS if business.status == Business.Status.APPROVED else ()
    changes = _apply_changes(business, fields, locked=locked)
    if not changes:
        return business
    RegistrationEvent.objects.create(
        business=business,
        actor=by,
        from_status=business.status,
        to_status=business.status,
        changes=changes,
    )
    business.save()
    return business


@transaction.atomic
def ocop_product_add(*, business: Business, **fields: Any) -> OcopProduct:
    """Adds an OCOP product to `business`."""
    return OcopProduct.objects.create(business=business, **fields)


@transaction.atomic
def member_invite(*, business: Business, email: str, by) -> Invitation:
    """Invites `email` to join `business` and e-mails the link after commit. Idempotent
    per (business, e-mail): inviting again re-sends the same invitation, valid for
    INVITATION_VALID_DAYS days from now. One accepted before (the member was removed since)
    becomes pending again with a new link, so it is sent too. The caller has checked that
    `email` is not a member's."""
    invitation, created = Invitation.objects.get_or_create(
        business=business, email=email.strip().lower(), defaults={"invited_by": by}
    )
    if not created:
        renewed = {"created_at": timezone.now()}
        if invitation.accepted_at is not None:
            renewed.update(accepted_at=None, token=uuid.uuid4(), invited_by=by)
        for field, value in renewed.items():
            setattr(invitation, field, value)
        Invitation.objects.filter(pk=invitation.pk).update(**renewed)
    tasks.send_invitation_email.delay_on_commit(invitation.pk)
    return invitation


@transaction.atomic
def invitation_resend(*, business: Business, invitation_id: int, by) -> Invitation | None:
    """Sends again a pending invitation of `business` (an expired one works again for
    INVITATION_VALID_DAYS days). None when there is no such pending invitation."""
    invitation = Invitation.objects.filter(
        business=business, pk=invitation_id, accepted_at__isnull=True
    ).first()
    if invitation is None:
        return None
    return member_invite(business=business, email=invitation.email, by=by)


@transaction.atomic
def member_remove(*, business: Business, membership_id: int) -> Membership | None:
    """Removes a member from `business` (their journeys stay with the business). Refuses,
    with MembershipError, to remove the last owner (the owners' rows are locked so two owners
    cannot remove each other at once). Idempotent: None when there is no such member."""
    owners = list(
        business.memberships.select_for_update()
        .filter(role=Membership.Role.OWNER)
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    membership = business.memberships.select_related("user").filter(pk=membership_id).first()
    if membership is None:
        return None
    if membership.role == Membership.Role.OWNER and owners == [membership.pk]:
        raise MembershipError(_("The last owner of a business cannot be removed."))
    membership.delete()
    return membership


@transaction.atomic
def invitation_cancel(*, business: Business, invitation_id: int) -> bool:
    """Withdraws an invitation of `business` not accepted yet (its link stops working).
    Idempotent: False when there is no such pending invitation."""
    deleted, _rows = Invitation.objects.filter(
        business=business, pk=invitation_id, accepted_at__isnull=True
    ).delete()
    return bool(deleted)


@transaction.atomic
def invitation_accept(*, invitation: Invitation, user) -> Membership:
    """Makes `user` a member of the invitation's business. The invitation must name one
    of the user's verified e-mail addresses (allauth's EmailAddress.verified), whatever
    way they signed in. Idempotent."""
    if invitation.email.lower() not in portal_selectors.verified_emails(user=user):
        raise MembershipError(
            _(
                "This invitation was sent to an e-mail address you have not confirmed on "
                "your account. Confirm it first, then accept the invitation."
            )
        )
    if invitation.is_expired:
        raise MembershipError(invitation_expired_message())
    membership, _created = Membership.objects.get_or_create(
        business=invitation.business, user=user, defaults={"role": Membership.Role.MEMBER}
    )
    if invitation.accepted_at is None:
        invitation.accepted_at = timezone.now()
        invitation.save(update_fields=["accepted_at"])
    # The courses the newcomer completed before joining count for its journeys now.
    steps_complete_by_past_courses(user=user)
    return membership


# --- journeys -----------------------------------------------------------------------------


@transaction.atomic
def journey_start(*, business: Business, template: JourneyTemplate, by, today=None) -> Journey:
    """Starts `template` for `business`: snapshots its steps with their deadlines (in
    working days from today, after the steps each depends on, and never before the
    deadline of the step above: deadlines come in step order). Idempotent: a business
    has one journey per template; starting again returns it."""
    existing = Journey.objects.filter(business=business, template=template).first()
    if existing:
        return existing
    today = today or timezone.localdate()
    journey = Journey.objects.create(
        business=business,
        template=template,
        title=template.title,
        title_en=template.title_en,
        platform=template.platform,
        started_by=by,
        started_on=today,
    )
    template_steps = list(template.steps.order_by("sort_order"))
    due_by_key: dict[str, date] = {}
    previous_due = today
    created = []
    for position, ts in enumerate(template_steps, start=1):
        deps = [k for k in ts.depends_on if k in due_by_key]
        begin = max((due_by_key[k] for k in deps), default=today)
        # A step may be worked on alongside those it does not depend on, but its deadline
        # never comes before the one above it: the list reads in order.
        due = max(workdays.add_working_days(begin, ts.duration_days), previous_due)
        due_by_key[ts.key] = due
        previous_due = due
        created.append(
            JourneyStep(
                journey=journey,
                position=position,
                depends_on=deps,
                due_date=due,
                course_id=ts.course_id,
                **_step_fields(ts),
            )
        )
    JourneyStep.objects.bulk_create(created)
    # Courses members completed before the journey started count as soon as it starts.
    steps_complete_by_past_courses(business=business)
    return journey


def _step_fields(ts: TemplateStep) -> dict:
    names = [
        "key",
        "title",
        "title_en",
        "guidance",
        "guidance_en",
        "legal_document",
        "legal_document_en",
        "legal_valid_from",
        "legal_valid_to",
        "evidence",
        "review_required",
        "optional",
        "duration_days",
    ]
    return {name: getattr(ts, name) for name in names}


def _locked(step: JourneyStep, expected_version: int | None) -> JourneyStep:
    fresh = (
        JourneyStep.objects.select_for_update(of=("self",))
        .select_related("journey__business")
        .get(pk=step.pk)
    )
    if expected_version is not None and fresh.version != int(expected_version):
        raise StaleStep()
    return fresh


def _move(step: JourneyStep, to: str, *, by, comment: str = "") -> JourneyStep:
    StepEvent.objects.create(
        step=step, actor=by, from_status=step.status, to_status=to, comment=comment
    )
    step.status = to
    step.version += 1
    return step


def _siblings(step: JourneyStep) -> dict[str, JourneyStep]:
    return {s.key: s for s in step.journey.steps.all()}


@transaction.atomic
def step_start(*, step: JourneyStep, by, expected_version: int | None = None) -> JourneyStep:
    """A member starts working on a step. Refuses stale forms and unmet dependencies."""
    return _member_move(step, "start", by=by, expected_version=expected_version)


@transaction.atomic
def step_submit(
    *,
    step: JourneyStep,
    by,
    expected_version: int | None = None,
    upload=None,
    content_type: str = "",
    text: str = "",
    comment: str = "",
) -> JourneyStep:
    """A member submits a step with its evidence (an already checked upload, or a URL or
    confirmation code as `text`). Steps that need no review are approved at once, which
    may complete the journey. Refuses stale forms, unmet dependencies, missing evidence."""
    step = _locked(step, expected_version)
    journeys.check_move(step, "submit", by="member", steps_by_key=_siblings(step))
    if step.evidence == "file":
        if upload is None and not step.files.exists():
            raise StepError(_("Attach the file that proves this step."))
    elif step.evidence in ("url", "code") and not text.strip():
        raise StepError(_("Enter the web address or confirmation code that proves this step."))
    if upload is not None:
        EvidenceFile.objects.create(
            step=step,
            file=upload,
            original_name=upload.name[:255],
            content_type=content_type,
            size=upload.size,
            uploaded_by=by,
        )
    if text.strip():
        step.evidence_text = text.strip()
    step.submitted_at = timezone.now()
    _move(step, S.SUBMITTED, by=by, comment=comment)
    if not step.review_required:
        _move(step, S.APPROVED, by=None, comment=str(_("No staff review needed.")))
    step.save()
    if step.status == S.APPROVED:
        journey_check_complete(journey=step.journey)
    else:
        tasks.notify_step_submitted.delay_on_commit(step.pk)
    return step


@transaction.atomic
def step_skip(*, step: JourneyStep, by, expected_version: int | None = None) -> JourneyStep:
    """A member skips an optional step."""
    step = _member_move(step, "skip", by=by, expected_version=expected_version)
    journey_check_complete(journey=step.journey)
    return step


@transaction.atomic
def step_reopen(*, step: JourneyStep, by, expected_version: int | None = None) -> JourneyStep:
    """A member takes back a skipped step."""
    return _member_move(step, "reopen", by=by, expected_version=expected_version)


def _member_move(step: JourneyStep, action: str, *, by, expected_version) -> JourneyStep:
    """A move without evidence: lock, refuse stale forms and rule breaks, record it."""
    step = _locked(step, expected_version)
    journeys.check_move(step, action, by="member", steps_by_key=_siblings(step))
    _move(step, journeys.target_of(action), by=by)
    step.save(update_fields=["status", "version", "updated_at"])
    return step


@transaction.atomic
def step_approve(
    *, step: JourneyStep, by, expected_version: int | None = None, comment: str = ""
) -> JourneyStep:
    """Staff approve a submitted step; the business is told after commit. May complete
    the journey and issue its readiness certificate. Refuses stale forms and a reviewer
    who is a member of the business (selectors.review_conflict)."""
    step = _locked(step, expected_version)
    _refuse_own_business(step.journey.business, by, StepError)
    journeys.check_move(step, "approve", by="staff")
    step.reviewer_comment = comment.strip()
    _move(step, S.APPROVED, by=by, comment=comment.strip())
    step.save()
    journey_check_complete(journey=step.journey)
    tasks.notify_step_reviewed.delay_on_commit(step.pk)
    return step


@transaction.atomic
def step_request_changes(
    *, step: JourneyStep, by, comment: str, expected_version: int | None = None
) -> JourneyStep:
    """Staff send a submitted step back with a comment; the business is told. Refuses
    a reviewer who is a member of the business."""
    if not comment.strip():
        raise StepError(_("Say what needs to change."))
    step = _locked(step, expected_version)
    _refuse_own_business(step.journey.business, by, StepError)
    journeys.check_move(step, "request_changes", by="staff")
    step.reviewer_comment = comment.strip()
    _move(step, S.CHANGES_REQUESTED, by=by, comment=comment.strip())
    step.save()
    tasks.notify_step_reviewed.delay_on_commit(step.pk)
    return step


MESSAGE_MAX_LENGTH = 4000


@transaction.atomic
def step_message_post(
    *, step: JourneyStep, by, body: str = "", upload=None, content_type: str = ""
) -> StepMessage:
    """`by` writes on the conversation of `step`: a member of its business, or staff
    allowed to see it (the views check who). The side is fixed now: a member of the
    business writes for it, whoever else they are. `upload` is already checked (size
    and real type, forms.sniff_evidence) and kept privately. The other side is told
    after commit (step_message_notify). Refuses an empty message. Not idempotent: each
    call is a new message (the view redirects after posting)."""
    body = body.strip()
    if not body and upload is None:
        raise StepError(_("Write a message or attach a file."))
    if len(body) > MESSAGE_MAX_LENGTH:
        raise StepError(_("A message holds at most %(n)s characters.") % {"n": MESSAGE_MAX_LENGTH})
    message = StepMessage(
        step=step,
        author=by,
        from_staff=not selectors.review_conflict(user=by, business=step.journey.business_id),
        body=body,
    )
    if upload is not None:
        message.attachment = upload
        message.attachment_name = upload.name[:255]
        message.attachment_type = content_type
        message.attachment_size = upload.size
    message.save()
    tasks.notify_step_message.delay_on_commit(message.pk)
    return message


def step_message_notify(*, message_id: int) -> int:
    """Tells the other side of a step's conversation about a new message: staff's
    message, every member of the business; the business's, the onboarding staff of its
    province (national admins when none may review it) and anyone on staff who wrote in
    this conversation before, never a member of the business. Never the author; once per
    message (the key). How many were told."""
    message = (
        StepMessage.objects.select_related("step__journey__business", "author__profile")
        .filter(pk=message_id)
        .first()
    )
    if message is None:
        return 0
    step = message.step
    business = step.journey.business
    members = {m.user_id: m.user for m in business.memberships.select_related("user__profile")}
    if message.from_staff:
        recipients = list(members.values())
        url = reverse("onboarding:step", args=[step.pk])
    else:
        recipients = [
            u for u in roles.users_with_role(roles.STAFF, business.province) if u.pk not in members
        ]
        if not recipients:
            recipients = list(roles.national_admins())
        # Whoever on staff wrote here before follows the conversation (a national admin).
        recipients += list(
            get_user_model()
            .objects.filter(pk__in=step.messages.filter(from_staff=True).values("author_id"))
            .select_related("profile")
        )
        url = reverse("onboarding:staff_review", args=[step.pk])
    seen, told = {message.author_id}, 0
    for user in recipients:
        if user.pk in seen or (not message.from_staff and user.pk in members):
            continue
        seen.add(user.pk)
        told += (
            notify(
                user=user,
                kind="step_message",
                template="onboarding/notifications/step_message",
                context={"message": message},
                url=url,
                key=f"step-message:{message.pk}",
            )
            is not None
        )
    return told


@transaction.atomic
def journey_check_complete(*, journey: Journey) -> bool:
    """Completes `journey` when all its required steps are approved and its business's
    registration is approved (approving the registration calls this again), and issues
    its readiness certificate through the certificate service. Idempotent."""
    journey = (
        Journey.objects.select_for_update(of=("self",))
        .select_related("business")
        .get(pk=journey.pk)
    )
    if journey.status == Journey.Status.COMPLETED:
        return False
    if journey.business.status != Business.Status.APPROVED:
        return False
    if not journeys.is_complete(list(journey.steps.all())):
        return False
    journey.status = Journey.Status.COMPLETED
    journey.completed_at = timezone.now()
    journey.save(update_fields=["status", "completed_at"])
    certificates.certificate_issue(recipient=journey.business, subject=journey)
    return True


def _approve_by_course(step: JourneyStep, course: CoursePage, *, by) -> None:
    title = course.title
    _move(step, S.APPROVED, by=by, comment=str(_("Course completed: %(title)s")) % {"title": title})
    step.save(update_fields=["status", "version", "updated_at"])


COURSE_OPEN = (S.TODO, S.IN_PROGRESS, S.CHANGES_REQUESTED, S.SUBMITTED)


@transaction.atomic
def steps_complete_for_course(*, user, course: CoursePage) -> int:
    """Approves the steps `course` completes in the journeys of the businesses `user` is
    a member of. onboarding.receivers calls it when courses announce that `user`
    completed `course` (courses.services.course_completed): the only way such steps get
    done (they cannot be submitted; journey_start catches up on earlier completions).
    Returns how many steps changed; idempotent (approved and skipped steps are left
    alone)."""
    ids = set(
        JourneyStep.objects.filter(
            course=course,
            journey__business__memberships__user=user,
            status__in=COURSE_OPEN,
        ).values_list("pk", flat=True)
    )
    # PostgreSQL refuses FOR UPDATE with DISTINCT: lock the rows by primary key instead.
    steps = list(
        JourneyStep.objects.select_for_update()
        .filter(pk__in=ids, status__in=COURSE_OPEN)
        .select_related("journey")
        .order_by("pk")
    )
    journey_ids = set()
    for step in steps:
        _approve_by_course(step, course, by=user)
        journey_ids.add(step.journey_id)
    for journey in Journey.objects.filter(pk__in=journey_ids):
        journey_check_complete(journey=journey)
    return len(steps)


@transaction.atomic
def steps_complete_by_past_courses(*, business: Business | None = None, user=None) -> int:
    """Approves the open steps that courses already completed complete: those of
    `business`'s members (a journey just started), or those of `user` (who just joined a
    business), as steps_complete_for_course would have when the course was completed.
    Returns how many steps changed; idempotent."""
    completed = Enrolment.objects.filter(status=Enrolment.Status.COMPLETED)
    if business is not None:
        completed = completed.filter(user__business_memberships__business=business)
    if user is not None:
        completed = completed.filter(user=user)
    return sum(
        steps_complete_for_course(user=enrolment.user, course=enrolment.course)
        for enrolment in completed.select_related("user", "course").order_by("completed_at", "pk")
    )


@transaction.atomic
def step_complete_by_course(*, step: JourneyStep, course: CoursePage, by=None) -> bool:
    """Approves one `step` that `course` completes, as completed by it (the demo's
    businesses have no members to take the course; completions arrive through
    steps_complete_for_course). Refuses, with StepError, a step `course` does not
    complete. Idempotent: False when the step is done already."""
    if not JourneyStep.objects.filter(course=course, pk=step.pk).exists():
        raise StepError(_("This course does not complete this step."))
    step = _locked(step, None)
    if step.status not in COURSE_OPEN:
        return False
    _approve_by_course(step, course, by=by)
    journey_check_complete(journey=step.journey)
    return True


# --- templates ------------------------------------------------------------------------------


@transaction.atomic
def journey_templates_load_defaults(
    *, templates: list[dict] | None = None, reset: bool = False
) -> int:
    """Creates the journey templates of the content files (onboarding/content/journeys/,
    read by onboarding.content_files; or `templates`, in the same resolved shape) that do
    not exist yet, matched by key; links each step to its course by slug when the page
    exists (a missing one is skipped). Templates that exist are left as staff edited
    them, unless `reset`: then their fields and steps are set back to the files' (steps
    matched by key; extra steps staff added stay). Journeys under way keep their
    snapshots either way.
    Idempotent: returns how many templates were created. A broken file raises
    ContentError before anything is written."""
    if templates is None:
        templates = read_journeys()
    created_count = 0
    existing = set(JourneyTemplate.objects.values_list("key", flat=True))
    for data in templates:
        if data["key"] in existing and not reset:
            continue
        template, created = JourneyTemplate.objects.update_or_create(
            key=data["key"],
            defaults={
                "title": data["title"],
                "title_en": data.get("title_en", ""),
                "description": data.get("description", ""),
                "description_en": data.get("description_en", ""),
                "platform": data.get("platform", ""),
                "issues_certificate": data.get("issues_certificate", True),
            },
        )
        created_count += int(created)
        for order, sd in enumerate(data["steps"]):
            step, _c = TemplateStep.objects.update_or_create(
                template=template,
                key=sd["key"],
                defaults={
                    "sort_order": order,
                    "title": sd["title"],
                    "title_en": sd.get("title_en", ""),
                    "guidance": sd.get("guidance", ""),
                    "guidance_en": sd.get("guidance_en", ""),
                    "legal_document": sd.get("legal_document", ""),
                    "legal_document_en": sd.get("legal_document_en", ""),
                    "legal_valid_from": sd.get("legal_valid_from") or None,
                    "legal_valid_to": sd.get("legal_valid_to") or None,
                    "evidence": sd.get("evidence", "none"),
                    "review_required": sd.get("review_required", False),
                    "optional": sd.get("optional", False),
                    "depends_on": list(sd.get("depends_on", [])),
                    "duration_days": sd.get("duration_days", 1),
                },
            )
            slug = sd.get("course_slug", "")
            course = CoursePage.objects.filter(slug=slug).order_by("pk").first() if slug else None
            if course is not None and step.course_id != course.pk:
                step.course = course
                step.save(update_fields=["course"])
    return created_count


# --- reminders ------------------------------------------------------------------------------


@transaction.atomic
def reminder_claim(*, recipient, kind: str, today: date) -> bool:
    """Records that `recipient` gets today's reminder of `kind`; False when one was already
    sent today (the unique constraint decides, even with two workers racing)."""
    try:
        with transaction.atomic():
            ReminderSent.objects.create(recipient=recipient, kind=kind, date=today)
    except IntegrityError:
        return False
    return True


def email_claim(*, key: str) -> bool:
    """Records that the e-mail of occasion `key` goes out; False when it already went (the
    unique key decides, even with two workers racing). Call it inside the transaction that
    sends, so that a failed send rolls the claim back and the retry sends."""
    try:
        with transaction.atomic():
            EmailSent.objects.create(key=key)
    except IntegrityError:
        return False
    return True


# --- notifications (portal.services.notify: the page, and e-mail as each person chose) ----


def step_reviewed_notify(*, step_id: int) -> int:
    """Tells every member of the business how staff reviewed one of its steps (approved,
    or changes requested with the reviewer's comment). Once per review: the key carries
    the step's version, so a redelivered task tells nobody twice. How many were told."""
    step = JourneyStep.objects.select_related("journey__business").filter(pk=step_id).first()
    if step is None or step.status not in (S.APPROVED, S.CHANGES_REQUESTED):
        return 0
    kind = "step_approved" if step.status == S.APPROVED else "step_changes_requested"
    members = step.journey.business.memberships.select_related("user__profile")
    told = [
        notify(
            user=membership.user,
            kind=kind,
            template=f"onboarding/notifications/{kind}",
            context={"step": step},
            url=reverse("onboarding:step", args=[step.pk]),
            key=f"step-reviewed:{step.pk}:{step.version}",
        )
        for membership in members
    ]
    return sum(1 for n in told if n is not None)


def step_submitted_notify(*, step_id: int) -> int:
    """Tells the onboarding staff of the business's province that a step waits for their
    review (national admins when no staff member there may review it); never a member of
    the business. Once per submission (the key carries the step's version)."""
    step = (
        JourneyStep.objects.select_related("journey__business__province").filter(pk=step_id).first()
    )
    if step is None or step.status != S.SUBMITTED:
        return 0
    business = step.journey.business
    members = set(business.memberships.values_list("user_id", flat=True))
    reviewers = []
    if business.province_id:
        reviewers = [
            u for u in roles.users_with_role(roles.STAFF, business.province) if u.pk not in members
        ]
    if not reviewers:
        reviewers = [u for u in roles.national_admins() if u.pk not in members]
    told = [
        notify(
            user=user,
            kind="step_submitted",
            template="onboarding/notifications/step_submitted",
            context={"step": step},
            url=reverse("onboarding:staff_review", args=[step.pk]),
            key=f"step-submitted:{step.pk}:{step.version}",
        )
        for user in reviewers
    ]
    return sum(1 for n in told if n is not None)
