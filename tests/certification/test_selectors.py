"""The certification app's reads (certification/selectors.py): who holds and who may see
which certificates, the revocation list, and what an uploaded PDF's credential says."""

import pytest
from django.contrib.auth.models import AnonymousUser

from certification import selectors, services

pytestmark = pytest.mark.django_db


def test_a_holder_lists_their_own_certificates_and_nobody_else_does(
    certificate, learner, other_learner
):
    assert list(selectors.certificate_list_for_user(user=learner)) == [certificate]
    assert not selectors.certificate_list_for_user(user=other_learner).exists()
    assert not selectors.certificate_list_for_user(user=AnonymousUser()).exists()
    assert selectors.certificate_held_by(user=learner, certificate=certificate)
    assert not selectors.certificate_held_by(user=other_learner, certificate=certificate)


def test_staff_see_the_certificates_of_their_province_only(certificate, staff_hcm, staff_hanoi):
    assert list(selectors.certificate_list_for_staff(user=staff_hcm)) == [certificate]
    assert not selectors.certificate_list_for_staff(user=staff_hanoi).exists()
    assert (
        selectors.certificate_scope_for_download(user=staff_hcm).filter(pk=certificate.pk).exists()
    )
    assert not selectors.certificate_scope_for_download(user=staff_hanoi).exists()


def test_the_revocation_list_names_revoked_certificates(certificate, staff_hcm):
    before = selectors.certificate_revocations()
    assert (before.revoked, before.highest_index) == ((), certificate.pk)
    services.certificate_revoke(certificate=certificate, by=staff_hcm, reason="Sai thông tin")
    assert selectors.certificate_revocations().revoked == (certificate.pk,)


def test_a_certificates_pdf_verifies_and_leads_to_its_certificate(certificate):
    data = services.certificate_pdf_bytes(certificate=certificate)
    check = selectors.certificate_check_pdf(data=data)
    assert (check.found, check.valid, check.too_large) == (True, True, False)
    assert check.name == "Nguyễn Thị Thu Hà"
    assert check.subject_title == certificate.subject_title
    assert check.certificate == certificate


def test_a_file_without_a_credential_says_so():
    assert selectors.certificate_check_pdf(data=b"not a pdf") == selectors.PdfCheck(found=False)
