"""Events fixtures: course sections (from the courses fixtures), events in Hồ Chí Minh
and Hà Nội, a participation certificate template, businesses."""

from datetime import timedelta

import pytest
from django.utils import timezone

from certification.models import CertificateTemplate
from events import services
from events.models import EventPage, Registration
from portal import roles
from portal.models import Province
from tests.courses.builders import add_course, catalog_for
from tests.events.builders import add_event, begin
from tests.onboarding.conftest import make_business


def _section(home_page, province):
    from courses.services import section_create

    return section_create(province=province, catalog=catalog_for(home_page))


@pytest.fixture
def section_hcm(home_page, hcm):
    return _section(home_page, hcm)


@pytest.fixture
def section_hanoi(home_page, hanoi):
    return _section(home_page, hanoi)


@pytest.fixture
def national_section(home_page):
    return _section(home_page, None)


@pytest.fixture
def participation_template(db):
    return CertificateTemplate.objects.create(
        name="HCM participation",
        issuer_name="Sở Công Thương Thành phố Hồ Chí Minh",
        issuer_name_en="Ho Chi Minh City Department of Industry and Trade",
        title="Giấy chứng nhận tham dự",
        title_en="Certificate of participation",
        wording="đã tham dự",
        wording_en="took part in",
        signatory_name="Nguyễn Văn Phúc",
        signatory_title="Giám đốc Sở Công Thương",
    )


@pytest.fixture
def event(section_hcm, participation_template):
    return add_event(section_hcm, certificate_template=participation_template)


@pytest.fixture
def event_hanoi(section_hanoi):
    return add_event(section_hanoi, slug="ha-noi", title="Tập huấn Hà Nội")


@pytest.fixture
def online_event(section_hcm):
    return add_event(
        section_hcm,
        slug="online-friday",
        title="Online Friday",
        kind=EventPage.Kind.ONLINE_FRIDAY,
        format=EventPage.Format.ONLINE,
        venue="",
        online_url="https://meet.example.vn/bi-mat-123",
        capacity=None,
    )


@pytest.fixture
def trainer_hanoi(make_user, hanoi):
    return make_user("trainer.hanoi@example.com", province=hanoi, role_names=[roles.TRAINERS])


@pytest.fixture
def business_hcm(learner, hcm):
    return make_business(learner, hcm, name="HTX Sài Gòn", tax_code="0100109106")


@pytest.fixture
def make_learners(make_user):
    def make(n, prefix="hv"):
        return [make_user(f"{prefix}{i}@example.com", full_name=f"Học viên {i}") for i in range(n)]

    return make


@pytest.fixture
def filled(section_hcm, make_user, hcm, staff_hcm):
    """An event (capacity 3) with: two people from a handicraft business of former Bình
    Dương (one present), one individual (absent), one waiting, one cancelled."""
    event = add_event(section_hcm, capacity=3)
    owner = make_user("owner@example.com", full_name="Chủ HTX")
    business = make_business(
        owner, hcm, name="Gốm Sông Bé", tax_code="0100109106", sector="handicraft"
    )
    business.former_province = Province.objects.get(name="Bình Dương", is_current=False)
    business.save()
    worker = make_user("worker@example.com", full_name="Thợ gốm")
    business.memberships.create(user=worker)
    services.registrations_create_for_business(
        event=event, business=business, members=[owner, worker], by=owner
    )
    loner = make_user("loner@example.com")
    services.registration_create(event=event, user=loner)
    waiting = make_user("waiting@example.com")
    services.registration_create(event=event, user=waiting)
    gone = make_user("gone@example.com")
    services.registration_cancel(
        registration=services.registration_create(event=event, user=gone), by=gone
    )
    begin(event)
    services.attendance_set(
        registration=Registration.objects.get(user=owner), present=True, by=staff_hcm
    )
    return event


# A programme of Hồ Chí Minh City asking a course, a journey and an event, and a business
# of the learner (the programmes' tests).
@pytest.fixture
def template(db):
    from onboarding import services as onboarding_services
    from onboarding.models import JourneyTemplate
    from tests.onboarding.conftest import FIXTURE_TEMPLATES

    onboarding_services.journey_templates_load_defaults(templates=FIXTURE_TEMPLATES)
    return JourneyTemplate.objects.get(key="notify-website")


@pytest.fixture
def setup(section_hcm, hcm, staff_hcm, learner, template, participation_template):
    course = add_course(section_hcm, lessons=1, quiz=False)
    event = add_event(section_hcm, starts_at=timezone.now() + timedelta(minutes=30))
    programme = services.programme_create(
        by=staff_hcm,
        title="Gian hàng Việt trên Amazon 2026",
        title_en="Vietnamese Booth on Amazon 2026",
        province=hcm,
        starts_on=timezone.localdate(),
        ends_on=timezone.localdate() + timedelta(days=200),
        certificate_template=participation_template,
        courses=[course],
        journey_templates=[template],
        events=[event],
    )
    business = make_business(learner, hcm, name="HTX Sài Gòn", tax_code="0100109106")
    return {"programme": programme, "course": course, "event": event, "business": business}
