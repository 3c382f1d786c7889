import pytest
from django.http import Http404

from portal import roles
from portal.models import Profile


def test_staff_see_their_province_only(staff_hcm, learner, make_user, hanoi):
    in_hanoi = make_user("hn@example.com", province=hanoi)
    profiles = Profile.objects.all()
    scoped = roles.scope_queryset(profiles, staff_hcm, role=roles.STAFF)
    assert learner.profile in scoped
    assert in_hanoi.profile not in scoped


def test_out_of_scope_object_is_404(staff_hanoi, learner):
    with pytest.raises(Http404):
        roles.get_scoped_or_404(Profile.objects.all(), staff_hanoi, pk=learner.profile.pk)


def test_in_scope_object_is_returned(staff_hcm, learner):
    found = roles.get_scoped_or_404(Profile.objects.all(), staff_hcm, pk=learner.profile.pk)
    assert found == learner.profile


def test_national_admin_sees_every_province(national_admin, learner, make_user, hanoi):
    in_hanoi = make_user("hn@example.com", province=hanoi)
    scoped = roles.scope_queryset(Profile.objects.all(), national_admin)
    assert {learner.profile, in_hanoi.profile} <= set(scoped)
    assert roles.provinces_for(national_admin, roles.STAFF).count() == 34


def test_a_learner_without_a_role_sees_nothing(learner):
    assert not roles.scope_queryset(Profile.objects.all(), learner).exists()


def test_trainer_role_does_not_grant_staff_scope(trainer_hcm, learner):
    assert not roles.scope_queryset(Profile.objects.all(), trainer_hcm, role=roles.STAFF).exists()
    assert roles.scope_queryset(Profile.objects.all(), trainer_hcm, role=roles.TRAINERS).exists()
