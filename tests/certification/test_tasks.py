"""certification/tasks.py: tasks take primary keys, are idempotent, retry only transient
errors; the sweep queues what never reached the broker; staff jobs record their progress
and end failed rather than running for ever."""

import io
import zipfile
from datetime import timedelta

import pytest
from django.conf import settings
from django.core import mail
from django.utils import timezone

from certification import services, tasks
from certification.models import Certificate, CertificateJob

pytestmark = pytest.mark.django_db


def test_pdf_task_renders_once_and_email_goes_once(learner, course):
    certificate = services.certificate_issue(recipient=learner, subject=course)
    assert tasks.render_certificate_pdf(certificate.pk) is True
    assert tasks.render_certificate_pdf(certificate.pk) is False
    assert tasks.send_certificate_email(certificate.pk) is True
    assert tasks.send_certificate_email(certificate.pk) is False
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [learner.email]
    assert message.attachments[0][0] == f"{certificate.code}.pdf"
    assert certificate.code in message.body


def test_tasks_ignore_unknown_ids_and_do_not_retry_bad_data():
    assert tasks.render_certificate_pdf(999999) is False
    assert tasks.send_certificate_email(999999) is False
    assert ValueError in tasks.render_certificate_pdf.dont_autoretry_for
    assert OSError in tasks.render_certificate_pdf.autoretry_for


@pytest.fixture
def queued(monkeypatch):
    calls = []
    for task in (tasks.render_certificate_pdf, tasks.send_certificate_email):
        monkeypatch.setattr(task, "delay", lambda pk, task=task: calls.append((task.name, pk)))
    return calls


def _issue(learner, make_subject, cert_template, title, *, ago=timedelta(hours=1), **fields):
    certificate = services.certificate_issue(
        recipient=learner, subject=make_subject(title, template=cert_template)
    )
    Certificate.objects.filter(pk=certificate.pk).update(issued_at=timezone.now() - ago, **fields)
    return certificate.pk


def test_the_sweep_queues_what_never_reached_the_broker(
    learner, make_subject, cert_template, queued
):
    neither = _issue(learner, make_subject, cert_template, "A")
    emailed = _issue(learner, make_subject, cert_template, "B", emailed_at=timezone.now())
    done = _issue(learner, make_subject, cert_template, "C", pdf="x.pdf", emailed_at=timezone.now())
    revoked = _issue(learner, make_subject, cert_template, "D", revoked_at=timezone.now())
    fresh = _issue(learner, make_subject, cert_template, "E", ago=timedelta(minutes=1))
    old = _issue(learner, make_subject, cert_template, "F", ago=timedelta(days=30), pdf="y.pdf")

    assert tasks.deliver_pending() == 2
    render, email = tasks.render_certificate_pdf.name, tasks.send_certificate_email.name
    assert sorted(queued) == sorted([(render, neither), (email, neither), (render, emailed)])
    # Not the delivered, the revoked, the ones whose tasks may still be on their way, nor
    # an old certificate never e-mailed (it is not announced a month late).
    assert not {pk for _name, pk in queued} & {done, revoked, fresh, old}


def test_the_sweep_runs_on_beat():
    schedule = {entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values()}
    assert "certification.tasks.deliver_pending" in schedule


def _zip_job(staff, certificates) -> CertificateJob:
    return CertificateJob.objects.create(
        kind=CertificateJob.Kind.ZIP,
        created_by=staff,
        certificate_ids=[c.pk for c in certificates],
        total=len(certificates),
    )


def test_the_zip_holds_one_pdf_a_certificate_named_by_its_code(
    learner, make_subject, cert_template, staff_hcm
):
    certificates = [
        services.certificate_issue(
            recipient=learner, subject=make_subject(t, template=cert_template)
        )
        for t in ("A", "B")
    ]
    job = _zip_job(staff_hcm, certificates)
    assert tasks.build_certificates_zip(job.pk) == 2
    job.refresh_from_db()
    assert job.status == CertificateJob.Status.DONE and job.done == 2 and job.percent == 100
    with job.file.open("rb") as fh, zipfile.ZipFile(io.BytesIO(fh.read())) as archive:
        names = sorted(archive.namelist())
        assert names == sorted(f"{c.code}.pdf" for c in certificates)
        assert all(archive.read(name).startswith(b"%PDF") for name in names)


def test_a_transient_error_in_a_job_is_raised_for_a_retry_and_leaves_it_running(
    certificate, staff_hcm, monkeypatch
):
    def disk_full(**kwargs):
        raise OSError("No space left on device")

    monkeypatch.setattr(services, "certificate_pdf_bytes", disk_full)
    job = _zip_job(staff_hcm, [certificate])
    with pytest.raises(OSError):
        tasks.build_certificates_zip(job.pk)
    job.refresh_from_db()
    assert job.status == CertificateJob.Status.RUNNING and not job.error


def test_a_reissue_job_resumes_after_what_it_had_done(
    learner, make_subject, cert_template, staff_hcm
):
    first, second = (
        services.certificate_issue(
            recipient=learner, subject=make_subject(t, template=cert_template)
        )
        for t in ("A", "B")
    )
    cert_template.issuer_name = "Sở Công Thương TP.HCM"
    cert_template.save()
    job = CertificateJob.objects.create(
        kind=CertificateJob.Kind.REISSUE,
        created_by=staff_hcm,
        template=cert_template,
        certificate_ids=[first.pk, second.pk],
        total=2,
        done=1,  # a worker lost after the first
    )
    assert tasks.reissue_certificates(job.pk) == 2
    job.refresh_from_db()
    assert job.status == CertificateJob.Status.DONE and job.done == 2
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.issuer_name == "Sở Công Thương Thành phố Hồ Chí Minh"
    assert second.issuer_name == "Sở Công Thương TP.HCM"
