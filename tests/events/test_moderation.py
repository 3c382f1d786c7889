"""Trainers publish events as they publish courses: in their province's section, through
its moderation workflow (the province's reviewers approve); never in another province."""

import pytest
from django.test import Client
from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import nested_form_data

from events.models import EventPage
from portal import roles
from tests.events.builders import at

pytestmark = pytest.mark.django_db


@pytest.fixture
def reviewer_hcm(make_user, hcm):
    return make_user("reviewer.hcm@example.com", province=hcm, role_names=[roles.REVIEWERS])


def client_for(user):
    client = Client()
    client.force_login(user)
    return client


def event_data(action: str, **overrides):
    data = {
        "title": "Kết nối với Shopee",
        "slug": "ket-noi-shopee",
        "title_en": "Meet Shopee",
        "summary": "Mở gian hàng tại chỗ",
        "kind": "connection",
        "format": "in_person",
        "audience": "business",
        "starts_at": at(10, 8).strftime("%Y-%m-%d %H:%M"),
        "ends_at": at(10, 11).strftime("%Y-%m-%d %H:%M"),
        "capacity": "50",
        "venue": "272 Võ Thị Sáu",
        action: "1",
    }
    data.update(overrides)
    data = nested_form_data(data)
    data["platforms"] = ["shopee", "lazada"]  # tick boxes: one value each
    return data


def test_a_trainer_submits_an_event_and_a_reviewer_publishes_it(
    trainer_hcm, reviewer_hcm, section_hcm
):
    response = client_for(trainer_hcm).post(
        f"/admin/pages/add/events/eventpage/{section_hcm.pk}/", event_data("action-submit")
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    event = EventPage.objects.get(slug="ket-noi-shopee")
    assert not event.live  # waiting for moderation
    assert event.platforms == ["shopee", "lazada"]
    assert event.province == section_hcm.province
    state = WorkflowState.objects.get(object_id=str(event.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert "ket-noi-shopee" not in Client().get("/events/").content.decode()

    url = f"/admin/pages/workflow/action/{event.pk}/approve/{state.current_task_state.pk}/"
    assert client_for(reviewer_hcm).post(url, {}).status_code in (200, 302)
    event.refresh_from_db()
    assert event.live
    assert event.url in Client().get("/events/").content.decode()


def test_the_admin_form_says_what_is_wrong(trainer_hcm, section_hcm):
    response = client_for(trainer_hcm).post(
        f"/admin/pages/add/events/eventpage/{section_hcm.pk}/",
        event_data("action-submit", venue="", ends_at=at(10, 7).strftime("%Y-%m-%d %H:%M")),
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "The event must end after it starts." in html or "Sự kiện phải kết thúc" in html
    assert not EventPage.objects.exists()


def test_a_trainer_cannot_add_an_event_in_another_province(trainer_hcm, section_hanoi):
    response = client_for(trainer_hcm).post(
        f"/admin/pages/add/events/eventpage/{section_hanoi.pk}/", event_data("action-publish")
    )
    assert response.status_code in (302, 403)
    assert not EventPage.objects.exists()


def test_a_trainer_cannot_publish_an_event_directly(trainer_hcm, section_hcm):
    client_for(trainer_hcm).post(
        f"/admin/pages/add/events/eventpage/{section_hcm.pk}/", event_data("action-publish")
    )
    assert not EventPage.objects.filter(live=True).exists()
