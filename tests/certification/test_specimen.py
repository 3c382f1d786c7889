"""While the demo signing key is in use, every certificate says it is a specimen: a
diagonal "MẪU / SPECIMEN" on the PDF and a mark on the verification pages. With the
issuer's own key, nothing of the kind."""

import io

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from django.core.files.uploadedfile import SimpleUploadedFile
from pypdf import PdfReader

from certification import services, signing

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_key(settings, tmp_path):
    """A key file the portal creates itself, as `make run` and the tests do."""
    settings.CERTIFICATE_SIGNING_KEY = ""
    settings.CERTIFICATE_SIGNING_KEY_FILE = tmp_path / "demo-key.pem"
    settings.CERTIFICATE_SIGNING_KEY_AUTOCREATE = True
    signing.private_key()
    assert signing.is_demo_key()


def _pdf_text(certificate) -> str:
    data = services.certificate_pdf_bytes(certificate=certificate)
    return PdfReader(io.BytesIO(data)).pages[0].extract_text()


def test_demo_key_certificates_are_marked_everywhere(client, demo_key, learner, course):
    certificate = services.certificate_issue(recipient=learner, subject=course)
    assert "SPECIMEN" in _pdf_text(certificate)
    page = client.get(certificate.get_absolute_url() + "?lang=en").content.decode()
    assert 'class="specimen-mark"' in page and "SPECIMEN" in page
    assert "its signatory is not a real office holder" in page
    vi = client.get(certificate.get_absolute_url() + "?lang=vi").content.decode()
    assert "người ký không phải người giữ chức vụ thật" in vi
    data = services.certificate_pdf_bytes(certificate=certificate)
    checked = client.post(
        "/certificates/verify/pdf/", {"pdf": SimpleUploadedFile("c.pdf", data)}
    ).content.decode()
    assert 'class="specimen-mark"' in checked


def test_real_key_certificates_carry_no_mark(client, real_key, learner, course):
    certificate = services.certificate_issue(recipient=learner, subject=course)
    assert "SPECIMEN" not in _pdf_text(certificate)
    page = client.get(certificate.get_absolute_url()).content.decode()
    assert "specimen-mark" not in page


def test_switching_to_the_real_key_renders_the_pdf_again(settings, demo_key, learner, course):
    certificate = services.certificate_issue(recipient=learner, subject=course)
    services.certificate_render_pdf(certificate_id=certificate.pk)
    assert services.certificate_render_pdf(certificate_id=certificate.pk) is False
    settings.CERTIFICATE_SIGNING_KEY_FILE = settings.CERTIFICATE_SIGNING_KEY_FILE.with_name("k")
    settings.CERTIFICATE_SIGNING_KEY_AUTOCREATE = False
    settings.CERTIFICATE_SIGNING_KEY_FILE.write_bytes(
        Ed25519PrivateKey.generate().private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    assert not signing.is_demo_key()
    assert services.certificate_render_pdf(certificate_id=certificate.pk) is True
    certificate.refresh_from_db()
    assert "SPECIMEN" not in _pdf_text(certificate)


def test_an_older_unmarked_key_at_the_demo_place_is_the_demo_key(settings, tmp_path):
    """Keys make run created before they were marked sit at the demo place: where keys
    are created automatically they count as demo keys; in production only the mark does."""
    settings.CERTIFICATE_SIGNING_KEY = ""
    settings.CERTIFICATE_DEMO_KEY_FILE = settings.CERTIFICATE_SIGNING_KEY_FILE = tmp_path / "k"
    settings.CERTIFICATE_SIGNING_KEY_FILE.write_bytes(
        Ed25519PrivateKey.generate().private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    settings.CERTIFICATE_SIGNING_KEY_AUTOCREATE = True
    assert signing.is_demo_key()
    settings.CERTIFICATE_SIGNING_KEY_AUTOCREATE = False
    settings.DEBUG = False
    assert not signing.is_demo_key()
