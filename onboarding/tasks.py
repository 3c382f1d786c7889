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
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from onboarding import selectors
from onboarding.models import Business, Invitation, Membership, RegistrationEvent
from portal import roles
from portal.i18n import emails_by_language, language_of
from portal.models import Province
from portal.services import notification_email_choice, notify
from portal.text import email_subject

logger = logging.getLogger(__name__)

TRANSIENT = (smtplib.SMTPException, ConnectionError, TimeoutError)


def _absolute(path: str) -> str:
    return settings.SITE_URL.rstrip("/") + path


@shared_task(bind=True, autoretry_for=TRANSIENT, retry_backoff=True, max_retries=5)
def notify_step_reviewed(self, step_id: int) -> int:
    """Tells the members of the business how staff reviewed one of its steps (the
    notifications page, and e-mail as each chose)."""
    from onboarding import services  # cycle: onboarding.services imports this module

    return services.step_reviewed_notify(step_id=step_id)


@shared_task(bind=True, autoretry_for=TRANSIENT, retry_backoff=True, max_retries=5)
def notify_step_message(self, message_id: int) -> int:
    """Tells the other side of a step's conversation about a new message."""
    from onboarding import services  # cycle: onboarding.services imports this module

    return services.step_message_notify(message_id=message_id)


@shared_task(bind=True, autoretry_for=TRANSIENT, retry_backoff=True, max_retries=5)
def notify_step_submitted(self, step_id: int) -> int:
    """Tells the province's onboarding staff that a submitted step waits for review."""
    from onboarding import services  # cycle: onboarding.services imports this module

    return services.step_submitted_notify(step_id=step_id)


@shared_task(bind=True, autoretry_for=TRANSIENT, retry_backoff=True, max_retries=5)
def send_registration_decision_email(self, event_id: int) -> int:
    """Tells the owners of a business how staff decided on its registration, with the
    reason: a notification each, and the e-mail for those who want it at once (the
    business's contact e-mail when it has no owner). Once per decision (the key)."""

    event = RegistrationEvent.objects.select_related("business").filter(pk=event_id).first()
    if event is None:
        return 0
    business = event.business
    owners = [
        m.user
        for m in business.memberships.filter(role=Membership.Role.OWNER).select_related(
            "user__profile"
        )
    ]
    for owner in owners:
        notify(
            user=owner,
            kind="business_decision",
            template="onboarding/notifications/business_decision",
            context={
                "event": event,
                "business": business,
                "approved": event.to_status == Business.Status.APPROVED,
            },
            url=reverse("onboarding:business", args=[business.pk]),
            key=f"business-decision:{event.pk}",
            own_email=True,
        )
    if owners:  # those who want these decisions by e-mail at once
        groups = emails_by_language(
            (owner.email, language_of(owner))
            for owner in owners
            if notification_email_choice(user=owner, kind="business_decision") == "immediate"
        )
    else:
        groups = emails_by_language([(business.contact_email, "vi")])
    return sum(
        _send_marked(
            f"registration-decision:{event.pk}:{lang}",
            lambda lang=lang, emails=emails: _send_decision(event, lang, emails),
        )
        for lang, emails in groups.items()
    )


def _send_decision(event, lang: str, emails: list[str]) -> int:
    business = event.business
    context = {
        "event": event,
        "business": business,
        "approved": event.to_status == Business.Status.APPROVED,
        "business_url": _absolute(reverse("onboarding:business", args=[business.pk])),
    }
    subject, body = _render_email("onboarding/email/registration_decision", context, lang)
    return send_mail(subject, body, None, emails)


@shared_task(bind=True, autoretry_for=TRANSIENT, retry_backoff=True, max_retries=5)
def send_invitation_email(self, invitation_id: int) -> int:
    invitation = Invitation.objects.select_related("business").filter(pk=invitation_id).first()
    if invitation is None or invitation.accepted_at:
        return 0
    # The invitee's language if they have an account already, else Vietnamese.
    invitee = get_user_model().objects.filter(email__iexact=invitation.email).first()
    context = {
        "invitation": invitation,
        "invitation_url": _absolute(reverse("onboarding:invitation", args=[invitation.token])),
    }
    subject, body = _render_email(
        "onboarding/email/invitation", context, language_of(invitee) if invitee else "vi"
    )
    # Inviting again re-sends (it renews created_at); the same invitation delivered twice
    # does not.
    key = f"invitation:{invitation.pk}:{invitation.created_at.isoformat()}"
    return _send_marked(key, lambda: send_mail(subject, body, None, [invitation.email]))


def _render_email(template: str, context: dict, lang: str) -> tuple[str, str]:
    """`<template>_subject.txt` and `<template>.txt` in `lang`: (subject, body)."""
    with translation.override(lang):
        subject = email_subject(render_to_string(f"{template}_subject.txt", context))
        body = render_to_string(f"{template}.txt", context).strip()
    return subject, body


def _send_marked(key: str, send) -> int:
    """Sends once per occasion `key`: the claim (onboarding.EmailSent) and the send share a
    transaction, so a failed send rolls the claim back and the retry sends; a task
    delivered again after it sent finds the claim and sends nothing. Returns what `send`
    returned, or 0."""
    from onboarding import services  # cycle: onboarding.services imports this module

    with transaction.atomic():
        if not services.email_claim(key=key):
            logger.info("e-mail %s already sent", key)
            return 0
        return send()


@shared_task(bind=True, autoretry_for=TRANSIENT, retry_backoff=True, max_retries=3)
def send_daily_reminders(self, today: str | None = None) -> dict:
    """The daily reminders, as notifications (the page, and e-mail at once, in the daily
    digest or not, as each person chose): members of businesses with overdue steps; staff
    of a province whose businesses have overdue steps, or whose submissions have waited
    more than two working days. Each person
    gets each kind at most once a day (the notification's key), so reruns are harmless.
    Returns how many people were told of each."""

    day = date.fromisoformat(today) if today else timezone.localdate()
    sent = {"overdue_steps": 0, "province_overdue": 0, "pending_reviews": 0}

    overdue = {o.business.pk: o for o in selectors.overdue_by_business(today=day)}
    memberships = Membership.objects.filter(business_id__in=overdue).select_related("user__profile")
    per_user: dict = {}
    for membership in memberships:
        per_user.setdefault(membership.user, []).extend(overdue[membership.business_id].steps)
    for user, steps in per_user.items():
        told = notify(
            user=user,
            kind="steps_overdue",
            template="onboarding/notifications/steps_overdue",
            context={"steps": steps},
            url=reverse("onboarding:home"),
            key=f"steps-overdue:{day.isoformat()}",
        )
        sent["overdue_steps"] += told is not None

    # Staff: how many steps of their province's businesses are past their deadline.
    overdue_by_province: dict[int, int] = {}
    for group in overdue.values():
        province_id = group.business.province_id
        if province_id:
            overdue_by_province[province_id] = overdue_by_province.get(province_id, 0) + len(
                group.steps
            )
    for province in Province.objects.filter(pk__in=overdue_by_province):
        for user in roles.users_with_role(roles.STAFF, province):
            told = notify(
                user=user,
                kind="province_steps_overdue",
                template="onboarding/notifications/province_steps_overdue",
                context={"count": overdue_by_province[province.pk], "province": province},
                url=reverse("onboarding:staff") + "#overdue-heading",
                key=f"province-steps-overdue:{province.pk}:{day.isoformat()}",
            )
            sent["province_overdue"] += told is not None

    waiting = {w.province_id: w.count for w in selectors.reviews_waiting_by_province(today=day)}
    for province in Province.objects.filter(pk__in=waiting):
        for user in roles.users_with_role(roles.STAFF, province):
            told = notify(
                user=user,
                kind="reviews_waiting",
                template="onboarding/notifications/reviews_waiting",
                context={"count": waiting[province.pk], "province": province},
                url=reverse("onboarding:staff"),
                key=f"reviews-waiting:{province.pk}:{day.isoformat()}",
            )
            sent["pending_reviews"] += told is not None
    logger.info("onboarding reminders: %s", sent)
    return sent
