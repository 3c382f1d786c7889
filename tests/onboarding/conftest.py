"""Onboarding fixtures: a small template in the agreed default-template format, and
approved businesses in Hồ Chí Minh and Hà Nội."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from onboarding import services
from onboarding.models import Business, JourneyTemplate

FIXTURE_TEMPLATES = [
    {
        "key": "notify-website",
        "title": "Thông báo website bán hàng",
        "title_en": "Notify a sales website",
        "description": "Thông báo website với online.gov.vn.",
        "description_en": "Notify your website at online.gov.vn.",
        "platform": "",
        "issues_certificate": True,
        "steps": [
            {
                "key": "account",
                "title": "Đăng ký tài khoản",
                "title_en": "Register an account",
                "guidance": "Mở online.gov.vn.\n\nĐăng ký bằng mã số thuế.",
                "guidance_en": "Open online.gov.vn.\n\nSign up with the tax code.",
                "legal_document": "Nghị định 52/2013/NĐ-CP",
                "legal_valid_from": "2013-07-01",
                "legal_valid_to": None,
                "evidence": "none",
                "review_required": False,
                "optional": False,
                "depends_on": [],
                "duration_days": 3,
                "course_slug": "ban-hang-online",
            },
            {
                "key": "screenshot",
                "title": "Ảnh chụp trang chủ",
                "title_en": "Homepage screenshot",
                "guidance": "Chụp trang chủ.",
                "guidance_en": "Take a screenshot.",
                "legal_document": "",
                "legal_valid_from": None,
                "legal_valid_to": None,
                "evidence": "file",
                "review_required": True,
                "optional": False,
                "depends_on": ["account"],
                "duration_days": 2,
                "course_slug": "",
            },
            {
                "key": "code",
                "title": "Mã xác nhận",
                "title_en": "Confirmation code",
                "guidance": "",
                "guidance_en": "",
                "legal_document": "",
                "legal_valid_from": None,
                "legal_valid_to": None,
                "evidence": "code",
                "review_required": True,
                "optional": False,
                "depends_on": ["screenshot"],
                "duration_days": 3,
                "course_slug": "",
            },
            {
                "key": "logo",
                "title": "Gắn logo",
                "title_en": "Embed the logo",
                "guidance": "",
                "guidance_en": "",
                "legal_document": "",
                "legal_valid_from": None,
                "legal_valid_to": None,
                "evidence": "url",
                "review_required": False,
                "optional": True,
                "depends_on": [],
                "duration_days": 1,
                "course_slug": "",
            },
        ],
    }
]

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
    b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00"
    b"\x00\x00\x00IEND\xaeB`\x82"
)


def submit_png(step, by, *, name="a.png", **kwargs):
    """Submits `step` with a one-pixel PNG as its evidence file."""
    return services.step_submit(
        step=step,
        by=by,
        upload=SimpleUploadedFile(name, PNG),
        content_type="image/png",
        **kwargs,
    )


@pytest.fixture
def template(db):
    services.journey_templates_load_defaults(templates=FIXTURE_TEMPLATES)
    return JourneyTemplate.objects.get(key="notify-website")


def make_business(owner, province, *, name, tax_code, approved=True, sector="agriculture"):
    business = services.business_register(
        user=owner,
        name=name,
        tax_code=tax_code,
        province=province,
        sector=sector,
        size=Business.Size.SMALL,
    )
    if approved:
        business.status = Business.Status.APPROVED
        business.save()
    return business


@pytest.fixture
def business_hcm(learner, hcm):
    return make_business(learner, hcm, name="HTX Sài Gòn", tax_code="0100109106")


@pytest.fixture
def business_hanoi(other_learner, hanoi):
    return make_business(other_learner, hanoi, name="Công ty Hà Nội", tax_code="0100109106-001")
