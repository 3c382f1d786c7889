"""Onboarding fixtures shared by the app's test files: a small template in the agreed
default-template format and the course it names, approved businesses in Hồ Chí Minh and Hà
Nội (and one staff_hcm owns, one waiting for approval), a journey with its screenshot step
submitted or sent back, a second staff member, and the dashboard's figures kept."""

from datetime import date

import pytest
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile

from courses.services import section_create
from onboarding import services
from onboarding.models import Business, Journey, JourneyStep, JourneyTemplate
from portal import roles
from tests.courses.builders import add_course, catalog_for

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
def course(home_page, hcm):
    """The course the fixture template's "account" step names by slug (load the template
    after it, and the step is linked to it)."""
    section = section_create(province=hcm, catalog=catalog_for(home_page))
    return add_course(
        section, slug="ban-hang-online", title="Bán hàng online", title_en="Selling online"
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


def bulk_businesses(n, province, template, start=0):
    """`n` approved businesses named "DN 00000"… with a journey each on `template`'s first
    three steps: the first approved, the second submitted for every third business."""
    S = JourneyStep.Status
    businesses = Business.objects.bulk_create(
        [
            Business(
                name=f"DN {i:05d}",
                tax_code=f"{900000000000 + i}",
                province=province,
                sector="agriculture" if i % 2 else "handicraft",
                size="small",
                status="approved",
            )
            for i in range(start, start + n)
        ]
    )
    journeys = Journey.objects.bulk_create(
        [
            Journey(
                business=b, template=template, title=template.title, started_on=date(2026, 11, 2)
            )
            for b in businesses
        ]
    )
    JourneyStep.objects.bulk_create(
        [
            JourneyStep(
                journey=j,
                position=p,
                key=k,
                title=k,
                due_date=date(2026, 11, 5),
                status=S.APPROVED if p == 1 else (S.SUBMITTED if p == 2 and i % 3 == 0 else S.TODO),
                submitted_at="2026-11-03T10:00:00+07:00" if p == 2 else None,
            )
            for i, j in enumerate(journeys)
            for p, k in enumerate(["account", "screenshot", "code"], start=1)
        ]
    )


@pytest.fixture
def business_hcm(learner, hcm):
    return make_business(learner, hcm, name="HTX Sài Gòn", tax_code="0100109106")


@pytest.fixture
def business_hanoi(other_learner, hanoi):
    return make_business(other_learner, hanoi, name="Công ty Hà Nội", tax_code="0100109106-001")


@pytest.fixture
def own(staff_hcm, hcm):
    """An approved business in Hồ Chí Minh that staff_hcm owns."""
    return make_business(staff_hcm, hcm, name="HTX Của Cán Bộ", tax_code="0100109106-010")


@pytest.fixture
def colleague(make_user, hcm):
    """A second onboarding staff member of Hồ Chí Minh."""
    return make_user("staff2@example.com", province=hcm, role_names=[roles.STAFF])


@pytest.fixture
def pending(learner, hcm):
    """learner's business in Hồ Chí Minh, its registration waiting for staff."""
    return make_business(learner, hcm, name="Chờ duyệt", tax_code="0100109106-005", approved=False)


@pytest.fixture
def journey(business_hcm, template, learner):
    """business_hcm's journey on the fixture template (some files start their own)."""
    return services.journey_start(business=business_hcm, template=template, by=learner)


@pytest.fixture
def shot(journey, learner):
    """The journey's screenshot step, submitted for review with a one-pixel PNG."""
    services.step_submit(step=journey.steps.get(key="account"), by=learner)
    step = journey.steps.get(key="screenshot")
    submit_png(step, learner)
    return journey.steps.get(key="screenshot")


@pytest.fixture
def changes_requested(shot, staff_hcm):
    """The journey's screenshot step, sent back by staff with a comment."""
    services.step_request_changes(step=shot, by=staff_hcm, comment="Chụp cả chân trang.")
    shot.refresh_from_db()
    return shot


@pytest.fixture
def kept(settings):
    """The dashboard's figures kept (onboarding/figures.py; the test settings keep none),
    in a cache empty before and after."""
    settings.ONBOARDING_FIGURES_SECONDS = 300
    cache.clear()
    yield
    cache.clear()
