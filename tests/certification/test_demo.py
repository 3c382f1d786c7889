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


def test_demo_courses_issue_their_own_issuers_template():
    name = demo.course_template_name
    assert name(section=79, track="platform") == demo.COURSE_TEMPLATE
    assert name(section=1, track="platform") == demo.HANOI_COURSE_TEMPLATE
    assert name(section="national", track="cross_border") == demo.NATIONAL_COURSE_TEMPLATE
    assert name(section="national", track="state_management") == demo.OFFICIALS_TEMPLATE


def test_demo_signatories_are_fictional(reference_data):
    # Demo certificates must never carry a real official's name.
    demo.load()
    names = set(CertificateTemplate.objects.values_list("signatory_name", flat=True))
    assert not names & {"Bùi Tá Hoàng Vũ", "Lê Hoàng Oanh"}
