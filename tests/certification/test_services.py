from datetime import timedelta

import pytest
from django.core import mail
from django.db import IntegrityError, transaction
from django.utils import timezone

from certification import credentials, services, tasks
from certification.models import Certificate, CertificateEvent

pytestmark = pytest.mark.django_db


def test_no_template_issues_nothing(learner, make_subject):
    assert services.certificate_issue(recipient=learner, subject=make_subject()) is None
    assert not Certificate.objects.exists()


def test_issue_stores_snapshots_and_a_signed_credential(learner, course, hcm):
    certificate = services.certificate_issue(recipient=learner, subject=course)
    assert certificate.recipient_name == "Nguyễn Thị Thu Hà"
    assert certificate.subject_title == "Bán hàng trên Shopee"
    assert certificate.issuer_name == "Sở Công Thương Thành phố Hồ Chí Minh"
    assert certificate.province == hcm
    assert certificate.holder == learner
    assert len(certificate.code) == services.CODE_LENGTH
    assert set(certificate.code) <= set(services.CODE_ALPHABET)
    assert not set("01OIL") & set(services.CODE_ALPHABET)
    assert credentials.verify_credential(certificate.credential)
    # The name stays as issued when the profile changes later.
    learner.profile.full_name = "Someone Else"
    learner.profile.save()
    certificate.refresh_from_db()
    assert certificate.recipient_name == "Nguyễn Thị Thu Hà"


def test_issue_is_idempotent(learner, course):
    first = services.certificate_issue(recipient=learner, subject=course)
    second = services.certificate_issue(recipient=learner, subject=course)
    assert first.pk == second.pk
    assert Certificate.objects.count() == 1


def test_database_refuses_a_second_current_certificate(learner, course):
    first = services.certificate_issue(recipient=learner, subject=course)
    with pytest.raises(IntegrityError), transaction.atomic():
        Certificate.objects.create(
            **{
                f.attname: getattr(first, f.attname)
                for f in Certificate._meta.concrete_fields
                if f.name not in ("id", "uuid", "code")
            },
            uuid="00000000-0000-4000-8000-000000000000",
            code="ZZZZZZZZZZZZZ",
        )


def test_tasks_are_queued_after_commit_only(learner, course, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        services.certificate_issue(recipient=learner, subject=course)
    assert len(callbacks) == 1  # the delivery: the PDF, then the e-mail


def test_rolled_back_completion_queues_nothing(learner, course, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        try:
            with transaction.atomic():
                services.certificate_issue(recipient=learner, subject=course)
                raise RuntimeError("completion failed later")
        except RuntimeError:
            pass
    assert callbacks == []
    assert not Certificate.objects.exists()
    assert mail.outbox == []


def test_stale_pdf_is_rendered_again(learner, course, cert_template):
    certificate = services.certificate_issue(recipient=learner, subject=course)
    services.certificate_render_pdf(certificate_id=certificate.pk)
    cert_template.title = "Giấy chứng nhận"
    cert_template.save()
    assert services.certificate_render_pdf(certificate_id=certificate.pk) is True


def test_validity_and_expiry_reminder_once(learner, make_subject, cert_template):
    cert_template.validity_months = 12
    cert_template.save()
    subject = make_subject(template=cert_template)
    certificate = services.certificate_issue(recipient=learner, subject=subject)
    assert certificate.valid_until > timezone.now() + timedelta(days=360)
    assert certificate.credential["validUntil"].startswith(str(certificate.valid_until.year))
    assert tasks.send_expiry_reminders() == 0
    Certificate.objects.filter(pk=certificate.pk).update(
        valid_until=timezone.now() + timedelta(days=20)
    )
    certificate.refresh_from_db()
    assert certificate.status() == "expiring"
    assert tasks.send_expiry_reminders() == 1
    assert tasks.send_expiry_reminders() == 0
    assert len(mail.outbox) == 1
    assert "http://testserver/courses/hcm/shopee/" in mail.outbox[0].body


def test_retake_after_expiry_supersedes_and_keeps_history(learner, make_subject, cert_template):
    cert_template.validity_months = 12
    cert_template.save()
    subject = make_subject(template=cert_template)
    old = services.certificate_issue(recipient=learner, subject=subject)
    Certificate.objects.filter(pk=old.pk).update(valid_until=timezone.now() - timedelta(days=1))
    new = services.certificate_issue(recipient=learner, subject=subject)
    assert new.pk != old.pk
    old.refresh_from_db()
    assert old.superseded_at is not None and old.superseded_by == new
    assert old.status() == "expired"
    assert Certificate.objects.current().get().pk == new.pk
    assert CertificateEvent.objects.filter(
        certificate=old, kind=CertificateEvent.Kind.SUPERSEDED
    ).exists()
    # Still one current certificate per pair.
    assert services.certificate_issue(recipient=learner, subject=subject).pk == new.pk


def test_revoke_and_reissue_keep_the_code(learner, course, staff_hcm, cert_template):
    certificate = services.certificate_issue(recipient=learner, subject=course)
    services.certificate_render_pdf(certificate_id=certificate.pk)
    old_pdf = certificate.pdf_digest or Certificate.objects.get(pk=certificate.pk).pdf_digest
    cert_template.issuer_name = "Sở Công Thương TP.HCM"
    cert_template.save()
    reissued = services.certificate_reissue(certificate_id=certificate.pk)
    services.certificate_render_pdf(certificate_id=certificate.pk)
    reissued.refresh_from_db()
    assert reissued.code == certificate.code
    assert reissued.issuer_name == "Sở Công Thương TP.HCM"
    assert reissued.pdf_digest != old_pdf
    assert credentials.verify_credential(reissued.credential)
    services.certificate_revoke(certificate=reissued, by=staff_hcm, reason="Gian lận")
    reissued.refresh_from_db()
    assert reissued.status() == "revoked"
    assert reissued.revoked_by == staff_hcm


def test_retake_within_the_notice_period_renews(learner, make_subject, cert_template):
    cert_template.validity_months = 12
    cert_template.save()
    subject = make_subject(template=cert_template)
    old = services.certificate_issue(recipient=learner, subject=subject)
    Certificate.objects.filter(pk=old.pk).update(valid_until=timezone.now() + timedelta(days=10))
    new = services.certificate_issue(recipient=learner, subject=subject)
    assert new.pk != old.pk and new.valid_until > timezone.now() + timedelta(days=300)
    # A certificate far from expiry, or revoked, is not renewed by another completion.
    assert services.certificate_issue(recipient=learner, subject=subject).pk == new.pk


def test_validity_months_clip_to_the_month_end():
    from datetime import datetime

    assert services._add_months(datetime(2026, 1, 31), 1) == datetime(2026, 2, 28)
    assert services._add_months(datetime(2027, 12, 31), 2) == datetime(2028, 2, 29)
    assert services._add_months(datetime(2026, 11, 25), 12) == datetime(2027, 11, 25)


def test_revocation_reason_is_cleaned_everywhere_it_is_stored(learner, course, staff_hcm):
    certificate = services.certificate_issue(recipient=learner, subject=course)
    services.certificate_revoke(
        certificate=certificate, by=staff_hcm, reason="<script>alert(1)</script>Sai tên"
    )
    certificate.refresh_from_db()
    event = CertificateEvent.objects.get(certificate=certificate, kind="revoked")
    assert "<script>" not in certificate.revoked_reason
    assert event.note == certificate.revoked_reason


def test_expiry_reminder_goes_to_the_holders_current_address(learner, make_subject, cert_template):
    cert_template.validity_months = 12
    cert_template.save()
    certificate = services.certificate_issue(
        recipient=learner, subject=make_subject(template=cert_template)
    )
    learner.email = "new-address@example.com"
    learner.save()
    Certificate.objects.filter(pk=certificate.pk).update(
        valid_until=timezone.now() + timedelta(days=20)
    )
    mail.outbox.clear()
    assert tasks.send_expiry_reminders() == 1
    assert mail.outbox[-1].to == ["new-address@example.com"]


@pytest.mark.parametrize(
    ("language", "subject"), [("en", "Your certificate"), ("vi", "Chứng nhận của bạn")]
)
def test_certificate_email_in_the_holders_language(learner, course, language, subject):
    learner.profile.language = language
    learner.profile.save()
    certificate = services.certificate_issue(recipient=learner, subject=course)
    tasks.send_certificate_email(certificate.pk)
    assert mail.outbox[-1].subject.startswith(subject), mail.outbox[-1].subject


def test_emails_print_names_as_typed_on_one_subject_line(make_user, make_subject, cert_template):
    """Plain-text e-mails are not HTML-escaped ("A & B", not "A &amp; B"), and a title
    with a line break still gives a one-line subject."""
    cert_template.validity_months = 12
    cert_template.save()
    holder = make_user("ab@example.com", full_name="Lê & Trần <Hà>")
    subject = make_subject("Bán hàng A & B\non Shopee", template=cert_template)
    certificate = services.certificate_issue(recipient=holder, subject=subject)
    assert tasks.send_certificate_email(certificate.pk) is True
    Certificate.objects.filter(pk=certificate.pk).update(
        valid_until=timezone.now() + timedelta(days=20)
    )
    assert tasks.send_expiry_reminders() == 1
    issued, reminder = mail.outbox
    for message in (issued, reminder):
        assert "Bán hàng A & B on Shopee" in message.subject
        assert "\n" not in message.subject
        assert "Lê & Trần <Hà>" in message.body and "&amp;" not in message.body
        assert "&lt;" not in message.body and "&quot;" not in message.body
