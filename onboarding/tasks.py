"""Celery tasks of the onboarding app: e-mails and the daily reminder digest.

Tasks take primary keys, fetch again, and retry only transient errors (SMTP, network).
"""

from __future__ import annotations

import logging
import smtplib
from datetime import date

from celery import shared_task
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from onboarding import selectors
from onboarding.models import (
    Business,
    Invitation,
    JourneyStep,
    Membership,
    RegistrationEvent,
    ReminderSent,
)
from portal import roles
from portal.i18n import emails_by_language, language_of, translated
from portal.models import Province
from portal.text import email_subject

logger = logging.getLogger(__name__)

TRANSIENT = (smtplib.SMTPException, ConnectionError, TimeoutError)


def _url(path: str) -> str:
    return getattr(settings, "SITE_URL", "").rstrip("/") + path


@shared_task(bind=True, autoretry_for=TRANSIENT, retry_backoff=True, max_retries=5)
def send_step_reviewed_email(self, step_id: int) -> int:
    """Tells the members of the business how staff reviewed one of its steps."""

    step = JourneyStep.objects.select_related("journey__business").filter(pk=step_id).first()
    if step is None:
        return 0
    business = step.journey.business
    groups = emails_by_language(
        business.memberships.values_list("user__email", "user__profile__language")
    )
    # The occasion is the review (its event), not the step: a step reviewed again is
    # another e-mail, the same review delivered twice is not.
    S = JourneyStep.Status
    review = (
        step.events.filter(to_status__in=[S.APPROVED, S.CHANGES_REQUESTED])
        .order_by("-pk")
        .values_list("pk", flat=True)
        .first()
    )
    return sum(
        _send_marked(
            f"step-reviewed:{step.pk}:{review}:{lang}",
            lambda lang=lang, emails=emails: _send_step_reviewed(step, lang, emails),
        )
        for lang, emails in groups.items()
    )


def _send_step_reviewed(step, lang: str, emails: list[str]) -> int:
    business = step.journey.business
    with translation.override(lang):
        title = str(translated(step, "title"))
        if step.status == JourneyStep.Status.APPROVED:
            subject = _("Step approved: %(step)s") % {"step": title}
        else:
            subject = _("Changes requested: %(step)s") % {"step": title}
        body = "\n\n".join(
            part
            for part in [
                _("Business: %(name)s") % {"name": business.name},
                _("Journey: %(title)s") % {"title": translated(step.journey, "title")},
                _("Step: %(step)s — %(status)s")
                % {"step": title, "status": step.get_status_display()},
                (_("Reviewer's comment: %(comment)s") % {"comment": step.reviewer_comment})
                if step.reviewer_comment
                else "",
                _url(f"/onboarding/steps/{step.pk}/"),
            ]
            if part
        )
    return send_mail(email_subject(subject), body, None, emails)


@shared_task(bind=True, autoretry_for=TRANSIENT, retry_backoff=True, max_retries=5)
def send_registration_decision_email(self, event_id: int) -> int:
    """Tells the owners of a business (or its contact e-mail when it has no owner) how
    staff decided on its registration, with the reason."""

    event = RegistrationEvent.objects.select_related("business").filter(pk=event_id).first()
    if event is None:
        return 0
    business = event.business
    groups = emails_by_language(
        business.memberships.filter(role=Membership.Role.OWNER).values_list(
            "user__email", "user__profile__language"
        )
    ) or emails_by_language([(business.contact_email, "vi")])
    return sum(
        _send_marked(
            f"registration-decision:{event.pk}:{lang}",
            lambda lang=lang, emails=emails: _send_decision(event, lang, emails),
        )
        for lang, emails in groups.items()
    )


def _send_decision(event, lang: str, emails: list[str]) -> int:
    business = event.business
    with translation.override(lang):
        if event.to_status == Business.Status.APPROVED:
            subject = _("Registration approved: %(name)s") % {"name": business.name}
            next_step = _("You can now start the onboarding journeys.")
        else:
            subject = _("Registration rejected: %(name)s") % {"name": business.name}
            next_step = _("Correct the details of the business and send the registration again.")
        body = "\n\n".join(
            part
            for part in [
                _("Business: %(name)s") % {"name": business.name},
                _("Tax code: %(code)s") % {"code": business.tax_code},
                (_("Reason: %(reason)s") % {"reason": event.comment}) if event.comment else "",
                next_step,
                _url(f"/onboarding/businesses/{business.pk}/"),
            ]
            if part
        )
    return send_mail(email_subject(subject), body, None, emails)


@shared_task(bind=True, autoretry_for=TRANSIENT, retry_backoff=True, max_retries=5)
def send_invitation_email(self, invitation_id: int) -> int:
    invitation = Invitation.objects.select_related("business").filter(pk=invitation_id).first()
    if invitation is None or invitation.accepted_at:
        return 0
    with translation.override("vi"):
        subject = _("You are invited to join %(name)s") % {"name": invitation.business.name}
        body = _(
            "%(name)s invites you to follow its onboarding journeys on the portal. "
            "Sign in or sign up with this e-mail address, then open: %(url)s"
        ) % {
            "name": invitation.business.name,
            "url": _url(f"/onboarding/invitations/{invitation.token}/"),
        }
    # Inviting again re-sends (it renews created_at); the same invitation delivered twice
    # does not.
    key = f"invitation:{invitation.pk}:{invitation.created_at.isoformat()}"
    return _send_marked(
        key, lambda: send_mail(email_subject(subject), body, None, [invitation.email])
    )


def _send_marked(key: str, send) -> int:
    """Sends once per occasion `key`: the claim (onboarding.EmailSent) and the send share a
    transaction, so a failed send rolls the claim back and the retry sends; a task
    delivered again after it sent finds the claim and sends nothing. Returns what `send`
    returned, or 0."""
    from onboarding import services  # here: onboarding.services imports this module

    with transaction.atomic():
        if not services.email_claim(key=key):
            logger.info("e-mail %s already sent", key)
            return 0
        return send()


def _send_once(user, kind: str, day, subject: str, body: str) -> bool:
    """Claims today's reminder of `kind` for `user` and sends it in one transaction: when
    sending fails, the claim is rolled back, so the retry sends it (once a day at most,
    and not zero times). False when it was already sent today."""
    from onboarding import services  # here: onboarding.services imports this module

    with transaction.atomic():
        if not services.reminder_claim(recipient=user, kind=kind, today=day):
            return False
        send_mail(email_subject(subject), body, None, [user.email])
    return True


@shared_task(bind=True, autoretry_for=TRANSIENT, retry_backoff=True, max_retries=3)
def send_daily_reminders(self, today: str | None = None) -> dict:
    """The daily digest: members of businesses with overdue steps, and staff whose
    province has submissions waiting more than two working days. Each recipient gets each
    kind at most once a day (ReminderSent's unique constraint), so reruns are harmless."""

    day = date.fromisoformat(today) if today else timezone.localdate()
    sent = {"overdue_steps": 0, "pending_reviews": 0}

    overdue = selectors.overdue_by_business(day)
    memberships = Membership.objects.filter(business_id__in=overdue).select_related("user__profile")
    per_user: dict = {}
    for membership in memberships:
        per_user.setdefault(membership.user, []).extend(overdue[membership.business_id])
    for user, steps in per_user.items():
        with translation.override(language_of(user)):
            lines = [
                f"- {s.journey.business.name}: {translated(s, 'title')} "
                f"({_('due')} {s.due_date:%d/%m/%Y})"
                for s in steps
            ]
            body = _("These onboarding steps are past their deadline:") + "\n" + "\n".join(lines)
            body += "\n\n" + _url("/onboarding/")
            subject = _("Onboarding steps overdue")
        if _send_once(user, ReminderSent.Kind.OVERDUE_STEPS, day, subject, body):
            sent["overdue_steps"] += 1

    waiting = selectors.reviews_waiting_by_province(day)
    if waiting:
        provinces = Province.objects.filter(pk__in=waiting)
        User = get_user_model()
        for province in provinces:
            group = Group.objects.filter(name=roles.group_name(roles.STAFF, province)).first()
            if group is None:
                continue
            for user in User.objects.filter(groups=group, is_active=True).select_related("profile"):
                with translation.override(language_of(user)):
                    body = _(
                        "%(count)s submitted steps in %(province)s have waited more than two "
                        "working days for review."
                    ) % {"count": waiting[province.pk], "province": province.name}
                    body += "\n\n" + _url("/onboarding/staff/")
                    subject = _("Submissions waiting for review")
                if _send_once(user, ReminderSent.Kind.PENDING_REVIEWS, day, subject, body):
                    sent["pending_reviews"] += 1
    logger.info("onboarding reminders: %s", sent)
    return sent
