"""Demo data of the events app (runs after onboarding.demo): upcoming and past events in
several provinces, registrations with a full event and its waiting list, attendance and
participation certificates of the past events, and one programme with its businesses.

learner@demo.example is registered for the connection event with the platforms (coming
up) and attended the export seminar (closed: her participation certificate is issued).

Idempotent: events are matched by slug in their section, registrations by (event,
person), the programme by title; dates are set relative to the day of the first load.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from certification.demo import COURSE_TEMPLATE, SPECIMEN_SIGNATORY, template_ensure
from certification.demo import template as demo_template
from courses.models import CoursePage, CourseSectionPage
from events import services
from events.models import EventPage, Participant, Programme, Registration
from onboarding.models import Business, JourneyTemplate, Membership
from portal.models import Province

R = Registration.Status
HCM, HANOI, DANANG = 79, 1, 48

# Participation and programme certificates (a specimen signatory, as in
# certification.demo).
TEMPLATES = {
    HCM: {
        "name": "Chứng nhận tham dự · Sở Công Thương TP.HCM",
        "issuer_name": "Sở Công Thương Thành phố Hồ Chí Minh",
        "issuer_name_en": "Ho Chi Minh City Department of Industry and Trade",
        "title": "Giấy chứng nhận tham dự",
        "title_en": "Certificate of participation",
        "wording": "đã tham dự",
        "wording_en": "took part in",
        **SPECIMEN_SIGNATORY,
        "accent_colour": "#b3261e",
    },
    HANOI: {
        "name": "Chứng nhận tham dự · Sở Công Thương Hà Nội",
        "issuer_name": "Sở Công Thương Thành phố Hà Nội",
        "issuer_name_en": "Hanoi Department of Industry and Trade",
        "title": "Giấy chứng nhận tham dự",
        "title_en": "Certificate of participation",
        "wording": "đã tham dự",
        "wording_en": "took part in",
        **SPECIMEN_SIGNATORY,
        "accent_colour": "#8a5300",
    },
    "national": {
        "name": "Chứng nhận tham dự · Cục TMĐT và KTS",
        "issuer_name": "Cục Thương mại điện tử và Kinh tế số",
        "issuer_name_en": "Vietnam E-commerce and Digital Economy Agency",
        "title": "Giấy chứng nhận tham dự",
        "title_en": "Certificate of participation",
        "wording": "đã tham dự",
        "wording_en": "took part in",
        **SPECIMEN_SIGNATORY,
        "accent_colour": "#0b5cab",
    },
    "programme": {
        "name": "Chứng nhận chương trình · Sở Công Thương TP.HCM",
        "issuer_name": "Sở Công Thương Thành phố Hồ Chí Minh",
        "issuer_name_en": "Ho Chi Minh City Department of Industry and Trade",
        "title": "Giấy chứng nhận hoàn thành chương trình",
        "title_en": "Certificate of programme completion",
        "wording": "đã hoàn thành chương trình",
        "wording_en": "has completed the programme",
        **SPECIMEN_SIGNATORY,
        "accent_colour": "#1e6b35",
    },
}

# Learners of courses.demo who work for a demo business of onboarding.demo: the event
# reports then show sectors and former provinces.
STAFFERS = {
    "hocvien1@demo.example": "Công ty TNHH Gốm Sứ Sông Bé",
    "hocvien2@demo.example": "Cơ sở Cà phê Sài Gòn Xanh",
    "hocvien3@demo.example": "Công ty CP Thời trang Bến Thành",
    "hocvien5@demo.example": "Công ty TNHH Lụa Hà Đông",
    "hocvien6@demo.example": "HTX Gốm Bát Tràng",
}

EVENTS = [
    {
        "slug": "ket-noi-doanh-nghiep-voi-san-tmdt",
        "section": HCM,
        "days": 12,
        "hours": ((8, 30), (11, 30)),
        "kind": "connection",
        "format": "in_person",
        "audience": "business",
        "capacity": 80,
        "title": "Kết nối doanh nghiệp với sàn TMĐT: mở gian hàng tại chỗ",
        "title_en": "Meet the marketplaces: open your store on the spot",
        "summary": (
            "Đại diện Shopee, Lazada và Tiki hướng dẫn từng doanh nghiệp mở gian hàng ngay "
            "tại hội nghị. Mang theo giấy đăng ký kinh doanh và CCCD của người đại diện."
        ),
        "summary_en": (
            "Shopee, Lazada and Tiki help each business open its store during the day. "
            "Bring the business registration and the representative's ID card."
        ),
        "description": (
            "<p>Chương trình gồm phần giới thiệu chính sách người bán của từng sàn, sau đó "
            "các bàn hỗ trợ mở gian hàng và đăng sản phẩm đầu tiên.</p>"
        ),
        "description_en": (
            "<p>Each marketplace presents its seller policies, then help desks open stores "
            "and list the first products with you.</p>"
        ),
        "venue": "Trung tâm Hội nghị 272, 272 Võ Thị Sáu, Phường Xuân Hòa, TP.HCM",
        "venue_en": "272 Conference Centre, 272 Vo Thi Sau, Xuan Hoa Ward, Ho Chi Minh City",
        "organiser": "Sở Công Thương Thành phố Hồ Chí Minh",
        "organiser_en": "Ho Chi Minh City Department of Industry and Trade",
        "platforms": ["shopee", "lazada", "tiki"],
        "courses": ["mo-gian-hang-shopee-lazada-tiki"],
        "journeys": ["shopee-store", "lazada-store", "tiki-store"],
        "certificate": HCM,
        "people": [
            ("learner@demo.example", R.CONFIRMED, False),
            ("hocvien1@demo.example", R.CONFIRMED, False),
            ("hocvien2@demo.example", R.CONFIRMED, False),
        ],
    },
    {
        "slug": "online-friday-ban-hang-cuoi-nam",
        "section": HCM,
        "days": 4,
        "hours": ((14, 0), (16, 0)),
        "kind": "online_friday",
        "format": "online",
        "audience": "everyone",
        "capacity": None,
        "title": "Online Friday: bán hàng mùa mua sắm cuối năm",
        "title_en": "Online Friday: selling in the year-end shopping season",
        "summary": (
            "Hội thảo trực tuyến: chuẩn bị kho, khuyến mãi và chăm sóc khách hàng cho mùa "
            "mua sắm cuối năm."
        ),
        "summary_en": (
            "Webinar: stock, promotions and customer care for the year-end shopping season."
        ),
        "online_url": "https://meet.example.vn/online-friday-tphcm",
        "organiser": "Trung tâm Phát triển Thương mại điện tử",
        "organiser_en": "E-commerce Development Centre",
        "certificate": None,
        "people": [("hocvien4@demo.example", R.CONFIRMED, False)],
    },
    {
        "slug": "tap-huan-livestream-ban-hang",
        "section": HCM,
        "days": 8,
        "hours": ((8, 0), (11, 30)),
        "kind": "training",
        "format": "in_person",
        "audience": "business",
        "capacity": 3,
        "title": "Tập huấn kỹ năng livestream bán hàng",
        "title_en": "Live-stream selling workshop",
        "summary": "Thực hành livestream trên điện thoại: kịch bản, ánh sáng, chốt đơn.",
        "summary_en": "Hands-on live-streaming with a phone: script, lighting, closing orders.",
        "venue": "Phòng 301, 163 Hai Bà Trưng, Phường Xuân Hòa, TP.HCM",
        "venue_en": "Room 301, 163 Hai Ba Trung, Xuan Hoa Ward, Ho Chi Minh City",
        "organiser": "Sở Công Thương Thành phố Hồ Chí Minh",
        "organiser_en": "Ho Chi Minh City Department of Industry and Trade",
        "platforms": ["shopee", "tiki"],
        "courses": ["livestream-tiep-thi-lien-ket-va-thue"],
        "certificate": HCM,
        "people": [
            ("hocvien1@demo.example", R.CONFIRMED, False),
            ("hocvien2@demo.example", R.CONFIRMED, False),
            ("hocvien3@demo.example", R.CONFIRMED, False),
            ("hocvien4@demo.example", R.WAITING, False),
        ],
    },
    {
        "slug": "tap-huan-quan-ly-nha-nuoc-tmdt",
        "section": "national",
        "days": 20,
        "hours": ((8, 0), (17, 0)),
        "kind": "training",
        "format": "hybrid",
        "audience": "official",
        "capacity": 40,
        "title": "Tập huấn nâng cao năng lực quản lý nhà nước về thương mại điện tử",
        "title_en": "Training day for the officials who manage e-commerce",
        "summary": (
            "Thẩm định hồ sơ thông báo website, kiểm tra và xử lý vi phạm trong thương mại "
            "điện tử; dành cho cán bộ Sở Công Thương và lực lượng quản lý thị trường."
        ),
        "summary_en": (
            "Reviewing website notifications, inspections and sanctions in e-commerce; for "
            "officials of the Departments of Industry and Trade and market surveillance."
        ),
        "venue": "25 Ngô Quyền, Phường Hoàn Kiếm, Hà Nội (và trực tuyến)",
        "venue_en": "25 Ngo Quyen, Hoan Kiem Ward, Hanoi (and online)",
        "online_url": "https://meet.example.vn/tap-huan-can-bo",
        "organiser": "Cục Thương mại điện tử và Kinh tế số",
        "organiser_en": "Vietnam E-commerce and Digital Economy Agency",
        "courses": ["quan-ly-nha-nuoc-thuong-mai-dien-tu"],
        "certificate": "national",
        "people": [("official@demo.example", R.CONFIRMED, False)],
    },
    {
        "slug": "hoi-cho-truc-tuyen-dac-san-mien-trung",
        "section": DANANG,
        "days": 30,
        "hours": ((8, 0), (20, 0)),
        "length_days": 2,
        "kind": "online_fair",
        "format": "online",
        "audience": "business",
        "capacity": None,
        "title": "Hội chợ trực tuyến đặc sản miền Trung",
        "title_en": "Online fair of Central Vietnam's specialities",
        "summary": "Ba ngày gian hàng trực tuyến cho sản phẩm OCOP của Đà Nẵng và Quảng Nam.",
        "summary_en": "Online stands for the OCOP products of Da Nang and Quang Nam.",
        "online_url": "https://hoicho.example.vn/mien-trung",
        "organiser": "Sở Công Thương Thành phố Đà Nẵng",
        "organiser_en": "Da Nang Department of Industry and Trade",
        "platforms": ["voso", "postmart"],
        "certificate": None,
        "people": [],
    },
    {
        "slug": "hoi-thao-xuat-khau-truc-tuyen",
        "section": HCM,
        "days": -21,
        "hours": ((8, 30), (11, 30)),
        "kind": "seminar",
        "format": "hybrid",
        "audience": "business",
        "capacity": 60,
        "title": "Hội thảo xuất khẩu trực tuyến qua Amazon và Alibaba.com",
        "title_en": "Seminar: exporting online through Amazon and Alibaba.com",
        "summary": "Chọn kênh xuất khẩu, chi phí, hồ sơ người bán và logistics quốc tế.",
        "summary_en": "Choosing an export channel, costs, seller documents and logistics.",
        "venue": "Trung tâm Xúc tiến Thương mại, 92-96 Nguyễn Huệ, TP.HCM",
        "venue_en": "Trade Promotion Centre, 92-96 Nguyen Hue, Ho Chi Minh City",
        "online_url": "https://meet.example.vn/xuat-khau-truc-tuyen",
        "organiser": "Sở Công Thương Thành phố Hồ Chí Minh",
        "organiser_en": "Ho Chi Minh City Department of Industry and Trade",
        "platforms": ["amazon", "alibaba"],
        "courses": ["ban-hang-quoc-te-amazon-alibaba"],
        "journeys": ["amazon-global-selling"],
        "certificate": HCM,
        "closed": True,
        "people": [
            ("learner@demo.example", R.CONFIRMED, True),
            ("hocvien1@demo.example", R.CONFIRMED, True),
            ("hocvien2@demo.example", R.CONFIRMED, True),
            ("hocvien3@demo.example", R.CONFIRMED, False),
        ],
    },
    {
        "slug": "tap-huan-ban-hang-truc-tuyen-ha-noi",
        "section": HANOI,
        "days": -35,
        "hours": ((13, 30), (17, 0)),
        "kind": "training",
        "format": "in_person",
        "audience": "business",
        "capacity": 50,
        "title": "Tập huấn bán hàng trực tuyến cho làng nghề",
        "title_en": "Selling online: a training day for craft villages",
        "summary": "Chụp ảnh sản phẩm, viết mô tả và định giá khi bán trên sàn.",
        "summary_en": "Product photos, descriptions and pricing on marketplaces.",
        "venue": "Nhà văn hoá xã Bát Tràng, Hà Nội",
        "venue_en": "Bat Trang commune cultural house, Hanoi",
        "organiser": "Sở Công Thương Thành phố Hà Nội",
        "organiser_en": "Hanoi Department of Industry and Trade",
        "certificate": HANOI,
        "closed": True,
        "people": [
            ("hocvien5@demo.example", R.CONFIRMED, True),
            ("hocvien6@demo.example", R.CONFIRMED, True),
        ],
    },
    {
        "slug": "ket-noi-voso-postmart-ha-noi",
        "section": HANOI,
        "days": 15,
        "hours": ((9, 0), (11, 30)),
        "kind": "connection",
        "format": "in_person",
        "audience": "business",
        "capacity": 100,
        "title": "Đưa nông sản lên Voso và Postmart",
        "title_en": "Farm products on Voso and Postmart",
        "summary": "Viettel Post và VNPost hướng dẫn hợp tác xã mở gian hàng và giao hàng.",
        "summary_en": "Viettel Post and VNPost help cooperatives open stores and ship orders.",
        "venue": "Trung tâm Hội nghị Quốc gia, Phường Từ Liêm, Hà Nội",
        "venue_en": "National Convention Centre, Tu Liem Ward, Hanoi",
        "organiser": "Sở Công Thương Thành phố Hà Nội",
        "organiser_en": "Hanoi Department of Industry and Trade",
        "platforms": ["voso", "postmart"],
        "courses": ["ban-hang-tren-sendo-voso-postmart"],
        "journeys": ["voso-store", "postmart-store"],
        "certificate": HANOI,
        "people": [("hocvien5@demo.example", R.CONFIRMED, False)],
    },
]

PROGRAMME = {
    "title": "Gian hàng Việt trên Amazon 2026",
    "title_en": "Vietnamese Booth on Amazon 2026",
    "description": (
        "Chương trình chọn các doanh nghiệp có sản phẩm xuất khẩu tốt của Thành phố để mở "
        "gian hàng trên Amazon Global Selling, với hỗ trợ đào tạo, hồ sơ và logistics."
    ),
    "description_en": (
        "The city selects businesses with strong export products to open stores on Amazon "
        "Global Selling, with training, paperwork and logistics support."
    ),
    "courses": ["ban-hang-quoc-te-amazon-alibaba"],
    "journeys": ["amazon-global-selling"],
    "events": ["hoi-thao-xuat-khau-truc-tuyen"],
    "nominated": ["Hợp tác xã Demo", "Công ty TNHH Gốm Sứ Sông Bé", "Cơ sở Cà phê Sài Gòn Xanh"],
    "applied": ["Công ty CP Thời trang Bến Thành"],
}


def load(stdout=None) -> None:
    today = timezone.localdate()
    with transaction.atomic():
        templates = _templates()
        _staffers()
        events = {data["slug"]: _event(data, today, templates) for data in EVENTS}
        for data in EVENTS:
            _people(events[data["slug"]], data)
    # Certificates after the commit of the rows they attest (one transaction each).
    for data in EVENTS:
        if data.get("closed"):
            services.participation_certificates_issue(event_id=events[data["slug"]].pk)
    _programme(events, templates["programme"])
    if stdout is not None:
        stdout.write(f"events: {len(events)} events, {Programme.objects.count()} programme(s)")


def _templates() -> dict:
    look = demo_template(COURSE_TEMPLATE)  # its logo and signature images
    result = {}
    for key, data in TEMPLATES.items():
        extra = {}
        if look is not None:
            extra = {"logo_image": look.logo_image, "signature_image": look.signature_image}
        result[key] = template_ensure(data, **extra)[0]
    return result


def _staffers() -> None:
    User = get_user_model()
    for email, name in STAFFERS.items():
        user = User.objects.filter(email=email).first()
        business = Business.objects.filter(name=name).first()
        if user and business:
            Membership.objects.get_or_create(
                business=business, user=user, defaults={"role": Membership.Role.MEMBER}
            )


def _section(code) -> CourseSectionPage:
    if code == "national":
        return CourseSectionPage.objects.get(province__isnull=True)
    return CourseSectionPage.objects.get(province__code=code, province__is_current=True)


def _at(day, hour_minute) -> datetime:
    return timezone.make_aware(datetime.combine(day, time(*hour_minute)))


def _event(data: dict, today, templates: dict) -> EventPage:
    section = _section(data["section"])
    existing = EventPage.objects.child_of(section).filter(slug=data["slug"]).first()
    if existing is not None:
        return existing.specific
    day = today + timedelta(days=data["days"])
    start, end = data["hours"]
    event = EventPage(
        slug=data["slug"],
        title=data["title"],
        title_en=data["title_en"],
        summary=data["summary"],
        summary_en=data["summary_en"],
        description=data.get("description", ""),
        description_en=data.get("description_en", ""),
        kind=data["kind"],
        format=data["format"],
        audience=data["audience"],
        capacity=data["capacity"],
        starts_at=_at(day, start),
        ends_at=_at(day + timedelta(days=data.get("length_days", 0)), end),
        venue=data.get("venue", ""),
        venue_en=data.get("venue_en", ""),
        online_url=data.get("online_url", ""),
        organiser=data.get("organiser", ""),
        organiser_en=data.get("organiser_en", ""),
        platforms=data.get("platforms", []),
        certificate_template=templates.get(data["certificate"]),
    )
    event.courses = list(CoursePage.objects.filter(slug__in=data.get("courses", [])))
    event.journey_templates = list(JourneyTemplate.objects.filter(key__in=data.get("journeys", [])))
    section.add_child(instance=event)
    event.save_revision().publish()
    return EventPage.objects.get(pk=event.pk)


def _people(event: EventPage, data: dict) -> None:
    """Registrations as the demo needs them (not through the services: no e-mail goes out
    for demo data); attendance and closing for past events."""
    User = get_user_model()
    for email, status, attended in data["people"]:
        user = User.objects.filter(email=email).first()
        if user is None or Registration.objects.filter(event=event, user=user).exists():
            continue
        Registration.objects.create(
            event=event,
            user=user,
            business=services.attendee_business(user),
            registered_by=user,
            status=status,
            code=services.new_code(),
            queued_at=event.starts_at - timedelta(days=10),
            confirmed_at=event.starts_at - timedelta(days=10) if status == R.CONFIRMED else None,
            attended_at=event.starts_at + timedelta(minutes=10) if attended else None,
        )
    if data.get("closed") and event.closed_at is None:
        EventPage.objects.filter(pk=event.pk).update(closed_at=event.ends_at + timedelta(hours=1))


def _programme(events: dict, template) -> None:
    staff = get_user_model().objects.filter(email="staff@demo.example").first()
    programme = Programme.objects.filter(title=PROGRAMME["title"]).first()
    if programme is None:
        today = timezone.localdate()
        programme = services.programme_create(
            by=staff,
            title=PROGRAMME["title"],
            title_en=PROGRAMME["title_en"],
            description=PROGRAMME["description"],
            description_en=PROGRAMME["description_en"],
            province=Province.objects.current().get(code=HCM),
            starts_on=today - timedelta(days=30),
            ends_on=today + timedelta(days=300),
            certificate_template=template,
            courses=list(CoursePage.objects.filter(slug__in=PROGRAMME["courses"])),
            journey_templates=list(JourneyTemplate.objects.filter(key__in=PROGRAMME["journeys"])),
            events=[events[slug] for slug in PROGRAMME["events"]],
        )
    for name in PROGRAMME["nominated"]:
        business = Business.objects.filter(name=name).first()
        if business is not None:
            services.participant_nominate(programme=programme, business=business, by=staff)
    for name in PROGRAMME["applied"]:
        business = Business.objects.filter(name=name).first()
        if business is not None:
            Participant.objects.get_or_create(
                programme=programme,
                business=business,
                defaults={"status": Participant.Status.APPLIED},
            )
