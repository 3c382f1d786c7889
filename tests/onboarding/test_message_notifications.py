"""A message on a step's conversation tells the other side (tests/onboarding/
test_step_conversation.py has the conversation itself)."""

from onboarding import services, tasks
from onboarding.models import Membership
from portal import roles
from portal.models import Notification
from tests.onboarding.conftest import submit_png


def _shot(business, template, learner):
    journey = services.journey_start(business=business, template=template, by=learner)
    services.step_submit(step=journey.steps.get(key="account"), by=learner)
    shot = journey.steps.get(key="screenshot")
    submit_png(shot, learner)
    return journey.steps.get(key="screenshot")


def test_the_business_writes_and_its_provinces_staff_are_told_once(
    business_hcm,
    template,
    learner,
    staff_hcm,
    staff_hanoi,
    make_user,
    hcm,
    django_capture_on_commit_callbacks,
):
    colleague = make_user("colleague@example.com", province=hcm, role_names=[roles.STAFF])
    Membership.objects.create(business=business_hcm, user=colleague)
    shot = _shot(business_hcm, template, learner)
    Notification.objects.all().delete()
    with django_capture_on_commit_callbacks(execute=True):
        message = services.step_message_post(step=shot, by=learner, body="Ảnh đã đủ chưa?")
    told = Notification.objects.get(kind="step_message")
    assert told.user == staff_hcm  # not Hà Nội's staff, not a member who is staff
    assert told.url == f"/onboarding/staff/steps/{shot.pk}/"
    assert told.title_en == f"New message on “Homepage screenshot” ({business_hcm.name})"
    assert "Ảnh đã đủ chưa?" in told.body
    assert tasks.notify_step_message(message.pk) == 0  # redelivered: nobody twice


def test_staff_write_and_every_member_but_the_author_is_told(
    business_hcm,
    template,
    learner,
    other_learner,
    staff_hcm,
    national_admin,
    django_capture_on_commit_callbacks,
):
    Membership.objects.create(business=business_hcm, user=other_learner)
    shot = _shot(business_hcm, template, learner)
    Notification.objects.all().delete()
    with django_capture_on_commit_callbacks(execute=True):
        services.step_message_post(step=shot, by=national_admin, body="Cần thêm chân trang.")
    told = Notification.objects.filter(kind="step_message")
    assert {n.user for n in told} == {learner, other_learner}
    assert {n.url for n in told} == {f"/onboarding/steps/{shot.pk}/"}
    # The business answers: province staff, and the national admin who wrote, are told.
    Notification.objects.all().delete()
    with django_capture_on_commit_callbacks(execute=True):
        services.step_message_post(step=shot, by=other_learner, body="Đã thêm.")
    assert set(Notification.objects.values_list("user", flat=True)) == {
        staff_hcm.pk,
        national_admin.pk,
    }
