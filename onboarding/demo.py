"""Demo data of the onboarding app (runs after certification.demo and courses.demo).

Idempotent: templates are matched by key, businesses by tax code, journeys by
(business, template); a journey's steps are only advanced when the journey is created.

The learner's business, "Hợp tác xã Demo" (Thủ Dầu Một, former Bình Dương, now Thành phố
Hồ Chí Minh), has two journeys: "notify-website" with its first steps approved and the
step that needs the homepage screenshot in progress (the walk-through uploads it), and a
Shopee store with one step submitted for review.
"""

from __future__ import annotations

import sys
from datetime import timedelta
from io import BytesIO

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from PIL import Image, ImageDraw, ImageFont

from certification.models import CertificateTemplate
from onboarding import journeys, selectors, services, taxcode
from onboarding.journeys import StepError
from onboarding.models import (
    Business,
    Journey,
    JourneyStep,
    JourneyTemplate,
    Membership,
    RegistrationEvent,
)
from portal.models import Province

S = JourneyStep.Status

# A 1×1 PNG: the evidence file of steps the demo has already moved past.
PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
    b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00"
    b"\x00\x00\x00IEND\xaeB`\x82"
)

DEMO_TAX_CODE = "3701234562"  # 37: the prefix of former Bình Dương; the check digit is computed

# name, province (current, by name), former province, sector, template keys and how many
# of each template's steps are done; pending = waiting for the staff's approval.
OTHERS = [
    (
        "Công ty TNHH Gốm Sứ Sông Bé",
        "Thành phố Hồ Chí Minh",
        "Bình Dương",
        "handicraft",
        {"notify-website": 7, "shopee-store": 5},
    ),
    (
        "Cơ sở Cà phê Sài Gòn Xanh",
        "Thành phố Hồ Chí Minh",
        "",
        "agriculture",
        {"notify-website": 4, "lazada-store": 2},
    ),
    (
        "Công ty CP Thời trang Bến Thành",
        "Thành phố Hồ Chí Minh",
        "",
        "textile",
        {"notify-website": 2, "tiki-store": 3},
    ),
    (
        "HTX Hải sản Vũng Tàu",
        "Thành phố Hồ Chí Minh",
        "Bà Rịa - Vũng Tàu",
        "agriculture",
        {"notify-website": 1},
    ),
    (
        "Công ty TNHH Lụa Hà Đông",
        "Thành phố Hà Nội",
        "",
        "textile",
        {"notify-website": 8, "amazon-global-selling": 3},
    ),
    (
        "HTX Gốm Bát Tràng",
        "Thành phố Hà Nội",
        "",
        "handicraft",
        {"notify-website": 5, "alibaba-supplier": 2},
    ),
    ("Cơ sở Chè Ba Vì", "Thành phố Hà Nội", "", "agriculture", {"postmart-store": 3}),
    (
        "Công ty TNHH Nước mắm Nam Ô",
        "Thành phố Đà Nẵng",
        "",
        "agriculture",
        {"notify-website": 3, "voso-store": 2},
    ),
    (
        "HTX Quế Trà My",
        "Thành phố Đà Nẵng",
        "Quảng Nam",
        "agriculture",
        {"notify-website": 6, "sendo-store": 4},
    ),
    (
        "Công ty TNHH Bánh pía Sóc Trăng",
        "Thành phố Cần Thơ",
        "Sóc Trăng",
        "agriculture",
        {"notify-website": 2, "shopee-store": 2},
    ),
    ("HTX Trái cây Phong Điền", "Thành phố Cần Thơ", "", "agriculture", {"lazada-store": 4}),
    ("Công ty CP Dệt may Cần Thơ", "Thành phố Cần Thơ", "", "textile", {"register-platform": 3}),
]
PENDING = [("Hộ kinh doanh Bánh tráng Trảng Bàng", "Thành phố Hồ Chí Minh", "", "agriculture")]


def load(stdout=None) -> None:
    out = stdout or sys.stdout
    created = services.journey_templates_load_defaults()
    _link_certificate_template()
    with transaction.atomic():
        _load_businesses()
        _registration_history()
    out.write(f"onboarding: {created} journey templates created; demo businesses ready\n")


def _link_certificate_template() -> None:
    certificate = (
        CertificateTemplate.objects.filter(title_en__icontains="readiness").first()
        or CertificateTemplate.objects.filter(title__icontains="sẵn sàng").first()
    )
    if certificate:
        # save(), not update(): Wagtail's reference index follows the save signal.
        for template in JourneyTemplate.objects.filter(
            certificate_template__isnull=True, issues_certificate=True
        ):
            template.certificate_template = certificate
            template.save(update_fields=["certificate_template"])


def _code(n: int) -> str:
    """A valid 10-digit tax code from a serial (remainder-0 prefixes skipped)."""
    while True:
        nine = f"{380000000 + n:09d}"
        digit = taxcode.check_digit(nine)
        if digit is not None and digit < 10:
            return nine + str(digit)
        n += 1000


def _load_businesses() -> None:
    User = get_user_model()
    learner = User.objects.filter(email="learner@demo.example").first()
    staff = User.objects.filter(email="staff@demo.example").first()
    admin = User.objects.filter(email="admin@demo.example").first()
    current = {p.name: p for p in Province.objects.current()}
    former = {p.name: p for p in Province.objects.filter(is_current=False)}
    today = timezone.localdate()
    templates = {t.key: t for t in JourneyTemplate.objects.all()}

    if learner:
        demo, created = Business.objects.get_or_create(
            tax_code=_demo_tax_code(),
            defaults={
                "name": "Hợp tác xã Demo",
                "province": current["Thành phố Hồ Chí Minh"],
                "former_province": former.get("Bình Dương"),
                "address": "Phường Thủ Dầu Một, Thành phố Hồ Chí Minh",
                "sector": Business.Sector.AGRICULTURE,
                "size": Business.Size.SMALL,
                "contact_name": "Nguyễn Thị Thu Hà",
                "contact_email": "learner@demo.example",
                "contact_phone": "0274 3822 000",
                "website": "https://htxdemo.example",
                "status": Business.Status.APPROVED,
                "approved_by": staff,
                "approved_at": timezone.now(),
            },
        )
        if created:
            Membership.objects.create(business=demo, user=learner, role=Membership.Role.OWNER)
            services.ocop_product_add(
                business=demo,
                name="Mật ong hoa cà phê",
                group="food",
                stars=4,
                decision_number="1234/QĐ-UBND",
                decision_date=today - timedelta(days=400),
                valid_until=today - timedelta(days=400) + timedelta(days=36 * 30),
            )
        if (
            "notify-website" in templates
            and not Journey.objects.filter(
                business=demo, template=templates["notify-website"]
            ).exists()
        ):
            journey = services.journey_start(
                business=demo,
                template=templates["notify-website"],
                by=learner,
                today=today - timedelta(days=14),
            )
            # Approved: the steps before the homepage screenshot; that one in progress.
            _advance(journey, until="publish-required-info", actor=learner, reviewer=staff)
            shot = journey.steps.filter(key="publish-required-info").first()
            if shot:
                services.step_start(step=shot, by=learner)
        if (
            "shopee-store" in templates
            and not Journey.objects.filter(
                business=demo, template=templates["shopee-store"]
            ).exists()
        ):
            journey = services.journey_start(
                business=demo,
                template=templates["shopee-store"],
                by=learner,
                today=today - timedelta(days=7),
            )
            _advance(journey, count=2, actor=learner, reviewer=staff, leave_last_submitted=True)

    for i, (name, province, former_name, sector, plan) in enumerate(OTHERS):
        business, created = Business.objects.get_or_create(
            tax_code=_code(i + 1),
            defaults={
                "name": name,
                "province": current[province],
                "former_province": former.get(former_name) if former_name else None,
                "sector": sector,
                "size": Business.Size.SMALL if i % 3 else Business.Size.MICRO,
                "status": Business.Status.APPROVED,
                "approved_by": admin,
                "approved_at": timezone.now(),
            },
        )
        if not created:
            continue
        for key, done in plan.items():
            if key not in templates:
                continue
            journey = services.journey_start(
                business=business,
                template=templates[key],
                by=None,
                today=today - timedelta(days=10 + 3 * i),
            )
            _advance(
                journey, count=done, actor=None, reviewer=admin, leave_last_submitted=i % 4 == 1
            )
    for j, (name, province, former_name, sector) in enumerate(PENDING):
        Business.objects.get_or_create(
            tax_code=_code(100 + j),
            defaults={
                "name": name,
                "province": current[province],
                "former_province": former.get(former_name) if former_name else None,
                "sector": sector,
                "size": Business.Size.HOUSEHOLD,
            },
        )


def _registration_history() -> None:
    """Each demo business's registration history: registered, then approved for the
    approved ones (staff see who approved it). Written once: a business that has any
    registration event is left alone."""
    codes = [_demo_tax_code()] + [_code(i + 1) for i in range(len(OTHERS))]
    codes += [_code(100 + j) for j in range(len(PENDING))]
    businesses = (
        Business.objects.filter(tax_code__in=codes, registration_events__isnull=True)
        .prefetch_related("memberships")
        .distinct()
    )
    for business in businesses:
        owner = next(
            (m.user_id for m in business.memberships.all() if m.role == Membership.Role.OWNER),
            None,
        )
        RegistrationEvent.objects.create(
            business=business,
            actor_id=owner,
            from_status="",
            to_status=Business.Status.PENDING,
        )
        if business.status == Business.Status.APPROVED:
            RegistrationEvent.objects.create(
                business=business,
                actor_id=business.approved_by_id,
                from_status=Business.Status.PENDING,
                to_status=Business.Status.APPROVED,
            )


def _demo_tax_code() -> str:
    nine = DEMO_TAX_CODE[:9]
    digit = taxcode.check_digit(nine)
    if digit is None:  # pragma: no cover - the constant is chosen to avoid remainder 0
        raise ValueError("demo tax code prefix has no check digit")
    return nine + str(digit)


def _advance(journey, *, count=None, until=None, actor, reviewer, leave_last_submitted=False):
    """Moves the first `count` steps (or those before `until`) through their real moves;
    with `leave_last_submitted`, goes on to the next step that staff review and leaves it
    waiting in the review queue."""
    steps = list(journey.steps.order_by("position"))
    if until is not None:
        keys = [s.key for s in steps]
        count = keys.index(until) if until in keys else len(steps)
    for index, step in enumerate(steps):
        step.refresh_from_db()
        extra = index >= count
        if extra and not leave_last_submitted:
            break
        if step.optional:
            if extra:
                continue
            services.step_skip(step=step, by=actor)
            continue
        if journeys.completed_by_course(step):
            # Only a completed course does such a step (it cannot be submitted).
            course = selectors.course_completing(step=step)
            if extra or course is None:
                break
            services.step_complete_by_course(step=step, course=course, by=actor)
            continue
        upload = (
            ContentFile(_screenshot_png(journey.business.name, step.title), name="man-hinh.png")
            if step.evidence == "file"
            else None
        )
        text = {"url": "https://example.com/cua-hang", "code": "TB-2026-0001"}.get(
            step.evidence, ""
        )
        try:
            services.step_submit(
                step=step, by=actor, upload=upload, content_type="image/png", text=text
            )
        except StepError:
            break  # a dependency the template added later: stop here, still consistent
        step.refresh_from_db()
        if step.status == S.SUBMITTED:
            if extra or (leave_last_submitted and index == count - 1):
                break
            services.step_approve(step=step, by=reviewer)


def _screenshot_png(business: str, step: str) -> bytes:
    """A small stand-in screenshot (a browser window with a page) so that reviewers of
    the demo see an image, not an empty box (Pillow comes with Wagtail)."""
    image = Image.new("RGB", (640, 400), "#f4f6f8")
    draw = ImageDraw.Draw(image)
    try:
        font = ImageFont.truetype("DejaVuSans.ttf", 20)
        small = ImageFont.truetype("DejaVuSans.ttf", 15)
    except OSError:
        font = small = ImageFont.load_default()
    draw.rectangle((0, 0, 640, 36), fill="#d6dbe1")
    for i, colour in enumerate(("#e06c5f", "#e5c06b", "#6cc07a")):
        draw.ellipse((12 + 22 * i, 11, 26 + 22 * i, 25), fill=colour)
    draw.rounded_rectangle((90, 8, 620, 28), 8, fill="#ffffff")
    draw.text((100, 10), "https://htxdemo.example", fill="#4a5360", font=small)
    draw.rectangle((0, 36, 640, 100), fill="#0b5cad")
    draw.text((24, 56), business, fill="#ffffff", font=font)
    draw.text((24, 130), step, fill="#1b1f24", font=font)
    for row in range(5):
        draw.rounded_rectangle((24, 180 + 38 * row, 616, 204 + 38 * row), 6, fill="#dfe4ea")
    out = BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()
