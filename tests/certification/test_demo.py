import io

import pytest

from certification import demo
from certification.models import CertificateTemplate

pytestmark = pytest.mark.django_db


def test_demo_templates_are_idempotent(reference_data):
    demo.load(stdout=io.StringIO())
    demo.load(stdout=io.StringIO())
    assert CertificateTemplate.objects.count() == 3
    # courses.demo takes the first template by pk: the HCM course certificate.
    assert CertificateTemplate.objects.order_by("pk").first().name == demo.COURSE_TEMPLATE
    officials = demo.template(demo.OFFICIALS_TEMPLATE)
    assert officials.validity_months == 12
    assert demo.template(demo.READINESS_TEMPLATE).co_signer_name
    assert officials.logo_image and officials.signature_image
