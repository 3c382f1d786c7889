import pytest

from portal.models import Profile


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
