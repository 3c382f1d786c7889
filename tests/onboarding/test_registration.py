"""Staff approve or reject a pending registration from one screen; a rejected business
corrects its details and resubmits; every decision is e-mailed and recorded."""

import pytest
from django.urls import reverse

from onboarding import services, tasks
from onboarding.journeys import RegistrationError
from onboarding.models import Business

B = Business.Status


def _url(business):
    return reverse("onboarding:staff_business", args=[business.pk])


def test_reject_needs_a_reason_and_keeps_the_form(client, staff_hcm, pending):
    client.force_login(staff_hcm)
    response = client.post(_url(pending), {"decision": "reject", "comment": "  "})
    assert response.status_code == 200
    assert response.context["form"].errors["comment"]
    pending.refresh_from_db()
    assert pending.status == B.PENDING
    with pytest.raises(RegistrationError):
        services.business_reject(business=pending, by=staff_hcm, reason="")


def test_staff_reject_emails_the_owner_after_commit(
    client, staff_hcm, pending, learner, mailoutbox, django_capture_on_commit_callbacks
):
    client.force_login(staff_hcm)
    page = client.get(_url(pending)).content.decode()
    assert 'value="reject"' in page and 'value="approve"' in page
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        response = client.post(_url(pending), {"decision": "reject", "comment": "Sai mã số thuế"})
    assert response.status_code == 302
    assert len(callbacks) == 1 and mailoutbox == []  # queued by the service, after commit
    # The task runs here directly (never lean on eager: CI runs a real worker).
    tasks.send_registration_decision_email(pending.registration_events.last().pk)
    assert len(mailoutbox) == 1
    mail = mailoutbox[0]
    assert mail.to == [learner.email]
    assert "Sai mã số thuế" in mail.body and "Chờ duyệt" in mail.subject
    pending.refresh_from_db()
    assert pending.status == B.REJECTED and pending.approved_by is None
    event = pending.registration_events.last()
    assert (event.actor, event.from_status, event.to_status, event.comment) == (
        staff_hcm,
        B.PENDING,
        B.REJECTED,
        "Sai mã số thuế",
    )
    # The history is on the staff screen, and the decision on the owner's page.
    assert "Sai mã số thuế" in client.get(_url(pending)).content.decode()
    client.force_login(learner)
    home = client.get(reverse("onboarding:home")).content.decode()
    assert "badge-red" in home and reverse("onboarding:business", args=[pending.pk]) in home
    body = client.get(reverse("onboarding:business", args=[pending.pk])).content.decode()
    assert (
        "Sai mã số thuế" in body and reverse("onboarding:business_edit", args=[pending.pk]) in body
    )


def test_approve_emails_and_records_once(
    staff_hcm, pending, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        services.business_approve(business=pending, by=staff_hcm)
        services.business_approve(business=pending, by=staff_hcm)  # idempotent
    assert len(callbacks) == 1
    pending.refresh_from_db()
    assert pending.status == B.APPROVED and pending.approved_by == staff_hcm
    assert pending.approved_at is not None
    tasks.send_registration_decision_email(pending.registration_events.last().pk)
    assert len(mailoutbox) == 1 and "Chờ duyệt" in mailoutbox[0].subject
    assert list(pending.registration_events.values_list("to_status", flat=True)) == [
        B.PENDING,
        B.APPROVED,
    ]
    # A decided registration cannot be rejected afterwards.
    with pytest.raises(RegistrationError):
        services.business_reject(business=pending, by=staff_hcm, reason="Muộn")


def test_rejected_business_corrects_and_resubmits(client, learner, staff_hcm, pending, hanoi, hcm):
    services.business_reject(business=pending, by=staff_hcm, reason="Sai địa chỉ")
    client.force_login(learner)
    url = reverse("onboarding:business_edit", args=[pending.pk])
    page = client.get(url)
    assert page.status_code == 200 and "Sai địa chỉ" in page.content.decode()
    assert page.context["form"]["name"].value() == "Chờ duyệt"  # the details are kept
    data = {
        "name": "Chờ duyệt (sửa)",
        "tax_code": "0100109106-005",
        "province": hcm.pk,
        "former_province": "",
        "address": "12 Lê Lợi",
        "sector": "agriculture",
        "size": "small",
        "contact_name": "",
        "contact_email": "",
        "contact_phone": "",
        "website": "",
    }
    # A bad tax code: a clear message and nothing lost.
    response = client.post(url, {**data, "tax_code": "123"})
    assert response.status_code == 200 and response.context["form"].errors["tax_code"]
    assert response.context["form"]["address"].value() == "12 Lê Lợi"
    response = client.post(url, data)
    assert response.status_code == 302
    pending.refresh_from_db()
    assert pending.status == B.PENDING and pending.address == "12 Lê Lợi"
    event = pending.registration_events.last()
    assert event.actor == learner and (event.from_status, event.to_status) == (
        B.REJECTED,
        B.PENDING,
    )
    assert event.changes == {
        "name": ["Chờ duyệt", "Chờ duyệt (sửa)"],
        "address": ["", "12 Lê Lợi"],
    }
    # Once pending again, the edit page edits the details (nothing to send again).
    page = client.get(url + "?lang=en")
    assert page.status_code == 200 and "Send again" not in page.content.decode()
    # Staff can approve the corrected registration.
    services.business_approve(business=pending, by=staff_hcm)
    assert pending.registration_events.count() == 4


def test_only_the_owner_can_resubmit(client, pending, staff_hcm, make_user):
    services.business_reject(business=pending, by=staff_hcm, reason="Thiếu")
    member = make_user("member@example.com")
    services.invitation_accept(
        invitation=services.member_invite(business=pending, email=member.email, by=None),
        user=member,
    )
    client.force_login(member)
    assert client.get(reverse("onboarding:business_edit", args=[pending.pk])).status_code == 404
    services.business_resubmit(business=pending, by=None)
    with pytest.raises(RegistrationError):  # pending again: nothing to resubmit
        services.business_resubmit(business=pending, by=None)


def test_out_of_scope_decisions_are_404(client, staff_hanoi, learner, other_learner, pending):
    for user in (staff_hanoi, learner, other_learner):
        client.force_login(user)
        assert client.get(_url(pending)).status_code == 404
        response = client.post(_url(pending), {"decision": "reject", "comment": "Không"})
        assert response.status_code == 404
        response = client.post(_url(pending), {"decision": "approve"})
        assert response.status_code == 404
    pending.refresh_from_db()
    assert pending.status == B.PENDING and pending.registration_events.count() == 1
    client.force_login(other_learner)
    assert client.get(reverse("onboarding:business_edit", args=[pending.pk])).status_code == 404


def test_staff_business_page_query_count(client, staff_hcm, learner, pending):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(staff_hcm)
    client.get(_url(pending))
    with CaptureQueriesContext(connection) as few:
        assert client.get(_url(pending)).status_code == 200
    for i in range(3):
        services.business_reject(business=pending, by=staff_hcm, reason=f"Lần {i}")
        services.business_resubmit(business=pending, by=learner, address=f"Số {i}")
    with CaptureQueriesContext(connection) as many:
        body = client.get(_url(pending)).content.decode()
    assert "Lần 2" in body
    assert len(many) == len(few) <= 20


def test_decision_email_without_owner_goes_to_the_contact(staff_hcm, pending, mailoutbox):
    services.business_reject(business=pending, by=staff_hcm, reason="Thiếu giấy phép")
    event = pending.registration_events.last()
    pending.memberships.all().delete()
    assert tasks.send_registration_decision_email(event.pk) == 0  # nobody to tell
    Business.objects.filter(pk=pending.pk).update(contact_email="lienhe@example.com")
    assert tasks.send_registration_decision_email(event.pk) == 1
    assert mailoutbox[0].to == ["lienhe@example.com"]
    assert tasks.send_registration_decision_email(10**9) == 0  # gone: nothing to send


def test_a_name_with_a_line_break_never_reaches_a_subject(
    client, staff_hcm, pending, learner, mailoutbox, django_capture_on_commit_callbacks
):
    """Stored before names refused line breaks: the approval commits and the e-mail goes
    out with a one-line subject (it was a 500 after the commit, and the e-mail was lost)."""
    Business.objects.filter(pk=pending.pk).update(name="HTX A & B\r\nBcc: x@example.com")
    client.force_login(staff_hcm)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(_url(pending), {"decision": "approve", "comment": ""})
    assert response.status_code == 302
    assert len(mailoutbox) == 1
    assert mailoutbox[0].subject.endswith("HTX A & B Bcc: x@example.com")
    assert mailoutbox[0].bcc == []
    assert "HTX A & B" in mailoutbox[0].body and "&amp;" not in mailoutbox[0].body


def test_registration_refuses_a_name_with_a_line_break_and_keeps_the_form(client, learner, hcm):
    client.force_login(learner)
    data = {
        "name": "Cơ sở\r\nMới",
        "tax_code": "0100109106-002",
        "province": hcm.pk,
        "sector": "agriculture",
        "size": "micro",
        "contact_name": "Lê\u200bVăn",
    }
    response = client.post(reverse("onboarding:business_create"), data)
    assert response.status_code == 200
    errors = response.context["form"].errors.as_data()
    assert [e.code for e in errors["name"]] == ["name_control"]
    assert [e.code for e in errors["contact_name"]] == ["name_invisible"]
    assert "Tên phải nằm trên một dòng" in response.content.decode()
    assert not Business.objects.filter(tax_code="0100109106-002").exists()
    data.update(name="Cơ sở A &amp; B", contact_name="Lê Văn")
    assert client.post(reverse("onboarding:business_create"), data).status_code == 302
    assert Business.objects.get(tax_code="0100109106-002").name == "Cơ sở A & B"
