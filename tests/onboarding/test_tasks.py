"""The onboarding e-mails (onboarding/tasks.py): rendered from templates in the
recipient's language, with links to the portal built from the URL map and SITE_URL."""

import pytest
from django.test import Client
from django.urls import resolve, reverse

from onboarding import services, tasks
from tests.onboarding.conftest import make_business

pytestmark = pytest.mark.django_db


def _reads(user, language):
    user.profile.language = language
    user.profile.save(update_fields=["language"])


@pytest.fixture
def pending(learner, hcm):
    return make_business(learner, hcm, name="HTX Chờ", tax_code="0100109106-005", approved=False)


def test_rejection_email_in_vietnamese(pending, staff_hcm, mailoutbox):
    services.business_reject(business=pending, by=staff_hcm, reason="Thiếu giấy phép")
    assert tasks.send_registration_decision_email(pending.registration_events.last().pk) == 1
    [mail] = mailoutbox
    assert mail.subject == "Đăng ký bị từ chối: HTX Chờ"
    assert mail.body == (
        "Doanh nghiệp: HTX Chờ\n\n"
        "Mã số thuế: 0100109106-005\n\n"
        "Lý do: Thiếu giấy phép\n\n"
        "Hãy sửa thông tin doanh nghiệp và gửi lại đăng ký.\n\n"
        f"http://testserver/onboarding/businesses/{pending.pk}/"
    )


def test_approval_email_in_english_links_the_business(
    pending, learner, staff_hcm, mailoutbox, settings
):
    _reads(learner, "en")
    settings.SITE_URL = "https://portal.example.gov.vn/"
    services.business_approve(business=pending, by=staff_hcm)
    assert tasks.send_registration_decision_email(pending.registration_events.last().pk) == 1
    [mail] = mailoutbox
    assert mail.subject == "Registration approved: HTX Chờ"
    url = f"https://portal.example.gov.vn/onboarding/businesses/{pending.pk}/"
    assert mail.body == (
        "Business: HTX Chờ\n\n"
        "Tax code: 0100109106-005\n\n"
        "You can now start the onboarding journeys.\n\n"
        f"{url}"
    )
    link = url.removeprefix("https://portal.example.gov.vn")
    assert resolve(link).view_name == "onboarding:business"
    assert link == reverse("onboarding:business", args=[pending.pk])


def test_invitation_to_someone_without_an_account_is_in_vietnamese(
    business_hcm, learner, mailoutbox
):
    invitation = services.member_invite(business=business_hcm, email="moi@example.com", by=learner)
    assert tasks.send_invitation_email(invitation.pk) == 1
    [mail] = mailoutbox
    link = f"http://testserver/onboarding/invitations/{invitation.token}/"
    assert mail.to == ["moi@example.com"]
    assert mail.subject == f"Bạn được mời tham gia {business_hcm.name}"
    assert mail.body == (
        f"{business_hcm.name} mời bạn cùng theo dõi các lộ trình lên sàn trên cổng. Hãy đăng "
        f"nhập hoặc đăng ký bằng địa chỉ e-mail này, rồi mở: {link}"
    )
    # The link opens the invitation.
    assert Client().get(link.removeprefix("http://testserver")).status_code == 200


def test_invitation_to_an_account_is_in_its_language(business_hcm, learner, make_user, mailoutbox):
    friend = make_user("ban@example.com")
    _reads(friend, "en")
    invitation = services.member_invite(business=business_hcm, email="Ban@Example.com", by=learner)
    assert tasks.send_invitation_email(invitation.pk) == 1
    [mail] = mailoutbox
    link = f"http://testserver{reverse('onboarding:invitation', args=[invitation.token])}"
    assert mail.subject == f"You are invited to join {business_hcm.name}"
    assert mail.body == (
        f"{business_hcm.name} invites you to follow its onboarding journeys on the portal. "
        f"Sign in or sign up with this e-mail address, then open: {link}"
    )


def test_names_reach_the_email_as_typed(learner, hcm, staff_hcm, mailoutbox):
    business = make_business(
        learner, hcm, name='HTX <Rau> & "Củ"', tax_code="0100109106-005", approved=False
    )
    services.business_reject(business=business, by=staff_hcm, reason="Tên 'sai' & <thiếu>")
    tasks.send_registration_decision_email(business.registration_events.last().pk)
    [mail] = mailoutbox
    assert mail.subject == 'Đăng ký bị từ chối: HTX <Rau> & "Củ"'
    assert 'HTX <Rau> & "Củ"' in mail.body and "Lý do: Tên 'sai' & <thiếu>" in mail.body
