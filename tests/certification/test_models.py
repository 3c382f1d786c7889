"""certification/models.py: a certificate's status by the clock, its grouped code, the
current ones; a template's province rule and co-signer; a job's progress."""

from datetime import timedelta

import pytest
from django.utils import timezone, translation

from certification.models import Certificate, CertificateJob

pytestmark = pytest.mark.django_db


def test_seconds_until_status_changes(certificate):
    now = timezone.now()
    assert certificate.seconds_until_status_changes(now) is None  # never expires
    certificate.valid_until = now + timedelta(days=10)
    assert certificate.seconds_until_status_changes(now) == 10 * 86400  # expires then
    certificate.valid_until = now - timedelta(days=1)
    assert certificate.seconds_until_status_changes(now) is None  # expired for good
    certificate.valid_until, certificate.revoked_at = now + timedelta(days=90), now
    assert certificate.seconds_until_status_changes(now) is None


def test_status_follows_the_clock_and_a_revocation_wins(certificate):
    now = timezone.now()
    assert certificate.status(now) == "valid"  # no end of validity
    certificate.valid_until = now + timedelta(days=31)
    assert certificate.status(now) == "valid"
    assert certificate.status(now + timedelta(days=2)) == "expiring"
    assert certificate.status(now + timedelta(days=31)) == "expired"
    certificate.revoked_at = now
    assert certificate.status(now) == "revoked"
    assert certificate.status(now + timedelta(days=40)) == "revoked"


def test_the_code_is_shown_in_groups_of_four(certificate):
    certificate.code = "ABCDEFGHJKMNP"
    assert certificate.display_code == "ABCD-EFGH-JKMN-P"
    assert certificate.display_code.replace("-", "") == certificate.code


def test_current_leaves_out_a_superseded_certificate(certificate, learner, course):
    assert list(Certificate.objects.current()) == [certificate]
    assert list(Certificate.objects.for_object(learner, role="recipient")) == [certificate]
    assert list(Certificate.objects.for_object(course, role="subject")) == [certificate]
    Certificate.objects.filter(pk=certificate.pk).update(superseded_at=timezone.now())
    assert not Certificate.objects.current().exists()
    assert Certificate.objects.for_object(learner, role="recipient").exists()


def test_a_template_is_usable_in_its_province_only_and_a_national_one_everywhere(
    cert_template, hcm, hanoi
):
    assert cert_template.usable_in(hcm) and cert_template.usable_in(None)  # national
    assert cert_template.province_error(hanoi) is None
    cert_template.province = hcm
    assert cert_template.usable_in(hcm) and cert_template.province_error(hcm) is None
    assert not cert_template.usable_in(hanoi) and not cert_template.usable_in(None)
    with translation.override("en"):
        assert "another province" in str(cert_template.province_error(hanoi))


def test_the_co_signer_is_named_for_the_recipients_province(cert_template, hcm):
    assert not cert_template.is_co_signed and cert_template.co_signer_for(hcm) == ""
    cert_template.co_signer_name = "Sở Công Thương {province}"
    assert cert_template.is_co_signed
    assert cert_template.co_signer_for(hcm) == f"Sở Công Thương {hcm.name}"
    assert cert_template.co_signer_for(None) == "Sở Công Thương"


@pytest.mark.parametrize(("done", "total", "percent"), [(0, 0, 100), (1, 3, 33), (5, 4, 100)])
def test_a_jobs_percent(done, total, percent):
    assert CertificateJob(done=done, total=total).percent == percent
