"""Onboarding tells people through portal.services.notify: staff of the province when a
step waits for review, members when it is reviewed (tests/onboarding/test_services.py)."""

from django.contrib.auth.models import Group

from onboarding import services, tasks
from onboarding.models import JourneyStep, Membership
from portal import roles
from portal.models import Notification
from tests.onboarding.conftest import submit_png


def _submitted(journey, learner):
    steps = {s.key: s for s in journey.steps.all()}
    services.step_submit(step=steps["account"], by=learner)
    shot = JourneyStep.objects.get(pk=steps["screenshot"].pk)
    submit_png(shot, learner)
    return JourneyStep.objects.get(pk=shot.pk)


def test_a_submission_tells_the_provinces_staff_once(
    business_hcm,
    template,
    learner,
    staff_hcm,
    staff_hanoi,
    make_user,
    hcm,
    django_capture_on_commit_callbacks,
):
    # A staff member of the province who is a member of the business is not told.
    colleague = make_user("colleague@example.com", province=hcm, role_names=[roles.STAFF])
    Membership.objects.create(business=business_hcm, user=colleague)
    journey = services.journey_start(business=business_hcm, template=template, by=learner)
    with django_capture_on_commit_callbacks(execute=True):
        shot = _submitted(journey, learner)
    told = Notification.objects.get(kind="step_submitted")
    assert told.user == staff_hcm
    assert told.title == f"Chờ duyệt: Ảnh chụp trang chủ ({business_hcm.name})"
    assert told.title_en == f"Submitted for review: Homepage screenshot ({business_hcm.name})"
    assert told.url == f"/onboarding/staff/steps/{shot.pk}/"
    assert tasks.notify_step_submitted(shot.pk) == 0  # redelivered: nobody twice


def test_without_staff_in_the_province_national_admins_are_told(
    business_hcm, template, learner, national_admin, django_capture_on_commit_callbacks
):
    journey = services.journey_start(business=business_hcm, template=template, by=learner)
    with django_capture_on_commit_callbacks(execute=True):
        _submitted(journey, learner)
    assert list(Notification.objects.values_list("user", "kind")) == [
        (national_admin.pk, "step_submitted")
    ]
    assert Group.objects.filter(name=roles.NATIONAL_ADMINS).exists()


def test_a_registration_decision_tells_the_owner_and_emails_as_chosen(
    learner, hcm, staff_hcm, mailoutbox
):
    from portal import services as portal_services
    from tests.onboarding.conftest import make_business

    pending = make_business(learner, hcm, name="HTX Mới", tax_code="0100109106-005", approved=False)
    portal_services.notification_preferences_update(
        user=learner, choices={"business_decision": "none"}
    )
    services.business_reject(business=pending, by=staff_hcm, reason="Sai mã số thuế")
    event = pending.registration_events.last()
    assert tasks.send_registration_decision_email(event.pk) == 0  # no e-mail: as chosen
    told = learner.notifications.get(kind="business_decision")
    assert told.title == "Đăng ký bị từ chối: HTX Mới"
    assert told.title_en == "Registration rejected: HTX Mới"
    assert "Sai mã số thuế" in told.body and told.url == f"/onboarding/businesses/{pending.pk}/"
    tasks.send_registration_decision_email(event.pk)  # redelivered: told once
    assert learner.notifications.count() == 1 and mailoutbox == []
