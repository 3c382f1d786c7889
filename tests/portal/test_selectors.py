"""The portal's reads (portal/selectors.py): verified addresses, notifications and their
e-mail preferences, officials for staff, each only for whom they belong to."""

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth.models import AnonymousUser

from portal import notifications, selectors
from portal.models import Notification, NotificationPreference, Profile

pytestmark = pytest.mark.django_db


def test_only_verified_addresses_count(learner):
    EmailAddress.objects.create(user=learner, email="Second@Example.com", verified=False)
    assert selectors.verified_emails(user=learner) == {learner.email.lower()}
    EmailAddress.objects.filter(email="Second@Example.com").update(verified=True)
    assert "second@example.com" in selectors.verified_emails(user=learner)
    assert selectors.verified_emails(user=AnonymousUser()) == set()


def test_preferences_list_the_kinds_a_person_can_receive_with_their_choice(learner, staff_hcm):
    NotificationPreference.objects.create(
        user=learner, kind="step_approved", email=Notification.Email.NONE
    )
    mine = {p.kind.key: p.email for p in selectors.notification_preferences_for_user(user=learner)}
    assert mine["step_approved"] == Notification.Email.NONE
    assert mine["certificate_issued"] == notifications.BY_KEY["certificate_issued"].default_email
    assert "step_submitted" not in mine  # a staff kind
    staff = [p.kind.key for p in selectors.notification_preferences_for_user(user=staff_hcm)]
    assert "step_submitted" in staff
    assert staff == [k.key for k in notifications.KINDS]  # in the kinds' order


def test_officials_for_staff_are_those_of_their_province(make_user, hcm, staff_hcm, staff_hanoi):
    make_user(
        "can.bo@example.com",
        province=hcm,
        learner_type=Profile.LearnerType.OFFICIAL,
        official_status=Profile.OfficialStatus.PENDING,
    )
    assert [p.user.email for p in selectors.official_profiles_for_staff(user=staff_hcm)] == [
        "can.bo@example.com"
    ]
    assert not selectors.official_profiles_for_staff(user=staff_hanoi).exists()
