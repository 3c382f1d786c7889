"""Course lessons' step links (/onboarding/?step=<template>:<step>) and the invitation
path of a newcomer who must sign up first."""

import re
from urllib.parse import quote

import pytest
from django.urls import reverse

from onboarding import services
from onboarding.models import Invitation

pytestmark = pytest.mark.django_db


@pytest.fixture
def journey(business_hcm, template, learner):
    return services.journey_start(business=business_hcm, template=template, by=learner)


def home(client, value, **extra):
    return client.get(reverse("onboarding:home"), {"step": value, **extra})


def test_step_link_opens_the_learners_matching_step(client, learner, journey):
    client.force_login(learner)
    target = journey.steps.get(key="screenshot")
    response = home(client, "notify-website:screenshot")
    assert response.status_code == 302
    assert response.url == reverse("onboarding:step", args=[target.pk])


def test_step_link_to_a_step_missing_from_the_journey_opens_the_journey(client, learner, journey):
    client.force_login(learner)
    response = home(client, "notify-website:added-later")
    assert response.status_code == 302 and response.url == journey.get_absolute_url()


def test_step_link_without_a_journey_shows_the_template_to_start(
    client, learner, business_hcm, template
):
    client.force_login(learner)
    response = home(client, "notify-website:screenshot", lang="en")
    assert response.status_code == 200
    body = response.content.decode()
    assert "Step “Homepage screenshot” of the journey “Notify a sales website”" in body
    assert reverse("onboarding:journey_start", args=[business_hcm.pk]) in body
    assert 'class="card ob-template-card ob-highlight" id="template-notify-website"' in body
    vi = home(client, "notify-website:screenshot", lang="vi").content.decode()
    assert "Bắt đầu lộ trình này" in vi


def test_step_link_without_a_business_says_register_first(client, other_learner, template):
    client.force_login(other_learner)
    body = home(client, "notify-website:screenshot", lang="en").content.decode()
    assert "Register your business first" in body


def test_step_link_never_reaches_another_business(client, other_learner, journey):
    client.force_login(other_learner)
    response = home(client, "notify-website:screenshot")
    assert response.status_code == 200  # the template to start, not the learner's step
    assert reverse("onboarding:step", args=[journey.steps.get(key="screenshot").pk]) not in (
        response.content.decode()
    )


@pytest.mark.parametrize("value", ["", "nonsense", "no-such:step", ":", "x" * 500, "a:b:c"])
def test_bad_step_links_are_ignored(client, learner, template, value):
    client.force_login(learner)
    response = home(client, value)
    assert response.status_code == 200
    assert "ob-highlight" not in response.content.decode()


def test_step_link_survives_the_login_redirect(client, journey):
    response = home(client, "notify-website:screenshot")
    assert response.status_code == 302
    assert quote("step=notify-website", safe="") in response.url or "step%3D" in response.url


def test_invited_newcomer_signs_up_then_accepts(client, learner, business_hcm, hcm, mailoutbox):
    invitation = services.member_invite(
        business=business_hcm, email="Newcomer@Example.com", by=learner
    )
    url = reverse("onboarding:invitation", args=[invitation.token])
    # Not signed in: the page says what to do, with links that come back here.
    page = client.get(url + "?lang=en")
    assert page.status_code == 200
    body = page.content.decode()
    signup = reverse("account_signup") + "?next=" + quote(url + "?lang=en")
    assert signup in body.replace("&amp;", "&")
    assert "Sign up with that address first" in body
    # Sign up with the invited address (allauth, mandatory verification), then confirm.
    response = client.post(
        signup,
        {
            "email": "newcomer@example.com",
            "password1": "a-Long-pass-2026!",
            "password2": "a-Long-pass-2026!",
            "full_name": "Trần Văn Mới",
            "province": hcm.pk,
            "learner_type": "business",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    confirm = re.search(r"https?://[^\s]+/accounts/confirm-email/[^\s]+", mailoutbox[-1].body)
    assert confirm, mailoutbox[-1].body
    path = "/" + confirm.group(0).split("/", 3)[3]
    response = client.post(path)
    assert response.status_code == 302
    assert response.url.startswith(url)  # back to the invitation, signed in
    # Whatever page allauth lands on, /onboarding/ offers the invitation.
    onboarding = client.get(reverse("onboarding:home") + "?lang=en").content.decode()
    assert "invites you to follow its onboarding journeys" in onboarding
    assert url in onboarding
    response = client.post(url)
    assert response.status_code == 302
    newcomer = invitation.business.memberships.get(role="member").user
    assert newcomer.email == "newcomer@example.com"
    assert Invitation.objects.get(pk=invitation.pk).accepted_at is not None
    after = client.get(reverse("onboarding:home")).content.decode()
    assert url not in after  # accepted: no longer offered


def test_invitation_opened_with_another_account_says_so(client, other_learner, business_hcm):
    invitation = services.member_invite(business=business_hcm, email="friend@example.com", by=None)
    client.force_login(other_learner)
    response = client.get(reverse("onboarding:invitation", args=[invitation.token]) + "?lang=en")
    assert response.status_code == 404
    body = response.content.decode()
    assert "This invitation is for another e-mail address" in body
    assert business_hcm.name not in body and "friend@example.com" not in body
    assert client.post(reverse("onboarding:invitation", args=[invitation.token])).status_code == 404
    assert not business_hcm.is_member(other_learner)


def test_home_flags_an_overdue_next_step(client, learner, business_hcm, template):
    from datetime import date

    services.journey_start(
        business=business_hcm, template=template, by=learner, today=date(2026, 1, 5)
    )
    client.force_login(learner)
    body = client.get(reverse("onboarding:home") + "?lang=en").content.decode()
    assert '<span class="ob-overdue">overdue</span>' in body


def test_a_completed_journey_without_certificate_does_not_promise_one(client, learner, journey):
    from onboarding.models import Journey

    Journey.objects.filter(pk=journey.pk).update(status=Journey.Status.COMPLETED)
    assert journey.certificate_template is None  # the fixture template has none
    client.force_login(learner)
    body = client.get(journey.get_absolute_url() + "?lang=en").content.decode()
    assert "Journey completed." in body
    assert "readiness certificate is issued" not in body


def test_staff_find_their_dashboard_from_onboarding(client, staff_hcm, learner):
    client.force_login(staff_hcm)
    body = client.get(reverse("onboarding:home") + "?lang=en").content.decode()
    assert "You review businesses of your province" in body
    assert reverse("onboarding:staff") in body
    client.force_login(learner)
    body = client.get(reverse("onboarding:home") + "?lang=en").content.decode()
    assert "You review businesses of your province" not in body
