"""Who may open every URL of the events app: anonymous, a learner, the attendee, trainers
and staff of the event's province and of another province, a national admin.
Out of scope answers 404 (never 403: existence must not leak)."""

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from events import services
from events.models import Participant, Programme
from portal import roles
from tests.events.builders import add_event, begin

pytestmark = pytest.mark.django_db

ALLOW, LOGIN, NOT_FOUND = 200, "login", 404
ROLES = [
    "anonymous",
    "learner",
    "attendee",
    "trainer_hcm",
    "staff_hcm",
    "trainer_hanoi",
    "staff_hanoi",
    "national_admin",
]


@pytest.fixture
def world(
    section_hcm,
    learner,
    other_learner,
    trainer_hcm,
    staff_hcm,
    staff_hanoi,
    trainer_hanoi,
    national_admin,
    hcm,
):
    event = add_event(section_hcm, starts_at=timezone.now() + timedelta(minutes=30))
    registration = services.registration_create(event=event, user=learner)
    begin(event)
    programme = services.programme_create(
        by=staff_hcm,
        title="Gian hàng Việt",
        province=hcm,
        starts_on=timezone.localdate(),
        ends_on=timezone.localdate() + timedelta(days=90),
        events=[event],
    )
    return {
        "event": event,
        "registration": registration,
        "programme": programme,
        "users": {
            "anonymous": None,
            "learner": other_learner,
            "attendee": learner,
            "trainer_hcm": trainer_hcm,
            "staff_hcm": staff_hcm,
            "trainer_hanoi": trainer_hanoi,
            "staff_hanoi": staff_hanoi,
            "national_admin": national_admin,
        },
    }


# url (formatted with e=event pk, r=registration pk, p=programme pk), then the expected
# answer per role in ROLES order.
O = NOT_FOUND  # noqa: E741 - reads as "out of scope" in the table
GET_MATRIX = [
    ("/events/", [ALLOW] * 8),
    ("/events/feeds/79.ics", [ALLOW] * 8),
    ("/events/{e}/event.ics", [ALLOW] * 8),
    ("/events/tickets/{r}/", [LOGIN, O, ALLOW, O, O, O, O, O]),
    ("/events/{e}/check-in/", [LOGIN, O, O, ALLOW, ALLOW, O, O, ALLOW]),
    ("/events/{e}/report/", [LOGIN, O, O, ALLOW, ALLOW, O, O, ALLOW]),
    ("/events/staff/", [LOGIN, O, O, ALLOW, ALLOW, ALLOW, ALLOW, ALLOW]),
    ("/events/programmes/", [ALLOW] * 8),
    ("/events/programmes/{p}/", [ALLOW] * 8),
    ("/events/programmes/new/", [LOGIN, O, O, O, ALLOW, O, ALLOW, ALLOW]),
    ("/events/programmes/{p}/edit/", [LOGIN, O, O, O, ALLOW, O, O, ALLOW]),
    ("/events/programmes/{p}/dashboard/", [LOGIN, O, O, O, ALLOW, O, O, ALLOW]),
]


def _client(user) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def _url(template: str, world) -> str:
    return template.format(e=world["event"].pk, r=world["registration"].pk, p=world["programme"].pk)


@pytest.mark.parametrize("template,expected", GET_MATRIX, ids=[row[0] for row in GET_MATRIX])
def test_get_matrix(world, template, expected):
    url = _url(template, world)
    for role, want in zip(ROLES, expected, strict=True):
        response = _client(world["users"][role]).get(url)
        if want == LOGIN:
            assert response.status_code == 302, (role, url)
            assert response["Location"].startswith("/accounts/login/"), (role, url)
        else:
            assert response.status_code == want, (role, url, response.status_code)


# POST endpoints: who may act. A refused person changes nothing (checked per row).
def test_only_organisers_of_the_province_check_people_in(world):
    event, registration = world["event"], world["registration"]
    url = f"/events/{event.pk}/check-in/"
    for role in ("anonymous", "learner", "attendee", "trainer_hanoi", "staff_hanoi"):
        response = _client(world["users"][role]).post(url, {"code": registration.code})
        assert response.status_code in (302, 404), role
        registration.refresh_from_db()
        assert registration.attended_at is None, role
    for role in ("trainer_hcm", "staff_hcm", "national_admin"):
        registration.attended_at = None
        registration.save()
        response = _client(world["users"][role]).post(url, {"code": registration.code})
        assert response.status_code == 200, role
        registration.refresh_from_db()
        assert registration.attended_at is not None, role


def test_only_organisers_of_the_province_mark_attendance_and_close(world):
    event, registration = world["event"], world["registration"]
    attendance = f"/events/{event.pk}/attendance/{registration.pk}/"
    close = f"/events/{event.pk}/close/"
    for role in ("anonymous", "learner", "attendee", "trainer_hanoi", "staff_hanoi"):
        client = _client(world["users"][role])
        assert client.post(attendance, {"present": "1"}).status_code in (302, 404), role
        assert client.post(close).status_code in (302, 404), role
        registration.refresh_from_db()
        event.refresh_from_db()
        assert registration.attended_at is None and event.closed_at is None, role
    response = _client(world["users"]["trainer_hcm"]).post(attendance, {"present": "1"})
    assert response.status_code == 302
    registration.refresh_from_db()
    assert registration.attended_at is not None


def test_nobody_cancels_someone_elses_registration(world, section_hcm):
    upcoming = add_event(section_hcm, slug="sap-toi")
    registration = services.registration_create(event=upcoming, user=world["users"]["attendee"])
    url = f"/events/tickets/{registration.pk}/cancel/"
    for role in ("learner", "trainer_hcm", "staff_hcm", "staff_hanoi", "national_admin"):
        assert _client(world["users"][role]).post(url).status_code == 404, role
    assert _client(None).post(url).status_code == 302
    registration.refresh_from_db()
    assert registration.is_confirmed
    assert _client(world["users"]["attendee"]).post(url).status_code == 302
    registration.refresh_from_db()
    assert not registration.is_active


def test_register_needs_a_signed_in_person_and_a_post(world):
    event = world["event"]
    url = f"/events/{event.pk}/register/"
    assert _client(None).post(url)["Location"].startswith("/accounts/login/")
    assert _client(world["users"]["learner"]).get(url).status_code == 405


def test_only_staff_in_scope_nominate_and_decide(world, make_user, hanoi, hcm):
    from tests.onboarding.conftest import make_business

    owner = make_user("owner@example.com")
    business = make_business(owner, hcm, name="HTX Bến Thành", tax_code="0100109106")
    programme = world["programme"]
    url = f"/events/programmes/{programme.pk}/nominations/"
    for role in ("learner", "trainer_hcm", "staff_hanoi", "trainer_hanoi"):
        response = _client(world["users"][role]).post(url, {"nominate-business": business.pk})
        assert response.status_code == 404, role
    assert not Participant.objects.exists()
    response = _client(world["users"]["staff_hcm"]).post(url, {"nominate-business": business.pk})
    assert response.status_code == 302
    assert Participant.objects.get().status == Participant.Status.ACCEPTED


def test_a_hanoi_programme_is_out_of_scope_for_hcm_staff(world, hanoi, staff_hanoi):
    programme = Programme.objects.create(
        title="Hà Nội", province=hanoi, starts_on="2026-01-01", ends_on="2026-12-31"
    )
    client = _client(world["users"]["staff_hcm"])
    assert client.get(f"/events/programmes/{programme.pk}/dashboard/").status_code == 404
    assert client.get(f"/events/programmes/{programme.pk}/edit/").status_code == 404
    dashboard = f"/events/programmes/{programme.pk}/dashboard/"
    assert _client(staff_hanoi).get(dashboard).status_code == 200


def test_national_programmes_belong_to_national_admins(world, national_admin):
    programme = Programme.objects.create(
        title="Toàn quốc", starts_on="2026-01-01", ends_on="2026-12-31"
    )
    url = f"/events/programmes/{programme.pk}/dashboard/"
    assert _client(world["users"]["staff_hcm"]).get(url).status_code == 404
    assert _client(national_admin).get(url).status_code == 200


def test_reviewers_of_the_province_organise_too(world, make_user, hcm):
    reviewer = make_user("reviewer@example.com", province=hcm, role_names=[roles.REVIEWERS])
    event = world["event"]
    assert _client(reviewer).get(f"/events/{event.pk}/check-in/").status_code == 200
