import io

import pytest

from certification import demo
from certification.models import CertificateTemplate

pytestmark = pytest.mark.django_db


def test_demo_templates_are_idempotent(reference_data):
    demo.load(stdout=io.StringIO())
    demo.load(stdout=io.StringIO())
    assert CertificateTemplate.objects.count() == len(demo.TEMPLATES) == 5
    officials = demo.template(demo.OFFICIALS_TEMPLATE)
    assert officials.validity_months == 12
    assert demo.template(demo.READINESS_TEMPLATE).co_signer_name
    assert officials.logo_image and officials.signature_image


def test_course_files_name_their_issuers_template(reference_data):
    demo.load()
    assert demo.course_template(79).name == demo.COURSE_TEMPLATE
    assert demo.course_template(1).name == demo.HANOI_COURSE_TEMPLATE
    assert demo.course_template("national").name == demo.NATIONAL_COURSE_TEMPLATE
    assert demo.course_template("officials").name == demo.OFFICIALS_TEMPLATE
    assert demo.course_template(48) is None


def test_demo_signatories_are_fictional(reference_data):
    # Demo certificates must never carry a real official's name, nor present an invented
    # person as the holder of a real office (an agency's director, say).
    demo.load()
    names = set(CertificateTemplate.objects.values_list("signatory_name", flat=True))
    assert not names & {"Bùi Tá Hoàng Vũ", "Lê Hoàng Oanh"}
    for title, title_en in CertificateTemplate.objects.values_list(
        "signatory_title", "signatory_title_en"
    ):
        assert "mẫu" in title and "Giám đốc" not in title and "Cục trưởng" not in title
        assert "not a real office holder" in title_en


def test_demo_signatories_are_marked_as_specimens_not_office_holders(reference_data):
    """Every demo template (and the events' ones) signs with the specimen placeholder,
    also over templates an earlier demo load created with invented directors."""
    demo.load()
    CertificateTemplate.objects.update(
        signatory_name="Trần Minh Khoa", signatory_title="Giám đốc Sở Công Thương"
    )
    demo.load()
    signatories = set(
        CertificateTemplate.objects.values_list(
            "signatory_name", "signatory_title", "signatory_title_en"
        )
    )
    assert signatories == {tuple(demo.SPECIMEN_SIGNATORY.values())}
    from events.demo import TEMPLATES as EVENT_TEMPLATES

    for data in EVENT_TEMPLATES.values():
        assert data["signatory_name"] == demo.SPECIMEN_SIGNATORY["signatory_name"]
