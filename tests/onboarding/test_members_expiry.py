"""Owners remove members (never the last owner); invitations expire after
INVITATION_VALID_DAYS days and can be sent again or withdrawn."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from onboarding import services
from onboarding.journeys import MembershipError
from onboarding.models import INVITATION_VALID_DAYS, Invitation, Membership

pytestmark = pytest.mark.django_db


def add_member(business, user, role=Membership.Role.MEMBER):
    return Membership.objects.create(business=business, user=user, role=role)


def age(invitation, days):
    Invitation.objects.filter(pk=invitation.pk).update(
        created_at=timezone.now() - timedelta(days=days)
    )
    invitation.refresh_from_db()
    return invitation


def test_valid_days_constant():
    assert INVITATION_VALID_DAYS == 14


def test_owner_removes_a_member(client, learner, other_learner, business_hcm):
    member = add_member(business_hcm, other_learner)
    client.force_login(learner)
    url = reverse("onboarding:business", args=[business_hcm.pk])
    remove = reverse("onboarding:member_remove", args=[business_hcm.pk, member.pk])
    body = client.get(url + "?lang=en").content.decode()
    assert f'action="{remove}"' in body
    response = client.post(remove + "?lang=en", follow=True)
    assert "is no longer a member of" in response.content.decode()
    assert not business_hcm.is_member(other_learner)


def test_member_removed_message_in_vietnamese(client, learner, other_learner, business_hcm):
    member = add_member(business_hcm, other_learner)
    client.force_login(learner)
    url = reverse("onboarding:member_remove", args=[business_hcm.pk, member.pk])
    response = client.post(url + "?lang=vi", follow=True)
    assert "không còn là thành viên" in response.content.decode()


def test_last_owner_cannot_be_removed(client, learner, business_hcm):
    owner = business_hcm.memberships.get(user=learner)
    client.force_login(learner)
    url = reverse("onboarding:member_remove", args=[business_hcm.pk, owner.pk])
    response = client.post(url + "?lang=en", follow=True)
    assert "The last owner of a business cannot be removed." in response.content.decode()
    assert business_hcm.is_member(learner)
    vi = client.post(url + "?lang=vi", follow=True)
    assert "Không thể xoá chủ sở hữu cuối cùng" in vi.content.decode()
    with pytest.raises(MembershipError):
        services.member_remove(business=business_hcm, membership_id=owner.pk)


def test_an_owner_can_leave_when_another_owner_remains(
    client, learner, other_learner, business_hcm
):
    add_member(business_hcm, other_learner, Membership.Role.OWNER)
    mine = business_hcm.memberships.get(user=learner)
    client.force_login(learner)
    url = reverse("onboarding:member_remove", args=[business_hcm.pk, mine.pk])
    response = client.post(url)
    assert response.status_code == 302 and response.url == reverse("onboarding:home")
    assert not business_hcm.is_member(learner) and business_hcm.is_member(other_learner)


def test_only_owners_of_that_business_remove_members(
    client, learner, other_learner, make_user, business_hcm, business_hanoi
):
    member_user = make_user("member@example.com")
    member = add_member(business_hcm, member_user)
    url = reverse("onboarding:member_remove", args=[business_hcm.pk, member.pk])
    # A plain member, an owner of another business: 404, nothing changes.
    client.force_login(member_user)
    assert client.post(url).status_code == 404
    client.force_login(other_learner)
    assert client.post(url).status_code == 404
    # An owner cannot reach another business's memberships through their own.
    client.force_login(learner)
    theirs = business_hanoi.memberships.get()
    for value in (theirs.pk, "nonsense"):
        url = f"/onboarding/businesses/{business_hcm.pk}/members/{value}/remove/"
        assert client.post(url).status_code == 404
    # Removing is a POST: a link followed, a page reloaded removes nobody.
    url = reverse("onboarding:member_remove", args=[business_hcm.pk, member.pk])
    assert client.get(url).status_code == 405
    assert business_hcm.is_member(member_user) and business_hanoi.is_member(other_learner)


def test_remove_needs_csrf(learner, other_learner, business_hcm):
    from django.test import Client

    member = add_member(business_hcm, other_learner)
    client = Client(enforce_csrf_checks=True)
    client.force_login(learner)
    url = reverse("onboarding:member_remove", args=[business_hcm.pk, member.pk])
    assert client.post(url).status_code == 403
    assert business_hcm.is_member(other_learner)


def test_expired_invitation_cannot_be_opened_or_accepted(
    client, learner, other_learner, business_hcm
):
    invitation = age(
        services.member_invite(business=business_hcm, email=other_learner.email, by=learner),
        INVITATION_VALID_DAYS + 1,
    )
    assert invitation.is_expired
    link = reverse("onboarding:invitation", args=[invitation.token])
    # Not signed in: told it expired, no sign-in buttons.
    body = client.get(link + "?lang=en").content.decode()
    assert "This invitation has expired" in body and "14 days" in body
    client.force_login(other_learner)
    response = client.get(link + "?lang=en")
    assert response.status_code == 410
    assert "This invitation has expired" in response.content.decode()
    assert "Accept the invitation" not in response.content.decode()
    response = client.post(link + "?lang=vi")
    assert response.status_code == 410 and "đã hết hạn" in response.content.decode()
    assert not business_hcm.is_member(other_learner)
    invitation.refresh_from_db()
    assert invitation.accepted_at is None
    with pytest.raises(MembershipError):
        services.invitation_accept(invitation=invitation, user=other_learner)
    # Not listed on the invitee's home page any more.
    assert not services_pending(other_learner)


def services_pending(user):
    from onboarding import selectors

    return selectors.invitations_pending_for(user=user)


def test_invitation_still_valid_just_before_expiry(client, learner, other_learner, business_hcm):
    invitation = age(
        services.member_invite(business=business_hcm, email=other_learner.email, by=learner),
        INVITATION_VALID_DAYS - 1,
    )
    assert not invitation.is_expired
    assert list(services_pending(other_learner)) == [invitation]
    client.force_login(other_learner)
    link = reverse("onboarding:invitation", args=[invitation.token])
    assert client.post(link).status_code == 302
    assert business_hcm.is_member(other_learner)


def test_owner_sees_expired_invitations_and_sends_them_again(
    client, learner, other_learner, business_hcm, business_hanoi, django_capture_on_commit_callbacks
):
    invitation = age(
        services.member_invite(business=business_hcm, email=other_learner.email, by=learner),
        INVITATION_VALID_DAYS + 3,
    )
    client.force_login(learner)
    url = reverse("onboarding:business", args=[business_hcm.pk])
    resend = reverse("onboarding:invitation_resend", args=[business_hcm.pk, invitation.pk])
    body = client.get(url + "?lang=en").content.decode()
    assert "Expired" in body and f'action="{resend}"' in body
    assert "Hết hạn" in client.get(url + "?lang=vi").content.decode()
    # Another business's invitation: nothing is sent, nothing said.
    other = services.member_invite(business=business_hanoi, email="x@example.com", by=other_learner)
    with django_capture_on_commit_callbacks() as callbacks:
        foreign = reverse("onboarding:invitation_resend", args=[business_hcm.pk, other.pk])
        assert client.post(foreign).status_code == 302
    assert callbacks == []
    with django_capture_on_commit_callbacks() as callbacks:
        response = client.post(resend + "?lang=en", follow=True)
    assert len(callbacks) == 1
    assert f"Invitation sent to {other_learner.email}." in response.content.decode()
    invitation.refresh_from_db()
    assert not invitation.is_expired
    # A non-owner cannot re-send.
    client.force_login(other_learner)
    assert client.post(resend).status_code == 404
    # The re-sent link works again.
    link = reverse("onboarding:invitation", args=[invitation.token])
    assert client.post(link).status_code == 302
    assert business_hcm.is_member(other_learner)
