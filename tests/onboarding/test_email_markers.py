"""Onboarding e-mails go out once per occasion: with acks late, a task that sent and died
before its acknowledgement is delivered again, and must not send twice (issue #8, 16)."""

import smtplib
from datetime import date

import pytest

from onboarding import services, tasks
from onboarding.models import Invitation, JourneyStep
from tests.onboarding.conftest import make_business, submit_png

pytestmark = pytest.mark.django_db


@pytest.fixture
def submitted_step(business_hcm, template, learner):
    journey = services.journey_start(
        business=business_hcm, template=template, by=learner, today=date(2026, 11, 20)
    )
    services.step_submit(step=journey.steps.get(key="account"), by=learner, expected_version=1)
    shot = journey.steps.get(key="screenshot")
    services.step_start(step=shot, by=learner, expected_version=shot.version)
    shot.refresh_from_db()
    submit_png(shot, learner, expected_version=shot.version)
    shot.refresh_from_db()
    return shot


def test_a_redelivered_review_notification_is_not_sent_again(
    submitted_step, staff_hcm, mailoutbox, django_capture_on_commit_callbacks
):
    step = services.step_request_changes(
        step=submitted_step, by=staff_hcm, comment="Thiếu ảnh", expected_version=None
    )
    with django_capture_on_commit_callbacks(execute=True):
        assert tasks.notify_step_reviewed(step.pk) == 1
        assert tasks.notify_step_reviewed(step.pk) == 0  # delivered again
    assert len(mailoutbox) == 1
    # The next review is another occasion: it is told (and e-mailed).
    step.refresh_from_db()
    submit_png(step, step.journey.business.memberships.get().user, name="b.png")
    step.refresh_from_db()
    services.step_approve(step=step, by=staff_hcm)
    with django_capture_on_commit_callbacks(execute=True):
        assert tasks.notify_step_reviewed(step.pk) == 1
        assert tasks.notify_step_reviewed(step.pk) == 0
    assert len(mailoutbox) == 2
    assert mailoutbox[1].subject == "Bước đã được duyệt: Ảnh chụp trang chủ"
    assert JourneyStep.objects.get(pk=step.pk).status == JourneyStep.Status.APPROVED


def test_a_failed_send_leaves_the_notification_unsent_so_the_retry_sends(
    submitted_step, staff_hcm, mailoutbox, monkeypatch
):
    from django.core.mail import EmailMessage

    from portal import tasks as portal_tasks
    from portal.models import Notification

    services.step_approve(step=submitted_step, by=staff_hcm)
    tasks.notify_step_reviewed(submitted_step.pk)
    notification = Notification.objects.get()

    def refuse(*args, **kwargs):
        raise smtplib.SMTPServerDisconnected("down")

    monkeypatch.setattr(EmailMessage, "send", refuse)
    with pytest.raises(smtplib.SMTPServerDisconnected):
        portal_tasks.send_notification_email.run(notification.pk)
    notification.refresh_from_db()
    assert notification.emailed_at is None
    monkeypatch.undo()
    assert portal_tasks.send_notification_email(notification.pk) is True
    assert portal_tasks.send_notification_email(notification.pk) is False
    assert len(mailoutbox) == 1


def test_a_redelivered_decision_email_is_not_sent_again(learner, hcm, staff_hcm, mailoutbox):
    pending = make_business(learner, hcm, name="Chờ", tax_code="0100109106-005", approved=False)
    services.business_reject(business=pending, by=staff_hcm, reason="Thiếu giấy phép")
    event = pending.registration_events.last()
    assert tasks.send_registration_decision_email(event.pk) == 1
    assert tasks.send_registration_decision_email(event.pk) == 0
    assert len(mailoutbox) == 1


def test_an_invitation_is_sent_once_per_invite(business_hcm, learner, mailoutbox):
    invitation = services.member_invite(business=business_hcm, email="new@example.com", by=learner)
    assert tasks.send_invitation_email(invitation.pk) == 1
    assert tasks.send_invitation_email(invitation.pk) == 0  # delivered again
    # Inviting again (renews the invitation) is a new occasion: it is sent.
    services.member_invite(business=business_hcm, email="new@example.com", by=learner)
    assert tasks.send_invitation_email(invitation.pk) == 1
    assert len(mailoutbox) == 2


def test_inviting_a_removed_member_again_sends_a_new_invitation(
    client, business_hcm, learner, make_user, mailoutbox, django_capture_on_commit_callbacks
):
    """The owner removed a member and invites them again: "Invitation sent" is true (it
    used to name an accepted invitation, which the e-mail task skips), with a new link."""
    friend = make_user("friend@example.com")
    first = services.member_invite(business=business_hcm, email=friend.email, by=learner)
    membership = services.invitation_accept(invitation=first, user=friend)
    services.member_remove(business=business_hcm, membership_id=membership.pk)
    client.force_login(learner)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/onboarding/businesses/{business_hcm.pk}/invitations/?lang=en",
            {"invite-email": friend.email},
            follow=True,
        )
    assert [str(m) for m in response.context["messages"]] == [
        "Invitation sent to friend@example.com."
    ]
    again = Invitation.objects.get(pk=first.pk)
    assert again.accepted_at is None and again.token != first.token
    assert [m.to for m in mailoutbox] == [["friend@example.com"]]
    assert str(again.token) in mailoutbox[0].body
