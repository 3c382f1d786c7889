"""portal/models.py: the user, provinces, profiles, province collections and
notifications."""

import pytest
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import translation

from portal.models import Notification, Profile, Province, User


def test_people_are_named_by_their_full_name(learner):
    assert learner.get_full_name() == "Nguyễn Thị Thu Hà"
    assert learner.get_short_name() == "Nguyễn Thị Thu Hà"


def test_wagtail_s_moderation_e_mails_greet_by_name(learner):
    with translation.override("vi"):
        text = render_to_string("wagtailadmin/notifications/base.txt", {"user": learner})
    assert "Xin chào Nguyễn Thị Thu Hà," in text
    assert learner.username not in text


def test_someone_without_a_name_is_named_by_their_email(make_user):
    user = make_user("khong.ten@example.com", full_name="")
    assert user.display_name == "khong.ten@example.com"
    user.profile.delete()
    user = User.objects.get(pk=user.pk)
    assert user.get_full_name() == "khong.ten@example.com"


def test_a_former_province_says_so_and_leads_to_its_current_unit(reference_data):
    binh_duong = Province.objects.get(name="Bình Dương", is_current=False)
    hcm = Province.objects.get(name="Thành phố Hồ Chí Minh", is_current=True)
    with translation.override("en"):
        assert str(binh_duong) == "Bình Dương (former)"
    assert str(hcm) == "Thành phố Hồ Chí Minh"
    assert binh_duong.current_unit == hcm and hcm.current_unit == hcm
    assert binh_duong not in Province.objects.current()


def test_a_profile_is_complete_with_a_name_and_a_province(learner):
    profile = learner.profile
    assert profile.is_complete
    province = profile.province
    profile.province = None
    assert not profile.is_complete
    profile.province, profile.full_name = province, ""
    assert not profile.is_complete


def test_only_an_approved_official_is_one(make_user, hcm):
    statuses = Profile.OfficialStatus
    official = make_user(
        "cb@example.com",
        learner_type=Profile.LearnerType.OFFICIAL,
        official_status=statuses.PENDING,
    ).profile
    assert not official.is_approved_official
    official.official_status = statuses.APPROVED
    assert official.is_approved_official
    official.learner_type = Profile.LearnerType.BUSINESS  # approved once, now a business
    assert not official.is_approved_official


def test_a_key_notifies_once_and_notifications_without_a_key_are_many(learner):
    Notification.objects.create(user=learner, kind="step_approved", title="A")
    Notification.objects.create(user=learner, kind="step_approved", title="B")
    Notification.objects.create(user=learner, kind="step_approved", title="C", key="k:1")
    with pytest.raises(IntegrityError), transaction.atomic():
        Notification.objects.create(user=learner, kind="step_approved", title="D", key="k:1")
    assert Notification.objects.filter(user=learner).count() == 3
