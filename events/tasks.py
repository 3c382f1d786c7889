"""Celery tasks of the events app: e-mails (registration, a seat from the waiting list,
the day-before reminder), participation certificates, programme checks.

Tasks take primary keys, fetch again, and retry only transient errors (SMTP, network).
"""

from __future__ import annotations

import logging
import smtplib
from datetime import date, datetime, time, timedelta

from celery import shared_task
from django.conf import settings
from django.core.mail import EmailMessage
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from events import services
from events.models import Registration
from events.selectors import event_ics
from onboarding.models import Membership
from portal.i18n import language_of, translated
from portal.services import notification_email_choice, notify

logger = logging.getLogger(__name__)

TRANSIENT = (smtplib.SMTPException, ConnectionError, TimeoutError)


def _url(path: str) -> str:
    return settings.SITE_URL.rstrip("/") + path


def _when(event) -> str:
    start, end = timezone.localtime(event.starts_at), timezone.localtime(event.ends_at)
    if start.date() == end.date():
        return f"{start:%d/%m/%Y %H:%M}–{end:%H:%M}"
    return f"{start:%d/%m/%Y %H:%M} – {end:%d/%m/%Y %H:%M}"


def _message(registration, *, subject: str, opening: str) -> EmailMessage:
    """The e-mail about one registration, in its attendee's language, with the event's
    .ics file (which carries the online link only once the seat is confirmed)."""

    event = registration.event
    language = translation.get_language()
    lines = [
        opening,
        str(translated(event, "title", language)),
        _("When: %(when)s (Vietnam time)") % {"when": _when(event)},
    ]
    if event.venue:
        lines.append(_("Where: %(venue)s") % {"venue": translated(event, "venue", language)})
    if registration.is_confirmed and event.online_url:
        lines.append(_("Online link: %(url)s") % {"url": event.online_url})
    if registration.is_confirmed:
        lines.append(
            _("Your ticket (show it at the entrance): %(url)s")
            % {"url": _url(registration.get_absolute_url())}
        )
    lines.append(_url(event.url or ""))
    message = EmailMessage(subject, "\n\n".join(lines), to=[registration.user.email])
    message.attach("event.ics", event_ics(event=event, registration=registration), "text/calendar")
    return message


@shared_task(bind=True, autoretry_for=TRANSIENT, retry_backoff=True, max_retries=5)
def send_registration_email(self, registration_id: int, kind: str = "registered") -> int:
    """Confirms a registration (a seat, or a place on the waiting list), or tells someone
    waiting that a seat is now theirs (kind "promoted")."""

    registration = (
        Registration.objects.select_related("event", "user__profile")
        .filter(pk=registration_id)
        .first()
    )
    if registration is None or not registration.is_active or not registration.user.email:
        return 0
    title = registration.event.title
    with translation.override(language_of(registration.user)):
        if kind == "promoted" and registration.is_confirmed:
            subject = _("A seat is now yours: %(title)s") % {"title": title}
            opening = _("A seat became free and it is yours. You are registered for:")
        elif registration.is_confirmed:
            subject = _("You are registered: %(title)s") % {"title": title}
            opening = _("You are registered for:")
        else:
            subject = _("You are on the waiting list: %(title)s") % {"title": title}
            opening = _(
                "The event is full: you are on its waiting list. If a seat becomes free, it "
                "is yours and we will write to you."
            )
        return _message(registration, subject=subject, opening=opening).send()


@shared_task(bind=True, autoretry_for=TRANSIENT, retry_backoff=True, max_retries=5)
def send_event_reminder(self, registration_id: int) -> bool:
    """The day-before reminder of one registration, sent once (reminded_at is the marker:
    a redelivered task sends nothing): a notification, and the e-mail with the event's
    .ics file when the person wants event reminders by e-mail at once (the daily digest
    carries the notification otherwise, or nothing when they chose no e-mail)."""

    def send(registration):
        user, event = registration.user, registration.event
        notify(
            user=user,
            kind="event_reminder",
            template="events/notifications/reminder",
            context={"event": event, "when": _when(event)},
            url=registration.get_absolute_url(),
            key=f"event-reminder:{registration.pk}",
            own_email=True,
        )
        if notification_email_choice(user=user, kind="event_reminder") != "immediate":
            return
        with translation.override(language_of(registration.user)):
            subject = _("Tomorrow: %(title)s") % {"title": registration.event.title}
            opening = _("A reminder: you are registered for this event tomorrow.")
            _message(registration, subject=subject, opening=opening).send()

    return services.registration_remind(registration_id=registration_id, send=send)


@shared_task(bind=True, autoretry_for=TRANSIENT, retry_backoff=True, max_retries=3)
def send_event_reminders(self, today: str | None = None) -> int:
    """Beat, every morning: queues a reminder for each confirmed registration of the
    events that start tomorrow (Vietnam time) and has not been reminded."""

    day = date.fromisoformat(today) if today else timezone.localdate()
    start = timezone.make_aware(datetime.combine(day + timedelta(days=1), time.min))
    end = start + timedelta(days=1)
    ids = list(
        Registration.objects.filter(
            status=Registration.Status.CONFIRMED,
            reminded_at__isnull=True,
            event__live=True,
            event__starts_at__gte=start,
            event__starts_at__lt=end,
        ).values_list("pk", flat=True)
    )
    for pk in ids:
        send_event_reminder.delay(pk)
    logger.info("event reminders queued: %s", len(ids))
    return len(ids)


@shared_task(bind=True, autoretry_for=TRANSIENT, retry_backoff=True, max_retries=5)
def issue_participation_certificates(self, event_id: int) -> int:
    """After an event is closed: a participation certificate for each person checked in."""

    return services.participation_certificates_issue(event_id=event_id)


@shared_task
def check_programmes_for_user(user_id: int) -> int:
    """A member finished a course or attended an event: the programmes of their
    businesses may be complete now."""

    business_ids = Membership.objects.filter(user_id=user_id).values_list("business_id", flat=True)
    return sum(services.programmes_check_business(business_id=b) for b in business_ids)


@shared_task
def check_programmes_for_business(business_id: int) -> int:
    """A business finished a journey: its programmes may be complete now."""

    return services.programmes_check_business(business_id=business_id)
