"""What a business member sees on the onboarding pages: change requests where they look,
the way from step to step, steps waiting for the registration (what happens next, whom
to ask), journey cards that open the journey, the business page that owners edit, and
destructive actions that ask first and show only where they can succeed."""

import pytest
from django.urls import reverse

from onboarding import services
from onboarding.journeys import RegistrationError
from onboarding.models import Business, Membership, RegistrationEvent
from tests.onboarding.conftest import make_business


def test_a_change_request_shows_on_the_overview_the_journey_and_the_step(
    client, learner, changes_requested
):
    client.force_login(learner)
    step_url = reverse("onboarding:step", args=[changes_requested.pk])
    for url in (
        reverse("onboarding:home"),
        reverse("onboarding:journey", args=[changes_requested.journey_id]),
        step_url,
    ):
        body = client.get(url).content.decode()
        assert "Chụp cả chân trang." in body, url
    overview = client.get(reverse("onboarding:home")).content.decode()
    assert f'href="{step_url}"' in overview


def test_each_step_links_to_the_next_and_the_last_back_to_the_journey(client, learner, journey):
    client.force_login(learner)
    steps = list(journey.steps.order_by("position"))
    first = client.get(reverse("onboarding:step", args=[steps[0].pk])).content.decode()
    assert f'href="{reverse("onboarding:step", args=[steps[1].pk])}" rel="next"' in first
    last = client.get(reverse("onboarding:step", args=[steps[-1].pk])).content.decode()
    assert f'href="{reverse("onboarding:step", args=[steps[-2].pk])}" rel="prev"' in last
    assert reverse("onboarding:journey", args=[journey.pk]) in last


def test_steps_waiting_for_the_registration_say_what_happens_next_and_whom_to_ask(
    client, learner, hcm, template, staff_hcm, staff_hanoi
):
    business = make_business(learner, hcm, name="Cơ sở Chờ", tax_code="0100109106", approved=False)
    journey = services.journey_start(business=business, template=template, by=learner)
    client.force_login(learner)
    for url in (
        reverse("onboarding:journey", args=[journey.pk]),
        reverse("onboarding:step", args=[journey.steps.get(key="screenshot").pk]),
    ):
        body = client.get(url + "?lang=en").content.decode()
        assert "Waiting for your registration to be approved" in body
        assert f"mailto:{staff_hcm.email}" in body  # staff of its province to contact
        assert staff_hanoi.email not in body
    # A step without staff review does not wait.
    body = client.get(
        reverse("onboarding:step", args=[journey.steps.get(key="account").pk]) + "?lang=en"
    ).content.decode()
    assert "Waiting for your registration" not in body


def test_an_approved_business_shows_no_wait(client, learner, journey):
    client.force_login(learner)
    body = client.get(reverse("onboarding:journey", args=[journey.pk]) + "?lang=en")
    assert "Waiting for your registration" not in body.content.decode()


def test_journey_cards_open_the_journey(client, learner, journey):
    client.force_login(learner)
    url = reverse("onboarding:journey", args=[journey.pk])
    for page in (
        reverse("onboarding:home"),
        reverse("onboarding:business", args=[journey.business_id]),
    ):
        body = client.get(page).content.decode()
        assert f'class="ob-card-link" href="{url}"' in body, page


def business_data(business, **changes):
    data = {
        "name": business.name,
        "tax_code": business.tax_code,
        "province": business.province_id,
        "former_province": business.former_province_id or "",
        "address": business.address,
        "sector": business.sector,
        "size": business.size,
        "contact_name": business.contact_name,
        "contact_email": business.contact_email,
        "contact_phone": business.contact_phone,
        "website": business.website,
    }
    return data | changes


def test_an_owner_edits_an_approved_business_but_not_its_tax_code(
    client, learner, business_hcm, hanoi
):
    client.force_login(learner)
    url = reverse("onboarding:business_edit", args=[business_hcm.pk])
    assert client.get(url).status_code == 200
    response = client.post(
        url,
        business_data(business_hcm, address="12 Lê Lợi", tax_code="0312345675", province=hanoi.pk),
    )
    assert response.status_code == 302
    business_hcm.refresh_from_db()
    assert business_hcm.address == "12 Lê Lợi"
    assert business_hcm.tax_code == "0100109106"  # the approved code stays
    assert business_hcm.status == Business.Status.APPROVED
    event = RegistrationEvent.objects.filter(business=business_hcm).latest("pk")
    assert event.changes == {"address": ["", "12 Lê Lợi"]}
    assert event.from_status == event.to_status == Business.Status.APPROVED
    with pytest.raises(RegistrationError):
        services.business_update(business=business_hcm, by=learner, tax_code="0312345675")


def test_saving_unchanged_details_records_nothing(learner, business_hcm):
    before = RegistrationEvent.objects.count()
    services.business_update(business=business_hcm, by=learner, address=business_hcm.address)
    assert RegistrationEvent.objects.count() == before


def test_a_member_who_is_not_an_owner_cannot_edit(client, other_learner, business_hcm):
    Membership.objects.create(business=business_hcm, user=other_learner)
    client.force_login(other_learner)
    url = reverse("onboarding:business_edit", args=[business_hcm.pk])
    assert client.get(url).status_code == 404
    detail = client.get(reverse("onboarding:business", args=[business_hcm.pk])).content.decode()
    assert url not in detail


def test_the_only_owner_is_not_offered_removal_and_removing_others_asks_first(
    client, learner, other_learner, business_hcm
):
    client.force_login(learner)
    url = reverse("onboarding:business", args=[business_hcm.pk])
    body = client.get(url).content.decode()
    assert "/remove/" not in body
    member = Membership.objects.create(business=business_hcm, user=other_learner)
    remove = reverse("onboarding:member_remove", args=[business_hcm.pk, member.pk])
    body = client.get(url).content.decode()
    assert body.count("/remove/") == 1
    assert f'action="{remove}"' in body
    # The button that removes sits behind the question.
    question = body.index('<details class="ob-confirm">')
    assert question < body.index(f'action="{remove}"')
    assert client.post(remove).status_code == 302
    assert not Membership.objects.filter(pk=member.pk).exists()


def test_an_owner_may_leave_when_another_owner_stays(client, learner, other_learner, business_hcm):
    Membership.objects.create(business=business_hcm, user=other_learner, role=Membership.Role.OWNER)
    client.force_login(learner)
    body = client.get(reverse("onboarding:business", args=[business_hcm.pk]) + "?lang=en")
    assert "Leave the business" in body.content.decode()


def test_onboarding_pages_have_pinned_query_counts(
    client, learner, changes_requested, django_assert_max_num_queries
):
    journey = changes_requested.journey
    services.step_message_post(step=changes_requested, by=learner, body="Đã hiểu")
    client.force_login(learner)
    for url in (
        reverse("onboarding:home"),
        reverse("onboarding:business", args=[journey.business_id]),
        reverse("onboarding:business_edit", args=[journey.business_id]),
        reverse("onboarding:journey", args=[journey.pk]),
        reverse("onboarding:step", args=[changes_requested.pk]),
    ):
        client.get(url)  # warm per-process caches
        with django_assert_max_num_queries(16):
            assert client.get(url).status_code == 200
