"""portal/views.py: state officials for staff to approve, the notifications' page and their
e-mail settings, the profile page and the language switch."""

import pytest

from portal import services
from portal.models import NotificationPreference, Profile
from tests.portal.conftest import tell

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("notice_templates")]


@pytest.fixture
def pending_official(make_user, hcm):
    return make_user(
        "pending@example.com",
        province=hcm,
        learner_type=Profile.LearnerType.OFFICIAL,
        official_status=Profile.OfficialStatus.PENDING,
        full_name="Võ Thị Lan",
    )


def test_staff_approve_an_official_of_their_province(client, staff_hcm, pending_official):
    client.force_login(staff_hcm)
    page = client.get("/staff/officials/")
    assert "Võ Thị Lan" in page.content.decode()
    response = client.post(
        f"/staff/officials/{pending_official.profile.pk}/", {"decision": "approve"}
    )
    assert response.status_code == 302
    pending_official.profile.refresh_from_db()
    assert pending_official.profile.is_approved_official


def test_staff_of_another_province_get_404(client, staff_hanoi, pending_official):
    client.force_login(staff_hanoi)
    assert "Võ Thị Lan" not in client.get("/staff/officials/").content.decode()
    response = client.post(
        f"/staff/officials/{pending_official.profile.pk}/", {"decision": "approve"}
    )
    assert response.status_code == 404
    pending_official.profile.refresh_from_db()
    assert pending_official.profile.official_status == Profile.OfficialStatus.PENDING


def test_learners_cannot_reach_the_list(client, learner):
    client.force_login(learner)
    assert client.get("/staff/officials/").status_code == 404


def test_staff_reject(client, staff_hcm, pending_official):
    client.force_login(staff_hcm)
    client.post(f"/staff/officials/{pending_official.profile.pk}/", {"decision": "reject"})
    pending_official.profile.refresh_from_db()
    assert pending_official.profile.official_status == Profile.OfficialStatus.REJECTED


def test_list_query_count_does_not_grow_with_officials(client, staff_hcm, make_user, hcm):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def count_queries():
        with CaptureQueriesContext(connection) as ctx:
            assert client.get("/staff/officials/").status_code == 200
        return len(ctx)

    client.force_login(staff_hcm)
    make_user("o0@example.com", province=hcm, learner_type="official", official_status="pending")
    client.get("/staff/officials/")  # first request creates Wagtail's user profile
    few = count_queries()
    for i in range(1, 16):
        make_user(
            f"o{i}@example.com", province=hcm, learner_type="official", official_status="pending"
        )
    assert count_queries() == few


# --- notifications -----------------------------------------------------------------------


def test_the_page_lists_only_mine(client, learner, other_learner):
    tell(learner, context={"name": "của tôi"})
    tell(other_learner, context={"name": "của người khác"})
    client.force_login(learner)
    page = client.get("/notifications/").content.decode()
    assert "của tôi" in page and "của người khác" not in page


def test_the_page_follows_the_readers_language(client, learner):
    tell(learner)
    client.force_login(learner)
    page = client.get("/notifications/?lang=en").content.decode()
    assert "Notifications: Hà &amp; co" in page


def test_opening_marks_read_and_goes_to_the_thing(client, learner):
    notification = tell(learner, url="/onboarding/steps/7/")
    client.force_login(learner)
    response = client.get(f"/notifications/{notification.pk}/")
    assert response.status_code == 302 and response["Location"] == "/onboarding/steps/7/"
    notification.refresh_from_db()
    assert not notification.is_unread


def test_anothers_notification_is_404(client, learner, other_learner):
    theirs = tell(other_learner)
    client.force_login(learner)
    assert client.get(f"/notifications/{theirs.pk}/").status_code == 404
    assert client.post(f"/notifications/{theirs.pk}/read/").status_code == 404
    theirs.refresh_from_db()
    assert theirs.is_unread


def test_mark_one_and_all_read(client, learner, other_learner):
    one, two = tell(learner), tell(learner)
    theirs = tell(other_learner)
    client.force_login(learner)
    assert client.post(f"/notifications/{one.pk}/read/").status_code == 302
    one.refresh_from_db()
    two.refresh_from_db()
    assert not one.is_unread and two.is_unread
    client.post("/notifications/read-all/")
    two.refresh_from_db()
    theirs.refresh_from_db()
    assert not two.is_unread and theirs.is_unread


def test_the_page_costs_the_same_queries_with_many(client, learner, django_assert_max_num_queries):
    for i in range(40):
        tell(learner, context={"name": str(i)})
    client.force_login(learner)
    with django_assert_max_num_queries(9):  # the same with 1 or 1,000
        page = client.get("/notifications/?page=2")
    assert page.status_code == 200
    assert "Trang 2 / 2" in page.content.decode()


def test_settings_page_saves_the_choices(client, learner):
    client.force_login(learner)
    page = client.get("/notifications/settings/").content.decode()
    assert "Certificates issued" in page or "Chứng chỉ được cấp" in page
    assert "step_submitted" not in page  # a staff kind: not for learners
    response = client.post(
        "/notifications/settings/",
        {"step_approved": "daily", "certificate_issued": "none", "event_reminder": "immediate"},
    )
    assert response.status_code == 200  # the other kinds are required: shown again
    choices = {
        "step_changes_requested": "immediate",
        "step_approved": "daily",
        "steps_overdue": "daily",
        "business_decision": "immediate",
        "certificate_issued": "none",
        "course_assigned": "immediate",
        "course_due": "immediate",
        "event_reminder": "none",
        "step_message": "daily",
    }
    response = client.post("/notifications/settings/", choices)
    assert response.status_code == 302
    saved = dict(NotificationPreference.objects.filter(user=learner).values_list("kind", "email"))
    assert saved == choices
    assert services.notification_email_choice(user=learner, kind="event_reminder") == "none"


def test_staff_see_their_kinds(client, staff_hcm):
    client.force_login(staff_hcm)
    assert 'name="step_submitted"' in client.get("/notifications/settings/").content.decode()


# --- the profile and the language ---------------------------------------------------------


def test_profile_requires_login_and_saves(client, learner, hanoi):
    assert client.get("/accounts/profile/").status_code == 302
    client.force_login(learner)
    response = client.post(
        "/accounts/profile/",
        {"full_name": "<b>Nguyễn Thị Thu Hà</b>", "province": hanoi.pk, "learner_type": "business"},
    )
    assert response.status_code == 302
    learner.profile.refresh_from_db()
    assert learner.profile.full_name == "Nguyễn Thị Thu Hà"
    assert learner.profile.province == hanoi


def test_a_signed_in_persons_language_choice_is_remembered_for_emails(client, learner, home_page):
    client.force_login(learner)
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    learner.profile.refresh_from_db()
    assert learner.profile.language == "en"
    # A link with ?lang= switches the page (and the cookie), but a GET writes nothing.
    response = client.get("/?lang=vi")
    assert '<html lang="vi">' in response.content.decode()
    assert response.cookies["portal_language"].value == "vi"
    learner.profile.refresh_from_db()
    assert learner.profile.language == "en"
