"""A certificate issued to a person tells them (portal.services.notify); its e-mail, with
the PDF, goes when they want this kind at once, else in the digest or not at all."""

from django.core import mail

from certification import services, tasks
from portal import services as portal_services
from portal import tasks as portal_tasks
from portal.models import Notification


def test_the_holder_is_told_once_and_emailed_with_the_pdf(learner, course):
    certificate = services.certificate_issue(recipient=learner, subject=course)
    assert services.certificate_issue(recipient=learner, subject=course) == certificate
    told = Notification.objects.get(user=learner)
    assert told.kind == "certificate_issued" and told.url == "/certificates/"
    assert told.title == "Chứng chỉ đã được cấp: Bán hàng trên Shopee"
    assert certificate.display_code in told.body_en
    assert tasks.send_certificate_email(certificate.pk) is True
    assert [m.attachments[0][0] for m in mail.outbox] == [f"{certificate.code}.pdf"]
    # The certificate's e-mail was the notification's: no digest, no second e-mail.
    assert portal_tasks.send_notification_digests() == 0
    assert len(mail.outbox) == 1


def test_a_holder_who_chose_the_digest_gets_it_there(learner, course):
    portal_services.notification_preferences_update(
        user=learner, choices={"certificate_issued": "daily"}
    )
    certificate = services.certificate_issue(recipient=learner, subject=course)
    assert tasks.send_certificate_email(certificate.pk) is False
    assert mail.outbox == []
    assert portal_tasks.send_notification_digests() == 1
    assert "Bán hàng trên Shopee" in mail.outbox[0].body


def test_a_holder_who_chose_no_email_gets_none(learner, course):
    portal_services.notification_preferences_update(
        user=learner, choices={"certificate_issued": "none"}
    )
    certificate = services.certificate_issue(recipient=learner, subject=course)
    assert tasks.send_certificate_email(certificate.pk) is False
    assert portal_tasks.send_notification_digests() == 0
    assert mail.outbox == []
    assert Notification.objects.filter(user=learner).count() == 1
