"""portal/forms.py: the profile's fields (sign-up and the profile page) and the choice of
how each kind of notification is e-mailed."""

import pytest

from portal import notifications
from portal.forms import NotificationPreferencesForm, ProfileForm, SignupProfileForm
from portal.models import NotificationPreference
from portal.selectors import EmailPreference
from tests.portal.test_text import BAD_NAMES

pytestmark = pytest.mark.django_db


def test_a_bad_choice_is_refused_with_a_message(client, learner):
    client.force_login(learner)
    response = client.post("/notifications/settings/", {"step_approved": "hourly"})
    assert response.status_code == 200
    assert not NotificationPreference.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize("value,kind", BAD_NAMES[:1] + BAD_NAMES[7:8] + BAD_NAMES[10:11])
def test_profile_form_refuses_bad_names_with_a_message(learner, hcm, value, kind):
    form = ProfileForm(data={"full_name": value, "province": hcm.pk, "learner_type": "business"})
    assert not form.is_valid()
    assert form.errors["full_name"]
    assert form.errors.as_data()["full_name"][0].code == f"name_{kind}"


def test_profile_rejects_a_province_that_no_longer_exists(client, learner):
    from portal.models import Province

    former = Province.objects.filter(is_current=False).first()
    client.force_login(learner)
    response = client.post(
        "/accounts/profile/",
        {"full_name": "A", "province": former.pk, "learner_type": "business"},
    )
    assert response.status_code == 200
    assert "province" in response.context["form"].errors


def test_notification_choices_offer_each_kind_with_its_current_choice():
    approved, overdue = notifications.get("step_approved"), notifications.get("steps_overdue")
    preferences = [
        EmailPreference(approved, notifications.DAILY),
        EmailPreference(overdue, notifications.NONE),
    ]
    form = NotificationPreferencesForm(preferences=preferences)
    assert list(form.fields) == ["step_approved", "steps_overdue"]
    assert form.fields["step_approved"].initial == notifications.DAILY
    assert form.fields["steps_overdue"].initial == notifications.NONE
    assert form.fields["step_approved"].label == approved.label

    data = {"step_approved": notifications.IMMEDIATE, "steps_overdue": notifications.DAILY}
    form = NotificationPreferencesForm(data, preferences=preferences)
    assert form.is_valid()
    assert form.cleaned_data == data
    form = NotificationPreferencesForm({"step_approved": "hourly"}, preferences=preferences)
    assert set(form.errors) == {"step_approved", "steps_overdue"}


def test_signing_up_fills_the_profile(rf, make_user, hanoi):
    user = make_user("moi@example.com")
    data = {
        "full_name": "  Lê   Văn Minh ",
        "province": hanoi.pk,
        "learner_type": "other",
        "organisation": "Hợp tác xã Mới",
    }
    form = SignupProfileForm(data)
    assert form.is_valid(), form.errors
    form.signup(rf.post("/accounts/signup/"), user)
    user.profile.refresh_from_db()
    assert user.profile.full_name == "Lê Văn Minh"
    assert user.profile.province == hanoi
    assert user.profile.organisation == "Hợp tác xã Mới"
