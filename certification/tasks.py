"""Celery tasks of the certification app. They take primary keys, fetch again, call a
service, and retry only transient errors (I/O, connections) with backoff; bad data
(ValueError, a vanished row) is never retried."""

from __future__ import annotations

import logging
import tempfile
import zipfile
from datetime import timedelta

from celery import shared_task
from django.core.exceptions import ObjectDoesNotExist
from django.core.files import File
from django.db.models import F
from django.utils import timezone

from certification import services
from certification.models import Certificate, CertificateJob

logger = logging.getLogger(__name__)

TRANSIENT = (OSError, ConnectionError)
EMAIL_SWEEP_WINDOW = timedelta(days=7)
SWEEP_BATCH = 1000
RETRY = {
    "autoretry_for": TRANSIENT,
    "dont_autoretry_for": (ValueError, ObjectDoesNotExist),
    "retry_backoff": True,
    "retry_backoff_max": 600,
    "retry_jitter": True,
    "max_retries": 6,
}


@shared_task(**RETRY)
def render_certificate_pdf(certificate_id: int) -> bool:
    """Render the PDF if missing or stale (idempotent)."""
    try:
        return services.certificate_render_pdf(certificate_id=certificate_id)
    except Certificate.DoesNotExist:
        logger.warning("certificate %s vanished before its PDF was drawn", certificate_id)
        return False


@shared_task(**RETRY)
def deliver_certificate(certificate_id: int) -> bool:
    """A new certificate's PDF and its e-mail in one task, under one row lock
    (services.certificate_deliver), idempotent as the two tasks below. One task, not two
    queued side by side: a worker taking the e-mail while another drew the PDF would
    wait on the row's lock for it."""
    try:
        return services.certificate_deliver(certificate_id=certificate_id)
    except Certificate.DoesNotExist:
        logger.warning("certificate %s vanished before its delivery", certificate_id)
        return False


@shared_task(**RETRY)
def issue_certificates(
    subject_type_id: int, subject_id: str, recipient_type_id: int, recipient_ids: list
) -> int:
    """Issue a subject's certificate to a batch of recipients (queued by
    services.certificates_issue_queue). Safe to run again: nothing is issued twice."""
    try:
        return services.certificates_issue(
            subject_type_id=subject_type_id,
            subject_id=subject_id,
            recipient_type_id=recipient_type_id,
            recipient_ids=recipient_ids,
        )
    except ObjectDoesNotExist:
        logger.warning("the subject %s:%s vanished before issuing", subject_type_id, subject_id)
        return 0


@shared_task(**RETRY)
def send_certificate_email(certificate_id: int) -> bool:
    """E-mail the certificate once (``emailed_at``)."""
    try:
        return services.certificate_send_email(certificate_id=certificate_id)
    except Certificate.DoesNotExist:
        return False


@shared_task(**RETRY)
def send_expiry_reminders() -> int:
    """Beat, daily: remind holders 30 days before their certificate expires, once."""
    now = timezone.now()
    ids = list(
        Certificate.objects.current()
        .filter(
            revoked_at__isnull=True,
            expiry_reminded_at__isnull=True,
            valid_until__gt=now,
            valid_until__lte=now + services.EXPIRY_NOTICE,
        )
        .values_list("pk", flat=True)
    )
    sent = 0
    for pk in ids:
        sent += services.certificate_send_expiry_reminder(certificate_id=pk)
    return sent


@shared_task(**RETRY)
def deliver_pending(older_than_minutes: int = 10) -> int:
    """Beat, every 15 minutes: queue again the PDF and the e-mail of certificates that
    still lack them (their tasks never reached the broker, e.g. Redis was down when the
    course was completed, or were lost with it). Both tasks are idempotent, so a
    certificate whose tasks are merely slow costs a no-op. E-mails only for certificates
    issued in the last week: an old one never e-mailed is not announced late. Returns how
    many certificates were queued."""
    now = timezone.now()
    waiting = Certificate.objects.current().filter(
        revoked_at__isnull=True, issued_at__lte=now - timedelta(minutes=older_than_minutes)
    )
    without_pdf = list(waiting.filter(pdf="").values_list("pk", flat=True)[:SWEEP_BATCH])
    not_emailed = list(
        waiting.filter(emailed_at__isnull=True, issued_at__gte=now - EMAIL_SWEEP_WINDOW)
        .exclude(recipient_email="")
        .values_list("pk", flat=True)[:SWEEP_BATCH]
    )
    for pk in without_pdf:
        render_certificate_pdf.delay(pk)
    for pk in not_emailed:
        send_certificate_email.delay(pk)
    count = len(set(without_pdf) | set(not_emailed))
    if count:
        logger.warning("re-queued the delivery of %s certificates", count)
    return count


def _job_progress(job_id: int, **fields) -> None:
    CertificateJob.objects.filter(pk=job_id).update(**fields)


def _run_job(task, job_id: int, body) -> int:
    """Run a job's body. A transient error is retried (with backoff) while retries are
    left; any other error, or the last transient one, marks the job failed (the page says
    so and stops refreshing) instead of leaving it "running" for ever."""
    try:
        return body()
    except TRANSIENT:
        if task.request.retries < task.max_retries:
            raise
        logger.exception("certificate job %s failed after retries", job_id)
    except Exception:
        logger.exception("certificate job %s failed", job_id)
    _job_progress(job_id, status=CertificateJob.Status.FAILED, error="see the worker log")
    return 0


@shared_task(bind=True, **RETRY)
def reissue_certificates(self, job_id: int) -> int:
    """Bulk re-issue (same codes, new PDFs) with progress stored on the job row.
    Resumable: a retry skips what is already done."""

    def body() -> int:
        job = CertificateJob.objects.get(pk=job_id)
        _job_progress(job_id, status=CertificateJob.Status.RUNNING)
        for pk in job.certificate_ids[job.done :]:
            try:
                services.certificate_reissue(certificate_id=pk, by=job.created_by)
                services.certificate_render_pdf(certificate_id=pk)
            except Certificate.DoesNotExist:
                pass
            _job_progress(job_id, done=F("done") + 1)
        _job_progress(job_id, status=CertificateJob.Status.DONE)
        return job.total

    return _run_job(self, job_id, body)


@shared_task(bind=True, **RETRY)
def build_certificates_zip(self, job_id: int) -> int:
    """One ZIP of the chosen certificates' PDFs (private storage), with progress. The
    archive is written to a temporary file, not held in memory."""

    def body() -> int:
        job = CertificateJob.objects.get(pk=job_id)
        _job_progress(job_id, status=CertificateJob.Status.RUNNING, done=0)
        count = 0
        with tempfile.TemporaryFile() as spool:
            with zipfile.ZipFile(spool, "w", zipfile.ZIP_DEFLATED) as archive:
                certificates = Certificate.objects.filter(
                    pk__in=job.certificate_ids
                ).select_related("template")
                for certificate in certificates.iterator():
                    data = services.certificate_pdf_bytes(certificate=certificate)
                    archive.writestr(f"{certificate.code}.pdf", data)
                    count += 1
                    _job_progress(job_id, done=count)
            spool.seek(0)
            job.refresh_from_db()
            job.file.save(f"certificates-{job.pk}.zip", File(spool), save=False)
        job.status = CertificateJob.Status.DONE
        job.save(update_fields=["file", "status"])
        return count

    return _run_job(self, job_id, body)
