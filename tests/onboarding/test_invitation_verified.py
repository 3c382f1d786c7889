"""Invitations are granted to an address, so they need proof that the user receives mail
there: a *verified* allauth EmailAddress, whatever way the user signed in (issue #8,
item 2). `user.email` alone proves nothing."""

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.urls import reverse

from onboarding import selectors, services
from onboarding.journeys import MembershipError
from onboarding.models import Invitation

pytestmark = pytest.mark.django_db


@pytest.fixture
def invitation(business_hcm, learner):
    return services.member_invite(business=business_hcm, email="Friend@Example.com", by=learner)


def url(invitation):
    return reverse("onboarding:invitation", args=[invitation.token])


@pytest.fixture
def unverified_friend(make_user):
    friend = make_user("friend@example.com")
    EmailAddress.objects.filter(user=friend).update(verified=False)
    return friend


def _nothing_changed(invitation, user):
    assert not invitation.business.is_member(user)
    assert Invitation.objects.get(pk=invitation.pk).accepted_at is None


def test_unverified_address_sees_how_to_confirm_it_and_nothing_changes(
    client, invitation, unverified_friend
):
    client.force_login(unverified_friend)  # any log-in path: the session is all we have
    page = client.get(url(invitation) + "?lang=en")
    assert page.status_code == 403
    body = page.content.decode()
    assert "Confirm your e-mail address first" in body
    assert "friend@example.com" in body
    assert f'href="{reverse("account_email")}"' in body
    assert "Accept the invitation" not in body
    assert client.post(url(invitation)).status_code == 403
    _nothing_changed(invitation, unverified_friend)
    # Nor is it offered on /onboarding/.
    home = client.get(reverse("onboarding:home")).content.decode()
    assert url(invitation) not in home


def test_unverified_page_in_vietnamese(client, invitation, unverified_friend):
    client.force_login(unverified_friend)
    body = client.get(url(invitation)).content.decode()
    assert "Hãy xác nhận địa chỉ e-mail trước" in body


def test_an_account_without_any_email_record_is_not_trusted(client, invitation, reference_data):
    # Created outside allauth (createsuperuser, the admin, a script): no EmailAddress row.
    user = get_user_model().objects.create_user(
        username="friend", email="friend@example.com", password="x-Long-pass-2026"
    )
    client.force_login(user)
    assert client.get(url(invitation)).status_code == 403
    assert client.post(url(invitation)).status_code == 403
    _nothing_changed(invitation, user)
    assert not selectors.invitations_pending_for(user=user)


def test_service_refuses_an_unverified_address(invitation, unverified_friend):
    with pytest.raises(MembershipError):
        services.invitation_accept(invitation=invitation, user=unverified_friend)
    _nothing_changed(invitation, unverified_friend)


def test_once_confirmed_the_invitation_is_listed_and_accepted(
    client, invitation, unverified_friend
):
    EmailAddress.objects.filter(user=unverified_friend).update(verified=True)
    client.force_login(unverified_friend)
    assert url(invitation) in client.get(reverse("onboarding:home")).content.decode()
    assert client.get(url(invitation)).status_code == 200
    assert client.post(url(invitation)).status_code == 302
    assert invitation.business.is_member(unverified_friend)


def test_a_verified_second_address_accepts(client, invitation, make_user):
    # The primary address is another one; the invited address was added and confirmed.
    user = make_user("main@example.com")
    EmailAddress.objects.create(user=user, email="friend@example.com", verified=True)
    client.force_login(user)
    assert [i.pk for i in selectors.invitations_pending_for(user=user)] == [invitation.pk]
    assert client.post(url(invitation)).status_code == 302
    assert invitation.business.is_member(user)


def test_an_unverified_second_address_does_not(client, invitation, make_user):
    user = make_user("main@example.com")
    EmailAddress.objects.create(user=user, email="friend@example.com", verified=False)
    client.force_login(user)
    assert not selectors.invitations_pending_for(user=user)
    assert client.post(url(invitation)).status_code == 403
    _nothing_changed(invitation, user)
