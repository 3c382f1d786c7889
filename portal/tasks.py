"""Celery tasks of the portal: the worker check and the notifications' e-mails.

Tasks take primary keys, fetch again, call a service, and retry only transient errors
(SMTP, network); the services make a redelivered task (late ack) send nothing twice."""

from __future__ import annotations

import logging
import smtplib

from celery import shared_task

from portal import services
from portal.models import Notification

logger = logging.getLogger(__name__)

TRANSIENT = (smtplib.SMTPException, ConnectionError, TimeoutError)


@shared_task(name="portal.ping", ignore_result=False)  # its caller waits for the answer
def ping() -> str:
    """Answers "pong": lets the health check and the service tests see a worker."""
    return "pong"


@shared_task(bind=True, autoretry_for=TRANSIENT, retry_backoff=True, max_retries=5)
def send_notification_email(self, notification_id: int) -> bool:
    """E-mails one notification whose person wants it at once (sent once)."""
    return services.notification_send_email(notification_id=notification_id)


@shared_task(bind=True, autoretry_for=TRANSIENT, retry_backoff=True, max_retries=5)
def send_notification_digest(self, user_id: int) -> int:
    """One person's daily digest (what it carried is marked, so it goes once)."""
    return services.notification_digest_send(user_id=user_id)


@shared_task(bind=True, autoretry_for=TRANSIENT, retry_backoff=True, max_retries=3)
def send_notification_digests(self) -> int:
    """Beat, every morning: queues the digest of each person with notifications waiting
    for it. Reruns are harmless (each digest marks what it sent)."""
    user_ids = list(
        Notification.objects.filter(email=Notification.Email.DAILY, emailed_at__isnull=True)
        .values_list("user_id", flat=True)
        .distinct()
        .order_by()
    )
    for user_id in user_ids:
        send_notification_digest.delay(user_id)
    logger.info("notification digests queued: %s", len(user_ids))
    return len(user_ids)
