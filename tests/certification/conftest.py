"""Stand-ins for certificate subjects: any model instance with the subject contract
(certification.subjects.CertificateSubject)."""

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from wagtail.models import Page

from certification import services, signing
from certification.models import CertificateTemplate


@pytest.fixture
def cert_template(db):
    return CertificateTemplate.objects.create(
        name="HCM course",
        issuer_name="Sở Công Thương Thành phố Hồ Chí Minh",
        issuer_name_en="Ho Chi Minh City Department of Industry and Trade",
        title="Chứng nhận hoàn thành khoá học",
        title_en="Certificate of course completion",
        wording="đã hoàn thành khoá học",
        wording_en="has completed the course",
        signatory_name="Nguyễn Văn Phúc",
        signatory_title="Giám đốc Sở Công Thương",
    )


@pytest.fixture
def make_subject(reference_data, hcm):
    """make_subject(title, template=..., retake_url=...) -> a Page acting as a course."""

    def make(title="Bán hàng trên Shopee", *, template=None, retake_url="/courses/hcm/shopee/"):
        root = Page.objects.get(depth=1)
        page = root.add_child(instance=Page(title=title, slug=f"s-{Page.objects.count()}"))
        page.certificate_template = template
        page.certificate_title = title
        page.certificate_title_en = ""
        page.get_retake_url = lambda: retake_url
        return page

    return make


@pytest.fixture
def course(make_subject, cert_template):
    return make_subject(template=cert_template)


@pytest.fixture
def certificate(learner, course):
    """A course certificate issued to the learner (Hồ Chí Minh City)."""
    return services.certificate_issue(recipient=learner, subject=course)


@pytest.fixture
def real_key(settings):
    """The issuer's own key, from the environment."""
    settings.CERTIFICATE_SIGNING_KEY = (
        Ed25519PrivateKey.generate()
        .private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        .decode()
    )
    assert not signing.is_demo_key()
