"""Certificates in both languages: the subject's title and the issuer are snapshot in
Vietnamese and English, so the PDF and the verification page read in English too."""

import io
import unicodedata

import pytest
from pypdf import PdfReader

from certification import services

pytestmark = pytest.mark.django_db


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


@pytest.fixture
def english_course(course, cert_template):
    course.certificate_title_en = "Selling on Shopee"
    cert_template.signatory_title_en = "Director, Department of Industry and Trade"
    cert_template.save()
    return course


def test_titles_are_snapshot_in_both_languages(learner, english_course):
    certificate = services.certificate_issue(recipient=learner, subject=english_course)
    assert certificate.subject_title == "Bán hàng trên Shopee"
    assert certificate.subject_title_en == "Selling on Shopee"
    assert certificate.issuer_name_en == "Ho Chi Minh City Department of Industry and Trade"


def test_pdf_prints_the_english_title_and_signatory(learner, english_course):
    certificate = services.certificate_issue(recipient=learner, subject=english_course)
    data = services.certificate_pdf_bytes(certificate=certificate)
    text = _nfc(PdfReader(io.BytesIO(data)).pages[0].extract_text())
    assert _nfc("Bán hàng trên Shopee") in text and "Selling on Shopee" in text
    assert "Director, Department of Industry and Trade" in text


def test_verification_page_in_english_and_its_fallback(client, learner, english_course, course):
    certificate = services.certificate_issue(recipient=learner, subject=english_course)
    html = client.get(certificate.get_absolute_url() + "?lang=en").text
    assert "Selling on Shopee" in html
    assert "Ho Chi Minh City Department of Industry and Trade" in html
    html = client.get(certificate.get_absolute_url() + "?lang=vi").text
    assert "Bán hàng trên Shopee" in html and "Selling on Shopee" not in html
    # Issued before the course had an English title: the Vietnamese one, marked.
    type(certificate).objects.filter(pk=certificate.pk).update(subject_title_en="")
    html = client.get(certificate.get_absolute_url() + "?lang=en").text
    assert '<span lang="vi" class="untranslated">Bán hàng trên Shopee</span>' in html


def test_english_e_mail_uses_the_english_title(learner, english_course, mailoutbox):
    from portal.models import Profile

    Profile.objects.filter(user=learner).update(language="en")
    certificate = services.certificate_issue(recipient=learner, subject=english_course)
    assert services.certificate_send_email(certificate_id=certificate.pk)
    message = mailoutbox[-1]
    assert "Selling on Shopee" in message.subject and "Selling on Shopee" in message.body
    assert "Ho Chi Minh City Department of Industry and Trade" in message.body
